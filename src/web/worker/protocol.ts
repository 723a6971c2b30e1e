/**
 * The messages between the page and its workbook worker (workbook.worker.ts). Errors cross as
 * data and are rebuilt on the page as the classes the UI tells apart (a file it cannot read, a
 * workbook changed since the read), so the page behaves the same with or without the worker.
 */
import type { Lang, WritePlan } from "../../core";
import { StaleWorkbookError } from "../../app/port";
import { WorkbookFileError, type FileProblem } from "../open-file";
import type { SheetView } from "./engine";

export type WorkerTask = { op: "open"; bytes: Uint8Array; fileName: string } | { op: "apply"; bytes: Uint8Array; plan: WritePlan; fileName: string; sheetNames: string[] };

export type WorkerRequest = WorkerTask & { id: number };

export type WorkerError =
  | { type: "file"; problem: FileProblem; reasons: Record<Lang, string> }
  | { type: "stale"; sheet: string; address: string }
  | { type: "other"; message: string };

/**
 * The sheets cross as JSON text, not as objects: the structured clone of a 1,000-indicator
 * workbook's grids (≈ 150,000 cells × value, text and format) takes 250–300 ms to rebuild on the
 * page's thread, its JSON.parse about 70 ms (measured in Node on bench M; DESIGN §8's 200 ms).
 */
export type WorkerResponse =
  | { id: number; progress: [number, number] }
  | { id: number; sheetsJson: string; bytes?: Uint8Array }
  | { id: number; error: WorkerError };

export const sheetsToJson = (sheets: SheetView[]): string => JSON.stringify(sheets);

/** JSON has no undefined: a column width the sheet does not set comes back as null. */
export function sheetsFromJson(json: string): SheetView[] {
  const sheets = JSON.parse(json) as SheetView[];
  for (const s of sheets) s.columnWidths = s.columnWidths.map((w) => (w === null ? undefined : w));
  return sheets;
}

export function errorToData(err: unknown): WorkerError {
  if (err instanceof WorkbookFileError) return { type: "file", problem: err.problem, reasons: err.reasons };
  if (err instanceof StaleWorkbookError) return { type: "stale", sheet: err.sheet, address: err.address };
  return { type: "other", message: err instanceof Error ? err.message : String(err) };
}

export function errorFromData(e: WorkerError): Error {
  if (e.type === "file") return new WorkbookFileError(e.problem, e.reasons);
  if (e.type === "stale") return new StaleWorkbookError(e.sheet, e.address);
  return new Error(e.message);
}
