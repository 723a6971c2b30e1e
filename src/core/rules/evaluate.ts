/**
 * scoreRule: the points an indicator earns under its rule (DESIGN §5), given the full points N
 * (from the 分值 column or the rule text — the caller decides), the target and the actual.
 *
 * Every score is clamped to [0, N] and rounded to two decimals after removing binary float noise
 * (`0.04 × 200` is 8, not 8.000000000000002). A missing actual gives no score (`null`): for
 * count-like indicators with no log entries the caller passes 0 instead.
 *
 * This file holds the entry points and the dispatch by rule form; the forms' arithmetic is in
 * evaluate-numbers.ts (per unit, deductions, occurrences, deviation, ratio), evaluate-bands.ts
 * and evaluate-grades.ts (graded words and the national default), the shared rounding and the
 * step-by-step working in evaluate-working.ts.
 */
import { nameKey } from "../normalize";
import type { Operator, Target } from "../indicator";
import type { ScoringRule } from "./types";
import { isNotApplicableActual } from "./modifiers";
import { lateness } from "./late";
import { actualNumber, meetsTarget } from "./meets";
import { validPoints } from "../points";
import { DEFAULT_FORMULAS, type QualitativeGrade, type ReverseFormula, type RuleFormulas } from "./formulas";
import { f, note, round2, withWorking, type Ctx, type Working } from "./evaluate-working";
import { allOrNothing, conditionMet, deductSteps, deduction, deviation, perOccurrence, perUnit, ratio } from "./evaluate-numbers";
import { bands } from "./evaluate-bands";
import { graded, nationalDefault } from "./evaluate-grades";

export { meetsTarget } from "./meets";
export { round2, type Working } from "./evaluate-working";

export interface ScoreInput {
  rule: ScoringRule;
  /** Full points N. */
  full: number;
  operator: Operator | null;
  target: Target | null;
  /** Percent targets take the actual in percent units (98 for 98 %). */
  actual: number | string | null;
  /** The profile's formulas (DESIGN §10); DESIGN §5's when absent. */
  formulas?: RuleFormulas;
}

/** What a score rests on, where a profile can change it (score/adjustments.ts explains it). */
export interface ScoreBasis {
  /** The lower-is-better (反向) formula used on an actual above its target, where ratio and linear differ. */
  reverse?: ReverseFormula;
  /** The 定性 outcome the points are a share of (national default and check-box grades). */
  grade?: QualitativeGrade;
}

export interface RuleScore {
  /** Points earned, or null when they cannot be computed (no actual, no comparable target). */
  score: number | null;
  /** Whether the actual meets the target, or null when that cannot be told. */
  met: boolean | null;
}

/** scoreRule, plus the arithmetic that gave the score. */
export function scoreRuleWithWorking(input: ScoreInput): RuleScore & { working: Working; basis: ScoreBasis } {
  const { result, working } = withWorking(() => {
    const result = scoreRuleWithBasis(input);
    if (result.score !== null) note(`得分（两位小数，介于 0 与满分之间）：${f(result.score)}`, `Score (two decimals, between 0 and full): ${f(result.score)}`);
    else note("无法计分：实际值无法与目标值比较", "No score: the actual cannot be compared with the target");
    return result;
  });
  return { ...result, working };
}

function blank(actual: number | string | null): boolean {
  return actual === null || (typeof actual === "string" && nameKey(actual) === "");
}

export function scoreRule(input: ScoreInput): RuleScore {
  const { score, met } = scoreRuleWithBasis(input);
  return { score, met };
}

/** scoreRule, plus what the score rests on where a profile can change it (empty when nothing). */
export function scoreRuleWithBasis(input: ScoreInput): RuleScore & { basis: ScoreBasis } {
  const ctx: Ctx = { formulas: input.formulas ?? DEFAULT_FORMULAS, basis: {} };
  return { ...evaluate(input, ctx), basis: ctx.basis };
}

function evaluate(input: ScoreInput, ctx: Ctx): RuleScore {
  const { rule, full, operator, target, actual } = input;
  if (blank(actual)) return { score: null, met: null };
  // `无此项任务的不扣分`: the indicator does not apply this year (DESIGN §5 form 11).
  if (rule.notApplicableFull && isNotApplicableActual(actual) && validPoints(full) !== null) {
    note(`实际值「${actual}」：无此项任务，得满分 ${f(full)}`, `Actual "${actual}": the task does not apply, full points ${f(full)}`);
    return { score: full, met: true };
  }
  const met = meetsTarget(operator, target, actual);
  // Full points no table can have (negative, NaN, above MAX_POINTS) score nothing.
  if (validPoints(full) === null) return { score: null, met };
  const raw = rawScore(rule, full, operator, target, actual, met, ctx);
  if (raw === null || !Number.isFinite(raw)) return { score: null, met };
  return { score: roundWithin(raw, full), met };
}

/**
 * x clamped to [0, full] and rounded to two decimals — never above `full` even when rounding
 * would carry it there: full points of 6.667 (100 / 15) give at most 6.66, not 6.67, so a
 * total never exceeds its maximum.
 */
export function roundWithin(x: number, full: number): number {
  const s = round2(Math.min(full, Math.max(0, x)));
  return s <= full ? s : Math.max(0, Math.floor(full * 100) / 100);
}

function rawScore(
  rule: ScoringRule,
  N: number,
  operator: Operator | null,
  target: Target | null,
  actual: number | string | null,
  met: boolean | null,
  ctx: Ctx,
): number | null {
  const a = actualNumber(actual);
  switch (rule.rule) {
    case "per-unit":
      return a === null ? null : perUnit(rule, N, a);
    case "deduction": {
      if (target?.kind === "date") {
        // `每延迟1个月扣1分` on a date target: per started unit late (DESIGN §5).
        const late = lateness(target, actual, rule.unit, operator);
        if (late !== null) note(`逾期 ${late} ${rule.unit || "天"}（不足一个单位按一个计）`, `late by ${late} ${rule.unit || "day(s)"} (a started unit counts as one)`);
        return late === null ? allOrNothing(met, N) : deductSteps(rule, N, late);
      }
      if (a === null) return null;
      if (target?.kind !== "number") return allOrNothing(met, N);
      return deduction(rule, N, operator, target, a);
    }
    case "per-occurrence":
      return a === null ? null : perOccurrence(rule, N, operator, target, a);
    case "deviation":
      if (a === null) return null;
      if (target?.kind !== "number") return allOrNothing(met, N);
      return deviation(rule, N, target, a);
    case "all-or-nothing":
      return allOrNothing(met ?? conditionMet(rule.condition, actual), N);
    case "proportional":
      if (a === null) return null;
      if (target?.kind !== "number") return allOrNothing(met, N);
      return ratio(N, operator, target.value, a, ctx);
    case "bands":
      return a === null ? null : bands(rule, N, target, a);
    case "graded":
      return graded(rule, N, actual, met, ctx);
    case "default":
      return nationalDefault(N, operator, target, actual, a, met, ctx);
  }
}
