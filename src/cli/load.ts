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
import type { Lang } from "../core/issues";
import { isCompoundFile, readWorkbookBytes as readGrids, zipFormatOf, type FileFormat } from "../xlsx/read";
import { checkFileSize, checkSheetArea, currentLimits, inspectPackage, isProblem, type Limits, type Problem } from "./limits";
import { packageKindOf, type PackageKind } from "./package-kind";
import { centralDirectoryNames } from "./zip-directory";

export class InputProblem extends Error {
  constructor(readonly reasons: Record<Lang, string>) {
    super(reasons.en);
    this.name = "InputProblem";
  }
}

const problem = (zh: string, en: string) => new InputProblem({ "zh-CN": zh, en });

/** A file the reader could not parse: the reader's first line of explanation, and what to do. */
function damaged(path: string, err: unknown): InputProblem {
  const detail = err instanceof Error ? err.message.split("\n")[0].slice(0, 120) : String(err);
  return problem(
    `${path} 已损坏或不是有效的 .xlsx 工作簿（${detail}）。请在 Excel 中打开并重新保存。`,
    `${path} is damaged or not a valid .xlsx workbook (${detail}). Open it in Excel and save it again.`,
  );
}

function noSheets(path: string): InputProblem {
  return problem(`${path} 中没有工作表。请在 Excel 中打开并检查后重新保存。`, `${path} has no worksheets. Open it in Excel, check it and save it again.`);
}

function limitsOrThrow(limits?: Limits): Limits {
  const l = limits ?? currentLimits();
  if (isProblem(l)) throw new InputProblem(l);
  return l;
}

function fail(p: Problem | null): void {
  if (p) throw new InputProblem(p);
}

/** Read the bytes of an .xlsx file, or explain why it cannot be one. */
export async function readWorkbookBytes(path: string, limits?: Limits, options: { xls?: boolean } = {}): Promise<Buffer> {
  const l = limitsOrThrow(limits);
  let stat;
  try {
    stat = await fs.stat(path);
  } catch {
    throw problem(`找不到文件：${path}。请检查路径和文件名。`, `File not found: ${path}. Check the path and name.`);
  }
  if (stat.isDirectory()) throw problem(`${path} 是文件夹，不是 .xlsx 文件。请指定工作簿文件。`, `${path} is a folder, not an .xlsx file. Name a workbook file.`);
  if (!stat.isFile()) throw problem(`${path} 不是普通文件。请指定 .xlsx 工作簿文件。`, `${path} is not a regular file. Name an .xlsx workbook file.`);
  fail(checkFileSize(path, stat.size, l));
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "";
    throw problem(`无法读取 ${path}（${code || "读取失败"}）。请检查文件权限。`, `Cannot read ${path} (${code || "read failed"}). Check the file's permissions.`);
  }
  if (bytes.length === 0) throw problem(`${path} 是空文件（0 字节）。请重新保存工作簿。`, `${path} is empty (0 bytes). Save the workbook again.`);
  sniff(bytes, path, options.xls ?? false);
  return bytes;
}

const oldExcel = (path: string) =>
  problem(`${path} 是旧版 Excel 97-2003 (.xls) 文件。请在 Excel 或 WPS 中另存为 .xlsx 再试。`, `${path} is an old Excel 97-2003 (.xls) file. Save it as .xlsx in Excel or WPS and try again.`);

/**
 * Tell an old .xls, an encrypted workbook and a text/CSV file apart from a zip (.xlsx). With
 * `xls`, an Excel 97–2003 compound file is let through (the SheetJS reader reads it).
 */
function sniff(bytes: Buffer, path: string, xls: boolean): void {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return; // "PK": a zip, as .xlsx is
  if (isCompoundFile(bytes)) {
    // An encrypted .xlsx is a compound file holding an EncryptionInfo stream (names are UTF-16).
    if (bytes.includes(Buffer.from("EncryptionInfo", "utf16le")))
      throw problem(`${path} 设有打开密码（已加密）。请在 Excel 中取消密码后另存为 .xlsx 再试。`, `${path} is password-protected (encrypted). Remove the password in Excel, save as .xlsx, and try again.`);
    if (xls) return;
    throw oldExcel(path);
  }
  const head = bytes.subarray(0, 512).toString("utf8");
  if (/^[\s\S]*[,;\t][\s\S]*\n/.test(head) && !head.includes("\u0000"))
    throw problem(`${path} 是文本（CSV）文件，不是 .xlsx 工作簿。请在 Excel 中打开后另存为 .xlsx。`, `${path} is a text (CSV) file, not an .xlsx workbook. Open it in Excel and save as .xlsx.`);
  throw problem(`${path} 不是 .xlsx 工作簿（文件格式无法识别）。请用 Excel 另存为 .xlsx。`, `${path} is not an .xlsx workbook (unrecognised format). Save it as .xlsx from Excel.`);
}

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
  if (grids.sheets.length === 0) throw noSheets(path);
  return { bytes, grids, kind, format };
}
