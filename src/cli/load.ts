/**
 * Opening a workbook file for the CLI. Every way a file can be unusable becomes an InputProblem
 * with a one-line reason that says what to do — never a stack trace (DESIGN §6: exit 2).
 */
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import type { Lang } from "../core/issues";

export class InputProblem extends Error {
  constructor(readonly reasons: Record<Lang, string>) {
    super(reasons.en);
    this.name = "InputProblem";
  }
}

const problem = (zh: string, en: string) => new InputProblem({ "zh-CN": zh, en });

/** Read the bytes of an .xlsx file, or explain why it cannot be one. */
export async function readWorkbookBytes(path: string): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch {
    throw problem(`找不到文件：${path}。请检查路径和文件名。`, `File not found: ${path}. Check the path and name.`);
  }
  if (stat.isDirectory()) throw problem(`${path} 是文件夹，不是 .xlsx 文件。请指定工作簿文件。`, `${path} is a folder, not an .xlsx file. Name a workbook file.`);
  const bytes = await fs.readFile(path);
  if (bytes.length === 0) throw problem(`${path} 是空文件（0 字节）。请重新保存工作簿。`, `${path} is empty (0 bytes). Save the workbook again.`);
  sniff(bytes, path);
  return bytes;
}

/** Tell an old .xls, an encrypted workbook and a text/CSV file apart from a zip (.xlsx). */
function sniff(bytes: Buffer, path: string): void {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return; // "PK": a zip, as .xlsx is
  const isCfb = bytes.length >= 8 && bytes.readUInt32BE(0) === 0xd0cf11e0 && bytes.readUInt32BE(4) === 0xa1b11ae1;
  if (isCfb) {
    // An encrypted .xlsx is a compound file holding an EncryptionInfo stream (names are UTF-16).
    if (bytes.includes(Buffer.from("EncryptionInfo", "utf16le")))
      throw problem(`${path} 设有打开密码（已加密）。请在 Excel 中取消密码后另存为 .xlsx 再试。`, `${path} is password-protected (encrypted). Remove the password in Excel, save as .xlsx, and try again.`);
    throw problem(`${path} 是旧版 Excel 97-2003 (.xls) 文件。请在 Excel 或 WPS 中另存为 .xlsx 再试。`, `${path} is an old Excel 97-2003 (.xls) file. Save it as .xlsx in Excel or WPS and try again.`);
  }
  const head = bytes.subarray(0, 512).toString("utf8");
  if (/^[\s\S]*[,;\t][\s\S]*\n/.test(head) && !head.includes("\u0000"))
    throw problem(`${path} 是文本（CSV）文件，不是 .xlsx 工作簿。请在 Excel 中打开后另存为 .xlsx。`, `${path} is a text (CSV) file, not an .xlsx workbook. Open it in Excel and save as .xlsx.`);
  throw problem(`${path} 不是 .xlsx 工作簿（文件格式无法识别）。请用 Excel 另存为 .xlsx。`, `${path} is not an .xlsx workbook (unrecognised format). Save it as .xlsx from Excel.`);
}

export async function loadWorkbook(path: string): Promise<{ bytes: Buffer; workbook: ExcelJS.Workbook }> {
  const bytes = await readWorkbookBytes(path);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    const detail = err instanceof Error ? err.message.split("\n")[0].slice(0, 120) : String(err);
    throw problem(
      `${path} 已损坏或不是有效的 .xlsx 工作簿（${detail}）。请在 Excel 中打开并重新保存。`,
      `${path} is damaged or not a valid .xlsx workbook (${detail}). Open it in Excel and save it again.`,
    );
  }
  if (workbook.worksheets.length === 0)
    throw problem(`${path} 中没有工作表。`, `${path} has no worksheets.`);
  return { bytes, workbook };
}
