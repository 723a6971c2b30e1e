/**
 * The log sheet (完成情况台账, DESIGN §3): one row per piece of work or measurement. Found by its
 * header (an indicator column and a value column) on any sheet other than the target sheet.
 */
import { colCount, columnLetter, MergeIndex, numberFormatAt, rowCount, valueAt, type Grid } from "../grid";
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
  const entries: LogEntry[] = [];
  const text = (r: number, c: number | undefined) => (c === undefined ? "" : cleanText(grid.text?.[r]?.[c] ?? String(valueAt(grid, r, c) ?? "")));
  for (let r = header.row + 1; r < rowCount(grid); r++) {
    const name = text(r, columns.name);
    // Blank rows and rows without an indicator are not entries. `name` is clean text (trimmed,
    // half-width, single spaces), for which isEmptyText(name) is exactly this comparison.
    if (name === "" || name === "空") continue;
    const dateText = text(r, columns.date);
    const dateValue = columns.date === undefined ? null : valueAt(grid, r, columns.date);
    const date = dateText === "" ? null : parseDate(dateValue, dateText);
    const valueText = text(r, columns.value);
    const raw = columns.value === undefined ? null : valueAt(grid, r, columns.value);
    const format = columns.value === undefined ? "" : numberFormatAt(grid, r, columns.value);
    const { value, percent } = readValue(raw, valueText, format);
    const methodText = columns.method === undefined ? "" : nameKey(text(r, columns.method));
    entries.push({
      r,
      row: grid.origin.row + r + 1, // cellAddress(grid, r, 0).row, without the column letter
      name,
      date,
      dateText,
      dateInvalid: dateText !== "" && date === null,
      value,
      valueText,
      percent,
      method: (AGGREGATIONS as readonly string[]).includes(methodText) ? (methodText as Aggregation) : null,
      remark: text(r, columns.remark),
    });
  }
  return { grid, headerRow: header.row, columns, entries };
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
  if (m) return { value: Number(m[1].replace(/,/g, "")), percent: m[2] !== undefined };
  return { value: text, percent: false };
}

export function logCellColumn(log: LogSheet, field: LogField): string {
  const c = log.columns[field];
  return c === undefined ? "" : columnLetter(log.grid.origin.col + c);
}
