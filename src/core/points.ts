/** An indicator's full points: its 分值 / 权重 cell, else what its rule text states (DESIGN §5). */
import type { Indicator } from "./indicator";
import type { ScoringRule } from "./rules/types";

/**
 * The most points one indicator (or a budget block) can be worth. A table totals 100; anything
 * above this, below 0 or not finite (a 分值 of -1, `1e308`, NaN, a rule text stating `5000分`) is
 * not full points, so no score, total or maximum is ever computed from it.
 */
export const MAX_POINTS = 1000;

/** `x` when it can be full points (finite, 0 ≤ x ≤ MAX_POINTS), else null. */
export function validPoints(x: number | null | undefined): number | null {
  return typeof x === "number" && Number.isFinite(x) && x >= 0 && x <= MAX_POINTS ? x : null;
}

export function fullPointsOf(ind: Indicator, rules: Map<number, ScoringRule>): number | null {
  // A 分值 cell that holds no usable points (negative, huge) gives none; the checks report it
  // (weight-total, rule-inconsistent) rather than the rule text silently taking over.
  if (ind.weight !== null) return validPoints(ind.weight);
  return validPoints(rules.get(ind.r)?.full);
}
