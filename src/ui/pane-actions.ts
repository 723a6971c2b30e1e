/**
 * Each action the pane runs, as the event its reducer takes and what the ribbon's side is told.
 * Loaded with the core (./core-actions.ts), not with the page: the first paint does not need to
 * know how any action runs, and its JavaScript is budgeted (taskpane_gz_kb).
 */
import type { LastResult } from "../app/last-result";
import type { HostPort, Progress, SheetChoice } from "../app/port";
import { runClearFlags, runClearScore, runScore, runValidate } from "../app/controller";
import { runLogTemplate, runMonitor } from "../app/year-actions";
import { unscoredCount } from "../core/score/reasons";
import type { Action, PaneEvent } from "./pane-state";

export interface ActionOutcome {
  event: PaneEvent;
  /** Published for the ribbon's side (Validate and Score only). */
  publish?: LastResult;
  /** The workbook gained a sheet detection looks for (新建台账's log): detect again from a new read. */
  redetect?: boolean;
}

export async function runPaneAction(action: Action, port: HostPort, choice: SheetChoice, asOf: string, onProgress: Progress): Promise<ActionOutcome> {
  switch (action) {
    case "validate": {
      const report = await runValidate(port, choice, onProgress);
      return { event: { type: "validated", report }, publish: { action, ok: true, report, at: Date.now() } };
    }
    case "score": {
      const report = await runScore(port, choice, onProgress);
      return { event: { type: "scored", report, unscored: unscoredCount(report.score) }, publish: { action, ok: true, report, at: Date.now() } };
    }
    case "logTemplate": {
      const log = await runLogTemplate(port, choice, onProgress);
      return { event: { type: "log-made", sheet: log.sheet, names: log.names.length, listOnly: log.listOnly }, redetect: !log.listOnly };
    }
    case "monitor":
      return { event: { type: "monitored", run: await runMonitor(port, choice, asOf, onProgress) } };
    case "clear":
      await runClearFlags(port);
      return { event: { type: "flags-cleared" } };
    case "clearScore": {
      const cleared = await runClearScore(port, choice);
      return { event: { type: "score-cleared", keptCells: cleared.keptCells.length, keptSheets: cleared.keptSheets } };
    }
  }
}
