/**
 * The old reader, for tests only: exceljs, and exceljs workbook → the core's grids, as the CLI read
 * files before the SheetJS reader (src/xlsx/read). Two kinds of test use it:
 * - the equivalence test (reader-equivalence.test.ts), which reads every fixture both ways
 *   (`exceljsGrids`); the CLI read a copy without the data validations and defined names exceljs
 *   expands cell by cell (limits.ts's old step 5), and so does this;
 * - tests that build a workbook with exceljs and need its grids synchronously, as Excel would hand
 *   them over (`gridsFromWorkbook`: the task pane's and the Excel host's fakes). Tests that can
 *   wait read the written bytes through src/xlsx/read instead (test/helpers/xlsx-grids.ts).
 * Nothing that ships imports exceljs or this file (test/xlsx/shipped-code.test.ts).
 *
 * The grids are the Office.js view: only a merged area's top-left cell holds the value (exceljs
 * repeats the master's value into every cell of the merge), displayed text computed from number
 * formats, dates as Excel serial numbers: what Excel would hand over.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellRange, CellValue, Grid, WorkbookGrids } from "../../src/core/grid";
import { parseRange } from "../../src/core/grid";
import { displayText, isDateFormat } from "../../src/xlsx/display-text";

/** The XML without every `<x:name …>…</x:name>` / `<name/>` element (any namespace prefix). */
function withoutElement(xml: string, name: string): string {
  return xml.replace(new RegExp(`<((?:\\w+:)?${name})\\b[^>]*?(?:/>|>[\\s\\S]*?</\\1>)`, "g"), "");
}

export async function exceljsGrids(bytes: Uint8Array): Promise<WorkbookGrids> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files)) {
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) zip.file(name, withoutElement(await zip.file(name)!.async("string"), "dataValidations"));
    if (/^xl\/workbook\.xml$/i.test(name)) zip.file(name, withoutElement(await zip.file(name)!.async("string"), "definedNames"));
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await zip.generateAsync({ type: "uint8array" })) as unknown as ArrayBuffer);
  return gridsFromWorkbook(wb);
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export function gridsFromWorkbook(wb: ExcelJS.Workbook): WorkbookGrids {
  const sheets: Grid[] = [];
  wb.eachSheet((ws) => sheets.push(gridFromWorksheet(ws)));
  return { sheets };
}

export function gridFromWorksheet(ws: ExcelJS.Worksheet): Grid {
  const rows = ws.actualRowCount === 0 ? 0 : ws.rowCount;
  const cols = ws.actualColumnCount === 0 ? 0 : ws.columnCount;
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const numberFormats: string[][] = [];
  const hiddenRows: number[] = [];
  const uncachedFormulas: { r: number; c: number }[] = [];
  // A protected sheet (<sheetProtection sheet="1">): the cells formatted as unlocked are the ones
  // staff (and Score) may still edit.
  const isProtected = Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet);
  const unlocked: { r: number; c: number }[] = [];
  for (let r = 0; r < rows; r++) {
    const vRow: CellValue[] = new Array(cols).fill("");
    const tRow: string[] = new Array(cols).fill("");
    const fRow: string[] = new Array(cols).fill("");
    const row = ws.findRow(r + 1);
    if (row) {
      if (row.hidden) hiddenRows.push(r);
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const c = colNumber - 1;
        if (c >= cols) return;
        // Merged non-master cells: Office.js shows them empty; so do we.
        if (cell.isMerged && cell.master !== cell) return;
        const fmt = cell.numFmt ?? "";
        if (isUncachedFormula(cell.value)) uncachedFormulas.push({ r, c });
        if (isProtected && cell.protection?.locked === false) unlocked.push({ r, c });
        const v = cellValue(cell.value, fmt);
        vRow[c] = v;
        fRow[c] = fmt;
        tRow[c] = displayText(v, cell.value instanceof Date && !isDateFormat(fmt) ? "yyyy-mm-dd" : fmt);
      });
    }
    values.push(vRow);
    text.push(tRow);
    numberFormats.push(fRow);
  }
  const grid: Grid = { sheet: ws.name, origin: { row: 0, col: 0 }, values, text, numberFormats, merges: mergesOf(ws), hiddenRows };
  // Only when there are some: a grid from Excel, or a file Excel saved, has none (as Office.js).
  if (uncachedFormulas.length) grid.uncachedFormulas = uncachedFormulas;
  if (isProtected) grid.protection = { unlocked };
  return grid;
}

/**
 * A formula with no stored result (DESIGN §2): exceljs gives `{ formula }` or `{ sharedFormula }`
 * without `result` when the cell has no `<v>` (openpyxl and other programs write the formula
 * only, or an empty `<v/>`). Its value is unknown, not blank.
 *
 * exceljs 4.4 drops an empty `<v></v>` whatever the cell's type, so a text formula whose stored
 * result is the empty string (`t="str"`, `=IF(A1="","",A1)` saved by Excel) reads the same way
 * and counts as uncached too: unknown rather than a blank that may not be one.
 */
function isUncachedFormula(v: ExcelJS.CellValue): boolean {
  if (v === null || typeof v !== "object" || v instanceof Date) return false;
  if (!("formula" in v) && !("sharedFormula" in v)) return false;
  const result = (v as { result?: unknown }).result;
  return result === undefined || result === null;
}

/** A cell's value as Office.js would give it: formulas by their result, rich text as plain text. */
function cellValue(v: ExcelJS.CellValue, _fmt: string): CellValue {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH) / 86_400_000;
  if (typeof v === "object") {
    if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join("");
    if ("error" in v) return String(v.error);
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as { result?: unknown }).result;
      if (result === undefined || result === null) return "";
      if (result instanceof Date) return (result.getTime() - EXCEL_EPOCH) / 86_400_000;
      if (typeof result === "object" && result !== null && "error" in result) return String((result as { error: unknown }).error);
      return result as CellValue;
    }
    if ("text" in v) return String((v as { text: unknown }).text);
  }
  return String(v);
}

function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  const merges: string[] = (ws.model as unknown as { merges?: string[] }).merges ?? [];
  const out: CellRange[] = [];
  for (const ref of merges) {
    const range = ref.includes(":") ? parseRange(ref) : null;
    if (range) out.push(range);
  }
  return out;
}
