/**
 * Builds the seed workbook (DESIGN §2) in the official layout, cell for cell as measured from the
 * seed's tab-separated section: title C1 (C1:V1), 项目目标 block rows 2–3, the two-row header on
 * rows 4–5 (every field two merged columns wide), data from row 6, 一级 / 二级 merged vertically
 * over their rows, group rows with `空` in K, Q, S and U. Optionally a 完成情况台账 log sheet
 * (DESIGN §3) for 2022.
 *
 * The layout writer (`writeOfficialTable`) and the log writer (`writeLogSheet`) are shared with
 * the variants (variants.ts).
 */
import ExcelJS from "exceljs";
import {
  SEED_GOALS,
  SEED_HEADERS,
  SEED_INDICATORS,
  SEED_NAMES,
  SEED_ROWS,
  SEED_SHEET_NAME,
  SEED_TITLE,
  type SeedRow,
} from "./seed";

// ---------------------------------------------------------------------------------------------
// Styling shared by every sample workbook
// ---------------------------------------------------------------------------------------------

export const FONT_NAME = "宋体";
/** GB2312 charset, what Excel writes for 宋体. */
const FONT_CHARSET = 134;
export const HEADER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFD9E1F2" },
};
export const THIN_BORDER: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

export function bodyFont(extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> {
  return { name: FONT_NAME, charset: FONT_CHARSET, size: 10, ...extra };
}

/** Style one cell: font, alignment (wrapped), border, optional header fill. */
export function styleCell(
  cell: ExcelJS.Cell,
  o: { bold?: boolean; size?: number; align?: "left" | "center"; header?: boolean; border?: boolean } = {},
): void {
  cell.font = bodyFont({ bold: o.bold ?? o.header ?? false, size: o.size ?? 10 });
  cell.alignment = { horizontal: o.align ?? "center", vertical: "middle", wrapText: true };
  if (o.border ?? true) cell.border = THIN_BORDER;
  if (o.header) cell.fill = HEADER_FILL;
}

/** Column letter for a 1-based column number. */
export function colLetter(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Rough display width of a text in column-width units (CJK ≈ 2, ASCII ≈ 1.1). */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1.1;
  return w;
}

/** Lines a wrapped text takes in a cell `width` units wide, counting explicit line breaks. */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / usable)), 0);
}

// ---------------------------------------------------------------------------------------------
// The official two-columns-per-field layout
// ---------------------------------------------------------------------------------------------

/** A category row of the official layout. */
export interface TableGroupRow {
  kind: "group";
  level: 1 | 2;
  label: string;
}

/**
 * An indicator row. `level1Cell` / `level2Cell` are written into C / E of this very row (starting
 * a new vertically merged block); leave them out to inherit from the merged cell above, as real
 * workbooks do.
 */
export interface TableIndicatorRow {
  kind: "indicator";
  level1Cell?: string;
  level2Cell?: string;
  name: string;
  operator: string;
  target: number | string | null;
  /** Number format for a numeric target (e.g. `0%` for a target typed as `98%`). */
  targetNumFmt?: string;
  unit: string;
  attribute: string;
  rule: string;
  content: string;
  source: string;
}

export type TableRow = TableGroupRow | TableIndicatorRow;

export interface OfficialTableSpec {
  sheetName: string;
  title: string;
  goals?: { label: string; overallLabel: string; overall: string; annualLabel: string; annual: string };
  rows: readonly TableRow[];
}

/** Field → first of its two columns (C=3 … U=21) in the official layout. */
export const OFFICIAL_COLUMNS = {
  level1: 3,
  level2: 5,
  name: 7,
  operator: 9,
  target: 11,
  unit: 13,
  attribute: 15,
  rule: 17,
  content: 19,
  source: 21,
} as const;
type OfficialField = keyof typeof OFFICIAL_COLUMNS;

/** Column widths (A…V), chosen so the printed table fits one landscape A4 page. */
const OFFICIAL_WIDTHS: Record<string, number> = {
  A: 2.5, B: 2.5,
  C: 5.5, D: 5.5, E: 6.5, F: 6.5, G: 10, H: 10, I: 4.5, J: 4.5, K: 5, L: 5,
  M: 4.5, N: 4.5, O: 5, P: 5, Q: 9, R: 9, S: 10, T: 10, U: 17, V: 17,
};

function pairWidth(field: OfficialField): number {
  const c = OFFICIAL_COLUMNS[field];
  return (OFFICIAL_WIDTHS[colLetter(c)] ?? 8) + (OFFICIAL_WIDTHS[colLetter(c + 1)] ?? 8);
}

/**
 * Writes a table in the official layout onto a new sheet and returns it. Title on row 1, the
 * 项目目标 block on rows 2–3 (when `goals` is given, else rows 2–3 stay blank), headers on rows
 * 4–5, data from row 6. Returns the sheet; the last data row is `5 + rows.length`.
 */
export function writeOfficialTable(wb: ExcelJS.Workbook, spec: OfficialTableSpec): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(spec.sheetName, {
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    properties: { defaultRowHeight: 20 },
  });
  for (const [letter, width] of Object.entries(OFFICIAL_WIDTHS)) ws.getColumn(letter).width = width;

  const first = 6;
  const last = first + spec.rows.length - 1;

  // Row 1: the title.
  ws.mergeCells("C1:V1");
  ws.getCell("C1").value = spec.title;
  styleCell(ws.getCell("C1"), { bold: true, size: 16, border: false });
  ws.getRow(1).height = 36;

  // Rows 2–3: the 项目目标 block.
  if (spec.goals) {
    const g = spec.goals;
    ws.mergeCells("C2:D3");
    ws.mergeCells("E2:H2");
    ws.mergeCells("I2:V2");
    ws.mergeCells("E3:H3");
    ws.mergeCells("I3:V3");
    ws.getCell("C2").value = g.label;
    ws.getCell("E2").value = g.overallLabel;
    ws.getCell("I2").value = g.overall;
    ws.getCell("E3").value = g.annualLabel;
    ws.getCell("I3").value = g.annual;
    for (let r = 2; r <= 3; r++) {
      for (let c = 3; c <= 22; c++) {
        const cell = ws.getCell(r, c);
        if (c <= 8) styleCell(cell, { header: true });
        else styleCell(cell, { align: "left" });
      }
      ws.getRow(r).height = 30;
    }
  }

  // Rows 4–5: the two-row header.
  ws.mergeCells("C4:P4");
  ws.getCell("C4").value = SEED_HEADERS.group;
  ws.mergeCells("Q4:R5");
  ws.getCell("Q4").value = SEED_HEADERS.rule;
  ws.mergeCells("S4:T5");
  ws.getCell("S4").value = SEED_HEADERS.content;
  ws.mergeCells("U4:V5");
  ws.getCell("U4").value = SEED_HEADERS.source;
  const fieldHeaders: [OfficialField, string][] = [
    ["level1", SEED_HEADERS.level1],
    ["level2", SEED_HEADERS.level2],
    ["name", SEED_HEADERS.name],
    ["operator", SEED_HEADERS.operator],
    ["target", SEED_HEADERS.target],
    ["unit", SEED_HEADERS.unit],
    ["attribute", SEED_HEADERS.attribute],
  ];
  for (const [field, text] of fieldHeaders) {
    const c = OFFICIAL_COLUMNS[field];
    ws.mergeCells(5, c, 5, c + 1);
    ws.getCell(5, c).value = text;
  }
  for (let r = 4; r <= 5; r++) {
    for (let c = 3; c <= 22; c++) styleCell(ws.getCell(r, c), { header: true });
    ws.getRow(r).height = 24;
  }

  // Data rows: values first.
  const cText: boolean[] = [];
  const eText: boolean[] = [];
  spec.rows.forEach((row, i) => {
    const r = first + i;
    const set = (field: OfficialField, v: ExcelJS.CellValue, numFmt?: string): void => {
      if (v === null || v === undefined || v === "") return;
      const cell = ws.getCell(r, OFFICIAL_COLUMNS[field]);
      cell.value = v;
      if (numFmt) cell.numFmt = numFmt;
    };
    if (row.kind === "group") {
      set(row.level === 1 ? "level1" : "level2", row.label);
      for (const f of ["target", "rule", "content", "source"] as const) set(f, "空");
      cText.push(row.level === 1);
      eText.push(row.level === 2);
    } else {
      set("level1", row.level1Cell ?? null);
      set("level2", row.level2Cell ?? null);
      set("name", row.name);
      set("operator", row.operator);
      set("target", row.target, typeof row.target === "number" ? row.targetNumFmt : undefined);
      set("unit", row.unit);
      set("attribute", row.attribute);
      set("rule", row.rule);
      set("content", row.content);
      set("source", row.source);
      cText.push(!!row.level1Cell);
      eText.push(!!row.level2Cell);
    }
  });

  // Merges: 一级 (C:D) and 二级 (E:F) vertically over their blocks, every other pair per row.
  const mergeBlocks = (col: number, starts: boolean[], breaks: boolean[]): void => {
    let i = 0;
    while (i < spec.rows.length) {
      let j = i + 1;
      if (starts[i]) while (j < spec.rows.length && !starts[j] && !breaks[j]) j++;
      ws.mergeCells(first + i, col, first + j - 1, col + 1);
      i = j;
    }
  };
  mergeBlocks(OFFICIAL_COLUMNS.level1, cText, cText);
  mergeBlocks(OFFICIAL_COLUMNS.level2, eText, cText);
  spec.rows.forEach((_, i) => {
    for (const f of ["name", "operator", "target", "unit", "attribute", "rule", "content", "source"] as const) {
      const c = OFFICIAL_COLUMNS[f];
      ws.mergeCells(first + i, c, first + i, c + 1);
    }
  });

  // Data styling and row heights.
  const leftFields = new Set<number>([OFFICIAL_COLUMNS.rule, OFFICIAL_COLUMNS.content, OFFICIAL_COLUMNS.source]);
  spec.rows.forEach((row, i) => {
    const r = first + i;
    for (let c = 3; c <= 22; c++) {
      const pairStart = c % 2 === 1 ? c : c - 1;
      styleCell(ws.getCell(r, c), { align: leftFields.has(pairStart) && row.kind === "indicator" ? "left" : "center" });
    }
    let lines = 1;
    if (row.kind === "indicator") {
      const texts: [OfficialField, string][] = [
        ["name", row.name],
        ["rule", row.rule],
        ["content", row.content],
        ["source", row.source],
      ];
      for (const [f, t] of texts) lines = Math.max(lines, wrappedLines(t, pairWidth(f)));
    }
    ws.getRow(r).height = Math.max(22, lines * 13 + 6);
  });

  ws.pageSetup.printArea = `C1:V${last}`;
  ws.pageSetup.printTitlesRow = "4:5";
  return ws;
}

// ---------------------------------------------------------------------------------------------
// The seed table
// ---------------------------------------------------------------------------------------------

/** The seed's rows in the layout writer's terms (names single-line, or as printed). */
export function seedTableRows(nameLineBreaks = false): TableRow[] {
  return SEED_ROWS.map((r: SeedRow): TableRow => {
    if (r.kind === "group") return { kind: "group", level: r.level, label: r.label };
    return {
      kind: "indicator",
      name: nameLineBreaks && r.printedName ? r.printedName : r.name,
      operator: r.operator,
      target: r.target,
      unit: r.unit,
      attribute: r.attribute,
      rule: r.rule,
      content: r.content,
      source: r.source,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// The log sheet (完成情况台账)
// ---------------------------------------------------------------------------------------------

export const LOG_SHEET_NAME = "完成情况台账";
export const LOG_HEADERS = ["日期", "三级指标", "完成值", "备注"] as const;

/** One row of the log: a piece of work done, or a measurement. */
export interface LogEntry {
  /** A calendar date; written as a real Excel date (UTC midnight → whole serial). */
  date: Date | null;
  name: string;
  /** Blank (undefined) counts as 1 piece of work. Percentages as fractions with a % format. */
  value?: number | string;
  /** Number format for `value` (`0%`, `0.0%`). */
  numFmt?: string;
  remark?: string;
}

/** A date at UTC midnight, so exceljs writes a whole Excel serial. */
export function day(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

/** Writes the log sheet: header `日期 | 三级指标 | 完成值 | 备注` on row 1, entries below. */
export function writeLogSheet(
  wb: ExcelJS.Workbook,
  entries: readonly LogEntry[],
  sheetName: string = LOG_SHEET_NAME,
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheetName, {
    views: [{ state: "frozen", ySplit: 1, xSplit: 0 }],
    pageSetup: { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [
    { key: "date", width: 12 },
    { key: "name", width: 46 },
    { key: "value", width: 10 },
    { key: "remark", width: 44 },
  ];
  const header = ws.getRow(1);
  LOG_HEADERS.forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    styleCell(cell, { header: true });
  });
  header.height = 22;
  entries.forEach((e, i) => {
    const row = ws.getRow(i + 2);
    const date = row.getCell(1);
    if (e.date) {
      date.value = e.date;
      date.numFmt = "yyyy-mm-dd";
    }
    row.getCell(2).value = e.name;
    if (e.value !== undefined) {
      row.getCell(3).value = e.value;
      if (e.numFmt) row.getCell(3).numFmt = e.numFmt;
    }
    if (e.remark) row.getCell(4).value = e.remark;
    for (let c = 1; c <= 4; c++) styleCell(row.getCell(c), { align: c === 2 || c === 4 ? "left" : "center" });
  });
  ws.autoFilter = { from: "A1", to: "D1" };
  ws.pageSetup.printArea = `A1:D${entries.length + 1}`;
  ws.pageSetup.printTitlesRow = "1:1";
  return ws;
}

/** Last day of month `m` (1-based) of 2022. */
const lastDayOfMonth = (m: number): Date => new Date(Date.UTC(2022, m, 0));

/** The 52 Fridays of 2022 minus the four holiday weeks (春节, 劳动节, 国庆, 元旦前): 48 dates. */
function weeklyDates(): Date[] {
  const skip = new Set(["2022-02-04", "2022-05-06", "2022-10-07", "2022-12-30"]);
  const out: Date[] = [];
  for (let d = day(2022, 1, 7); d.getUTCFullYear() === 2022; d = new Date(d.getTime() + 7 * 86400000)) {
    if (!skip.has(d.toISOString().slice(0, 10))) out.push(d);
  }
  return out;
}

const months = Array.from({ length: 12 }, (_, i) => i + 1);

/**
 * The 2022 log entries, in date order.
 *
 * "full" (100 rows) meets every target, so the seed table scores 100:
 *   编撰网络舆情分析研判报告期数          12 rows, month-end, blank 完成值 (= 1 each)  → 12 ≥ 12
 *   编撰呈贡区网络舆情一周综述期数        48 rows, Fridays (4 holiday weeks skipped), blank → 48
 *   遇热点网络舆情情况，及时编撰敏感网络舆情专报  3 rows, blank (不定期: ≥ 1 entry)      → 3
 *   呈贡区政务微信、微博运维情况进行监测期数  12 rows, the 15th of each month, blank   → 12
 *   呈贡区网络外宣稿件进行统计期数        4 rows, quarter-end, 完成值 1               → 4
 *   全国、涉滇、涉昆热点舆情选题期数      12 rows, month-end, 完成值 20               → 240 ≥ 200
 *   报告完成质量                          1 row 2022-12-31, `合格`                   → 合格
 *   报告完成时限                          1 row 2022-12-16, 350 (天)                → 350 ≤ 365
 *   舆论导向正确率                        4 rows quarter-end, 1 formatted `0%` (100%) → latest 100%
 *   营造呈贡区清朗的网络空间              2 rows: 06-30 0.978, 12-31 0.985 (`0.0%`)  → latest 98.5%
 *   社会公众满意度                        1 row 2022-12-31, 0.986 (`0.0%`)          → 98.6%
 */
export function seedLogEntries(kind: "full" | "partial"): LogEntry[] {
  if (kind === "partial") return partialLogEntries();
  return fullLogEntries();
}

function fullLogEntries(): LogEntry[] {
  const n = SEED_NAMES;
  const e: LogEntry[] = [];
  for (const m of months) {
    e.push({ date: lastDayOfMonth(m), name: n.reports, remark: m === 12 ? "佐证材料：2022年12月网络舆情分析研判报告" : undefined });
  }
  for (const d of weeklyDates()) e.push({ date: d, name: n.weekly });
  e.push({ date: day(2022, 3, 18), name: n.special, remark: "佐证材料：敏感网络舆情专报〔2022〕第1期" });
  e.push({ date: day(2022, 7, 26), name: n.special, remark: "佐证材料：敏感网络舆情专报〔2022〕第2期" });
  e.push({ date: day(2022, 11, 9), name: n.special, remark: "佐证材料：敏感网络舆情专报〔2022〕第3期" });
  for (const m of months) e.push({ date: day(2022, m, 15), name: n.social });
  for (const m of [3, 6, 9, 12]) e.push({ date: lastDayOfMonth(m), name: n.publicity, value: 1 });
  for (const m of months) e.push({ date: lastDayOfMonth(m), name: n.topics, value: 20 });
  e.push({ date: day(2022, 12, 31), name: n.quality, value: "合格", remark: "佐证材料：市委网信办年度考核通报" });
  e.push({ date: day(2022, 12, 16), name: n.deadline, value: 350, remark: "12月16日完成全年报告" });
  for (const m of [3, 6, 9, 12]) e.push({ date: lastDayOfMonth(m), name: n.guidance, value: 1, numFmt: "0%" });
  e.push({ date: day(2022, 6, 30), name: n.cyberspace, value: 0.978, numFmt: "0.0%", remark: "半年评估" });
  e.push({ date: day(2022, 12, 31), name: n.cyberspace, value: 0.985, numFmt: "0.0%", remark: "年度评估" });
  e.push({
    date: day(2022, 12, 31),
    name: n.satisfaction,
    value: 0.986,
    numFmt: "0.0%",
    remark: "佐证材料：社会公众满意度问卷调查统计表（发放500份）",
  });
  return sortByDate(e);
}

/**
 * "partial" (87 rows): the "full" log with these shortfalls, everything else as in "full":
 *   编撰网络舆情分析研判报告期数     10 of 12 (Jan–Oct month-ends; Nov, Dec missing)
 *                                     → 12分，完成1期得1分: 10 × 1 = 10 of 12
 *   编撰呈贡区网络舆情一周综述期数   40 of 48 (the first 40 Fridays of the full schedule)
 *                                     → 24分，完成1期得0.5分: 40 × 0.5 = 20 of 24
 *   …敏感网络舆情专报                 none (0 rows; sum 0, target 不定期 not met)
 *                                     → 5分，完成1期得5分: 0 of 5
 *   全国、涉滇、涉昆热点舆情选题期数  15 per month × 12 = 180 (target ≥ 200)
 *                                     → 8分，完成1期得0.04分: 180 × 0.04 = 7.2 of 8
 *   社会公众满意度                    0.95 formatted `0%` (95%, target ≥ 98)
 *                                     → 7分，达到标准得7分: 0 of 7
 *   unchanged, full points: 微信微博 12 (12), 外宣 4 (4), 报告完成质量 合格 (7),
 *   报告完成时限 350 天 (7), 舆论导向正确率 100% (7), 清朗网络空间 latest 98.5% (7).
 * Expected total: 10 + 20 + 0 + 12 + 4 + 7.2 + 7 + 7 + 7 + 7 + 0 = 81.2 (grade 良).
 */
function partialLogEntries(): LogEntry[] {
  const n = SEED_NAMES;
  const full = fullLogEntries();
  const weekly = full.filter((x) => x.name === n.weekly).slice(0, 40);
  const e: LogEntry[] = full.filter(
    (x) =>
      x.name !== n.special &&
      x.name !== n.weekly &&
      !(x.name === n.reports && x.date !== null && x.date.getUTCMonth() >= 10),
  );
  e.push(...weekly);
  for (const x of e) {
    if (x.name === n.topics) x.value = 15;
    if (x.name === n.satisfaction) {
      x.value = 0.95;
      x.numFmt = "0%";
    }
  }
  return sortByDate(e);
}

function sortByDate(e: LogEntry[]): LogEntry[] {
  return e
    .map((x, i) => ({ x, i }))
    .sort((a, b) => (a.x.date?.getTime() ?? 0) - (b.x.date?.getTime() ?? 0) || a.i - b.i)
    .map(({ x }) => x);
}

/** Expected per-indicator actual values and scores (DESIGN §3 aggregation, §5 rules). */
export const SEED_EXPECTED: Record<"full" | "partial", { total: number; scores: Record<string, number> }> = {
  full: {
    total: 100,
    scores: Object.fromEntries(SEED_INDICATORS.map((i) => [i.name, i.points])),
  },
  partial: {
    total: 81.2,
    scores: {
      ...Object.fromEntries(SEED_INDICATORS.map((i) => [i.name, i.points])),
      [SEED_NAMES.reports]: 10,
      [SEED_NAMES.weekly]: 20,
      [SEED_NAMES.special]: 0,
      [SEED_NAMES.topics]: 7.2,
      [SEED_NAMES.satisfaction]: 0,
    },
  },
};

// ---------------------------------------------------------------------------------------------
// The builder
// ---------------------------------------------------------------------------------------------

export interface SeedWorkbookOptions {
  /** The 完成情况台账 sheet: "full" (scores 100, the default), "partial" (81.2), "none". */
  log?: "full" | "partial" | "none";
  /** Write indicator names with the line breaks of the printed seed (`编撰网络舆情分析\n研判报告期数`). */
  nameLineBreaks?: boolean;
}

/** New workbook with fixed document properties (so builds are reproducible). */
export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "中国共产党昆明市呈贡区委员会宣传部";
  wb.lastModifiedBy = "Jixiao";
  wb.created = day(2022, 1, 10);
  wb.modified = day(2022, 1, 10);
  return wb;
}

/** The seed table (sheet 项目绩效目标表) in the official layout, plus the 2022 log sheet. */
export function buildSeedWorkbook(opts: SeedWorkbookOptions = {}): ExcelJS.Workbook {
  const wb = newWorkbook();
  writeOfficialTable(wb, {
    sheetName: SEED_SHEET_NAME,
    title: SEED_TITLE,
    goals: SEED_GOALS,
    rows: seedTableRows(opts.nameLineBreaks ?? false),
  });
  const log = opts.log ?? "full";
  if (log !== "none") writeLogSheet(wb, seedLogEntries(log));
  return wb;
}
