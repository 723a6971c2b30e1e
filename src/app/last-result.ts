/**
 * The latest Validate / Score outcome, shared in memory between the ribbon commands and the task
 * pane (they run in one shared runtime where Excel supports it), so a ribbon click can open the
 * pane on its results.
 */
import type { ScoreReport, ValidationReport } from "../core";

export type LastResult =
  | { kind: "validate"; report: ValidationReport; at: number }
  | { kind: "score"; report: ScoreReport; at: number }
  | { kind: "error"; action: "validate" | "score" | "clear"; message: string; at: number };

type Listener = (result: LastResult) => void;

let last: LastResult | null = null;
const listeners = new Set<Listener>();

export function publishResult(result: LastResult): void {
  last = result;
  for (const l of listeners) l(result);
}

export function lastResult(): LastResult | null {
  return last;
}

/** Subscribe; returns the unsubscribe function (React effects call it on unmount). */
export function subscribeResults(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
