/**
 * A workbook file's bytes → the sheets the page shows, or a WorkbookFileError that says what the
 * file is and what to do (open-file.ts words them). Runs in the workbook worker (engine.ts): it
 * pulls in SheetJS, which the page's own thread never loads while a Worker does the reading.
 */
import { centralDirectoryNames } from "../../cli/zip-directory";
import { isCompoundFile, parseWorkbook, sheetsOfWorkbook, zipFormatOf, type SheetExtent, type SheetRead } from "../../xlsx/read";
import { fail, SAVE_AS_EN, SAVE_AS_ZH, sniffWorkbook, WorkbookFileError } from "../open-file";

/** A sheet whose used area passes this many cells is refused, as the CLI does (src/cli/limits.ts). */
export const MAX_SHEET_CELLS = 2_000_000;

/**
 * Sniff, check it is a SpreadsheetML package, and read it with the one reader every host uses
 * (src/xlsx/read: SheetJS). The zip's own listing (its central directory, nothing inflated)
 * tells a truncated download, an .xlsb and a Word or PowerPoint file apart before SheetJS parses.
 * An Excel 97–2003 .xls (a compound file, not a zip) is read too, for its report: Score's plan
 * cannot be written into it (core-run.ts), and Download says to save it as .xlsx first.
 */
export function readWorkbookFile(bytes: Uint8Array, name: string, onProgress?: (done: number, total: number) => void): SheetRead[] {
  onProgress?.(0, 4);
  sniffWorkbook(bytes, name, { xls: true });
  const damaged = () =>
    fail("damaged", name, "已损坏或不完整（可能没有下载完）。请重新下载或在 Excel 中打开并重新保存后再试。", "is damaged or incomplete (perhaps the download did not finish). Download it again, or open and save it again in Excel, then try again.");
  if (isCompoundFile(bytes)) return readSheets(bytes, name, onProgress, () => fail("xls", name, `是旧版 Excel 97-2003 (.xls) 文件，但无法读取（可能是更早的 Excel 5.0/95 格式，或已损坏）。${SAVE_AS_ZH}`, `is an old Excel 97-2003 (.xls) file that cannot be read (perhaps the older Excel 5.0/95 format, or damaged). ${SAVE_AS_EN}`));
  const listed = centralDirectoryNames(bytes);
  if (!listed) throw damaged();
  const parts = listed.map((p) => p.replace(/^\/+/, "").toLowerCase());
  const format = zipFormatOf(parts);
  if (format === "xlsb") throw fail("xlsb", name, `是 Excel 二进制工作簿 (.xlsb)。${SAVE_AS_ZH}`, `is an Excel binary workbook (.xlsb). ${SAVE_AS_EN}`);
  if (format === "ods") throw fail("not-workbook", name, `是 OpenDocument 电子表格 (.ods)，不是 Excel 工作簿。${SAVE_AS_ZH}`, `is an OpenDocument spreadsheet (.ods), not an Excel workbook. ${SAVE_AS_EN}`);
  // Excel, WPS, LibreOffice and the Open XML SDK all keep the workbook under xl/ (the part's own
  // name may differ: the package's rels point at it, and SheetJS follows them).
  if (!parts.some((p) => p.startsWith("xl/"))) {
    const what = parts.includes("word/document.xml") ? ["Word 文档", "a Word document"] : parts.includes("ppt/presentation.xml") ? ["PowerPoint 演示文稿", "a PowerPoint presentation"] : ["压缩包", "a zip archive"];
    throw fail("not-workbook", name, `是${what[0]}，不是 Excel 工作簿。请打开项目绩效目标表所在的 .xlsx 文件。`, `is ${what[1]}, not an Excel workbook. Open the .xlsx file that holds the performance target table.`);
  }
  return readSheets(bytes, name, onProgress, damaged);
}

/** Parse (progress 1/4 → 2/4) and make the sheets' grids (→ 3/4; the page has the last step). */
function readSheets(bytes: Uint8Array, name: string, onProgress: ((done: number, total: number) => void) | undefined, unreadable: () => WorkbookFileError): SheetRead[] {
  onProgress?.(1, 4);
  let sheets: SheetRead[];
  try {
    const wb = parseWorkbook(bytes);
    onProgress?.(2, 4);
    sheets = sheetsOfWorkbook(wb, { checkSheet: (sheet, extent) => checkSheetArea(name, sheet, extent) });
  } catch (err) {
    if (err instanceof WorkbookFileError) throw err;
    throw unreadable();
  }
  onProgress?.(3, 4);
  if (sheets.length === 0)
    throw fail("no-sheets", name, "中没有工作表。请打开包含项目绩效目标表的工作簿。", "has no worksheets. Open the workbook that holds the performance target table.");
  return sheets;
}

/** A sheet's used area, before its grid is allocated: a stray far-away cell would take the tab down. */
function checkSheetArea(name: string, sheet: string, { rows, cols }: SheetExtent): void {
  if (rows * cols <= MAX_SHEET_CELLS) return;
  throw fail(
    "too-large",
    name,
    `中工作表「${sheet}」的使用区域过大（${rows} 行 × ${cols} 列），多因远处的单元格有内容或格式。请在 Excel 中删除多余的行列后再试。`,
    `: the used area of sheet “${sheet}” is too large (${rows} rows × ${cols} columns), usually because a far-away cell has content or formatting. Delete the extra rows and columns in Excel and try again.`,
  );
}
