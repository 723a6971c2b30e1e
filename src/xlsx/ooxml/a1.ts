/**
 * A1 references, once for the package code (STYLE.md, after SheetJS's encode_col / decode_range):
 * column letters, cell and area references, and the sheet's limits. 1-based, as the XML writes them.
 */

/** Rows and columns of a worksheet (Excel 2007 and later). */
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** 1 → A, 27 → AA. */
export function columnName(col1: number): string {
  let s = "";
  for (let n = col1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A → 1, aa → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** `B3`, `$B$3` → { r: 3, c: 2 }; null for what is not a cell reference. */
export function parseRef(ref: string): { r: number; c: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  return m ? { r: Number(m[2]), c: columnNumber(m[1]) } : null;
}

/** An area of cells, 1-based and inclusive. */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** `A1:C3` (either corner first) or `B2`; null for what is not one. */
export function parseRange(ref: string): Box | null {
  const [a, b] = ref.trim().split(":");
  const p = parseRef(a);
  const q = b === undefined ? p : parseRef(b);
  if (!p || !q) return null;
  return { top: Math.min(p.r, q.r), left: Math.min(p.c, q.c), bottom: Math.max(p.r, q.r), right: Math.max(p.c, q.c) };
}

/** `A1:C3`, or `B2` for a single cell. */
export function rangeText(b: Box): string {
  const a = columnName(b.left) + b.top;
  const z = columnName(b.right) + b.bottom;
  return a === z ? a : `${a}:${z}`;
}

/** Cells in a space-separated list of areas (`A1:C3 E5` → 10, as sqref writes them); 0 for none. */
export function areaOf(sqref: string): number {
  let total = 0;
  for (const part of sqref.trim().split(/\s+/)) {
    const b = /^\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?$/.test(part) ? parseRange(part) : null;
    if (b) total += (b.bottom - b.top + 1) * (b.right - b.left + 1);
  }
  return total;
}

/** A 0-based area (the write plan's coordinates) as a 1-based box. */
export function boxOf(r: { top: number; left: number; bottom: number; right: number }): Box {
  return { top: Math.min(r.top, r.bottom) + 1, left: Math.min(r.left, r.right) + 1, bottom: Math.max(r.top, r.bottom) + 1, right: Math.max(r.left, r.right) + 1 };
}
