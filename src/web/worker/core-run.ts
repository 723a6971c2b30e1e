/**
 * Validate and Score where the page's workbook is read (the worker, or this thread where there is
 * none): the core runs on the sheets the last read of the bytes produced, kept per document and
 * version so they are not read again, and Score's plan is patched into the bytes in the same trip.
 * The page's thread then only receives the report and, after Score, the sheets it shows (DESIGN
 * §8: no task over 200 ms on the page while a 1,000-indicator workbook scores).
 */
import { builtinProfile, scoreWorkbook, validateWorkbook, type Lang, type ScoreReport, type ValidationReport } from "../../core";
import { coreOptions, type CoreOp, type SheetChoice } from "../../app/port";
import { applyPlanToBytes, openBytes, type Progress, type SheetView } from "./engine";
import { isCompoundFile } from "../../xlsx/read/kind";

/** Which of the page's workbooks, and which state of its bytes (each applied plan is a new version). */
export interface DocRef {
  doc: number;
  version: number;
}

export interface CoreTask {
  action: CoreOp;
  doc: DocRef;
  /** The bytes as the page has them: read again when the kept sheets are not this version's. */
  bytes: Uint8Array;
  fileName: string;
  sheetNames: string[];
  choice: SheetChoice;
  lang: Lang;
}

export interface CoreAnswer {
  report: ValidationReport | ScoreReport;
  /** After Score wrote its plan: the new bytes and their sheets (version + 1). */
  written?: { bytes: Uint8Array; sheets: SheetView[] };
}

/** The page has one workbook open and may be opening the next: two are kept, the oldest goes. */
const KEPT = 2;
const kept = new Map<number, { version: number; sheets: SheetView[] }>();

export function keepSheets(ref: DocRef | undefined, sheets: SheetView[]): void {
  if (!ref) return;
  kept.delete(ref.doc);
  kept.set(ref.doc, { version: ref.version, sheets });
  while (kept.size > KEPT) kept.delete(kept.keys().next().value as number);
}

function sheetsOf(task: CoreTask): SheetView[] {
  const hit = kept.get(task.doc.doc);
  if (hit && hit.version === task.doc.version) return hit.sheets;
  const sheets = openBytes(task.bytes, task.fileName);
  keepSheets(task.doc, sheets);
  return sheets;
}

/**
 * Progress: Validate 0/2 → 1/2 (analysed; the page says 2/2 once the report is in), Score 0/4 →
 * 1/4 (scored) → 2/4 (patched) → 3/4 (read again; the page says 4/4 once it shows the sheets).
 */
export async function runCoreOnBytes(task: CoreTask, onProgress?: Progress): Promise<CoreAnswer> {
  const score = task.action === "score";
  onProgress?.(0, score ? 4 : 2);
  const wb = { sheets: sheetsOf(task).map((s) => s.grid) };
  const opts = coreOptions(task.choice, task.lang, builtinProfile);
  if (!score) {
    const report = validateWorkbook(wb, opts);
    onProgress?.(1, 2);
    return { report };
  }
  const report = scoreWorkbook(wb, opts);
  onProgress?.(1, 4);
  // What the controller's applyPlan does for other hosts: nothing to write, nothing written; a
  // format read for reports only (.xls) keeps its report and is not written (Download says why).
  if (report.plan.sheets.length === 0 || isCompoundFile(task.bytes)) return { report };
  const written = await applyPlanToBytes(task.bytes, report.plan, task.fileName, task.sheetNames, (done) => onProgress?.(1 + done, 4));
  keepSheets({ doc: task.doc.doc, version: task.doc.version + 1 }, written.sheets);
  return { report, written };
}
