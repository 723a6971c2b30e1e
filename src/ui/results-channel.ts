/**
 * Where the pane reads and publishes Validate / Score outcomes. By default the shared in-memory
 * channel of src/app/last-result (the ribbon commands publish there, so their results show when
 * the pane opens); tests pass a fresh channel so one test's results never leak into the next.
 */
import { lastResult, publishResult, subscribeResult, type LastResult } from "../app/last-result";

export interface ResultsChannel {
  last(): LastResult | undefined;
  publish(result: LastResult): void;
  subscribe(listener: (result: LastResult) => void): () => void;
}

export const sharedResults: ResultsChannel = {
  last: lastResult,
  publish: publishResult,
  subscribe: subscribeResult,
};

/** A channel of its own (tests; a page that shares nothing with ribbon commands). */
export function createResultsChannel(): ResultsChannel {
  let last: LastResult | undefined;
  const listeners = new Set<(result: LastResult) => void>();
  return {
    last: () => last,
    publish(result) {
      last = result;
      for (const l of listeners) l(result);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
