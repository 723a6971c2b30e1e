/**
 * The ownership record (DESIGN §5 "What Score writes, and never overwrites"): the cells and sheets
 * Score wrote, what it wrote there and what was there before, kept in the workbook on a very
 * hidden sheet so a later Score or Clear — in any host — knows them. A cell is Score's to write
 * only while it is empty or still holds what the record says Score wrote; anything else is staff's.
 */
import type { CellValue, Grid, WorkbookGrids } from "../grid";
import { rowCount, valueAt } from "../grid";
import type { CellWrite, SheetPlan } from "./types";
import { hasScoreLine } from "../score-line";

/** The record's sheet: very hidden, so staff never see it and no reader takes it for a table. */
export const RECORD_SHEET = "_jixiao_record";
const HEADER = ["jixiao ownership record v1", "sheet", "row", "col", "written", "before"];

export interface RecordedCell {
  sheet: string;
  /** 0-based sheet coordinates. */
  row: number;
  col: number;
  /** What Score wrote. */
  written: CellValue;
  /** What the cell held before Score first wrote it (Clear puts it back). */
  before: CellValue;
}

export interface OwnershipRecord {
  cells: Map<string, RecordedCell>;
  /** Sheets Score created (its 绩效自评表). */
  sheets: Set<string>;
}

const key = (sheet: string, row: number, col: number) => `${sheet}\u0000${row}\u0000${col}`;

export function emptyRecord(): OwnershipRecord {
  return { cells: new Map(), sheets: new Set() };
}

/** The record in the workbook, or an empty one when there is none (or it is not ours). */
export function readRecord(wb: WorkbookGrids): OwnershipRecord {
  const grid = wb.sheets.find((g) => g.sheet === RECORD_SHEET);
  const record = emptyRecord();
  if (!grid || valueAt(grid, 0, 0) !== HEADER[0]) return record;
  for (let r = 1; r < rowCount(grid); r++) {
    const kind = valueAt(grid, r, 0);
    const sheet = String(valueAt(grid, r, 1) ?? "");
    if (kind === "sheet" && sheet) record.sheets.add(sheet);
    if (kind !== "cell" || !sheet) continue;
    const row = Number(valueAt(grid, r, 2));
    const col = Number(valueAt(grid, r, 3));
    if (!Number.isInteger(row) || !Number.isInteger(col) || row < 0 || col < 0) continue;
    record.cells.set(key(sheet, row, col), { sheet, row, col, written: decode(valueAt(grid, r, 4)), before: decode(valueAt(grid, r, 5)) });
  }
  return record;
}

/** The recorded entry for a cell (sheet coordinates), if Score wrote it. */
export function recorded(record: OwnershipRecord, sheet: string, row: number, col: number): RecordedCell | undefined {
  return record.cells.get(key(sheet, row, col));
}

/** Values compare as Excel shows them back: a number and its text form are the same value. */
export function sameValue(a: CellValue, b: CellValue): boolean {
  const norm = (v: CellValue) => (v === null || v === undefined ? "" : typeof v === "number" ? String(Number(v.toPrecision(12))) : String(v));
  return norm(a) === norm(b);
}

function isEmpty(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/**
 * Whether Score may write the cell (grid coordinates `r`, `c` on `grid`): it is empty, or still
 * holds what Score recorded writing there.
 */
export function mayWrite(record: OwnershipRecord, grid: Grid, r: number, c: number): boolean {
  const current = valueAt(grid, r, c);
  if (isEmpty(current)) return true;
  const mine = recorded(record, grid.sheet, grid.origin.row + r, grid.origin.col + c);
  return mine !== undefined && sameValue(mine.written, current);
}

/**
 * The record after a plan's writes: each written cell with what it held before (kept from the
 * old record when Score had written it already), and the sheets Score created.
 */
export function nextRecord(old: OwnershipRecord, grids: WorkbookGrids, plans: SheetPlan[]): OwnershipRecord {
  const next = emptyRecord();
  for (const sp of plans) {
    if (sp.sheet === RECORD_SHEET || sp.delete) continue;
    if (sp.create) {
      next.sheets.add(sp.sheet);
      continue; // a sheet of ours is ours whole: its cells need no record
    }
    const grid = grids.sheets.find((g) => g.sheet === sp.sheet);
    for (const w of sp.writes) {
      // A rule cell with its `得分：N` line stays staff's: the line is Score's by its form (score-line.ts).
      if (w.value === null || w.value === "" || (typeof w.value === "string" && hasScoreLine(w.value))) continue;
      const prev = recorded(old, sp.sheet, w.row, w.col);
      const before = prev ? prev.before : grid ? valueAt(grid, w.row - grid.origin.row, w.col - grid.origin.col) : null;
      next.cells.set(key(sp.sheet, w.row, w.col), { sheet: sp.sheet, row: w.row, col: w.col, written: w.value, before });
    }
  }
  // Cells recorded before and not written this time stay recorded while they still hold Score's
  // value (an indicator that was scored last time and is unscored now keeps its cell Score's).
  for (const [k, cell] of old.cells) {
    if (next.cells.has(k)) continue;
    const grid = grids.sheets.find((g) => g.sheet === cell.sheet);
    if (grid && sameValue(valueAt(grid, cell.row - grid.origin.row, cell.col - grid.origin.col), cell.written)) next.cells.set(k, cell);
  }
  for (const s of old.sheets) if (grids.sheets.some((g) => g.sheet === s) && !plans.some((p) => p.sheet === s && p.delete)) next.sheets.add(s);
  return next;
}

/** The record as its very hidden sheet (replaced whole each time). */
export function recordSheetPlan(record: OwnershipRecord): SheetPlan {
  const writes: CellWrite[] = HEADER.map((value, col) => ({ row: 0, col, value }));
  let row = 1;
  for (const s of [...record.sheets].sort()) {
    writes.push({ row, col: 0, value: "sheet" }, { row, col: 1, value: s });
    row++;
  }
  // In sheet, row, column order: the same record always writes the same sheet (Score twice
  // gives the same bytes as Score once).
  const cells = [...record.cells.values()].sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.row - b.row || a.col - b.col));
  for (const c of cells) {
    writes.push(
      { row, col: 0, value: "cell" },
      { row, col: 1, value: c.sheet },
      { row, col: 2, value: c.row },
      { row, col: 3, value: c.col },
      { row, col: 4, value: encode(c.written) },
      { row, col: 5, value: encode(c.before) },
    );
    row++;
  }
  return { sheet: RECORD_SHEET, create: true, replace: true, state: "veryHidden", writes };
}

// Values keep their type through the sheet: numbers as numbers, text marked so that a text
// "12" stays text, and an empty before-value as nothing at all.
function encode(v: CellValue): string | number | null {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number") return v;
  return `s:${String(v)}`;
}

function decode(v: CellValue): CellValue {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number") return v;
  const s = String(v);
  return s.startsWith("s:") ? s.slice(2) : s;
}

/**
 * Records one cell of a sheet Score or Monitor created, when what it wrote there is a proposal
 * staff may change in place (the 绩效监控表's 完成目标可能性): a later run keeps the cell when it no
 * longer holds what was written.
 */
export function setRecorded(record: OwnershipRecord, cell: RecordedCell): void {
  record.cells.set(key(cell.sheet, cell.row, cell.col), cell);
}
