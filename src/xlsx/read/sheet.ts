/**
 * One SheetJS worksheet → the core's Grid, exactly as the exceljs reader it replaced built
 * it (test/xlsx/exceljs-grids.ts, for the equivalence test): the Office.js view, where only a merged area's top-left cell holds the value.
 *
 * The grid's extent is what exceljs takes as the sheet's (not the file's `<dimension>`, which
 * SheetJS takes and writers get wrong): every cell the file lists (a styled empty one too), every
 * row with attributes (a hidden or resized row) and every merged area; and no rows or columns at
 * all when the sheet holds no value.
 */
import type { CellObject, Range, WorkSheet } from "@e965/xlsx";
import type { CellRange, CellValue, Grid } from "../../core/grid";
import { cellRef } from "../../core/grid";
import { readCell } from "./cells";

export interface SheetExtent {
  rows: number;
  cols: number;
}

type Dense = (CellObject | undefined)[][];

const rowsOf = (ws: WorkSheet): Dense => ((ws as unknown as { "!data"?: Dense })["!data"] ?? []) as Dense;

/** The rows × columns the grid will have (checked against the limits before it is allocated). */
export function extentOf(ws: WorkSheet): SheetExtent {
  const data = rowsOf(ws);
  let rows = 0;
  let cols = 0;
  let anyValue = false;
  data.forEach((row, r) => {
    if (!row) return;
    let last = -1;
    row.forEach((cell, c) => {
      if (!cell) return;
      last = c;
      if (cell.t !== "z" || cell.f !== undefined) anyValue = true;
    });
    if (last >= 0) {
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, last + 1);
    }
  });
  (ws["!rows"] ?? []).forEach((info, r) => {
    if (info) rows = Math.max(rows, r + 1);
  });
  const merges: Range[] = ws["!merges"] ?? [];
  for (const m of merges) {
    anyValue = true; // exceljs fills a merge with cells that count as values
    rows = Math.max(rows, m.e.r + 1);
    cols = Math.max(cols, m.e.c + 1);
  }
  return anyValue ? { rows, cols } : { rows: 0, cols: 0 };
}

/**
 * The grid of one sheet. `unlocked` is the sheet's protection (protection.ts): undefined or null
 * when it is not protected, else the A1 addresses of the cells staff may edit.
 */
export function gridFromSheet(name: string, ws: WorkSheet, extent: SheetExtent, date1904: boolean, unlocked?: Set<string> | null): Grid {
  const { rows, cols } = extent;
  const data = rowsOf(ws);
  const merges = mergesOf(ws);
  const covered = coveredCells(merges, rows, cols);
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const numberFormats: string[][] = [];
  const hiddenRows: number[] = [];
  const uncachedFormulas: { r: number; c: number }[] = [];
  const unlockedCells: { r: number; c: number }[] = [];
  const rowInfo = ws["!rows"] ?? [];
  for (let r = 0; r < rows; r++) {
    const vRow: CellValue[] = new Array(cols).fill("");
    const tRow: string[] = new Array(cols).fill("");
    const fRow: string[] = new Array(cols).fill("");
    if (rowInfo[r]?.hidden) hiddenRows.push(r);
    const row = data[r];
    if (row)
      for (let c = 0; c < row.length && c < cols; c++) {
        const cell = row[c];
        if (!cell) continue;
        // Merged non-master cells: Office.js shows them empty; so do we.
        if (covered?.has(r * cols + c)) continue;
        const read = readCell(cell, date1904);
        if (!read) continue;
        if (read.uncached) uncachedFormulas.push({ r, c });
        if (unlocked?.has(cellRef(r, c))) unlockedCells.push({ r, c });
        vRow[c] = read.value;
        tRow[c] = read.text;
        fRow[c] = read.format;
      }
    values.push(vRow);
    text.push(tRow);
    numberFormats.push(fRow);
  }
  const grid: Grid = { sheet: name, origin: { row: 0, col: 0 }, values, text, numberFormats, merges, hiddenRows };
  if (uncachedFormulas.length) grid.uncachedFormulas = uncachedFormulas;
  if (unlocked) grid.protection = { unlocked: unlockedCells };
  return grid;
}

function mergesOf(ws: WorkSheet): CellRange[] {
  return (ws["!merges"] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
}

/** Keys r * cols + c of the cells inside merged areas other than their masters; null when none. */
function coveredCells(merges: CellRange[], rows: number, cols: number): Set<number> | null {
  if (!merges.length) return null;
  const out = new Set<number>();
  for (const m of merges)
    for (let r = Math.max(0, m.top); r <= Math.min(m.bottom, rows - 1); r++)
      for (let c = Math.max(0, m.left); c <= Math.min(m.right, cols - 1); c++) if (r !== m.top || c !== m.left) out.add(r * cols + c);
  return out;
}
