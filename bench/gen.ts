/**
 * Benchmark workbooks at scale: the seed's table (DESIGN §2, the official two-columns-per-field
 * layout of src/sample/build-seed.ts) repeated block after block with unique names — 一级 / 二级
 * group rows and merges, per-unit / deduction / all-or-nothing / bands rules — and a 完成情况台账
 * log with dates, blank values (= 1 piece of work), percentages and a few typos.
 *
 * One sheet model feeds two writers, so both hosts see the same workbook:
 *   gridsOf(model)           the core's grids, built in memory exactly as the file reader
 *                            (src/xlsx/read) reads the file (checked by test/bench/gen.test.ts)
 *   writeXlsx(model, file)   an .xlsx through exceljs's streaming writer (styles, shared strings)
 */
import ExcelJS from "exceljs";
import type { CellRange, CellValue, Grid, WorkbookGrids } from "../src/core/grid";
import { SEED_GOALS, SEED_HEADERS, SEED_ROWS, SEED_SHEET_NAME, SEED_TITLE, type SeedIndicatorRow } from "../src/sample/seed";
import { LOG_HEADERS, LOG_SHEET_NAME, OFFICIAL_COLUMNS } from "../src/sample/build-seed";
import { displayText, isDateFormat } from "../src/xlsx/display-text";

// ---------------------------------------------------------------------------------------------
// The sheet model
// ---------------------------------------------------------------------------------------------

type StyleKey = "title" | "header" | "body" | "bodyLeft" | "log" | "logLeft";

interface ModelCell {
  /** null: a styled, empty cell (it still counts for the sheet's width, as in Excel). */
  v: string | number | Date | null;
  fmt?: string;
  s: StyleKey;
}

export interface SheetModel {
  name: string;
  /** Row-major, 0-based; a missing cell is absent from the sheet. */
  rows: (ModelCell | undefined)[][];
  /** 0-based, inclusive. */
  merges: CellRange[];
  widths: number[];
  heights: Map<number, number>;
  frozenHeader?: boolean;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  indicators: number;
  logRows: number;
}

export interface ScaleOptions {
  indicators: number;
  logRows: number;
}

/** The sizes of docs/benchmarks.md (S is the seed itself, built by src/sample). */
export const SIZES: Record<"M" | "L", ScaleOptions> = {
  M: { indicators: 1_000, logRows: 20_000 },
  L: { indicators: 10_000, logRows: 200_000 },
};

/** A small deterministic PRNG (mulberry32): the same workbook on every run and machine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------
// The target table
// ---------------------------------------------------------------------------------------------

type Official = keyof typeof OFFICIAL_COLUMNS;
/** 0-based first column of each field's pair (C = 2 … U = 20). */
const COL = Object.fromEntries(Object.entries(OFFICIAL_COLUMNS).map(([f, c]) => [f, c - 1])) as Record<Official, number>;
const FIRST_COL = 2; // C
const LAST_COL = 21; // V
const FIRST_DATA_ROW = 5; // row 6
const WIDTHS = [2.5, 2.5, 5.5, 5.5, 6.5, 6.5, 10, 10, 4.5, 4.5, 5, 5, 4.5, 4.5, 5, 5, 9, 9, 10, 10, 17, 17];

interface GenIndicator {
  name: string;
  seed: SeedIndicatorRow;
  operator: string;
  target: number | string;
  targetFmt?: string;
  unit: string;
  attribute: string;
  rule: string;
  content: string;
  source: string;
}

type GenRow = { kind: "group"; level: 1 | 2; label: string } | { kind: "indicator"; ind: GenIndicator };

/** The block's prefix: a 街道 / 片区 per block, so names stay unique and read naturally. */
function prefixOf(block: number): string {
  return `第${block + 1}片区`;
}

/**
 * Block `b` of the table: the seed's 20 rows with unique names, and rules varied by block so
 * every common form is scored: per unit, deduction per shortfall or per day of delay,
 * all-or-nothing, bands.
 */
function blockRows(b: number): GenRow[] {
  const p = prefixOf(b);
  return SEED_ROWS.map((row): GenRow => {
    if (row.kind === "group") return row;
    const full = row.points;
    let rule = row.rule;
    if (row.unit === "期" && typeof row.target === "number") {
      const per = full / row.target;
      if (b % 3 === 1) rule = `${full}分，每少1期扣${+per.toFixed(4)}分`;
    } else if (row.unit === "%" && typeof row.target === "number") {
      if (b % 2 === 1) rule = `${full}分，达到${row.target}%得满分，90%-${row.target}%得${Math.round(full / 2)}分，低于90%不得分`;
    } else if (row.unit === "天") {
      if (b % 2 === 1) rule = `${full}分，每延迟1天扣1分，扣完为止`;
    }
    return {
      kind: "indicator",
      ind: {
        name: `${p}${row.name}`,
        seed: row,
        operator: row.operator,
        target: row.target,
        unit: row.unit,
        attribute: row.attribute,
        rule,
        // The seed's 专报 row reuses the 一周综述 text: kept, so each block has that warning too.
        content: row.content.startsWith("反映") ? `反映${p}${row.content.slice(2)}` : `${p}${row.content}`,
        source: row.source,
      },
    };
  });
}

function tableRows(indicators: number): GenRow[] {
  const rows: GenRow[] = [];
  let count = 0;
  for (let b = 0; count < indicators; b++) {
    for (const row of blockRows(b)) {
      if (row.kind === "indicator") {
        if (count === indicators) break;
        count++;
      }
      rows.push(row);
    }
  }
  return rows;
}

function targetSheet(rows: GenRow[]): SheetModel {
  const model: SheetModel = { name: SEED_SHEET_NAME, rows: [], merges: [], widths: WIDTHS, heights: new Map() };
  const put = (r: number, c: number, v: ModelCell["v"], s: StyleKey, fmt?: string) => {
    const row = (model.rows[r] ??= []);
    row[c] = fmt ? { v, s, fmt } : { v, s };
  };
  const styleRow = (r: number, s: StyleKey) => {
    for (let c = FIRST_COL; c <= LAST_COL; c++) if (!model.rows[r]?.[c]) put(r, c, null, s);
  };
  const merge = (top: number, left: number, bottom: number, right: number) => model.merges.push({ top, left, bottom, right });

  // Title, 项目目标 block, two-row header: as writeOfficialTable lays them out.
  put(0, 2, SEED_TITLE, "title");
  merge(0, 2, 0, 21);
  model.heights.set(0, 36);
  const g = SEED_GOALS;
  put(1, 2, g.label, "header");
  put(1, 4, g.overallLabel, "header");
  put(1, 8, g.overall, "bodyLeft");
  put(2, 4, g.annualLabel, "header");
  put(2, 8, g.annual, "bodyLeft");
  merge(1, 2, 2, 3);
  merge(1, 4, 1, 7);
  merge(1, 8, 1, 21);
  merge(2, 4, 2, 7);
  merge(2, 8, 2, 21);
  for (const r of [1, 2]) {
    for (let c = FIRST_COL; c <= LAST_COL; c++) if (!model.rows[r][c]) put(r, c, null, c <= 7 ? "header" : "bodyLeft");
    model.heights.set(r, 30);
  }
  put(3, 2, SEED_HEADERS.group, "header");
  merge(3, 2, 3, 15);
  put(3, COL.rule, SEED_HEADERS.rule, "header");
  merge(3, COL.rule, 4, COL.rule + 1);
  put(3, COL.content, SEED_HEADERS.content, "header");
  merge(3, COL.content, 4, COL.content + 1);
  put(3, COL.source, SEED_HEADERS.source, "header");
  merge(3, COL.source, 4, COL.source + 1);
  for (const f of ["level1", "level2", "name", "operator", "target", "unit", "attribute"] as const) {
    put(4, COL[f], SEED_HEADERS[f], "header");
    merge(4, COL[f], 4, COL[f] + 1);
  }
  for (const r of [3, 4]) {
    styleRow(r, "header");
    model.heights.set(r, 24);
  }

  // Data rows.
  const cText: boolean[] = [];
  const eText: boolean[] = [];
  rows.forEach((row, i) => {
    const r = FIRST_DATA_ROW + i;
    if (row.kind === "group") {
      put(r, row.level === 1 ? COL.level1 : COL.level2, row.label, "body");
      for (const f of ["target", "rule", "content", "source"] as const) put(r, COL[f], "空", "body");
      cText.push(row.level === 1);
      eText.push(row.level === 2);
    } else {
      const d = row.ind;
      put(r, COL.name, d.name, "body");
      put(r, COL.operator, d.operator, "body");
      put(r, COL.target, d.target, "body", d.targetFmt);
      if (d.unit) put(r, COL.unit, d.unit, "body");
      put(r, COL.attribute, d.attribute, "body");
      put(r, COL.rule, d.rule, "bodyLeft");
      put(r, COL.content, d.content, "bodyLeft");
      put(r, COL.source, d.source, "bodyLeft");
      cText.push(false);
      eText.push(false);
    }
    styleRow(r, "body");
    model.heights.set(r, row.kind === "indicator" ? 58 : 22);
  });
  // 一级 (C:D) and 二级 (E:F) merged vertically over their blocks, every other pair per row.
  const mergeBlocks = (col: number, starts: boolean[], breaks: boolean[]) => {
    let i = 0;
    while (i < rows.length) {
      let j = i + 1;
      if (starts[i]) while (j < rows.length && !starts[j] && !breaks[j]) j++;
      merge(FIRST_DATA_ROW + i, col, FIRST_DATA_ROW + j - 1, col + 1);
      i = j;
    }
  };
  mergeBlocks(COL.level1, cText, cText);
  mergeBlocks(COL.level2, eText, cText);
  rows.forEach((_, i) => {
    for (const f of ["name", "operator", "target", "unit", "attribute", "rule", "content", "source"] as const)
      merge(FIRST_DATA_ROW + i, COL[f], FIRST_DATA_ROW + i, COL[f] + 1);
  });
  return model;
}

// ---------------------------------------------------------------------------------------------
// The log
// ---------------------------------------------------------------------------------------------

interface GenLogEntry {
  date: Date | string | null;
  name: string;
  value?: number | string;
  fmt?: string;
  remark?: string;
}

const DAY = 86_400_000;
const YEAR_START = Date.UTC(2022, 0, 3);

/**
 * `perIndicator` entries for every indicator (the remainder spread over the first ones), dated
 * through 2022, then sorted by date as staff keep a log. Count indicators (期) log pieces of
 * work, mostly with a blank 完成值 (= 1); percentages are measurements formatted `0.0%`; 天 is a
 * number of days; 合格 / 不定期 words. About 1 entry in 2,000 names an indicator with a typo
 * (log-unknown-indicator, with a suggestion), 1 in 1,000 is undated, 1 in 5,000 has a date typed
 * as unreadable text (log-date-invalid).
 */
function logEntries(rows: GenRow[], total: number): GenLogEntry[] {
  const inds = rows.flatMap((r) => (r.kind === "indicator" ? [r.ind] : []));
  const random = rng(20221231);
  const out: { e: GenLogEntry; t: number; i: number }[] = [];
  const base = Math.floor(total / inds.length);
  const extra = total - base * inds.length;
  inds.forEach((ind, k) => {
    const n = base + (k < extra ? 1 : 0);
    for (let j = 0; j < n; j++) {
      const t = YEAR_START + Math.floor(((j + random()) / n) * 360) * DAY;
      const e: GenLogEntry = { date: new Date(t), name: ind.name };
      const s = ind.seed;
      if (s.unit === "%") {
        e.value = Math.round((0.9 + random() * 0.1) * 1000) / 1000;
        e.fmt = "0.0%";
      } else if (s.unit === "天") e.value = 300 + Math.floor(random() * 60);
      else if (s.target === "合格") e.value = "合格";
      else if (random() < 0.35) e.value = 1 + Math.floor(random() * 2);
      if (random() < 0.1) e.remark = `佐证材料：${ind.name}（${new Date(t).toISOString().slice(0, 10)}）`;
      out.push({ e, t, i: out.length });
    }
  });
  out.sort((a, b) => a.t - b.t || a.i - b.i);
  const entries = out.map((x) => x.e);
  entries.forEach((e, i) => {
    if (i % 2000 === 1999) e.name = typo(e.name);
    if (i % 1000 === 500) e.date = null;
    if (i % 5000 === 2500) e.date = "2022年13月";
  });
  return entries;
}

/** Drop one character in the middle: 第3片区报告完成质量 → 第3片区报告完质量. */
function typo(name: string): string {
  const chars = [...name];
  chars.splice(Math.floor(chars.length * 0.7), 1);
  return chars.join("");
}

function logSheet(entries: GenLogEntry[]): SheetModel {
  const model: SheetModel = { name: LOG_SHEET_NAME, rows: [], merges: [], widths: [12, 46, 10, 44], heights: new Map(), frozenHeader: true };
  model.rows.push(LOG_HEADERS.map((h) => ({ v: h, s: "header" as const })));
  model.heights.set(0, 22);
  for (const e of entries) {
    const date: ModelCell = e.date instanceof Date ? { v: e.date, s: "log", fmt: "yyyy-mm-dd" } : { v: e.date, s: "log" };
    const value: ModelCell = e.value === undefined ? { v: null, s: "log" } : e.fmt ? { v: e.value, s: "log", fmt: e.fmt } : { v: e.value, s: "log" };
    model.rows.push([date, { v: e.name, s: "logLeft" }, value, { v: e.remark ?? null, s: "logLeft" }]);
  }
  return model;
}

export function buildModel(opts: ScaleOptions): WorkbookModel {
  const rows = tableRows(opts.indicators);
  return { sheets: [targetSheet(rows), logSheet(logEntries(rows, opts.logRows))], indicators: opts.indicators, logRows: opts.logRows };
}

// ---------------------------------------------------------------------------------------------
// Model → grids (the Office.js view, as src/xlsx/read builds it from the file)
// ---------------------------------------------------------------------------------------------

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export function gridsOf(model: WorkbookModel): WorkbookGrids {
  return { sheets: model.sheets.map(gridOf) };
}

function gridOf(sheet: SheetModel): Grid {
  const rows = sheet.rows.length;
  let cols = 0;
  for (const row of sheet.rows) if (row && row.length > cols) cols = row.length;
  // Cells covered by a merge, other than its top-left: Office.js shows them empty.
  const covered = new Set<number>();
  for (const m of sheet.merges)
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(r * cols + c);
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 0; r < rows; r++) {
    const vRow: CellValue[] = new Array(cols).fill("");
    const tRow: string[] = new Array(cols).fill("");
    const fRow: string[] = new Array(cols).fill("");
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell || cell.v === null || covered.has(r * cols + c)) continue;
      const fmt = cell.fmt ?? "";
      const v: CellValue = cell.v instanceof Date ? (cell.v.getTime() - EXCEL_EPOCH) / DAY : cell.v;
      vRow[c] = v;
      fRow[c] = fmt;
      tRow[c] = displayText(v, cell.v instanceof Date && !isDateFormat(fmt) ? "yyyy-mm-dd" : fmt);
    }
    values.push(vRow);
    text.push(tRow);
    numberFormats.push(fRow);
  }
  return { sheet: sheet.name, origin: { row: 0, col: 0 }, values, text, numberFormats, merges: sheet.merges.map((m) => ({ ...m })), hiddenRows: [] };
}

// ---------------------------------------------------------------------------------------------
// Model → .xlsx (exceljs streaming writer)
// ---------------------------------------------------------------------------------------------

const FONT = { name: "宋体", charset: 134, size: 10 };
const BORDER: Partial<ExcelJS.Borders> = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
const STYLES: Record<StyleKey, Partial<ExcelJS.Style>> = {
  title: { font: { ...FONT, size: 16, bold: true }, alignment: { horizontal: "center", vertical: "middle", wrapText: true } },
  header: {
    font: { ...FONT, bold: true },
    alignment: { horizontal: "center", vertical: "middle", wrapText: true },
    border: BORDER,
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } },
  },
  body: { font: FONT, alignment: { horizontal: "center", vertical: "middle", wrapText: true }, border: BORDER },
  bodyLeft: { font: FONT, alignment: { horizontal: "left", vertical: "middle", wrapText: true }, border: BORDER },
  log: { font: FONT, alignment: { horizontal: "center", vertical: "middle", wrapText: true }, border: BORDER },
  logLeft: { font: FONT, alignment: { horizontal: "left", vertical: "middle", wrapText: true }, border: BORDER },
};

export async function writeXlsx(model: WorkbookModel, filename: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useStyles: true, useSharedStrings: true });
  wb.creator = "jixiao bench";
  wb.created = new Date(Date.UTC(2022, 0, 10));
  wb.modified = wb.created;
  for (const sheet of model.sheets) {
    const ws = wb.addWorksheet(sheet.name, {
      properties: { defaultRowHeight: 20 } as ExcelJS.WorksheetProperties,
      views: sheet.frozenHeader ? [{ state: "frozen", ySplit: 1, xSplit: 0 }] : undefined,
      pageSetup: { paperSize: 9, orientation: sheet.frozenHeader ? "portrait" : "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    ws.columns = sheet.widths.map((width) => ({ width }));
    // The streaming writer checks each merge against every earlier one (quadratic); ours never
    // overlap, so merge one at a time into an empty list and keep them all.
    const internal = ws as unknown as { _merges: unknown[] & { add(): void } };
    const all = internal._merges; // it carries an `add` the row writer calls
    for (const m of sheet.merges) {
      internal._merges = Object.assign([], { add() {} });
      ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
      all.push(internal._merges[0]);
    }
    internal._merges = all;
    sheet.rows.forEach((cells, r) => {
      const row = ws.getRow(r + 1);
      const height = sheet.heights.get(r);
      if (height) row.height = height;
      (cells ?? []).forEach((cell, c) => {
        if (!cell) return;
        const target = row.getCell(c + 1);
        if (cell.v !== null && target.type !== ExcelJS.ValueType.Merge) target.value = cell.v;
        target.style = cell.fmt ? { ...STYLES[cell.s], numFmt: cell.fmt } : STYLES[cell.s];
      });
      row.commit();
    });
    ws.commit();
  }
  await wb.commit();
}
