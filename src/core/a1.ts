/**
 * A1 references, once for every host and the core (STYLE.md, after SheetJS's encode_col /
 * decode_range): column letters, cell and area references, the sheet's limits, and the order
 * Excel gives columns. Re-exported by grid.ts, so `import { … } from "core/grid"` finds them.
 *
 * Every coordinate here is 0-based, as grids and write plans count (A1 is row 0, col 0); the text
 * is what Excel shows (`B3` is row 2, col 1). Code that speaks a file's 1-based numbers (the
 * package patcher's `r="3"`) adds or takes the 1 where it reads or writes them.
 */
import type { CellRange } from "./grid";

/** Rows and columns of a worksheet (Excel 2007 and later): XFD1048576 is the last cell. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
/** The last row and column of a sheet (XFD1048576), 0-based. */
export const LAST_ROW = MAX_ROWS - 1;
export const LAST_COL = MAX_COLS - 1;

/** Column letters as Excel shows them: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The inverse of columnLetter, either case: A → 0, aa → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * Column letters in Excel's order (A … Z, AA … AZ, BA …), not the alphabet's (which puts AB before
 * Z and BA after AB only by luck); "" — an issue about a whole row or sheet — comes first.
 */
export function compareColumns(a: string, b: string): number {
  const key = (c: string) => (/^[A-Za-z]+$/.test(c) ? columnIndex(c) + 1 : 0);
  return key(a) - key(b);
}

/** A cell, 0-based. */
export interface CellRef {
  row: number;
  col: number;
}

/** `B3` for (2, 1); `$B$3` with `absolute`, as a defined name or a print range writes it. */
export function cellRef(row: number, col: number, absolute = false): string {
  return absolute ? `$${columnLetter(col)}$${row + 1}` : `${columnLetter(col)}${row + 1}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/**
 * `B3`, `$B$3`, ` b3 ` → { row: 2, col: 1 }; null for what is not a cell reference. The numbers
 * are not checked against the sheet's limits (a file's `A0` reads as row -1): callers that write
 * check with `inSheet`.
 */
export function parseCell(ref: string): CellRef | null {
  const m = CELL.exec(ref.trim());
  return m ? { row: Number(m[2]) - 1, col: columnIndex(m[1]) } : null;
}

/** The same area with its top-left corner first, whichever corner it was given by. */
export function normalRange(r: CellRange): CellRange {
  return { top: Math.min(r.top, r.bottom), left: Math.min(r.left, r.right), bottom: Math.max(r.top, r.bottom), right: Math.max(r.left, r.right) };
}

/** `A1:C3` (either corner first) or `B2` (one cell); null for what is not one. */
export function parseRange(ref: string): CellRange | null {
  const [a, b] = ref.trim().split(":");
  const p = parseCell(a);
  const q = b === undefined ? p : parseCell(b);
  if (!p || !q) return null;
  return normalRange({ top: p.row, left: p.col, bottom: q.row, right: q.col });
}

/**
 * An address as Excel's API gives it: a cell or an area (`A1`, `$A$1:$B$2`), whole rows (`3:5`)
 * or whole columns (`A:C`), the last two reaching the sheet's limits. No sheet name: callers that
 * have `Sheet1!A1` split it off first. Null for anything else.
 */
export function parseArea(ref: string): CellRange | null {
  const t = ref.trim();
  const cells = parseRange(t);
  if (cells) return cells;
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(t);
  if (rows) return normalRange({ top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: LAST_COL });
  const cols = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(t);
  if (cols) return normalRange({ top: 0, left: columnIndex(cols[1]), bottom: LAST_ROW, right: columnIndex(cols[2]) });
  return null;
}

/** `A1:C3` (corners put in order), or `B2` for a single cell. */
export function formatRange(r: CellRange): string {
  const n = normalRange(r);
  const a = cellRef(n.top, n.left);
  const z = cellRef(n.bottom, n.right);
  return a === z ? a : `${a}:${z}`;
}

/** Whether a cell lies on a sheet (A1 … XFD1048576). */
export function inSheet(row: number, col: number): boolean {
  return Number.isInteger(row) && Number.isInteger(col) && row >= 0 && col >= 0 && row <= LAST_ROW && col <= LAST_COL;
}

const SQREF_PART = /^\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?$/;

/**
 * Cells in a space-separated list of areas, as a file's `sqref` and `mergeCell ref` write them
 * (`A1:C3 E5` → 3 × 3 + 1 = 10); parts that are not areas count 0.
 */
export function cellCount(sqref: string): number {
  let total = 0;
  for (const part of sqref.trim().split(/\s+/)) {
    const r = SQREF_PART.test(part) ? parseRange(part) : null;
    if (r) total += (r.bottom - r.top + 1) * (r.right - r.left + 1);
  }
  return total;
}
