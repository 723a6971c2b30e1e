/**
 * The log sheet (完成情况台账, DESIGN §3): one row per piece of work or measurement. Found by its
 * header (an indicator column and a value column) on any sheet other than the target sheet.
 */
import { colCount, columnLetter, MergeIndex, rowCount, uncachedByRow, type CellValue, type Grid } from "../grid";
import { cleanText, labelKey, nameKey } from "../normalize";
import { parseDate } from "./dates";
import { inPercent } from "../table/value";

export type LogField = "date" | "name" | "value" | "remark" | "method";

const LOG_LABELS: Record<LogField, string[]> = {
  date: ["日期", "完成日期", "时间"],
  name: ["三级指标", "指标名称", "三级指标名称"],
  value: ["完成值", "实际值", "数量", "完成数量"],
  remark: ["备注", "佐证材料"],
  method: ["汇总方式"],
};

export const AGGREGATIONS = ["求和", "计数", "最新", "平均", "最大", "最小"] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

export interface LogEntry {
  /** Grid row (0-based) and the row number Excel shows. */
  r: number;
  row: number;
  name: string;
  /** Serial date, or null when undated (or unreadable: then dateInvalid). */
  date: number | null;
  dateText: string;
  dateInvalid: boolean;
  /** The value: a number (percentages in percent units), text, or null for a blank (= 1 piece). */
  value: number | string | null;
  valueText: string;
  percent: boolean;
  method: Aggregation | null;
  remark: string;
}

export interface LogSheet {
  grid: Grid;
  headerRow: number;
  columns: Partial<Record<LogField, number>>;
  entries: LogEntry[];
  /**
   * Rows left out of `entries` because a cell the entry needs (its indicator, date, value or
   * 汇总方式) holds a formula with no stored result (DESIGN §2): unknown, so not counted at all —
   * neither as a blank (one piece of work) nor as a value. Absent when there are none.
   */
  uncached?: UncachedLogRow[];
}

export interface UncachedLogRow {
  /** Grid row (0-based) and the row number Excel shows. */
  r: number;
  row: number;
  /** The indicator it names; "" when the name itself is the unknown cell. */
  name: string;
  /** The row's cells that are uncached formulas, in the order date, name, value, 汇总方式. */
  cells: { field: LogField; c: number }[];
}

/** A sheet that looks like a log by its name, for log-column-missing when its header is wrong. */
export const LOG_SHEET_NAME = /台账|日志|完成情况|工作记录|log/i;

export function findLogHeader(grid: Grid): { row: number; columns: Partial<Record<LogField, number>> } | null {
  const merges = new MergeIndex(grid);
  const rows = Math.min(rowCount(grid), 50);
  const cols = colCount(grid);
  for (let r = 0; r < rows; r++) {
    const columns: Partial<Record<LogField, number>> = {};
    for (let c = 0; c < cols; c++) {
      const key = labelKey(merges.masterText(r, c));
      if (!key) continue;
      for (const [field, labels] of Object.entries(LOG_LABELS) as [LogField, string[]][])
        if (columns[field] === undefined && labels.some((l) => labelKey(l) === key)) columns[field] = c;
    }
    if (columns.name !== undefined && columns.value !== undefined) return { row: r, columns };
  }
  return null;
}

export function readLog(grid: Grid): LogSheet | null {
  const header = findLogHeader(grid);
  if (!header) return null;
  const { columns } = header;
  const { name: nameCol, date: dateCol, value: valueCol, remark: remarkCol, method: methodCol } = columns;
  const entries: LogEntry[] = [];
  // A log can have 200,000 rows: each row's arrays are looked up once, and the cells read by
  // plain functions rather than per-row closures (the same reads as valueAt / numberFormatAt).
  const rows = rowCount(grid);
  // Formula cells with no stored result (DESIGN §2); null on almost every grid.
  const uncachedRows = uncachedByRow(grid);
  const uncached: UncachedLogRow[] = [];
  for (let r = header.row + 1; r < rows; r++) {
    const values = grid.values[r];
    const texts = grid.text?.[r];
    const name = cellText(texts, values, nameCol);
    const unknown = uncachedRows?.get(r);
    const nameUnknown = unknown !== undefined && unknown.has(nameCol!);
    // Blank rows and rows without an indicator are not entries. `name` is clean text (trimmed,
    // half-width, single spaces), for which isEmptyText(name) is exactly this comparison.
    if ((name === "" || name === "空") && !nameUnknown) continue;
    if (unknown) {
      const cells = uncachedCells(unknown, columns);
      if (cells.length) {
        uncached.push({ r, row: grid.origin.row + r + 1, name: nameUnknown ? "" : name, cells });
        continue;
      }
    }
    const dateText = cellText(texts, values, dateCol);
    const date = dateText === "" ? null : parseDate(dateCol === undefined ? null : cellValue(values, dateCol), dateText);
    const valueText = cellText(texts, values, valueCol);
    const raw = valueCol === undefined ? null : cellValue(values, valueCol);
    // Most logged values are plain numbers shown without %: readValue's first answer, without
    // building its result; the formats row is only read for numbers.
    const format = typeof raw === "number" ? (grid.numberFormats?.[r]?.[valueCol!] ?? "") : "";
    const plainNumber = typeof raw === "number" && Number.isFinite(raw) && !valueText.endsWith("%") && !format.includes("%");
    const read = plainNumber ? null : readValue(raw, valueText, format);
    const method = methodCol === undefined ? null : aggregationOf(cellText(texts, values, methodCol));
    entries.push(new Entry(grid, remarkCol, r, name, date, dateText, read ? read.value : (raw as number), valueText, read ? read.percent : false, method));
  }
  return { grid, headerRow: header.row, columns, entries, ...(uncached.length ? { uncached } : {}) };
}

/** Fields an entry needs, in the order their issues are listed. */
const NEEDED: readonly LogField[] = ["date", "name", "value", "method"];

/** The needed cells of a row that are uncached formulas (`unknown`: the row's such columns). */
function uncachedCells(unknown: Set<number>, columns: Partial<Record<LogField, number>>): { field: LogField; c: number }[] {
  const out: { field: LogField; c: number }[] = [];
  for (const field of NEEDED) {
    const c = columns[field];
    if (c !== undefined && unknown.has(c)) out.push({ field, c });
  }
  return out;
}

/**
 * One log row. A class, not an object literal: a log has up to 200,000 of them, and instances of
 * one constructor share one shape from the start, which V8 builds and collects far faster.
 */
class Entry implements LogEntry {
  readonly dateInvalid: boolean;
  constructor(
    private readonly grid: Grid,
    private readonly remarkCol: number | undefined,
    readonly r: number,
    readonly name: string,
    readonly date: number | null,
    readonly dateText: string,
    readonly value: number | string | null,
    readonly valueText: string,
    readonly percent: boolean,
    readonly method: Aggregation | null,
  ) {
    this.dateInvalid = dateText !== "" && date === null;
  }
  /** The row number Excel shows. */
  get row(): number {
    return this.grid.origin.row + this.r + 1;
  }
  /** Read when asked: nothing scores or checks it, and notes are the log's longest texts. */
  get remark(): string {
    return cellText(this.grid.text?.[this.r], this.grid.values[this.r], this.remarkCol);
  }
}

/** valueAt for a row already looked up. */
function cellValue(values: CellValue[] | undefined, c: number): CellValue {
  const v = values?.[c];
  return v === undefined ? null : v;
}

/** A log cell's clean text: what Excel shows, else the raw value; "" for a column the log lacks. */
function cellText(texts: string[] | undefined, values: CellValue[] | undefined, c: number | undefined): string {
  return c === undefined ? "" : cleanText(texts?.[c] ?? String(cellValue(values, c) ?? ""));
}

/** A 汇总方式 cell's aggregation, or null when it names none. */
function aggregationOf(text: string): Aggregation | null {
  const key = nameKey(text);
  return (AGGREGATIONS as readonly string[]).includes(key) ? (key as Aggregation) : null;
}

/** A log value: numbers, percentages (typed `98.5%`, or 0.985 formatted as %), text, or blank. */
function readValue(raw: unknown, text: string, format: string): { value: number | string | null; percent: boolean } {
  if (typeof raw === "number" && Number.isFinite(raw)) {
    if (!format.includes("%") && !text.endsWith("%")) return { value: raw, percent: false };
    const percent = inPercent(raw, 9);
    if (percent !== null) return { value: percent, percent: true };
  }
  if (text === "") return { value: null, percent: false }; // a blank: one piece of work
  const t = text.replace(/\s+/g, "");
  if (t === "" || t === "空") return { value: null, percent: false };
  const m = /^([+-]?\d[\d,]*(?:\.\d+)?)(%|％)?$/.exec(t);
  const n = m ? Number(m[1].replace(/,/g, "")) : NaN;
  // Digits too many to be a number (Infinity) stay text, like any other word.
  if (Number.isFinite(n)) return { value: n, percent: m![2] !== undefined };
  return { value: text, percent: false };
}

export function logCellColumn(log: LogSheet, field: LogField): string {
  const c = log.columns[field];
  return c === undefined ? "" : columnLetter(log.grid.origin.col + c);
}
