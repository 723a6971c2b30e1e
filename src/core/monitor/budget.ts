/**
 * The budget part of monitoring (DESIGN §9): 执行进度 = 执行数 ÷ 全年预算数 against 时间进度 =
 * elapsed days ÷ days in the year, flagged when the first lags the second by more than 10 points;
 * 全年预计执行率 carries the spending so far linearly to the year's end.
 */
import type { BudgetBlock } from "../table/budget";
import { round } from "../table/value";
import type { YearProgress } from "./calendar";

/** Points (of 100) execution may lag the time elapsed before it is flagged. */
export const LAG_POINTS = 10;

export interface BudgetProgress {
  /** 年初预算数, 全年预算数 and 截至监控日执行数, as the block holds them (万元). */
  initial: number | null;
  planned: number | null;
  spent: number | null;
  /** 执行进度 and 时间进度, 0..1 (four decimals); null without a plan or spending. */
  execution: number | null;
  time: number;
  /** 全年预计执行率: execution ÷ time, 0.. (four decimals). */
  projectedRate: number | null;
  /** Execution lags the time elapsed by more than LAG_POINTS. */
  lagging: boolean;
}

export function budgetProgress(b: BudgetBlock, year: YearProgress): BudgetProgress {
  const time = round(year.elapsedDays / year.daysInYear, 4);
  const execution = b.planned && b.planned > 0 && b.spent !== null ? round(Math.max(0, b.spent) / b.planned, 4) : null;
  const projectedRate = execution === null ? null : round(execution / (year.elapsedDays / year.daysInYear), 4);
  // Compared in whole hundredths so 10.00 points of lag is not flagged by a rounding crumb.
  const lagging = execution !== null && Math.round((time - execution) * 10_000) > LAG_POINTS * 100;
  return { initial: b.initial ?? null, planned: b.planned, spent: b.spent, execution, time, projectedRate, lagging };
}
