/** An indicator's full points: its 分值 / 权重 cell, else what its rule text states (DESIGN §5). */
import type { Indicator } from "./indicator";
import type { ScoringRule } from "./rules/types";

export function fullPointsOf(ind: Indicator, rules: Map<number, ScoringRule>): number | null {
  if (ind.weight !== null) return ind.weight;
  return rules.get(ind.r)?.full ?? null;
}
