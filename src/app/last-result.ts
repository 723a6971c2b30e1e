/**
 * The last result of a ribbon command (校验 / 评分), kept in memory so the task pane can show it.
 * The ribbon functions and the pane share one runtime (manifest: SharedRuntime), hence one copy
 * of this module: the command publishes, the pane subscribes (and reads `lastResult()` when it
 * opens after the command ran). Without a shared runtime the pane never sees it — the flags in the
 * sheet remain the outcome there.
 */
import type { ScoreReport, ValidationReport } from "../core";

export type LastResult =
  | { action: "validate"; ok: true; report: ValidationReport; at: number }
  | { action: "score"; ok: true; report: ScoreReport; at: number }
  | { action: "validate" | "score"; ok: false; message: string; at: number };

type Listener = (result: LastResult) => void;

let last: LastResult | undefined;
const listeners = new Set<Listener>();

export function publishResult(result: LastResult): void {
  last = result;
  for (const listener of [...listeners]) {
    try {
      listener(result);
    } catch (error) {
      console.error("Jixiao: a result listener failed", error);
    }
  }
}

export function lastResult(): LastResult | undefined {
  return last;
}

/** Calls `listener` on every new result; returns the unsubscribe function. */
export function subscribeResult(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** For tests: forget the last result and every listener. */
export function resetLastResult(): void {
  last = undefined;
  listeners.clear();
}
