/**
 * Score (DESIGN §5): each indicator's actual value — from the log, or as typed in 实际完成值 when
 * there is no log — its score from its rule, the budget block's points, the total and the grade.
 */
import type { Indicator, Target } from "../indicator";
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
import type { Lang } from "../issues";
import { nameKey } from "../normalize";
import { unscoredReason, type UnscoredReasonCode } from "./reasons";

export interface ScoredIndicator {
  indicator: Indicator;
  result: IndicatorScore;
}

export function scoreAnalysis(analysis: Analysis, lang: Lang = "zh-CN"): { result: ScoreResult; scored: ScoredIndicator[] } {
  const table = analysis.table;
  // No table: nothing was scored, so no total and no grade (DESIGN §5: never `0 分 差`).
  if (!table) return { result: { total: null, max: 0, complete: false, grade: null, indicators: [] }, scored: [] };
  const matched = analysis.log ? (analysis.logMatch ?? matchEntries(table.indicators, analysis.log.entries)).matched : null;
  const scored: ScoredIndicator[] = [];
  for (const ind of table.indicators) {
    const rule = analysis.rules.get(ind.r)!;
    const full = fullPointsOf(ind, analysis.rules);
    const entries = matched ? (matched.get(ind.r) ?? []) : null;
    const actual = entries ? aggregate(ind, entries).value : ind.actualValue;
    const score =
      full === null || !ind.name ? null : scoreRule({ rule, full, operator: ind.operator, target: ind.target, actual }).score;
    const reason = score === null ? unscoredReason(whyUnscored(ind, full, actual, entries), lang) : undefined;
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
        score: score === null ? null : clamp(score, full ?? 0),
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
  return { result: { total, max, complete, grade, indicators, ...(budget ? { budget } : {}) }, scored };
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
