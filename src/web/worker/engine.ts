/**
 * The page's work on the workbook's bytes — reading them into grids and patching a write plan into
 * them — as plain functions of bytes in, data out: the Web Worker runs them off the main thread
 * (workbook.worker.ts), and where no Worker exists (jsdom, Node tests) the page calls them in
 * place (client.ts). Both give the same answers from the same code.
 */
import type { CellValue, WritePlan } from "../../core";
import { columnLetter } from "../../core";
import { StaleWorkbookError } from "../../app/port";
import { applyPlan as patchWorkbook, readCellValues } from "../../xlsx/apply-plan";
import type { SheetRead } from "../../xlsx/read";
import { readWorkbookFile } from "./read-file";

/** One sheet as the grid view shows it: its grid and its column widths (Excel's character units). */
export type SheetView = SheetRead;

export type Progress = (done: number, total: number) => void;

/** Read a file's bytes (throws WorkbookFileError with a readable reason). */
export function openBytes(bytes: Uint8Array, fileName: string, onProgress?: Progress): SheetView[] {
  return readWorkbookFile(bytes, fileName, onProgress);
}

/**
 * Apply a write plan to the bytes: each plan's `expect` cells are compared with the file first
 * (StaleWorkbookError when they changed since the read), then the package is patched (every part
 * the plan does not touch kept byte for byte) and read again for the page's view.
 */
export async function applyPlanToBytes(bytes: Uint8Array, plan: WritePlan, fileName: string, sheetNames: string[], onProgress?: Progress): Promise<{ bytes: Uint8Array; sheets: SheetView[] }> {
  onProgress?.(0, 2);
  for (const sp of plan.sheets) {
    if (!sp.expect?.length) continue;
    if (!sheetNames.includes(sp.sheet)) throw new StaleWorkbookError(sp.sheet, "A1");
    const now = await readCellValues(bytes, sp.sheet, sp.expect);
    sp.expect.forEach((e, i) => {
      if (!sameValue(now[i], e.value)) throw new StaleWorkbookError(sp.sheet, `${columnLetter(e.col)}${e.row + 1}`);
    });
  }
  const next = await patchWorkbook(bytes, plan);
  onProgress?.(1, 2);
  const sheets = openBytes(next, fileName);
  onProgress?.(2, 2);
  return { bytes: next, sheets };
}

/** A plan's expected value against the file's: empty is empty, numbers within rounding. */
export function sameValue(now: CellValue | undefined, expected: CellValue): boolean {
  const a = now === undefined || now === "" ? null : now;
  const b = expected === "" ? null : expected;
  if (a === b) return true;
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (typeof a === "string" && typeof b === "string") return a.replace(/\r\n?/g, "\n") === b.replace(/\r\n?/g, "\n");
  return String(a) === String(b);
}
