/**
 * The bars of the score chart: score against full points per 一级指标 (in the table's order), plus
 * the budget block's points (预算执行) when the workbook has one. An indicator without a score
 * counts as 0 toward its bar; the report says separately that the total is incomplete.
 */
import type { ScoreResult } from "../core";

export interface ScoreBar {
  label: string;
  score: number;
  full: number;
}

export function scoreBars(result: ScoreResult, budgetLabel: string): ScoreBar[] {
  const bars = new Map<string, ScoreBar>();
  for (const ind of result.indicators) {
    const label = ind.level1 || "—";
    let bar = bars.get(label);
    if (!bar) {
      bar = { label, score: 0, full: 0 };
      bars.set(label, bar);
    }
    bar.score += ind.score ?? 0;
    bar.full += ind.full ?? 0;
  }
  const list = [...bars.values()].map((b) => ({ ...b, score: round2(b.score), full: round2(b.full) }));
  if (result.budget) list.push({ label: budgetLabel, score: round2(result.budget.score ?? 0), full: round2(result.budget.full) });
  return list;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
