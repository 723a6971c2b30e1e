/**
 * Monitor (DESIGN §9): from the same table and log as Score, for the log entries up to an as-of
 * date, each indicator's value to date, its projection to the year's end, the likelihood of
 * meeting the target with its traffic light, and the budget's execution against time elapsed.
 * Pure, like Score: grids in, a report out (the 绩效监控表 sheet is planned in monitor-sheet.ts).
 */
import { analyzeWorkbook, InputError, type Analysis, type AnalyzeOptions } from "../analyze";
import type { WorkbookGrids } from "../grid";
import type { IndicatorScore } from "../report";
import { targetValue } from "../score/score";
import { matchEntries } from "../log/aggregate";
import { yearOf } from "../plan/score-plan";
import { ymdFromSerial } from "../log/dates";
import { yearProgress, type YearProgress } from "./calendar";
import { indicatorProgress, type IndicatorProgress } from "./likelihood";
import { budgetProgress, type BudgetProgress } from "./budget";
import { monitorPlan } from "./monitor-sheet";
import { readRecord } from "../plan/ownership";
import type { WritePlan } from "../plan/types";

export interface MonitorOptions extends AnalyzeOptions {
  /** The as-of date (监控日) as an Excel serial. */
  asOf: number;
}

/** An indicator's place in the year: named as Score's report names it, then its progress. */
export interface MonitoredIndicator extends IndicatorProgress, Pick<IndicatorScore, "row" | "name" | "level1" | "level2" | "operator" | "target" | "unit"> {}

export interface MonitorResult {
  /** `2022-06-30`. */
  asOf: string;
  year: number;
  elapsedDays: number;
  daysInYear: number;
  indicators: MonitoredIndicator[];
  budget?: BudgetProgress;
}

/** The project's year: the one the title rows name, else the as-of date's. */
export function projectYear(analysis: Analysis, asOf: number): number {
  const t = analysis.table;
  const named = t ? yearOf(t.grid, t.header.top) : null;
  return named ? Number(named) : Number(ymdFromSerial(asOf).slice(0, 4));
}

export function monitorAnalysis(analysis: Analysis, asOf: number): MonitorResult {
  const year = projectYear(analysis, asOf);
  const progress = yearProgress(year, asOf);
  if (!progress) {
    const day = ymdFromSerial(asOf);
    throw new InputError({ code: "as-of-outside-year", params: { day, year } });
  }
  return monitorIn(analysis, progress);
}

function monitorIn(analysis: Analysis, year: YearProgress): MonitorResult {
  const table = analysis.table;
  const base = { asOf: year.asOfText, year: year.year, elapsedDays: year.elapsedDays, daysInYear: year.daysInYear };
  if (!table) return { ...base, indicators: [] };
  const match = analysis.log ? (analysis.logMatch ?? matchEntries(table.indicators, analysis.log.entries, analysis.log.uncached)) : null;
  const indicators: MonitoredIndicator[] = table.indicators.map((ind) => ({
    row: ind.row,
    name: ind.name,
    level1: ind.level1,
    level2: ind.level2,
    operator: ind.operator,
    target: targetValue(ind.target),
    unit: ind.unit,
    ...indicatorProgress(ind, match?.matched.get(ind.r) ?? [], year),
  }));
  return { ...base, indicators, ...(table.budget ? { budget: budgetProgress(table.budget, year) } : {}) };
}

/** Monitor a workbook: validates first (hosts show the same issues), then monitors and plans the 绩效监控表. */
export function monitorWorkbook(wb: WorkbookGrids, opts: MonitorOptions): { analysis: Analysis; monitor: MonitorResult; plan: WritePlan } {
  const analysis = analyzeWorkbook(wb, { ...opts, forScore: true });
  const monitor = monitorAnalysis(analysis, opts.asOf);
  return { analysis, monitor, plan: monitorPlan(wb, analysis, monitor, readRecord(wb)) };
}
