/**
 * The 一级 / 二级 columns of a printed form's indicator rows (the 绩效自评表, the 绩效监控表): each
 * category written once, on the first row of its run, and merged down over exactly its rows.
 */
import type { Area } from "./types";

export interface LevelRuns {
  /** The cells to write: column 0 for 一级, column 1 for 二级, on the first row of each run. */
  starts: { row: number; col: 0 | 1; value: string }[];
  /** The runs longer than one row, to merge. */
  merges: Area[];
}

/** Runs of `levels` laid out from sheet row `top` down, one row each. */
export function levelRuns(levels: readonly { level1: string; level2: string }[], top: number): LevelRuns {
  const out: LevelRuns = { starts: [], merges: [] };
  const close = (from: number, to: number, col: 0 | 1) => {
    if (to > from) out.merges.push({ top: from, left: col, bottom: to, right: col });
  };
  let start1 = top;
  let start2 = top;
  levels.forEach((l, i) => {
    const row = top + i;
    const prev = levels[i - 1];
    const new1 = !prev || prev.level1 !== l.level1;
    const new2 = new1 || prev.level2 !== l.level2;
    if (prev && new1) close(start1, row - 1, 0);
    if (prev && new2) close(start2, row - 1, 1);
    if (new1) {
      start1 = row;
      out.starts.push({ row, col: 0, value: l.level1 });
    }
    if (new2) {
      start2 = row;
      out.starts.push({ row, col: 1, value: l.level2 });
    }
  });
  if (levels.length) {
    close(start1, top + levels.length - 1, 0);
    close(start2, top + levels.length - 1, 1);
  }
  return out;
}
