/**
 * A1 addresses ↔ rectangles. Every rectangle here is 0-based and inclusive on the sheet (A1 is
 * row 0, col 0), the same coordinates as a WritePlan; grids add their `origin` to get there.
 */
import { columnIndex, columnLetter, LAST_COL, LAST_ROW } from "../core/grid";

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const cellRect = (row: number, col: number): Rect => ({ top: row, left: col, bottom: row, right: col });

export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** `K6` for one cell, `K6:L6` for more. */
export function rectAddress(r: Rect): string {
  const from = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? from : `${from}:${a1(r.bottom, r.right)}`;
}

/** Whole rows, as Excel writes them: `1:5000` (0-based inclusive top and bottom in). */
export function rowsAddress(top: number, bottom: number): string {
  return `${top + 1}:${bottom + 1}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/**
 * Parses `A1`, `$A$1:$B$2`, `Sheet1!A1:B2`, `'My sheet'!A1`; whole columns (`A:C`) and whole rows
 * (`3:5`) come back with Excel's sheet limits. Returns null for anything else.
 */
export function parseAddress(address: string): Rect | null {
  const bang = address.lastIndexOf("!");
  const ref = (bang >= 0 ? address.slice(bang + 1) : address).trim();
  const [a, b = a] = ref.split(":");
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    const r1 = Number(ca[2]) - 1;
    const r2 = Number(cb[2]) - 1;
    const c1 = columnIndex(ca[1]);
    const c2 = columnIndex(cb[1]);
    return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
  }
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(ref);
  if (rows) return { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: LAST_COL };
  const cols = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(ref);
  if (cols) return { top: 0, left: columnIndex(cols[1]), bottom: LAST_ROW, right: columnIndex(cols[2]) };
  return null;
}

/**
 * Splits a RangeAreas address (`Sheet1!A1:B2,Sheet1!D4` or `'a,b'!A1:B2, 'a,b'!C3`) into
 * rectangles. Sheet names may be quoted and contain commas or `!`; quotes inside are doubled.
 */
export function parseAreaList(address: string): Rect[] {
  const out: Rect[] = [];
  let i = 0;
  const s = address;
  while (i < s.length) {
    while (i < s.length && (s[i] === "," || s[i] === " ")) i++;
    if (i >= s.length) break;
    let start = i;
    if (s[i] === "'") {
      // quoted sheet name: skip to the closing quote (a doubled quote is an escaped one)
      i++;
      while (i < s.length) {
        if (s[i] === "'" && s[i + 1] === "'") i += 2;
        else if (s[i] === "'") {
          i++;
          break;
        } else i++;
      }
      start = i; // the `!` follows
    }
    let j = s.indexOf(",", i);
    if (j < 0) j = s.length;
    const rect = parseAddress(s.slice(start, j).replace(/^!/, ""));
    if (rect) out.push(rect);
    i = j + 1;
  }
  return out;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: Rect, row: number, col: number): boolean {
  return row >= outer.top && row <= outer.bottom && col >= outer.left && col <= outer.right;
}

export const rectRows = (r: Rect): number => r.bottom - r.top + 1;
export const rectCols = (r: Rect): number => r.right - r.left + 1;

/** A sheet name as a formula reference prefix: `'项目 表'!`. Always quoted: quoting is never wrong. */
export function sheetPrefix(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
}

/**
 * The sheet and cells of a qualified reference as Excel writes it back in a formula:
 * `'项目 表'!K6:L6`, `Sheet1!$A$1`, `'O''Brien'!A1`. Null for anything else, `#REF!` included.
 */
export function parseSheetRef(ref: string): { sheet: string; rect: Rect } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ref.trim());
  if (!m) return null;
  const rect = parseAddress(m[3]);
  if (!rect) return null;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], rect };
}
