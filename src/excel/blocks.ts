/**
 * Grouping cells into rectangular blocks, so 20,000 writes become a handful of range requests:
 * horizontal runs in each row first, then runs with the same columns on consecutive rows are
 * stacked into one block (a column of results, or a new sheet's table, becomes one block).
 */
import { contains, type Rect } from "./addresses";
import { BLOCK_BYTES, jsonBytes } from "./payload";

export interface Positioned {
  row: number;
  col: number;
}

export interface Block<T> extends Rect {
  /** The items, [row - top][col - left]; every position is filled. */
  cells: T[][];
}

/**
 * Groups items into blocks whose every cell holds exactly one item. `key` keeps items apart that
 * must not share a request (e.g. different number formats). A later item at the same cell wins.
 */
export function groupBlocks<T extends Positioned>(items: readonly T[], key: (item: T) => string = () => ""): Block<T>[] {
  const byKey = new Map<string, Map<number, Map<number, T>>>();
  for (const item of items) {
    const k = key(item);
    let rows = byKey.get(k);
    if (!rows) byKey.set(k, (rows = new Map()));
    let cols = rows.get(item.row);
    if (!cols) rows.set(item.row, (cols = new Map()));
    cols.set(item.col, item);
  }
  const blocks: Block<T>[] = [];
  for (const rows of byKey.values()) {
    // horizontal runs, keyed by their columns
    const runs = new Map<string, { row: number; left: number; right: number; items: T[] }[]>();
    for (const [row, cols] of rows) {
      const sorted = [...cols.keys()].sort((a, b) => a - b);
      let start = 0;
      for (let i = 1; i <= sorted.length; i++) {
        if (i === sorted.length || sorted[i] !== sorted[i - 1] + 1) {
          const left = sorted[start];
          const right = sorted[i - 1];
          const items = sorted.slice(start, i).map((c) => cols.get(c)!);
          const span = `${left}:${right}`;
          let list = runs.get(span);
          if (!list) runs.set(span, (list = []));
          list.push({ row, left, right, items });
          start = i;
        }
      }
    }
    // stack runs with the same columns on consecutive rows
    for (const list of runs.values()) {
      list.sort((a, b) => a.row - b.row);
      let current: Block<T> | null = null;
      for (const run of list) {
        if (current && run.row === current.bottom + 1) {
          current.bottom = run.row;
          current.cells.push(run.items);
        } else {
          current = { top: run.row, bottom: run.row, left: run.left, right: run.right, cells: [run.items] };
          blocks.push(current);
        }
      }
    }
  }
  blocks.sort((a, b) => a.top - b.top || a.left - b.left);
  return blocks;
}

/** Splits a block into blocks of at most `maxRows` rows (payload limits). */
export function splitRows<T>(block: Block<T>, maxRows: number): Block<T>[] {
  const n = Math.max(1, Math.floor(maxRows));
  if (block.bottom - block.top + 1 <= n) return [block];
  const out: Block<T>[] = [];
  for (let top = block.top; top <= block.bottom; top += n) {
    const bottom = Math.min(block.bottom, top + n - 1);
    out.push({ top, bottom, left: block.left, right: block.right, cells: block.cells.slice(top - block.top, bottom - block.top + 1) });
  }
  return out;
}

/** Vertical runs of rows (sorted, deduplicated) : [[2,3,4],[7]] → [{top:2,bottom:4},{top:7,bottom:7}]. */
export function rowRuns(rows: readonly number[]): { top: number; bottom: number }[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const out: { top: number; bottom: number }[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r === last.bottom + 1) last.bottom = r;
    else out.push({ top: r, bottom: r });
  }
  return out;
}

/** A lookup "is this cell inside a merged area" over a sheet's merges. */
export function mergeLookup(merges: Rect[] | undefined): (row: number, col: number) => Rect | undefined {
  if (!merges || merges.length === 0) return () => undefined;
  const byRow = new Map<number, Rect[]>();
  for (const m of merges) {
    if ((m.bottom - m.top + 1) > 5000) continue; // whole-column merges: not worth indexing
    for (let r = m.top; r <= m.bottom; r++) {
      let list = byRow.get(r);
      if (!list) byRow.set(r, (list = []));
      list.push(m);
    }
  }
  return (row, col) => byRow.get(row)?.find((m) => contains(m, row, col));
}

/**
 * Blocks for a sheet Jixiao has just created: each run of consecutive written rows is one block
 * over the columns it uses, with null where nothing is written. Office.js leaves a cell whose
 * value is null unchanged — and on a new sheet that cell is empty anyway — so a 20,000-row
 * 自评表 goes out as a few blocks rather than one per row pattern. Merges come after the values.
 */
export function denseBlocks<T extends Positioned>(items: readonly T[]): Block<T | null>[] {
  const byRow = new Map<number, T[]>();
  for (const w of items) {
    let list = byRow.get(w.row);
    if (!list) byRow.set(w.row, (list = []));
    list.push(w);
  }
  const blocks: Block<T | null>[] = [];
  for (const run of rowRuns([...byRow.keys()])) {
    let left = Infinity;
    let right = -1;
    for (let r = run.top; r <= run.bottom; r++)
      for (const w of byRow.get(r)!) {
        left = Math.min(left, w.col);
        right = Math.max(right, w.col);
      }
    const cells: (T | null)[][] = [];
    for (let r = run.top; r <= run.bottom; r++) {
      const row: (T | null)[] = new Array(right - left + 1).fill(null);
      for (const w of byRow.get(r)!) row[w.col - left] = w;
      cells.push(row);
    }
    blocks.push({ top: run.top, bottom: run.bottom, left, right, cells });
  }
  return blocks;
}

export function blockTouchesMerge<T extends { row: number; col: number }>(block: Block<T>, inMerge: (row: number, col: number) => Rect | undefined): boolean {
  for (const row of block.cells) for (const w of row) if (inMerge(w.row, w.col)) return true;
  return false;
}

/** Splits a block so that its payload stays under BLOCK_BYTES (estimated from its first rows). */
export function fit<T>(block: Block<T>, valueOf: (item: T) => unknown): Block<T>[] {
  const sample = block.cells.slice(0, 50).map((row) => row.map(valueOf));
  const perRow = Math.max(1, jsonBytes(sample) / sample.length);
  return splitRows(block, Math.max(1, Math.floor(BLOCK_BYTES / (perRow * 1.5))));
}
