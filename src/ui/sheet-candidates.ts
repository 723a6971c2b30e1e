/**
 * Which sheets each picker offers: a target is not a log sheet, a log is neither the target nor a
 * 自评表 Score wrote; Score's very hidden ownership record is never offered. The names that need
 * the core (the log-name pattern, the record's name) are read here, in the lazily loaded core
 * chunk (./core-actions.ts); the pickers then filter with plain data (pane-state.ts).
 */
import { LOG_SHEET_NAME } from "../core/log/read-log";
import { RECORD_SHEET } from "../core/plan/ownership";

export interface ListedSheets {
  /** The sheets staff see, in tab order. */
  sheets: string[];
  /** Of those, the ones named like a log (台账, 日志, 完成情况 …): never offered as the target. */
  logNamed: string[];
}

export function listedSheets(all: readonly string[]): ListedSheets {
  const sheets = all.filter((n) => n !== RECORD_SHEET);
  return { sheets, logNamed: sheets.filter((s) => LOG_SHEET_NAME.test(s)) };
}
