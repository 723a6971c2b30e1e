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
import type { CellWrite, SheetCell, SheetPlan, WritePlan } from "./types";
import { selfEvaluationSheet, SELF_EVALUATION_SHEET } from "./self-evaluation-sheet";
import { actualCell } from "./actual-cell";
import type { WorkbookGrids } from "../grid";
import { emptyRecord, mayWrite, nextRecord, recordSheetPlan, type OwnershipRecord } from "./ownership";
import { readTitleBlock } from "../table/title-block";
import type { ScoringProfile } from "../profile/schema";

export interface ScorePlanContext {
  /** The workbook as read (sheet names, the cells the record compares). */
  workbook: WorkbookGrids;
  record: OwnershipRecord;
  /** Staff's 偏差原因分析 in the 自评表 Score made last time, by indicator name. */
  remarks: Map<string, string>;
  /** What staff filled in on that 自评表's sign-off lines. */
  signOff?: Map<string, string>;
  /** The scoring profile Score used: the 自评表's note names it (DESIGN §10). */
  profile?: ScoringProfile;
  /** Set by scorePlan: cells of a protected target sheet Score did not write (sheet-protected). */
  protectedSkipped?: number;
}

export function scorePlan(analysis: Analysis, result: ScoreResult, scored: ScoredIndicator[], context: ScorePlanContext = { workbook: { sheets: [] }, record: emptyRecord(), remarks: new Map() }): WritePlan {
  const table = analysis.table;
  if (!table) return { sheets: [] };
  const { record } = context;
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
    // A cell staff typed stays as typed (score-differs says what Score computed instead).
    if (actualCol !== undefined && s.actual !== null && s.actual !== undefined && (columns.actual === undefined || mayWrite(record, grid, ind.r, actualCol))) {
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
    if (columns.score !== undefined && s.score !== null && mayWrite(record, grid, ind.r, columns.score)) writes.push({ row: R(ind.r), col: C(columns.score), value: s.score });
  }

  // 得分合计: on the row a previous Score wrote, else on the first free row under the table.
  const totalRow = table.totalRow ?? (rowIsFree(grid, table.lastRow + 1) ? table.lastRow + 1 : null);
  const valueCol = columns.score ?? columns.rule ?? actualCol;
  const labelCol = columns.level1 ?? columns.name ?? 0;
  if (totalRow !== null && valueCol !== undefined && R(totalRow) <= LAST_ROW && mayWrite(record, grid, totalRow, labelCol) && mayWrite(record, grid, totalRow, valueCol)) {
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
    if (b.cols.rate !== undefined && mayWrite(record, grid, b.valueRow, b.cols.rate)) writes.push({ row: R(b.valueRow), col: C(b.cols.rate), value: result.budget.rate, numberFormat: "0.00%" });
    if (b.cols.score !== undefined && mayWrite(record, grid, b.valueRow, b.cols.score)) writes.push({ row: R(b.valueRow), col: C(b.cols.score), value: result.budget.score });
  }

  // A protected target sheet: only the cells staff may edit there are written (DESIGN §5 nothing
  // lost: Score never unprotects a sheet); the rest is said once (sheet-protected).
  let allowed = writes;
  if (grid.protection) {
    const unlocked = new Set(grid.protection.unlocked.map(({ r, c }) => `${R(r)},${C(c)}`));
    allowed = writes.filter((w) => unlocked.has(`${w.row},${w.col}`));
    context.protectedSkipped = writes.length - allowed.length;
  }
  const target: SheetPlan = { sheet: grid.sheet, create: false, writes: allowed, expect, columnWidths: grid.protection ? [] : columnWidths };
  const sheets: SheetPlan[] = [target];
  // A 自评表 used as the target is scored in place (DESIGN §5), not copied onto a new sheet.
  if (!isSelfEvaluation(analysis)) {
    const self = selfEvaluationSheet(result, scored, context.remarks, { year: yearOf(grid, header.top), block: readTitleBlock(grid, header.top), signOff: context.signOff, profile: context.profile, font: fontCell(grid.sheet, scored, columns.name ?? columns.rule, R, C) });
    sheets.push({ ...self, sheet: generatedSheetName(context.workbook, record) });
  }
  sheets.push(recordSheetPlan(nextRecord(record, context.workbook, sheets)));
  return { sheets };
}

/** The target's first 三级指标 cell: the font the 自评表 is printed in (DESIGN §12). */
function fontCell(sheet: string, scored: ScoredIndicator[], col: number | undefined, R: (r: number) => number, C: (c: number) => number): SheetCell | undefined {
  const first = scored[0]?.indicator;
  return first && col !== undefined ? { sheet, row: R(first.r), col: C(col) } : undefined;
}

/** The year the title rows name (`2022年度`, `（2022）年度`, `2022年`), or null. */
export function yearOf(grid: Grid, above: number): string | null {
  for (let r = 0; r < above; r++)
    for (const v of grid.values[r] ?? []) {
      const m = typeof v === "string" ? /((?:19|20)\d{2})\s*[)）]?\s*年/.exec(v) : null;
      if (m) return m[1];
    }
  return null;
}

/** A table with its own 得分 column under a budget block (or on a sheet named 自评表) is a 自评表. */
export function isSelfEvaluation(analysis: Analysis): boolean {
  const t = analysis.table;
  return t !== null && t.columns.score !== undefined && (t.budget !== null || /自评表/.test(t.grid.sheet));
}

/**
 * The sheet Score's 自评表 goes on: 绩效自评表 when there is none or it is Score's own; beside a
 * sheet of that name Score did not create (another tool's, or staff's), 绩效自评表（评分）, then
 * （评分2）… — never replacing what is not Score's (DESIGN §5).
 */
export function generatedSheetName(wb: WorkbookGrids, record: OwnershipRecord): string {
  const taken = (name: string) => wb.sheets.some((g) => g.sheet === name) && !record.sheets.has(name);
  if (!taken(SELF_EVALUATION_SHEET)) return SELF_EVALUATION_SHEET;
  for (let n = 1; ; n++) {
    const name = `${SELF_EVALUATION_SHEET}（评分${n === 1 ? "" : n}）`;
    if (!taken(name)) return name;
  }
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
