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

export interface ScoredIndicator {
  indicator: Indicator;
  result: IndicatorScore;
}

export function scoreAnalysis(analysis: Analysis): { result: ScoreResult; scored: ScoredIndicator[] } {
  const table = analysis.table;
  if (!table) return { result: { total: 0, max: 0, complete: false, grade: "差", indicators: [] }, scored: [] };
  const matched = analysis.log ? (analysis.logMatch ?? matchEntries(table.indicators, analysis.log.entries)).matched : null;
  const scored: ScoredIndicator[] = [];
  for (const ind of table.indicators) {
    const rule = analysis.rules.get(ind.r)!;
    const full = fullPointsOf(ind, analysis.rules);
    const actual = matched ? aggregate(ind, matched.get(ind.r) ?? []).value : ind.actualValue;
    const score =
      full === null || !ind.name ? null : scoreRule({ rule, full, operator: ind.operator, target: ind.target, actual }).score;
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
      },
    });
  }
  const indicators = scored.map((s) => s.result);
  const budget = table.budget ? scoreBudget(table.budget) : undefined;
  const sum = (xs: (number | null | undefined)[]) => round(xs.reduce<number>((a, x) => a + (x ?? 0), 0), 6);
  const total = round(sum(indicators.map((i) => i.score)) + (budget?.score ?? 0), 2);
  const max = round(sum(indicators.map((i) => i.full)) + (budget?.full ?? 0), 2);
  const complete = indicators.every((i) => i.score !== null) && (budget === undefined || budget.score !== null);
  return { result: { total, max, complete, grade: gradeOf(total, max), indicators, ...(budget ? { budget } : {}) }, scored };
}

/** 分值 × min(1, 全年执行数 / 全年预算数). */
export function scoreBudget(b: BudgetBlock): BudgetScore {
  // A negative 全年执行数 is no spending, not negative points.
  const rate = b.planned && b.spent !== null && b.planned > 0 ? Math.min(1, Math.max(0, b.spent / b.planned)) : null;
  return { full: b.full, planned: b.planned, spent: b.spent, rate: rate === null ? null : round(rate, 4), score: rate === null ? null : roundWithin(b.full * rate, b.full) };
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
