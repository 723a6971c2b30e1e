/**
 * The rule forms that count on a number (DESIGN §5): all or nothing, per unit (form 1),
 * deductions per step of the gap (2), per occurrence (7), deviation from the target (8), and the
 * ratio to the target (form 4 and the national default's numbers).
 */
import { nameKey } from "../normalize";
import type { Operator, Target } from "../indicator";
import type { DeductionRule, DeviationRule, PerOccurrenceRule, PerUnitRule } from "./types";
import { clean, EPS, f, isUpperBound, note, type Ctx } from "./evaluate-working";

/**
 * Whether a word actual states the rule's condition (`落实`) or its failing (`未落实`), when the
 * target alone cannot tell; null when it says neither.
 */
export function conditionMet(condition: string, actual: number | string | null): boolean | null {
  if (typeof actual !== "string" || condition === "") return null;
  const a = nameKey(actual);
  const c = nameKey(condition);
  if (a === c) return true;
  if (/^(未|没有|没|不|无)/.test(a) && c.endsWith(a.replace(/^(未|没有|没|不|无)/, ""))) return false;
  return null;
}

export function allOrNothing(met: boolean | null, N: number): number | null {
  if (met !== null) note(met ? `达到目标 → 满分 ${f(N)}` : "未达到目标 → 0", met ? `target met → full ${f(N)}` : "target not met → 0");
  return met === null ? null : met ? N : 0;
}

/** min(N, x × ⌊actual / k⌋). */
export function perUnit(rule: PerUnitRule, N: number, a: number): number {
  const units = Math.max(0, Math.floor(clean(a / rule.step) + EPS));
  const r = Math.min(N, clean(rule.points * units));
  note(`min(满分, 每档分 × ⌊实际 ÷ 每档⌋) = min(${f(N)}, ${f(rule.points)} × ⌊${f(a)} ÷ ${f(rule.step)}⌋) = ${f(r)}`, `min(full, points × ⌊actual ÷ step⌋) = min(${f(N)}, ${f(rule.points)} × ⌊${f(a)} ÷ ${f(rule.step)}⌋) = ${f(r)}`);
  return r;
}

/**
 * max(floor, N − x × ⌈gap / k⌉), the deduction capped by maxDeduction. The gap is the shortfall
 * below the target, or the excess above it for upper-bound targets (or when the verb says so).
 * A `%` step on a target that is not a percentage counts the gap relative to the target
 * (`每降低1%扣1分` on 200 篇: 10 篇 short is 5 %).
 */
export function deduction(
  rule: DeductionRule,
  N: number,
  operator: Operator | null,
  target: Extract<Target, { kind: "number" }>,
  a: number,
): number {
  const kind = rule.gap === "auto" ? (isUpperBound(operator) ? "excess" : "shortfall") : rule.gap;
  const t = target.value;
  let gap = Math.max(0, kind === "excess" ? a - t : t - a);
  note(
    kind === "excess" ? `超出 = max(0, 实际 − 目标) = max(0, ${f(a)} − ${f(t)}) = ${f(gap)}` : `不足 = max(0, 目标 − 实际) = max(0, ${f(t)} − ${f(a)}) = ${f(gap)}`,
    kind === "excess" ? `excess = max(0, actual − target) = max(0, ${f(a)} − ${f(t)}) = ${f(gap)}` : `shortfall = max(0, target − actual) = max(0, ${f(t)} − ${f(a)}) = ${f(gap)}`,
  );
  if (rule.unit === "%" && !target.percent && t > 0) {
    gap = (gap / t) * 100;
    note(`按目标的百分比计：${f(gap)}%`, `as a percentage of the target: ${f(gap)}%`);
  }
  return deductSteps(rule, N, gap);
}

/** max(floor, N − x × ⌈gap / k⌉), at most maxDeduction off: what forms 2, 7 and 8 share. */
export function deductSteps(rule: Pick<DeductionRule, "step" | "points" | "floor" | "maxDeduction">, N: number, gap: number): number {
  const steps = Math.max(0, Math.ceil(clean(Math.max(0, gap) / rule.step) - EPS));
  let off = clean(rule.points * steps);
  if (rule.maxDeduction !== null) off = Math.min(off, rule.maxDeduction);
  const r = Math.max(rule.floor, N - off);
  note(
    `⌈${f(Math.max(0, gap))} ÷ ${f(rule.step)}⌉ = ${steps} 档，扣 ${f(rule.points)} × ${steps} = ${f(off)}${rule.maxDeduction !== null ? `（最多扣 ${f(rule.maxDeduction)}）` : ""}；max(${f(rule.floor)}, ${f(N)} − ${f(off)}) = ${f(r)}`,
    `⌈${f(Math.max(0, gap))} ÷ ${f(rule.step)}⌉ = ${steps} step(s), ${f(rule.points)} × ${steps} = ${f(off)} off${rule.maxDeduction !== null ? ` (at most ${f(rule.maxDeduction)})` : ""}; max(${f(rule.floor)}, ${f(N)} − ${f(off)}) = ${f(r)}`,
  );
  return r;
}

/**
 * Occurrences over the target (usually 0): each one costs the points (the first clause's when
 * the rule has several, DESIGN §5 form 7). A target that is not a number counts from 0.
 */
export function perOccurrence(rule: PerOccurrenceRule, N: number, operator: Operator | null, target: Target | null, a: number): number {
  const t = target?.kind === "number" ? target.value : 0;
  // A positive target to reach (`≥5项`): the actual counts what was done, not failures, and each
  // one short of the target is the occurrence that costs the points.
  if (t > 0 && !isUpperBound(operator)) {
    note(`目标 ${f(t)} 为应完成数：每少一项扣分，不足 = max(0, ${f(t)} − ${f(a)}) = ${f(Math.max(0, t - a))}`, `target ${f(t)} is a count to reach: shortfall = max(0, ${f(t)} − ${f(a)}) = ${f(Math.max(0, t - a))}`);
    return deductSteps(rule, N, t - a);
  }
  note(`超出目标的次数 = max(0, ${f(a)} − ${f(t)}) = ${f(Math.max(0, a - t))}`, `occurrences over the target = max(0, ${f(a)} − ${f(t)}) = ${f(Math.max(0, a - t))}`);
  return deductSteps(rule, N, a - t);
}

/**
 * |actual − target|: in percentage points for a percentage target, as a percentage of the
 * target for a `%` step on another target (DESIGN §5 form 8). A target of 0 never divides.
 */
export function deviation(rule: DeviationRule, N: number, target: Extract<Target, { kind: "number" }>, a: number): number {
  const t = target.value;
  let dev = Math.abs(a - t);
  note(`偏差 = |实际 − 目标| = |${f(a)} − ${f(t)}| = ${f(dev)}`, `deviation = |actual − target| = |${f(a)} − ${f(t)}| = ${f(dev)}`);
  if (rule.unit === "%" && !target.percent) {
    if (t <= 0) return dev <= EPS ? N : rule.floor;
    dev = (dev / t) * 100;
    note(`按目标的百分比计：${f(dev)}%`, `as a percentage of the target: ${f(dev)}%`);
  }
  return deductSteps(rule, N, dev);
}

/**
 * N × min(1, actual / target); lower is better: N × min(1, target / actual), actual 0 → N — or,
 * under a profile's `linear` 反向 formula, N × max(0, 1 − (actual − target) / target).
 */
export function ratio(N: number, operator: Operator | null, t: number, a: number, ctx: Ctx): number {
  if (isUpperBound(operator) && t > 0 && a > t + EPS) ctx.basis.reverse = ctx.formulas.reverse;
  if (ctx.basis.reverse === "linear") {
    const r = N * Math.max(0, 1 - (a - t) / t);
    note(`满分 × max(0, 1 − (实际 − 目标) ÷ 目标) = ${f(N)} × max(0, 1 − (${f(a)} − ${f(t)}) ÷ ${f(t)}) = ${f(r)}（反向指标线性计分，实际达目标两倍得 0）`, `full × max(0, 1 − (actual − target) ÷ target) = ${f(N)} × max(0, 1 − (${f(a)} − ${f(t)}) ÷ ${f(t)}) = ${f(r)} (lower-is-better, linear: 0 at twice the target)`);
    return r;
  }
  const r = ratioOf(N, operator, t, a);
  if (isUpperBound(operator) && a > 0) note(`满分 × min(1, 目标 ÷ 实际) = ${f(N)} × min(1, ${f(t)} ÷ ${f(a)}) = ${f(r)}`, `full × min(1, target ÷ actual) = ${f(N)} × min(1, ${f(t)} ÷ ${f(a)}) = ${f(r)}`);
  else if (!isUpperBound(operator) && t > 0) note(`满分 × min(1, 实际 ÷ 目标) = ${f(N)} × min(1, ${f(a)} ÷ ${f(t)}) = ${f(r)}`, `full × min(1, actual ÷ target) = ${f(N)} × min(1, ${f(a)} ÷ ${f(t)}) = ${f(r)}`);
  else note(`目标为 ${f(t)}（不作除数）：${r === N ? "达到 → 满分" : "未达到 → 0"}`, `target ${f(t)} (never divided by): ${r === N ? "met → full" : "not met → 0"}`);
  return r;
}

function ratioOf(N: number, operator: Operator | null, t: number, a: number): number {
  if (isUpperBound(operator)) {
    if (a <= 0) return N;
    return N * Math.min(1, Math.max(0, t) / a);
  }
  if (t <= 0) return a >= t - EPS ? N : 0;
  return N * Math.min(1, Math.max(0, a) / t);
}
