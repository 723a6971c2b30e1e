/**
 * Opening a workbook file for the CLI. Every way a file can be unusable becomes an InputProblem
 * with a one-line reason that says what to do — never a stack trace (DESIGN §6: exit 2). The size
 * and structure limits of limits.ts are checked on the zip before anything parses it.
 *
 * `loadGrids` reads every format (DESIGN §6 Files: .xlsx / .xlsm, and for reports .xls, .xlsb,
 * .ods) with the one reader every host uses (src/xlsx/read, SheetJS).
 */
import { promises as fs } from "node:fs";
import type { WorkbookGrids } from "../core/grid";
import { isCompoundFile, readWorkbookBytes as readGrids, zipFormatOf, type FileFormat } from "../xlsx/read";
import { sniffFile, type SniffedKind } from "../xlsx/sniff";
import { checkFileSize, checkSheetArea, currentLimits, inspectPackage, isProblem, type LimitProblem, type Limits } from "./limits";
import { InputProblem } from "./problems";
import { packageKindOf, type PackageKind } from "./package-kind";
import { centralDirectoryNames } from "./zip-directory";

export { InputProblem } from "./problems";

/** A file the reader could not parse: the reader's first line of explanation, and what to do. */
function damaged(path: string, err: unknown): InputProblem {
  const detail = err instanceof Error ? err.message.split("\n")[0].slice(0, 120) : String(err);
  return new InputProblem({ code: "file-damaged", params: { path, detail } });
}

const fileProblem = (code: "file-not-found" | "file-is-folder" | "file-not-regular" | "file-empty" | "file-encrypted" | "file-old-excel" | "file-csv" | "file-html" | "file-unrecognised" | "file-no-sheets", path: string) =>
  new InputProblem({ code, params: { path } });

function limitsOrThrow(limits?: Limits): Limits {
  const l = limits ?? currentLimits();
  if (isProblem(l)) throw new InputProblem(l);
  return l;
}

function fail(p: LimitProblem | null): void {
  if (p) throw new InputProblem(p);
}

/** Read the bytes of an .xlsx file, or explain why it cannot be one. */
export async function readWorkbookBytes(path: string, limits?: Limits, options: { xls?: boolean } = {}): Promise<Buffer> {
  const l = limitsOrThrow(limits);
  let stat;
  try {
    stat = await fs.stat(path);
  } catch {
    throw fileProblem("file-not-found", path);
  }
  if (stat.isDirectory()) throw fileProblem("file-is-folder", path);
  if (!stat.isFile()) throw fileProblem("file-not-regular", path);
  fail(checkFileSize(path, stat.size, l));
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (err) {
    throw new InputProblem({ code: "file-unreadable", params: { path, errno: (err as NodeJS.ErrnoException).code ?? "" } });
  }
  if (bytes.length === 0) throw fileProblem("file-empty", path);
  sniff(bytes, path, options.xls ?? false);
  return bytes;
}

const oldExcel = (path: string) => fileProblem("file-old-excel", path);

/**
 * Tell an old .xls, an encrypted workbook, a web page and a text/CSV file apart from a zip (.xlsx),
 * by the one sniffer every host uses (src/xlsx/sniff.ts). With `xls`, an Excel 97–2003 compound
 * file is let through (the SheetJS reader reads it).
 */
function sniff(bytes: Buffer, path: string, xls: boolean): void {
  const kind = sniffFile(bytes);
  if (kind === "zip" || (kind === "compound" && xls)) return;
  throw fileProblem(SNIFFED[kind], path);
}

const SNIFFED = {
  empty: "file-empty",
  encrypted: "file-encrypted",
  compound: "file-old-excel",
  html: "file-html",
  csv: "file-csv",
  unknown: "file-unrecognised",
} as const satisfies Record<Exclude<SniffedKind, "zip">, string>;

/** What `loadGrids` gives: the file's bytes, its grids, and what it is. */
export interface LoadedGrids {
  /** The file as it is (Score patches these, so every part it does not touch is kept). */
  bytes: Buffer;
  grids: WorkbookGrids;
  /** The OOXML package's kind from its content types (an --out copy keeps its extension); null otherwise. */
  kind: PackageKind | null;
  /** The file's format: only "ooxml" (.xlsx / .xlsm) can be written (score --out). */
  format: FileFormat;
}

/**
 * Read, check and parse a workbook of any format Jixiao reads, with the SheetJS reader. The zip
 * checks of limits.ts run first, on every zip: for an .xlsx / .xlsm all of them; for an .xlsb or
 * .ods, whose workbook part is not OOXML's, all but the OOXML structure (`skipStructure`). Each
 * sheet's used area is checked before its grid is allocated.
 */
export async function loadGrids(path: string, limits?: Limits): Promise<LoadedGrids> {
  const l = limitsOrThrow(limits);
  const bytes = await readWorkbookBytes(path, l, { xls: true });
  let format: FileFormat = "xls";
  let kind: PackageKind | null = null;
  if (!isCompoundFile(bytes)) {
    format = zipFormatOf(centralDirectoryNames(bytes) ?? []) ?? "ooxml";
    const facts = await inspectPackage(path, bytes, l, { skipStructure: format !== "ooxml" });
    if (isProblem(facts)) throw new InputProblem(facts);
    if (format === "ooxml") kind = packageKindOf(facts.workbookContentType);
  }
  let grids: WorkbookGrids;
  try {
    grids = readGrids(bytes, { checkSheet: (sheet, { rows, cols }) => fail(checkSheetArea(path, sheet, rows, cols, l)) });
  } catch (err) {
    if (err instanceof InputProblem) throw err;
    if (format === "xls") throw oldExcel(path); // a compound file SheetJS cannot read as a workbook
    throw damaged(path, err);
  }
  if (grids.sheets.length === 0) throw fileProblem("file-no-sheets", path);
  return { bytes, grids, kind, format };
}
