/**
 * Grouping cells into rectangular blocks, so 20,000 writes become a handful of range requests:
 * horizontal runs in each row first, then runs with the same columns on consecutive rows are
 * stacked into one block (a column of results, or a new sheet's table, becomes one block).
 */
import type { Rect } from "./addresses";

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
