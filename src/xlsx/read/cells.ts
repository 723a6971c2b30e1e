/**
 * One SheetJS cell → what the exceljs reader (test/xlsx/exceljs-grids.ts) gives for it, which is what Office.js
 * gives: the value (formulas by their stored result, rich text as plain text, errors as their
 * text, dates as 1900-system serial numbers), the number format and the displayed text.
 */
import type { CellObject } from "@e965/xlsx";
import type { CellValue } from "../../core/grid";
import { displayText, isDateFormat } from "../display-text";

/** Days between the 1900 and the 1904 date systems (Excel: 1 Jan 1904 is serial 1462). */
const DAYS_1904 = 1462;
const MS_PER_DAY = 86_400_000;
/** Unix epoch as an Excel serial (1970-01-01), and serial 0 as a JS time. */
const UNIX_SERIAL = 25_569;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A number format that shows a date or time, as exceljs decides it (any of y m d h s b outside
 * quotes and brackets): those cells' numbers are dates, read as 1900-system serials.
 */
export function isDateLike(fmt: string): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/**
 * A date serial of the workbook's date system as a 1900-system serial, rounded to the millisecond
 * the way a JS Date holds it (exceljs goes through one; so do we, to give the same float).
 */
export function serial1900(v: number, date1904: boolean): number {
  const ms = Math.round((v - UNIX_SERIAL + (date1904 ? DAYS_1904 : 0)) * MS_PER_DAY);
  return (ms - EXCEL_EPOCH) / MS_PER_DAY;
}

export interface CellRead {
  value: CellValue;
  text: string;
  format: string;
  /** A formula with no stored result (DESIGN §2). */
  uncached: boolean;
}

/**
 * SheetJS gives a formula without `<v>` (or with an empty `<v/>` on a number cell) as a stub
 * (`t: "z"`) carrying `f`. A text formula whose stored result is the empty string (`t="str"`,
 * `<v></v>`, `=IF(A1="","",A1)` saved by Excel) is `t: "s", v: ""`: a stored result, blank —
 * what Excel shows. (exceljs drops that `<v>` and the old reader counted it as uncached.)
 */
export function readCell(cell: CellObject, date1904: boolean): CellRead | null {
  const format = typeof cell.z === "string" ? cell.z : "";
  if (cell.t === "z") {
    if (cell.f === undefined) return null; // a styled empty cell: exceljs skips it
    return { value: "", text: "", format, uncached: true };
  }
  let value: CellValue;
  switch (cell.t) {
    case "n": {
      const n = cell.v as number;
      value = isDateLike(format) ? serial1900(n, date1904) : n;
      break;
    }
    case "d": // only with cellDates, which we do not ask for; kept for completeness
      value = ((cell.v as Date).getTime() - EXCEL_EPOCH) / MS_PER_DAY;
      break;
    case "b":
      value = Boolean(cell.v);
      break;
    case "e":
      value = cell.w ?? errorText(cell.v as number);
      break;
    default:
      value = cell.v === undefined || cell.v === null ? "" : String(cell.v);
  }
  const shown = typeof value === "number" && isDateLike(format) && !isDateFormat(format) ? "yyyy-mm-dd" : format;
  return { value, text: displayText(value, shown), format, uncached: false };
}

const ERRORS: Record<number, string> = { 0x00: "#NULL!", 0x07: "#DIV/0!", 0x0f: "#VALUE!", 0x17: "#REF!", 0x1d: "#NAME?", 0x24: "#NUM!", 0x2a: "#N/A", 0x2b: "#GETTING_DATA" };
const errorText = (code: number): string => ERRORS[code] ?? "#N/A";
