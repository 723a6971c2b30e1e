/** Which sheets each picker offers: a target is not a log sheet, a log is neither the target nor a 自评表 Score wrote. */
import { LOG_SHEET_NAME } from "../core/log/read-log";

/** Sheets that can be the target: not a log sheet (by its name). */
export function targetCandidates(sheets: readonly string[]): string[] {
  return sheets.filter((s) => !LOG_SHEET_NAME.test(s));
}

/** Sheets that can be the log: not the target, not a 绩效自评表 Score writes. */
export function logCandidates(sheets: readonly string[], target: string | undefined): string[] {
  return sheets.filter((s) => s !== target && !/^绩效自评表(（评分\d*）)?$/.test(s));
}
