/**
 * The messages between the page and its workbook worker (workbook.worker.ts). Errors cross as
 * data and are rebuilt on the page as the classes the UI tells apart (a file it cannot read, a
 * workbook changed since the read, a sheet the core cannot use), so the page behaves the same with
 * or without the worker.
 */
import type { Lang, WritePlan } from "../../core";
import { StaleWorkbookError } from "../../app/port";
import { WorkbookFileError, type FileProblem } from "../open-file";
import type { CoreTask, DocRef } from "./core-run";
import type { SheetView } from "./engine";

export type WorkerTask =
  | { op: "open"; bytes: Uint8Array; fileName: string; doc?: DocRef }
  | { op: "apply"; bytes: Uint8Array; plan: WritePlan; fileName: string; sheetNames: string[]; doc?: DocRef }
  | ({ op: "core" } & CoreTask);

export type WorkerRequest = WorkerTask & { id: number };

export type WorkerError =
  | { type: "file"; problem: FileProblem; reasons: Record<Lang, string> }
  | { type: "stale"; sheet: string; address: string }
  | { type: "input"; message: string; messageEn: string }
  | { type: "other"; message: string };

/**
 * The sheets cross as JSON text, not as objects: the structured clone of a 1,000-indicator
 * workbook's grids (≈ 150,000 cells × value, text and format) takes 250–300 ms to rebuild on the
 * page's thread, its JSON.parse about 70 ms (measured in Node on bench M; DESIGN §8's 200 ms).
 * A report crosses as itself (structured clone keeps every number as the core made it; its plan,
 * the largest part, is a few hundred KB on M).
 */
export type WorkerResponse =
  | { id: number; progress: [number, number] }
  | { id: number; sheetsJson?: string; bytes?: Uint8Array; report?: unknown }
  | { id: number; error: WorkerError };

export const sheetsToJson = (sheets: SheetView[]): string => JSON.stringify(sheets);

/** JSON has no undefined: a column width the sheet does not set comes back as null. */
export function sheetsFromJson(json: string): SheetView[] {
  const sheets = JSON.parse(json) as SheetView[];
  for (const s of sheets) s.columnWidths = s.columnWidths.map((w) => (w === null ? undefined : w));
  return sheets;
}

/** The core's InputError (a named sheet that is not there) as the pane tells it apart: by name. */
export class InputErrorFromWorker extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
    this.name = "InputError";
  }
}

export function errorToData(err: unknown): WorkerError {
  if (err instanceof WorkbookFileError) return { type: "file", problem: err.problem, reasons: err.reasons };
  if (err instanceof StaleWorkbookError) return { type: "stale", sheet: err.sheet, address: err.address };
  // By name: the core's class (src/core/analyze.ts) is not imported here, the page's thread does not load the core for it.
  if (err instanceof Error && err.name === "InputError") return { type: "input", message: err.message, messageEn: String((err as { messageEn?: unknown }).messageEn ?? "") };
  return { type: "other", message: err instanceof Error ? err.message : String(err) };
}

export function errorFromData(e: WorkerError): Error {
  if (e.type === "file") return new WorkbookFileError(e.problem, e.reasons);
  if (e.type === "stale") return new StaleWorkbookError(e.sheet, e.address);
  if (e.type === "input") return new InputErrorFromWorker(e.message, e.messageEn);
  return new Error(e.message);
}
