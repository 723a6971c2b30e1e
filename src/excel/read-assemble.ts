/**
 * After a read's syncs: which rows are still not covered, the data columns of a wide sheet, and
 * each sheet's grid assembled from its bands (values, text, number formats, merges, hidden rows,
 * the unlocked cells of a protected sheet) with the layout remembered for the next read.
 */
import type { CellRange, CellValue, Grid } from "../core/grid";
import { parseAddress, parseAreaList, type Rect } from "./addresses";
import { DEFAULT_CELL_BYTES, jsonBytes } from "./payload";
import { mergedAreas } from "./read-merges";
import type { Probe } from "./read-probe";
import type { SheetLayout } from "./read";

/** Columns of a wide sheet less than this many empty columns apart belong together (read.ts, WIDE_COLS). */
export const COLUMN_GAP = 64;

export function usedRect(probe: Probe): Rect | null {
  if (probe.trimmed !== undefined) return probe.trimmed;
  if (probe.used.isNullObject) return null;
  return parseAddress(probe.used.address);
}

/** The data's columns of a wide sheet, from its column blocks' used ranges (WIDE_COLS). */
export function dataColumns(blocks: Excel.Range[]): Rect | null {
  const rects = blocks.filter((b) => !b.isNullObject).map((b) => parseAddress(b.address)).filter((r): r is Rect => r !== null);
  const clusters: Rect[] = [];
  for (const r of rects.sort((a, b) => a.left - b.left)) {
    const last = clusters[clusters.length - 1];
    if (last && r.left - last.right - 1 < COLUMN_GAP) {
      clusters[clusters.length - 1] = { top: Math.min(last.top, r.top), left: last.left, bottom: Math.max(last.bottom, r.bottom), right: Math.max(last.right, r.right) };
    } else clusters.push({ ...r });
  }
  const area = (r: Rect) => (r.bottom - r.top + 1) * (r.right - r.left + 1);
  return clusters.reduce<Rect | null>((best, c) => (!best || area(c) > area(best) ? c : best), null);
}

/**
 * Drops the bands Excel answered with null `values` (over its five million cells per range): the
 * rows they were to cover count as not read, and are read again in exact blocks of the data's columns.
 */
export function dropRefused(probe: Probe): void {
  probe.bands = probe.bands.filter((b) => {
    if (b.range.isNullObject) return true;
    const v = probe.formulas ? b.range.formulas : b.range.values;
    return v !== null && v !== undefined;
  });
}

/** Row ranges of `used` that no loaded band covers. */
export function uncovered(used: Rect, bands: { top: number; bottom: number }[]): { top: number; bottom: number }[] {
  const spans = bands.map((b) => ({ top: b.top, bottom: b.bottom })).sort((a, b) => a.top - b.top);
  const gaps: { top: number; bottom: number }[] = [];
  let next = used.top;
  for (const s of spans) {
    if (s.bottom < next) continue;
    if (s.top > next) gaps.push({ top: next, bottom: Math.min(used.bottom, s.top - 1) });
    next = Math.max(next, s.bottom + 1);
    if (next > used.bottom) break;
  }
  if (next <= used.bottom) gaps.push({ top: next, bottom: used.bottom });
  return gaps.filter((g) => g.top <= g.bottom);
}

export function assemble(probe: Probe): { grid: Grid; layout: SheetLayout } {
  const name = probe.ws.name;
  const used = usedRect(probe);
  if (!used) {
    return {
      grid: { sheet: name, origin: { row: 0, col: 0 }, values: [], text: [], numberFormats: [], merges: [], hiddenRows: [] },
      layout: { name, used: null, cellBytes: probe.cellBytes },
    };
  }
  const rows = used.bottom - used.top + 1;
  const cols = used.right - used.left + 1;
  const values: CellValue[][] = new Array(rows);
  const text: string[][] = new Array(rows);
  const numberFormats: string[][] = new Array(rows);
  let sampleBytes = 0;
  let sampleCells = 0;
  for (const band of probe.bands) {
    const r = band.range;
    if (r.isNullObject) continue;
    const top = band.intersect ? r.rowIndex : band.top;
    const left = band.intersect ? r.columnIndex : used.left;
    const v = (probe.formulas ? r.formulas : r.values) as CellValue[][] | null;
    if (!v) continue; // refused over the cell limit (dropRefused): its rows were read again
    const t = probe.formulas ? v.map((row) => row.map(String)) : r.text;
    const f = probe.formulas ? v.map((row) => row.map(() => "General")) : (r.numberFormat as string[][]);
    if (sampleCells < 5000 && v.length) {
      const n = Math.min(v.length, 20);
      sampleBytes += jsonBytes(v.slice(0, n)) + jsonBytes(t.slice(0, n)) + jsonBytes(f.slice(0, n));
      sampleCells += n * v[0].length;
    }
    for (let i = 0; i < v.length; i++) {
      const gr = top - used.top + i;
      if (gr < 0 || gr >= rows) continue;
      if (left === used.left && v[i].length === cols) {
        values[gr] = v[i];
        text[gr] = t[i];
        numberFormats[gr] = f[i];
      } else {
        values[gr] ??= new Array(cols).fill("");
        text[gr] ??= new Array(cols).fill("");
        numberFormats[gr] ??= new Array(cols).fill("General");
        for (let j = 0; j < v[i].length; j++) {
          const gc = left - used.left + j;
          if (gc < 0 || gc >= cols) continue;
          values[gr][gc] = v[i][j];
          text[gr][gc] = t[i][j];
          numberFormats[gr][gc] = f[i][j];
        }
      }
    }
  }
  for (let i = 0; i < rows; i++) {
    values[i] ??= new Array(cols).fill("");
    text[i] ??= new Array(cols).fill("");
    numberFormats[i] ??= new Array(cols).fill("General");
  }
  // Each merge once, as far down as any answer showed it (mergedAreas), in reading order.
  const merges: CellRange[] = mergedAreas(probe, used)
    .map(({ rect: m }) => ({
      top: Math.max(0, m.top - used.top),
      left: Math.max(0, m.left - used.left),
      bottom: m.bottom - used.top,
      right: m.right - used.left,
    }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
  let hiddenRows: number[] | undefined;
  if (probe.visible) {
    const shown = new Uint8Array(rows);
    if (!probe.visible.isNullObject)
      for (const area of parseAreaList(probe.visible.address))
        for (let r = Math.max(area.top, used.top); r <= Math.min(area.bottom, used.bottom); r++) shown[r - used.top] = 1;
    hiddenRows = [];
    for (let i = 0; i < rows; i++) if (!shown[i]) hiddenRows.push(i);
  }
  const cellBytes = sampleCells ? Math.max(8, Math.ceil(sampleBytes / sampleCells)) : probe.cellBytes;
  // A protected sheet: Score writes only its unlocked cells (queueLocks), and says what it left.
  const protection = probe.protection.protected ? { protection: { unlocked: probe.unlocked ?? [] } } : {};
  return {
    grid: { sheet: name, origin: { row: used.top, col: used.left }, values, text, numberFormats, merges, ...(hiddenRows ? { hiddenRows } : {}), ...protection },
    layout: { name, used, cellBytes: Math.max(cellBytes, DEFAULT_CELL_BYTES / 4), ...(probe.trimmed !== undefined ? { wide: true } : {}) },
  };
}
