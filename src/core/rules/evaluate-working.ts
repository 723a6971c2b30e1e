/**
 * What every rule form's arithmetic shares (evaluate.ts and its evaluate-*.ts forms): float-noise
 * cleaning and rounding, and the step-by-step working `jixiao rule --actual` prints.
 */
import type { Operator } from "../indicator";
import type { RuleFormulas } from "./formulas";
import type { ScoreBasis } from "./evaluate";

/** The profile's formulas and what the score turned out to rest on, for one scoreRule call. */
export interface Ctx {
  formulas: RuleFormulas;
  basis: ScoreBasis;
}

/** The arithmetic behind a score, step by step, in both languages (`jixiao rule --actual`). */
export interface Working {
  zh: string[];
  en: string[];
}

// The working of the scoreRule call in progress, when one was asked for. Scoring is synchronous
// and never re-entered, so one slot is enough; each form notes its own arithmetic into it.
let working: Working | null = null;
export function note(zh: string, en: string): void {
  working?.zh.push(zh);
  working?.en.push(en);
}
export const f = (x: number) => String(round2(x) === x ? x : Number(x.toPrecision(6)));

/** Runs a scoring call with its working collected: every `note` made during `run`. */
export function withWorking<T>(run: () => T): { result: T; working: Working } {
  const w: Working = { zh: [], en: [] };
  working = w;
  try {
    return { result: run(), working: w };
  } finally {
    working = null;
  }
}

/** Comparisons and ⌊⌋ / ⌈⌉ forgive float noise: 0.3 / 0.1 is 3 steps, not 2. */
export const EPS = 1e-9;

/** Drop float noise at 12 significant digits. */
export function clean(x: number): number {
  return Number(x.toPrecision(12));
}

/** Round to two decimals, half away from zero, after dropping float noise. */
export function round2(x: number): number {
  const r = Math.round(Math.abs(clean(x * 100))) / 100;
  return (x < 0 ? -r : r) + 0;
}

export function isUpperBound(operator: Operator | null): boolean {
  return operator === "<=" || operator === "<";
}
