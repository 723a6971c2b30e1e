/**
 * Per indicator, where it stands on the as-of date and where it is heading (DESIGN §9):
 * - summed indicators (counts, amounts: 求和 / 计数) are projected linearly over the year:
 *   to-date ÷ elapsed days × days in the year, rounded to two decimals;
 * - latest-value, average, max/min and qualitative indicators keep their value to date;
 * - date targets are met already, still possible (the deadline is ahead), or missed.
 * 完成目标可能性: 确定能 when the projection meets the target; 有可能 when it reaches at least 80 % of
 * it (for a lower-is-better target: when target ÷ projection is at least 80 %, as Score's
 * N × target / actual would give 80 % of the points), or when nothing is logged yet for an
 * indicator that is not summed and time remains; else 完全不可能. These thresholds are the product's
 * proposal; staff change the judgement in the sheet.
 */
import type { Indicator } from "../indicator";
import { aggregate, isNumericIndicator } from "../log/aggregate";
import type { LogEntry } from "../log/read-log";
import { meetsTarget, actualNumber } from "../rules/meets";
import { dateTargetSerial } from "../table/date-target";
import { round } from "../table/value";
import type { YearProgress } from "./calendar";

export const LIKELIHOODS = ["确定能", "有可能", "完全不可能"] as const;
export type Likelihood = (typeof LIKELIHOODS)[number];
export type Light = "green" | "yellow" | "red";

export const LIGHT_OF: Record<Likelihood, Light> = { 确定能: "green", 有可能: "yellow", 完全不可能: "red" };

/** Share of the target a projection must reach for 有可能. */
export const POSSIBLE_SHARE = 0.8;

/** How the value was carried to the year's end. */
export type Projection = "linear" | "latest" | "date" | "none";

export interface IndicatorProgress {
  /** The aggregation of the entries up to the as-of date (DESIGN §3), or null when there is none. */
  toDate: number | string | null;
  projected: number | string | null;
  projection: Projection;
  /** Projection − target, for numbers (two decimals); null otherwise. */
  deviation: number | null;
  likelihood: Likelihood | null;
  light: Light | null;
  /** Entries counted (dated up to the as-of date, or undated) and entries after it (left out). */
  entries: number;
  later: number;
}

/** The entries a monitoring on `asOf` counts: dated on or before it, and undated ones (already in the log). */
export function entriesUpTo(entries: LogEntry[], asOf: number): { counted: LogEntry[]; later: number } {
  const counted: LogEntry[] = [];
  let later = 0;
  for (const e of entries) {
    if (e.date !== null && Math.floor(e.date) > asOf) later++;
    else counted.push(e);
  }
  return { counted, later };
}

export function indicatorProgress(ind: Indicator, entries: LogEntry[], year: YearProgress): IndicatorProgress {
  const { counted, later } = entriesUpTo(entries, year.asOf);
  const actual = aggregate(ind, counted);
  const base = { entries: counted.length, later };
  const target = ind.target;
  const judged = (toDate: number | string | null, projected: number | string | null, projection: Projection, likelihood: Likelihood | null): IndicatorProgress => {
    const p = actualNumber(projected);
    const deviation = p !== null && target?.kind === "number" && typeof projected === "number" ? round(p - target.value, 2) : null;
    return { toDate, projected, projection, deviation, likelihood, light: likelihood ? LIGHT_OF[likelihood] : null, ...base };
  };

  if (target?.kind === "date") {
    // The latest logged date is when it was done; none yet: possible while the deadline is ahead.
    const done = counted.length ? actual.value : null;
    if (done !== null) return judged(done, done, "date", likelihoodOf(meetsTarget(ind.operator, target, done)));
    const deadline = dateTargetSerial(target, year.year);
    const ahead = ind.operator === ">=" || ind.operator === ">" || year.asOf <= deadline;
    return judged(null, null, "date", ahead ? "有可能" : "完全不可能");
  }

  const summed = actual.method === "求和" || actual.method === "计数";
  if (summed && typeof actual.value === "number") {
    const projected = round((actual.value / year.elapsedDays) * year.daysInYear, 2);
    return judged(actual.value, projected, "linear", judge(ind, projected));
  }
  // Not summed, nothing logged: no value yet, and time remains (the as-of date is in the year).
  if (counted.length === 0 || actual.value === null) return judged(null, null, "none", target ? "有可能" : null);
  return judged(actual.value, actual.value, "latest", judge(ind, actual.value));
}

function likelihoodOf(met: boolean | null): Likelihood | null {
  return met === null ? null : met ? "确定能" : "完全不可能";
}

/** The judgement of a projected (or latest) value against the indicator's target. */
function judge(ind: Indicator, projected: number | string): Likelihood | null {
  const met = meetsTarget(ind.operator, ind.target, projected);
  if (met === null) return null;
  if (met) return "确定能";
  const target = ind.target;
  const p = actualNumber(projected);
  if (target?.kind === "number" && p !== null && isNumericIndicator(ind)) {
    const lowerIsBetter = ind.operator === "<=" || ind.operator === "<";
    const share = lowerIsBetter ? (p <= 0 ? 1 : target.value / p) : target.value === 0 ? 1 : p / target.value;
    return share >= POSSIBLE_SHARE - 1e-9 ? "有可能" : "完全不可能";
  }
  // Words (合格, 不定期 with nothing logged) and dates not met: no part of them is met.
  return "完全不可能";
}
