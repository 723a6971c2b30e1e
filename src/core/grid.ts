/**
 * The grid: what every host hands the core. It is the Office.js view of a sheet's used range —
 * `values` where only the top-left (master) cell of a merged area holds the value, `text` as Excel
 * displays it — plus the merged areas. The file reader (src/xlsx/read) gives this same view of a
 * file, so the core never sees a difference between hosts.
 */
import { columnLetter } from "./a1";

// A1 references (column letters, cell and area references, the sheet's limits) live in a1.ts and
// are part of the grid's vocabulary: importing them from here or from there is the same.
export {
  cellCount,
  cellRef,
  columnIndex,
  columnLetter,
  compareColumns,
  formatRange,
  inSheet,
  LAST_COL,
  LAST_ROW,
  MAX_COLS,
  MAX_ROWS,
  normalRange,
  parseArea,
  parseCell,
  parseRange,
  type CellRef,
} from "./a1";

/** A cell's raw value. Dates arrive as Excel serial numbers (their `text` shows the date). */
export type CellValue = string | number | boolean | null;

/** A rectangle of cells, 0-based and inclusive, in the grid's own coordinates. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** The sheet's name as Excel shows it on the tab. */
  sheet: string;
  /** Where the grid's [0][0] sits on the sheet: 0-based row and column (A1 is 0,0). */
  origin: { row: number; col: number };
  /** Raw values, row-major. Empty cells are `""` or `null`. */
  values: CellValue[][];
  /** The text Excel displays for each cell (`98%`, `2022-03-31`); may be shorter than values. */
  text?: string[][];
  /** Number formats, when the host has them (`0%`, `yyyy-mm-dd`). */
  numberFormats?: string[][];
  /** Merged areas, in grid coordinates. */
  merges: CellRange[];
  /** Grid rows (0-based, grid coordinates) that are hidden on the sheet. */
  hiddenRows?: number[];
  /**
   * Cells holding a formula with no stored result (a file written by a program and never saved
   * by Excel or WPS, DESIGN §2), in grid coordinates. Their `values` are `""`, but the value is
   * unknown, not blank: readers treat them as unreadable (`formula-uncached`). Absent or empty
   * when there are none — always so from Office.js, where Excel has calculated every formula.
   */
  uncachedFormulas?: { r: number; c: number }[];
  /**
   * The sheet is protected (审阅 › 保护工作表): Score writes only the cells staff may edit on it,
   * `unlocked` (grid coordinates). Absent when the sheet is not protected.
   */
  protection?: { unlocked: { r: number; c: number }[] };
}

/** A whole workbook as the core sees it: its sheets in tab order. */
export interface WorkbookGrids {
  sheets: Grid[];
}

/** The 1-based row number and column letter Excel shows for a grid cell. */
export function cellAddress(grid: Grid, r: number, c: number): { row: number; column: string } {
  return { row: grid.origin.row + r + 1, column: columnLetter(grid.origin.col + c) };
}

export function rowCount(grid: Grid): number {
  return grid.values.length;
}

export function colCount(grid: Grid): number {
  let n = 0;
  for (const row of grid.values) if (row.length > n) n = row.length;
  return n;
}

export function valueAt(grid: Grid, r: number, c: number): CellValue {
  const row = grid.values[r];
  if (!row) return null;
  const v = row[c];
  return v === undefined ? null : v;
}

/** The displayed text of a cell, falling back to the raw value when the host gave no text. */
export function textAt(grid: Grid, r: number, c: number): string {
  const t = grid.text?.[r]?.[c];
  if (t !== undefined && t !== null && t !== "") return String(t);
  const v = valueAt(grid, r, c);
  if (v === null || v === undefined) return "";
  if (typeof v === "number" && !Number.isFinite(v)) return String(v);
  return String(v);
}

/**
 * The grid's uncached formula cells by row (grid row → its columns), for readers that ask about
 * many cells; null when there are none, so the usual grid costs readers nothing.
 */
export function uncachedByRow(grid: Grid): Map<number, Set<number>> | null {
  const cells = grid.uncachedFormulas;
  if (!cells || cells.length === 0) return null;
  const byRow = new Map<number, Set<number>>();
  for (const { r, c } of cells) {
    let cols = byRow.get(r);
    if (!cols) byRow.set(r, (cols = new Set()));
    cols.add(c);
  }
  return byRow;
}

export function numberFormatAt(grid: Grid, r: number, c: number): string {
  return grid.numberFormats?.[r]?.[c] ?? "";
}

/** Up to this many keys (4 bytes each) the merge index is a typed array. */
const MAX_DENSE_KEYS = 4_000_000;

/** Very large merges (a whole column) would cost memory; we index areas up to this many cells. */
function indexed(m: CellRange): boolean {
  return (m.bottom - m.top + 1) * (m.right - m.left + 1) <= 200_000;
}

/**
 * A lookup from any cell inside a merged area to that area, so readers can ask "which merge
 * covers this cell" in O(1) instead of scanning the merge list for every cell.
 */
export class MergeIndex {
  // Cell key → 1 + the merge's index in grid.merges (0: none). Keys are r * (width + 1) + c; a
  // dense array over the keys' range when that is small enough (the usual case: one table's
  // merges), else a Map. A later merge covering the same key wins, as it always has.
  private readonly dense: Int32Array | null = null;
  private readonly sparse: Map<number, number> | null = null;
  private readonly base: number = 0;
  private readonly width: number;
  constructor(private readonly grid: Grid) {
    const width = Math.max(colCount(grid), 1);
    this.width = width;
    const stride = width + 1;
    const rows = rowCount(grid);
    const merges = grid.merges;
    // Two plain passes over the merges (a big table has one per cell pair: tens of thousands):
    // the range of keys first, to size the index, then the cells.
    let lo = Infinity;
    let hi = -Infinity;
    let integral = true;
    // Only cells inside the grid are ever looked up: each area is indexed clipped to the grid.
    // Past the grid's width a key would alias a cell of the next row (a header merged out to XFD
    // made the row under it read as merged); left of column 0, a cell of the row above.
    const clip = (m: CellRange) => ({ top: Math.max(0, m.top), left: Math.max(0, m.left), bottom: Math.min(m.bottom, rows - 1), right: Math.min(m.right, width) });
    for (let i = 0; i < merges.length; i++) {
      if (!indexed(merges[i])) continue;
      const { top, left, bottom, right } = clip(merges[i]);
      if (bottom < top || right < left) continue;
      if (!(Number.isInteger(top) && Number.isInteger(left) && Number.isInteger(bottom) && Number.isInteger(right))) integral = false;
      lo = Math.min(lo, top * stride + left);
      hi = Math.max(hi, bottom * stride + right);
    }
    if (lo > hi) return;
    const dense = integral && hi - lo < MAX_DENSE_KEYS ? new Int32Array(hi - lo + 1) : null;
    const sparse = dense ? null : new Map<number, number>();
    for (let i = 0; i < merges.length; i++) {
      if (!indexed(merges[i])) continue;
      const { top, left, bottom, right } = clip(merges[i]);
      for (let r = top; r <= bottom; r++)
        for (let c = left; c <= right; c++) {
          if (dense) dense[r * stride + c - lo] = i + 1;
          else sparse!.set(r * stride + c, i + 1);
        }
    }
    this.dense = dense;
    this.sparse = sparse;
    if (dense) this.base = lo;
  }
  at(r: number, c: number): CellRange | undefined {
    if (c > this.width) return undefined;
    const key = r * (this.width + 1) + c;
    let i: number | undefined;
    if (this.dense) {
      const k = key - this.base;
      i = k >= 0 && k < this.dense.length && Number.isInteger(k) ? this.dense[k] : 0;
    } else i = this.sparse?.get(key);
    return i ? this.grid.merges[i - 1] : undefined;
  }
  /** The value a cell shows: its own, or its merge master's when it is covered by a merge. */
  masterValue(r: number, c: number): CellValue {
    const m = this.at(r, c);
    return m ? valueAt(this.grid, m.top, m.left) : valueAt(this.grid, r, c);
  }
  masterText(r: number, c: number): string {
    const m = this.at(r, c);
    return m ? textAt(this.grid, m.top, m.left) : textAt(this.grid, r, c);
  }
}
