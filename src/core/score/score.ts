/**
 * Score (DESIGN §5): each indicator's actual value — from the log, or as typed in 实际完成值 when
 * there is no log — its score from its rule, the budget block's points, the total and the grade.
 */
import type { Field, Indicator, Target } from "../indicator";
import { dateTargetText } from "../table/date-target";
import type { Analysis } from "../analyze";
import type { BudgetScore, IndicatorScore, ScoreResult } from "../report";
import { aggregate, matchEntries } from "../log/aggregate";
import { fullPointsOf } from "../points";
import { scoreRule } from "../rules";
import { roundWithin } from "../rules/evaluate";
import { round } from "../table/value";
import { gradeOf } from "./grade";
import type { BudgetBlock } from "../table/budget";
import type { LogEntry } from "../log/read-log";
import { ISSUE_SEVERITY, type Lang, type RawIssue } from "../issues";
import { cellAddress, valueAt } from "../grid";
import { emptyRecord, mayWrite, sameValue, type OwnershipRecord } from "../plan/ownership";
import { formatPoints } from "../score-line";
import { nameKey } from "../normalize";
import { unscoredReason, type UnscoredReasonCode } from "./reasons";

export interface ScoredIndicator {
  indicator: Indicator;
  result: IndicatorScore;
}

export function scoreAnalysis(
  analysis: Analysis,
  lang: Lang = "zh-CN",
  record: OwnershipRecord = emptyRecord(),
): { result: ScoreResult; scored: ScoredIndicator[]; differs: RawIssue[] } {
  const table = analysis.table;
  const differs: RawIssue[] = [];
  // No table: nothing was scored, so no total and no grade (DESIGN §5: never `0 分 差`).
  if (!table) return { result: { total: null, max: 0, complete: false, grade: null, indicators: [] }, scored: [], differs };
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
    const score =
      full === null || !ind.name || unknown ? null : scoreRule({ rule, full, operator: ind.operator, target: ind.target, actual }).score;
    const reason = score === null ? unscoredReason(unknown ? "formula-uncached" : whyUnscored(ind, full, actual, entries), lang) : undefined;
    const computed = score === null ? null : clamp(score, full ?? 0);
    const typedScore = typedByStaff(table.columns.score, ind.r) ? valueAt(grid, ind.r, table.columns.score!) : null;
    if (typedScore !== null && computed !== null && !sameValue(typeof typedScore === "boolean" ? String(typedScore) : typedScore, computed))
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
      },
    });
  }
  const indicators = scored.map((s) => s.result);
  const budget = table.budget ? scoreBudget(table.budget, lang) : undefined;
  const sum = (xs: (number | null | undefined)[]) => round(xs.reduce<number>((a, x) => a + (x ?? 0), 0), 6);
  const parts = [...indicators.map((i) => i.score), ...(budget ? [budget.score] : [])];
  const anyScored = parts.some((x) => x !== null);
  const total = anyScored ? round(sum(parts), 2) : null;
  const max = round(sum(indicators.map((i) => i.full)) + (budget?.full ?? 0), 2);
  const complete = anyScored && parts.every((x) => x !== null);
  // Grade: only for a complete score (DESIGN §5), and only of something worth points.
  const grade = complete && total !== null && max > 0 ? gradeOf(total, max) : null;
  return { result: { total, max, complete, grade, indicators, ...(budget ? { budget } : {}) }, scored, differs };
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

/** 分值 × min(1, 全年执行数 / 全年预算数). */
export function scoreBudget(b: BudgetBlock, lang: Lang = "zh-CN"): BudgetScore {
  // A negative 全年执行数 is no spending, not negative points.
  const rate = b.planned && b.spent !== null && b.planned > 0 ? Math.min(1, Math.max(0, b.spent / b.planned)) : null;
  const score: BudgetScore = { full: b.full, planned: b.planned, spent: b.spent, rate: rate === null ? null : round(rate, 4), score: rate === null ? null : roundWithin(b.full * rate, b.full) };
  if (rate !== null) return score;
  return { ...score, reason: unscoredReason(b.planned === null || !(b.planned > 0) ? "budget-no-plan" : "budget-no-spent", lang) };
}

function clamp(score: number, full: number): number {
  return roundWithin(score, full);
}

/** The target as reports carry it: the number, the word, or the date as `2022-12-31`. */
function targetValue(t: Target | null): number | string | null {
  if (t === null) return null;
  if (t.kind === "number") return t.value;
  return t.kind === "word" ? t.word : dateTargetText(t);
}
