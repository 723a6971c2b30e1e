/**
 * Opening a workbook file in the browser. Every way a file can be unusable — an .xls SheetJS
 * cannot read, a password-protected workbook, a CSV or web page saved with an .xlsx name, a truncated download,
 * a zip that is not a workbook — becomes a WorkbookFileError whose message says what the file is
 * and what to do, in both languages. Never a stack trace, never the file's bytes.
 *
 * Browser-safe: Uint8Array only (no Buffer, no fs); also runs in Node for the unit tests.
 */
import type { Lang } from "../core";
import { isCompoundFile } from "../xlsx/read/kind";

/** Larger files are refused: the whole workbook is held in memory several times over. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type FileProblem = "empty" | "too-large" | "xls" | "encrypted" | "csv" | "html" | "xlsb" | "not-workbook" | "damaged" | "no-sheets" | "unknown";

export class WorkbookFileError extends Error {
  constructor(
    readonly problem: FileProblem,
    readonly reasons: Record<Lang, string>,
  ) {
    super(reasons.en);
    this.name = "WorkbookFileError";
  }
  text(lang: Lang): string {
    return this.reasons[lang] ?? this.reasons["zh-CN"];
  }
}

export const SAVE_AS_ZH = "请在 Excel 或 WPS 中打开，另存为「Excel 工作簿 (*.xlsx)」后再打开。";
export const SAVE_AS_EN = "Open it in Excel or WPS, save it as “Excel Workbook (*.xlsx)”, and open that file here.";

export function fail(problem: FileProblem, name: string, zh: string, en: string): WorkbookFileError {
  return new WorkbookFileError(problem, { "zh-CN": `「${name}」${zh}`, en: `“${name}” ${en}` });
}

/** Refuse a file over MAX_FILE_BYTES by its size alone, before its bytes are read into memory. */
export function checkFileSize(size: number, name: string): void {
  if (size <= MAX_FILE_BYTES) return;
  const mb = Math.round(size / 1024 / 1024);
  const limit = MAX_FILE_BYTES / 1024 / 1024;
  throw fail(
    "too-large",
    name,
    `太大（${mb} MB，上限 ${limit} MB）。请删除无关的工作表或图片后再试，或使用命令行工具 jixiao。`,
    `is too large (${mb} MB, limit ${limit} MB). Remove unrelated sheets or pictures and try again, or use the jixiao command-line tool.`,
  );
}

/**
 * Reject what is plainly not an .xlsx from its first bytes, before any parsing. An Excel 97–2003
 * compound file passes with `xls` (the reader reads it for reports, DESIGN §6 Files).
 */
export function sniffWorkbook(bytes: Uint8Array, name: string, options: { xls?: boolean } = {}): void {
  if (bytes.length === 0) throw fail("empty", name, "是空文件（0 字节）。请在 Excel 中重新保存工作簿后再打开。", "is empty (0 bytes). Save the workbook again in Excel and open it here.");
  checkFileSize(bytes.length, name);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return; // "PK": a zip, as .xlsx is
  if (isCompoundFile(bytes)) {
    // An encrypted .xlsx is a compound file holding an EncryptionInfo stream (names are UTF-16LE).
    if (includesUtf16(bytes, "EncryptionInfo"))
      throw fail("encrypted", name, "设有打开密码（已加密），网页无法读取。请在 Excel 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码），保存后再打开。", "is password-protected (encrypted), so the page cannot read it. Remove the password in Excel (File → Info → Protect Workbook → Encrypt with Password, clear it), save, and open it again.");
    if (options.xls) return;
    throw fail("xls", name, `是旧版 Excel 97-2003 (.xls) 文件。${SAVE_AS_ZH}`, `is an old Excel 97-2003 (.xls) file. ${SAVE_AS_EN}`);
  }
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, "");
  if (/^\s*</.test(head))
    throw fail("html", name, `是网页或 XML 文件（可能是“另存为网页”或 XML 电子表格 2003），不是 .xlsx 工作簿。${SAVE_AS_ZH}`, `is a web page or XML file (perhaps saved as a web page or XML Spreadsheet 2003), not an .xlsx workbook. ${SAVE_AS_EN}`);
  if (!head.includes("\u0000") && /[,;\t，]/.test(head))
    throw fail("csv", name, `是文本（CSV）文件，不是 .xlsx 工作簿。${SAVE_AS_ZH}`, `is a text (CSV) file, not an .xlsx workbook. ${SAVE_AS_EN}`);
  throw extensionProblem(name) ?? fail("unknown", name, `不是 .xlsx 工作簿（无法识别的文件格式）。${SAVE_AS_ZH}`, `is not an .xlsx workbook (unrecognised format). ${SAVE_AS_EN}`);
}

/** What the extension says the file is, for bytes that tell nothing themselves. */
export function extensionProblem(name: string): WorkbookFileError | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === "xls" || ext === "et") return fail("xls", name, `是旧版 Excel 97-2003 (.${ext}) 文件。${SAVE_AS_ZH}`, `is an old Excel 97-2003 (.${ext}) file. ${SAVE_AS_EN}`);
  if (ext === "csv" || ext === "txt" || ext === "tsv") return fail("csv", name, `是文本（CSV）文件，不是 .xlsx 工作簿。${SAVE_AS_ZH}`, `is a text (CSV) file, not an .xlsx workbook. ${SAVE_AS_EN}`);
  if (ext === "xlsb") return fail("xlsb", name, `是 Excel 二进制工作簿 (.xlsb)。${SAVE_AS_ZH}`, `is an Excel binary workbook (.xlsb). ${SAVE_AS_EN}`);
  if (ext === "ods" || ext === "numbers") return fail("not-workbook", name, `不是 Excel 工作簿。${SAVE_AS_ZH}`, `is not an Excel workbook. ${SAVE_AS_EN}`);
  return null;
}

function includesUtf16(b: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= b.length; i++) {
    for (let j = 0; j < needle.length; j++) if (b[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
