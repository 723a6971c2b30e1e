/**
 * Score (DESIGN §5): each indicator's actual value — from the log, or as typed in 实际完成值 when
 * there is no log — its score from its rule, the budget block's points, the total and the grade;
 * all under a scoring profile (DESIGN §10, `default` when none is chosen), whose every change to
 * a score is reported as an adjustment.
 */
import type { Field, Indicator, Target } from "../indicator";
import { dateTargetText } from "../table/date-target";
import type { Analysis } from "../analyze";
import type { BudgetScore, IndicatorScore, ScoreResult } from "../report";
import { aggregate, matchEntries } from "../log/aggregate";
import { fullPointsOf } from "../points";
import { roundWithin } from "../rules/evaluate";
import { round } from "../table/value";
import { gradeOf } from "./grade";
import { budgetPointsBlank, type BudgetBlock } from "../table/budget";
import type { LogEntry } from "../log/read-log";
import { ISSUE_SEVERITY, type Lang, type RawIssue } from "../issues";
import type { QualitativeGrade } from "../rules/formulas";
import { cellAddress, valueAt } from "../grid";
import { emptyRecord, mayWrite, sameValue, type OwnershipRecord } from "../plan/ownership";
import { formatPoints } from "../score-line";
import { nameKey } from "../normalize";
import { unscoredReason, type UnscoredReasonCode } from "./reasons";
import { DEFAULT_PROFILE } from "../profile/builtins";
import { profileLabel } from "../profile/load";
import type { ScoringProfile } from "../profile/schema";
import { adjustment, type ScoreAdjustment } from "./adjustments";
import { scoreWithProfile, staffBand, typedPoints, withinBand } from "./profiled";

export interface ScoredIndicator {
  indicator: Indicator;
  result: IndicatorScore;
}

export function scoreAnalysis(
  analysis: Analysis,
  lang: Lang = "zh-CN",
  record: OwnershipRecord = emptyRecord(),
  profile: ScoringProfile = DEFAULT_PROFILE,
): { result: ScoreResult; scored: ScoredIndicator[]; differs: RawIssue[] } {
  const table = analysis.table;
  const differs: RawIssue[] = [];
  const named = { profile: profile.name, profileLabel: profileLabel(profile, lang) };
  // No table: nothing was scored, so no total and no grade (DESIGN §5: never `0 分 差`).
  if (!table) return { result: { total: null, max: 0, complete: false, grade: null, indicators: [], ...named }, scored: [], differs };
  const grid = table.grid;
  // What staff typed (not what an earlier Score wrote, by the record) stays, and is scored as typed.
  const typedByStaff = (c: number | undefined, r: number) => c !== undefined && !isBlank(valueAt(grid, r, c)) && !mayWrite(record, grid, r, c);
  const match = analysis.log ? (analysis.logMatch ?? matchEntries(table.indicators, analysis.log.entries, analysis.log.uncached)) : null;
  const matched = match ? match.matched : null;
  const scored: ScoredIndicator[] = [];
  for (const ind of table.indicators) {
    const rule = analysis.rules.get(ind.r)!;
    const full = fullPointsOf(ind, analysis.rules);
    const entries = matched ? (matched.get(ind.r) ?? []) : null;
    const logged = entries ? aggregate(ind, entries).value : null;
    const typedActual = typedByStaff(table.columns.actual, ind.r);
    const actual = entries && !typedActual ? logged : ind.actualValue;
    if (entries && typedActual && logged !== null && !sameValue(logged, ind.actualValue))
      differs.push(differsAt(table, ind, "actual", ind.actualText, logged));
    // A cell the score rests on is a formula with no stored result: unknown, so no score (DESIGN §2).
    const unknown = dependsOnUncached(table.unknownFields?.get(ind.r), entries !== null) || (match?.uncached?.has(ind.r) ?? false);
    const profiled =
      full === null || !ind.name || unknown ? null : scoreWithProfile({ rule, full, operator: ind.operator, target: ind.target, actual }, profile, lang);
    const score = profiled?.score ?? null;
    const reason = score === null ? unscoredReason(unknown ? "formula-uncached" : whyUnscored(ind, full, actual, entries), lang) : undefined;
    let computed = score === null ? null : clamp(score, full ?? 0);
    const adjustments: ScoreAdjustment[] = profiled?.adjustments ?? [];
    const typedScore = typedByStaff(table.columns.score, ind.r) ? valueAt(grid, ind.r, table.columns.score!) : null;
    // A 定性 score staff chose (DESIGN §10 staffChoice): kept within its outcome's band, an error outside it.
    const band = computed !== null && full !== null ? staffBand(profile, profiled?.basis.grade, full) : null;
    const chosen = band && typedScore !== null ? typedPoints(typedScore) : null;
    if (band && chosen !== null && computed !== null && !sameValue(chosen, computed)) {
      if (withinBand(chosen, band)) {
        adjustments.push(adjustment({ code: "staff-score", grade: band.grade, low: band.low, high: band.high }, computed, chosen, lang));
        computed = chosen;
      } else differs.push(outOfBand(table, ind, chosen, computed, band, profileLabel(profile, lang)));
    } else if (typedScore !== null && computed !== null && !sameValue(typeof typedScore === "boolean" ? String(typedScore) : typedScore, computed))
      differs.push(differsAt(table, ind, "score", String(typedScore), computed));
    scored.push({
      indicator: ind,
      result: {
        row: ind.row,
        name: ind.name,
        level1: ind.level1,
        level2: ind.level2,
        operator: ind.operator,
        target: targetValue(ind.target),
        unit: ind.unit,
        actual,
        full,
        score: computed,
        rule: rule.rule,
        ...(reason ? { reason } : {}),
        ...(adjustments.length ? { adjustments } : {}),
      },
    });
  }
  const indicators = scored.map((s) => s.result);
  const budget = table.budget ? scoreBudget(table.budget, lang, profile, budgetPointsBlank(grid, table.budget)) : undefined;
  const sum = (xs: (number | null | undefined)[]) => round(xs.reduce<number>((a, x) => a + (x ?? 0), 0), 6);
  const parts = [...indicators.map((i) => i.score), ...(budget ? [budget.score] : [])];
  const anyScored = parts.some((x) => x !== null);
  const summed = anyScored ? round(sum(parts), 2) : null;
  const max = round(sum(indicators.map((i) => i.full)) + (budget?.full ?? 0), 2);
  const complete = anyScored && parts.every((x) => x !== null);
  const cap = executionCap(profile, budget?.rate ?? null, summed, max, lang);
  const total = cap ? cap.to : summed;
  // Grade: only for a complete score (DESIGN §5), and only of something worth points.
  const grade = complete && total !== null && max > 0 ? gradeOf(total, max, profile.grades) : null;
  return { result: { total, max, complete, grade, indicators, ...(budget ? { budget } : {}), ...named, ...(cap ? { adjustments: [cap] } : {}) }, scored, differs };
}

/**
 * The profile's execution cap (DESIGN §10 executionCaps): the lowest `max` among the caps whose
 * `below` the execution rate is under, on the 100-point scale (scaled to the table's maximum);
 * null when none applies, there is no rate, or the total is already under it.
 */
function executionCap(profile: ScoringProfile, rate: number | null, total: number | null, max: number, lang: Lang): ScoreAdjustment | null {
  if (!profile.executionCaps || rate === null || total === null) return null;
  const pct = rate * 100;
  const applies = profile.executionCaps.filter((c) => pct < c.below - 1e-9);
  if (applies.length === 0) return null;
  const strictest = applies.reduce((a, c) => (c.max < a.max ? c : a));
  const capPoints = round((strictest.max * max) / 100, 2);
  if (total <= capPoints) return null;
  return adjustment({ code: "execution-cap", rate, below: strictest.below, max: capPoints }, total, capPoints, lang);
}

/** A staff-chosen 定性 score outside its band: the error that names the band (DESIGN §10). */
function outOfBand(table: NonNullable<Analysis["table"]>, ind: Indicator, typed: number, computed: number, band: { grade: QualitativeGrade; low: number; high: number }, profile: string): RawIssue {
  const at = cellAddress(table.grid, ind.r, table.columns.score!);
  return {
    code: "score-out-of-band",
    severity: ISSUE_SEVERITY["score-out-of-band"],
    sheet: table.grid.sheet,
    row: at.row,
    column: at.column,
    field: "score",
    indicator: ind.name || undefined,
    params: { typed, computed, grade: band.grade, low: band.low, high: band.high, profile },
  };
}

/** score-differs (DESIGN §4): what staff typed, kept, beside what Score computes. */
function differsAt(table: NonNullable<Analysis["table"]>, ind: Indicator, what: "actual" | "score", typed: string, computed: number | string): RawIssue {
  const c = what === "actual" ? table.columns.actual! : table.columns.score!;
  const at = cellAddress(table.grid, ind.r, c);
  return {
    code: "score-differs",
    severity: ISSUE_SEVERITY["score-differs"],
    sheet: table.grid.sheet,
    row: at.row,
    column: at.column,
    field: what === "actual" ? "actual" : "score",
    indicator: ind.name || undefined,
    params: { what, typed, computed: typeof computed === "number" ? formatPoints(computed) : computed },
  };
}

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/**
 * Why an indicator has no score, in the order a finance officer would fix it: the name, the
 * points, the data (log or typed), then the target it is measured against.
 */
function whyUnscored(ind: Indicator, full: number | null, actual: number | string | null, entries: LogEntry[] | null): UnscoredReasonCode {
  if (!ind.name) return "no-name";
  if (full === null) return ind.weight !== null || ind.weightText.trim() !== "" ? "points-invalid" : "rule-unparsed";
  if (actual === null || (typeof actual === "string" && nameKey(actual) === "")) {
    if (entries === null) return "no-actual";
    return entries.length === 0 ? "no-log-entries" : "no-log-value";
  }
  return ind.target === null ? "no-target" : "target-not-comparable";
}

/** Fields a score rests on; 实际完成值 only when there is no log (the log gives the actual). */
const SCORING_FIELDS: readonly Field[] = ["name", "operator", "direction", "target", "unit", "weight", "rule"];

/** True when one of the indicator's unknown fields (an uncached formula) is one its score needs. */
function dependsOnUncached(unknown: Set<Field> | undefined, fromLog: boolean): boolean {
  if (!unknown) return false;
  return SCORING_FIELDS.some((f) => unknown.has(f)) || (!fromLog && unknown.has("actual"));
}

/**
 * 分值 × min(1, 全年执行数 / 全年预算数) (the profile's `ratio` budget formula). A block whose 分值
 * is blank (`blank`) is worth the profile's budget points (DESIGN §10), said in an adjustment
 * when they are not the 10 the reader assumes.
 */
export function scoreBudget(b: BudgetBlock, lang: Lang = "zh-CN", profile: ScoringProfile = DEFAULT_PROFILE, blank = false): BudgetScore {
  // A negative 全年执行数 is no spending, not negative points.
  const rate = b.planned && b.spent !== null && b.planned > 0 ? Math.min(1, Math.max(0, b.spent / b.planned)) : null;
  const full = blank ? profile.budgetPoints : b.full;
  const points = (n: number) => (rate === null ? null : roundWithin(n * rate, n));
  const score: BudgetScore = { full, planned: b.planned, spent: b.spent, rate: rate === null ? null : round(rate, 4), score: points(full) };
  if (full !== b.full) score.adjustments = [adjustment({ code: "budget-points", points: full }, points(b.full), score.score, lang)];
  if (rate !== null) return score;
  return { ...score, reason: unscoredReason(b.planned === null || !(b.planned > 0) ? "budget-no-plan" : "budget-no-spent", lang) };
}

function clamp(score: number, full: number): number {
  return roundWithin(score, full);
}

/** The target as reports carry it: the number, the word, or the date as `2022-12-31`. */
export function targetValue(t: Target | null): number | string | null {
  if (t === null) return null;
  if (t.kind === "number") return t.value;
  return t.kind === "word" ? t.word : dateTargetText(t);
}
