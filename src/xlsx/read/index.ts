/**
 * Workbook file bytes → the core's grids, for every format Jixiao reads (DESIGN §6 Files): .xlsx
 * and .xlsm, and for reports .xls, .xlsb and .ods — all through SheetJS. The grids are the
 * Office.js view the exceljs reader (now test/xlsx/exceljs-grids.ts) has always given, so the core sees no
 * difference between readers (test/xlsx/reader-equivalence.test.ts).
 *
 * Sheets in tab order; chart, dialog and macro sheets are not worksheets and are left out; hidden
 * and very hidden worksheets are read (Jixiao's own record `_jixiao_record` is very hidden).
 */
import * as XLSX from "@e965/xlsx";
import type { Grid, WorkbookGrids } from "../../core/grid";
import { columnWidthsOf } from "./columns";
import { extentOf, gridFromSheet, type SheetExtent } from "./sheet";
import { protectionOf, type PackageFiles } from "./protection";

export { extentOf, type SheetExtent } from "./sheet";
export { columnWidthsOf } from "./columns";
export { isCompoundFile, isWritable, isZip, zipFormatOf, type FileFormat } from "./kind";

export interface ReadOptions {
  /** Called with each worksheet's extent before its grid is allocated; throw to stop. */
  checkSheet?: (sheet: string, extent: SheetExtent) => void;
}

/** SheetJS's parse: formulas kept (to tell an uncached one), number formats, dense rows. */
export function parseWorkbook(bytes: Uint8Array): XLSX.WorkBook {
  // A view of its own: SheetJS hangs its cursor methods (read_shift, l …) on the array it is
  // given, and the caller's bytes (kept for Download and Score) must stay a plain Uint8Array.
  return XLSX.read(bytes.subarray(0), {
    type: "array",
    cellFormula: true,
    cellNF: true,
    cellStyles: true,
    cellHTML: false,
    cellText: true,
    sheetStubs: true, // styled empty cells and formulas without <v>: the extent and formula-uncached
    dense: true,
    bookFiles: true, // the unzipped package, for sheet protection (protection.ts)
  });
}

/** The worksheets of a parsed workbook, in tab order (no chart, dialog or macro sheets). */
export function worksheetsOf(wb: XLSX.WorkBook): { name: string; ws: XLSX.WorkSheet }[] {
  const out: { name: string; ws: XLSX.WorkSheet }[] = [];
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    if (!ws) continue;
    const type = (ws as { "!type"?: string })["!type"];
    if (type === "chart" || type === "dialog" || type === "macro") continue;
    out.push({ name, ws });
  }
  return out;
}

/** One worksheet as a host that draws it needs it: its grid and its column widths (columns.ts). */
export interface SheetRead {
  grid: Grid;
  /** Excel's character units by 0-based column; 0 hidden, undefined where the sheet sets none. */
  columnWidths: (number | undefined)[];
}

/** The grids of a parsed workbook. */
export function gridsOfWorkbook(wb: XLSX.WorkBook, options: ReadOptions = {}): WorkbookGrids {
  return { sheets: sheetsOfWorkbook(wb, options).map((s) => s.grid) };
}

/** The grids of a parsed workbook with each sheet's column widths (the web page draws them). */
export function sheetsOfWorkbook(wb: XLSX.WorkBook, options: ReadOptions = {}): SheetRead[] {
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const sheets = worksheetsOf(wb);
  const files = (wb as { files?: PackageFiles }).files;
  const dir = (wb as { Directory?: { workbooks?: string[]; style?: string } }).Directory;
  const protection = wb.bookType === "xlsx" || wb.bookType === "xlsm" ? protectionOf(files, dir?.workbooks?.[0] ?? "xl/workbook.xml", dir?.style ?? "", sheets.map((s) => s.name)) : new Map<string, Set<string> | null>();
  return sheets.map(({ name, ws }) => {
    const extent = extentOf(ws);
    options.checkSheet?.(name, extent);
    return { grid: gridFromSheet(name, ws, extent, date1904, protection.get(name)), columnWidths: columnWidthsOf(ws, extent.cols) };
  });
}

/** Read a workbook file's bytes into grids (throws SheetJS's error for a file it cannot parse). */
export function readWorkbookBytes(bytes: Uint8Array, options: ReadOptions = {}): WorkbookGrids {
  return gridsOfWorkbook(parseWorkbook(bytes), options);
}
