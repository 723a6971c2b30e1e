/**
 * The write plan of Score (DESIGN §5), host-independent: actual values into 实际完成值 (a new
 * column at the table's right edge, header styled like its neighbour, when the sheet has none),
 * the `得分：N` line under each rule text, the 得分 column when there is one, a 得分合计 row, and
 * the 绩效自评表 sheet. Everything is written at sheet coordinates (grid origin added).
 */
import type { Analysis } from "../analyze";
import type { ScoreResult } from "../report";
import type { ScoredIndicator } from "../score/score";
import { colCount, LAST_COL, LAST_ROW, valueAt, type Grid } from "../grid";
import { FIELD_LABEL } from "../table/headers";
import { formatPoints, stripScoreLine, withScoreLine } from "../score-line";
import type { CellWrite, SheetPlan, WritePlan } from "./types";
import { selfEvaluationSheet } from "./self-evaluation-sheet";
import { actualCell } from "./actual-cell";


export function scorePlan(analysis: Analysis, result: ScoreResult, scored: ScoredIndicator[], existingRemarks: Map<string, string>): WritePlan {
  const table = analysis.table;
  if (!table) return { sheets: [] };
  const grid = table.grid;
  const R = (r: number) => grid.origin.row + r;
  const C = (c: number) => grid.origin.col + c;
  const writes: CellWrite[] = [];
  const expect: SheetPlan["expect"] = [];
  const columnWidths: SheetPlan["columnWidths"] = [];
  const { columns, header } = table;

  // 实际完成值: the existing column, or a new one at the right edge of the table.
  let actualCol = columns.actual;
  // No room for it when the table already reaches the sheet's last column (XFD): then no column.
  const newCol = actualCol === undefined ? Math.max(header.right, lastUsedCol(grid, header.top, table.lastRow)) + 1 : undefined;
  if (newCol !== undefined && C(newCol) <= LAST_COL) {
    actualCol = newCol;
    const styleCol = columns.rule ?? header.right;
    writes.push({ row: R(header.top), col: C(actualCol), value: FIELD_LABEL.actual, styleFrom: { row: R(header.top), col: C(styleCol) } });
    if (header.row !== header.top)
      writes.push({ row: R(header.row), col: C(actualCol), value: null, styleFrom: { row: R(header.row), col: C(styleCol) } });
    columnWidths.push({ col: C(actualCol), width: 14 });
  }

  for (const { indicator: ind, result: s } of scored) {
    const styleFrom = columns.rule !== undefined ? { row: R(ind.r), col: C(columns.rule) } : undefined;
    if (actualCol !== undefined && s.actual !== null && s.actual !== undefined) {
      writes.push({
        row: R(ind.r),
        col: C(actualCol),
        ...actualCell(ind, s.actual),
        ...(columns.actual === undefined && styleFrom ? { styleFrom } : {}),
      });
    }
    if (columns.rule !== undefined) {
      const c = columns.rule;
      const current = valueAt(grid, ind.r, c);
      const text = typeof current === "string" ? current : current === null ? "" : String(current);
      expect.push({ row: R(ind.r), col: C(c), value: current });
      const next = s.score === null ? stripScoreLine(text) : withScoreLine(text, s.score);
      if (next !== text) writes.push({ row: R(ind.r), col: C(c), value: next, wrap: true });
    }
    if (columns.score !== undefined && s.score !== null) writes.push({ row: R(ind.r), col: C(columns.score), value: s.score });
  }

  // 得分合计: on the row a previous Score wrote, else on the first free row under the table.
  const totalRow = table.totalRow ?? (rowIsFree(grid, table.lastRow + 1) ? table.lastRow + 1 : null);
  const valueCol = columns.score ?? columns.rule ?? actualCol;
  if (totalRow !== null && valueCol !== undefined && R(totalRow) <= LAST_ROW) {
    const labelCol = columns.level1 ?? columns.name ?? 0;
    const from = (c: number) => ({ row: R(table.lastRow), col: C(c) });
    writes.push({ row: R(totalRow), col: C(labelCol), value: "得分合计", bold: true, styleFrom: from(labelCol) });
    // A number when complete; text that says so when some indicator could not be scored, and
    // no number at all when nothing could be (DESIGN §5).
    const value = result.total === null ? "未能评分" : result.complete ? result.total : `${formatPoints(result.total)}（不完整）`;
    writes.push({ row: R(totalRow), col: C(valueCol), value, bold: true, styleFrom: from(valueCol) });
  }

  // The budget block's 执行率 and 得分, when the 自评表 has them.
  const b = table.budget;
  if (b && result.budget && result.budget.score !== null) {
    if (b.cols.rate !== undefined) writes.push({ row: R(b.valueRow), col: C(b.cols.rate), value: result.budget.rate, numberFormat: "0.00%" });
    if (b.cols.score !== undefined) writes.push({ row: R(b.valueRow), col: C(b.cols.score), value: result.budget.score });
  }

  const target: SheetPlan = { sheet: grid.sheet, create: false, writes, expect, columnWidths };
  return { sheets: [target, selfEvaluationSheet(result, scored, existingRemarks)] };
}

function lastUsedCol(grid: Grid, top: number, bottom: number): number {
  let last = 0;
  const cols = colCount(grid);
  for (let r = top; r <= bottom; r++)
    for (let c = cols - 1; c > last; c--) {
      const v = valueAt(grid, r, c);
      if (v !== null && v !== "") {
        last = c;
        break;
      }
    }
  for (const m of grid.merges) if (m.top <= bottom && m.bottom >= top) last = Math.max(last, m.right);
  return last;
}

function rowIsFree(grid: Grid, r: number): boolean {
  const row = grid.values[r];
  if (!row) return true;
  if (grid.merges.some((m) => m.top <= r && m.bottom >= r)) return false;
  return row.every((v) => v === null || v === "");
}
