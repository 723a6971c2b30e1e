/**
 * 清除评分 (DESIGN §5 Clear): everything Score wrote and recorded goes — the `得分：N` lines under
 * the rules, the cells it filled (得分合计, 实际完成值, 得分, the budget block's 执行率 / 得分) back
 * to what they held before, the 绩效自评表 it created, its record — and what staff wrote since
 * stays: a recorded cell staff changed is left as they wrote it, a 自评表 in which they wrote
 * 偏差原因分析 is kept. The result says what was kept, so the pane can say so.
 */
import type { Analysis } from "../analyze";
import { columnLetter, valueAt, type WorkbookGrids } from "../grid";
import { hasScoreLine, stripScoreLine } from "../score-line";
import type { CellWrite, SheetPlan, WritePlan } from "./types";
import { emptyRecord, readRecord, recordSheetPlan, RECORD_SHEET, sameValue, type OwnershipRecord } from "./ownership";
import { readRemarks, readSignOff } from "./remarks";
import { MONITOR_SHEET } from "../monitor/monitor-sheet";

/** Monitor's sheets (绩效监控表, or 绩效监控表（监控）beside staff's): not Score's, so Clear leaves them. */
const isMonitorSheet = (sheet: string) => sheet.startsWith(MONITOR_SHEET);

export interface ClearResult {
  plan: WritePlan;
  /** Recorded cells staff changed since Score (left as they are), as `sheet!A1`. */
  keptCells: string[];
  /** Sheets Score created that staff wrote in (kept). */
  keptSheets: string[];
}


function scoreLineWrites(analysis: Analysis): CellWrite[] {
  const table = analysis.table;
  if (!table || table.columns.rule === undefined) return [];
  const c = table.columns.rule;
  const { grid } = table;
  return table.indicators.flatMap((ind) => {
    const v = valueAt(grid, ind.r, c);
    return typeof v === "string" && hasScoreLine(v) ? [{ row: grid.origin.row + ind.r, col: grid.origin.col + c, value: stripScoreLine(v) }] : [];
  });
}

/** 清除评分: the plan that takes the workbook back to before Score, keeping what staff wrote since. */
export function clearScorePlan(wb: WorkbookGrids, analysis: Analysis | null, record: OwnershipRecord = readRecord(wb)): ClearResult {
  const bySheet = new Map<string, CellWrite[]>();
  const add = (sheet: string, w: CellWrite) => {
    if (!bySheet.has(sheet)) bySheet.set(sheet, []);
    bySheet.get(sheet)!.push(w);
  };
  if (analysis?.table) for (const w of scoreLineWrites(analysis)) add(analysis.table.grid.sheet, w);

  const keptCells: string[] = [];
  for (const cell of record.cells.values()) {
    if (isMonitorSheet(cell.sheet)) continue;
    const grid = wb.sheets.find((g) => g.sheet === cell.sheet);
    if (!grid) continue;
    const current = valueAt(grid, cell.row - grid.origin.row, cell.col - grid.origin.col);
    if (!sameValue(current, cell.written)) {
      keptCells.push(`${cell.sheet}!${columnLetter(cell.col)}${cell.row + 1}`);
      continue;
    }
    // A score line's cell was written whole by Score only when it was empty before; the lines
    // themselves are taken off above.
    if (bySheet.get(cell.sheet)?.some((w) => w.row === cell.row && w.col === cell.col)) continue;
    add(cell.sheet, { row: cell.row, col: cell.col, value: typeof cell.before === "boolean" ? String(cell.before).toUpperCase() : cell.before });
  }

  const keptSheets: string[] = [];
  const sheets: SheetPlan[] = [...bySheet].map(([sheet, writes]) => ({ sheet, create: false, writes }));
  const monitorSheets = [...record.sheets].filter((name) => isMonitorSheet(name) && wb.sheets.some((g) => g.sheet === name));
  for (const name of record.sheets) {
    const grid = wb.sheets.find((g) => g.sheet === name);
    if (!grid || isMonitorSheet(name)) continue;
    // Staff wrote in it (偏差原因分析, or the sign-off lines): theirs now, kept.
    if (readRemarks(grid).size > 0 || readSignOff(grid).size > 0) keptSheets.push(name);
    else sheets.push({ sheet: name, create: false, delete: true, writes: [] });
  }
  // The record: gone with everything it recorded; kept for a 自评表 staff wrote in (still Score's
  // to replace next time, remarks carried over) and for Monitor's sheets and proposals.
  if (wb.sheets.some((g) => g.sheet === RECORD_SHEET)) {
    if (keptSheets.length || monitorSheets.length) {
      const rest = emptyRecord();
      for (const s of [...keptSheets, ...monitorSheets]) rest.sheets.add(s);
      for (const [k, cell] of record.cells) if (monitorSheets.includes(cell.sheet)) rest.cells.set(k, cell);
      sheets.push(recordSheetPlan(rest));
    } else sheets.push({ sheet: RECORD_SHEET, create: false, delete: true, writes: [] });
  }
  return { plan: { sheets }, keptCells, keptSheets };
}
