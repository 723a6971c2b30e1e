/**
 * The 绩效监控表 Monitor writes (DESIGN §9), in the layout of the national 项目支出绩效目标执行监控表:
 * the head (year, 监控日, 项目名称 / 主管部门 / 实施单位), the budget's execution against time, and
 * per indicator 年度指标值, 截至监控日完成值, 全年预计完成值, 偏差, 完成目标可能性, 偏差原因分析 and
 * 完成目标的措施. Same ownership rules as the 自评表 (DESIGN §5): staff's 偏差原因分析 and 措施 are
 * carried over by indicator name, and a 完成目标可能性 staff changed (it no longer holds what the
 * previous Monitor wrote, by the ownership record) is kept as they chose it.
 */
import type { Analysis } from "../analyze";
import { colCount, MergeIndex, rowCount, textAt, type Grid, type WorkbookGrids } from "../grid";
import type { Indicator } from "../indicator";
import { labelKey, nameKey } from "../normalize";
import { actualCell } from "../plan/actual-cell";
import { nextRecord, recorded, recordSheetPlan, sameValue, setRecorded, type OwnershipRecord } from "../plan/ownership";
import { targetShown } from "../plan/self-evaluation-sheet";
import type { AreaFormat, CellWrite, SheetPlan, Validation, WritePlan } from "../plan/types";
import { readTitleBlock } from "../table/title-block";
import { rowHeights } from "../plan/self-evaluation-looks";
import { levelRuns } from "../plan/level-runs";
import { LIGHT_OF, LIKELIHOODS, POSSIBLE_SHARE, type Light } from "./likelihood";

/** Excel's own 好 / 适中 / 差 cell-style fills: what staff already read as green, yellow, red. */
const LIGHT_FILL: Record<Light, string> = { green: "C6EFCE", yellow: "FFEB9C", red: "FFC7CE" };
import { LAG_POINTS } from "./budget";
import type { MonitorResult } from "./monitor";

export const MONITOR_SHEET = "绩效监控表";
const HEADERS = ["一级指标", "二级指标", "三级指标", "年度指标值", "截至监控日完成值", "全年预计完成值", "偏差", "完成目标可能性", "偏差原因分析", "完成目标的措施"] as const;
const WIDTHS = [12, 14, 30, 14, 14, 14, 10, 14, 22, 30];
const COL = { likelihood: 7, reason: 8, measure: 9 } as const;
/** The five national categories of 偏差原因分析 (the column's dropdown). */
export const DEVIATION_CAUSES = ["经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"] as const;

/** What staff wrote in the previous 绩效监控表, by indicator name. */
export interface MonitorStaffText {
  reason?: string;
  measure?: string;
  /** A 完成目标可能性 staff chose (the cell no longer holds what Monitor wrote). */
  likelihood?: string;
}

/** Staff's entries in a previous 绩效监控表 (`grid`), with the record saying what Monitor wrote there. */
export function readMonitorStaff(grid: Grid, record: OwnershipRecord): Map<string, MonitorStaffText> {
  const out = new Map<string, MonitorStaffText>();
  const merges = new MergeIndex(grid);
  for (let r = 0; r < Math.min(rowCount(grid), 40); r++) {
    const col: Partial<Record<"name" | "likelihood" | "reason" | "measure", number>> = {};
    for (let c = 0; c < colCount(grid); c++) {
      const k = labelKey(merges.masterText(r, c));
      if (k === "三级指标") col.name = c;
      else if (k === "完成目标可能性") col.likelihood = c;
      else if (k.startsWith("偏差原因分析")) col.reason = c;
      else if (k.startsWith("完成目标的措施")) col.measure = c;
    }
    if (col.name === undefined) continue;
    for (let rr = r + 1; rr < rowCount(grid); rr++) {
      const name = nameKey(textAt(grid, rr, col.name));
      if (!name) continue;
      const entry: MonitorStaffText = {};
      const text = (c: number | undefined) => (c === undefined ? "" : textAt(grid, rr, c).trim());
      if (text(col.reason)) entry.reason = text(col.reason);
      if (text(col.measure)) entry.measure = text(col.measure);
      const chosen = text(col.likelihood);
      if (chosen && col.likelihood !== undefined) {
        const wrote = recorded(record, grid.sheet, grid.origin.row + rr, grid.origin.col + col.likelihood);
        if (!wrote || !sameValue(chosen, wrote.written)) entry.likelihood = chosen;
      }
      if (Object.keys(entry).length) out.set(name, entry);
    }
    break;
  }
  return out;
}


/** The sheet's rows; `staff` is what staff wrote in the previous one (kept). */
export function monitorSheet(analysis: Analysis, monitor: MonitorResult, staff: Map<string, MonitorStaffText>, name = MONITOR_SHEET): { sheet: SheetPlan; proposals: CellWrite[] } {
  const writes: CellWrite[] = [];
  const merges: NonNullable<SheetPlan["merges"]> = [];
  const proposals: CellWrite[] = [];
  const last = HEADERS.length - 1;
  const put = (row: number, col: number, value: string | number | null, extra: Partial<CellWrite> = {}) => {
    const w = { row, col, value, ...extra };
    writes.push(w);
    return w;
  };
  const table = analysis.table;
  const block = table ? readTitleBlock(table.grid, table.header.top) : {};
  const month = Number(monitor.asOf.slice(5, 7));

  put(0, 0, "项目支出绩效目标执行监控表", { bold: true });
  merges.push({ top: 0, left: 0, bottom: 0, right: last });
  put(1, 0, `（${monitor.year}年度）  监控日：${monitor.asOf}（1—${month}月执行情况，${monitor.elapsedDays}/${monitor.daysInYear} 天）`);
  merges.push({ top: 1, left: 0, bottom: 1, right: last });
  let row = 2;
  if (block.project) {
    put(row, 0, "项目名称", { bold: true });
    put(row, 1, block.project, { wrap: true });
    merges.push({ top: row, left: 1, bottom: row, right: last });
    row++;
  }
  if (block.department || block.implementer) {
    put(row, 0, "主管部门", { bold: true });
    put(row, 1, block.department ?? "", { wrap: true });
    merges.push({ top: row, left: 1, bottom: row, right: 4 });
    put(row, 5, "实施单位", { bold: true });
    put(row, 6, block.implementer ?? "", { wrap: true });
    merges.push({ top: row, left: 6, bottom: row, right: last });
    row++;
  }
  if (monitor.budget) {
    const b = monitor.budget;
    ["预算执行（万元）", "年初预算数", "全年预算数", "截至监控日执行数", "执行进度", "时间进度", "全年预计执行率"].forEach((h, c) => put(row, c, h, { bold: true, wrap: true }));
    row++;
    put(row, 0, "项目资金");
    put(row, 1, b.initial);
    put(row, 2, b.planned);
    put(row, 3, b.spent);
    put(row, 4, b.execution, { numberFormat: "0.00%" });
    put(row, 5, b.time, { numberFormat: "0.00%" });
    put(row, 6, b.projectedRate, { numberFormat: "0.00%" });
    if (b.lagging && b.execution !== null) {
      const lag = Math.round((b.time - b.execution) * 10_000) / 100;
      put(row, 7, `执行进度落后时间进度 ${lag} 个百分点（超过 ${LAG_POINTS} 个百分点）`, { wrap: true });
      merges.push({ top: row, left: 7, bottom: row, right: last });
    }
    row += 2;
  }
  const headerRow = row;
  HEADERS.forEach((h, c) => put(row, c, h, { bold: true, wrap: true }));
  row++;

  const byRow = new Map<number, Indicator>((table?.indicators ?? []).map((i) => [i.row, i]));
  const levels = levelRuns(monitor.indicators, row);
  for (const l of levels.starts) put(l.row, l.col, l.value, { wrap: true });
  merges.push(...levels.merges);
  monitor.indicators.forEach((m) => {
    const ind = byRow.get(m.row)!;
    put(row, 2, m.name, { wrap: true });
    put(row, 3, targetShown(ind), { wrap: true });
    writes.push({ row, col: 4, ...(m.toDate === null ? { value: "尚无记录" } : actualCell(ind, m.toDate)) });
    writes.push({ row, col: 5, ...(m.projected === null ? { value: "" } : actualCell(ind, m.projected)) });
    put(row, 6, m.deviation === null ? "" : m.deviation, m.deviation !== null && ind.target?.kind === "number" && ind.target.percent ? { value: m.deviation / 100, numberFormat: "0.0%" } : {});
    const kept = staff.get(nameKey(m.name));
    if (kept?.likelihood) put(row, COL.likelihood, kept.likelihood);
    else proposals.push(put(row, COL.likelihood, m.likelihood ?? ""));
    put(row, COL.reason, kept?.reason ?? "", { wrap: true });
    put(row, COL.measure, kept?.measure ?? "", { wrap: true });
    row++;
  });
  const bodyTop = headerRow + 1;
  const bodyBottom = Math.max(bodyTop, row - 1);
  const column = (col: number) => ({ top: bodyTop, left: col, bottom: bodyBottom, right: col });
  const validations: Validation[] = monitor.indicators.length
    ? [
        { area: column(COL.likelihood), rule: { list: [...LIKELIHOODS] }, errorStyle: "stop", error: { title: "完成目标可能性", message: `请选择：${LIKELIHOODS.join("、")}。` } },
        // Staff may name a cause of their own: a warning, not a refusal.
        { area: column(COL.reason), rule: { list: [...DEVIATION_CAUSES] }, errorStyle: "warning", error: { title: "偏差原因分析", message: `国家表式的类别：${DEVIATION_CAUSES.join("、")}。` } },
      ]
    : [];
  const highlights = monitor.indicators.length ? LIKELIHOODS.map((equals) => ({ area: column(COL.likelihood), equals, fill: LIGHT_FILL[LIGHT_OF[equals]] })) : [];
  const formats: AreaFormat[] = [
    { area: { top: headerRow, left: 0, bottom: bodyBottom, right: last }, borders: "thin", vertical: "top", wrap: true },
    { area: { top: headerRow, left: 0, bottom: headerRow, right: last }, horizontal: "center", vertical: "center" },
    { area: { top: 0, left: 0, bottom: 0, right: last }, horizontal: "center", vertical: "center" },
  ];
  row++;
  put(
    row,
    0,
    `说明：全年预计完成值按截至监控日的完成值以已过天数折算全年（求和、计数类指标；比例、定性和时限指标取最新值）。完成目标可能性为系统建议：预计值达到目标为“确定能”，达到目标的 ${Math.round(POSSIBLE_SHARE * 100)}% 为“有可能”，否则为“完全不可能”，可直接修改；偏差原因分析（${DEVIATION_CAUSES.join("、")}）和完成目标的措施由填报单位填写，再次监控时保留。`,
    { wrap: true },
  );
  merges.push({ top: row, left: 0, bottom: row, right: last });
  return {
    sheet: {
      sheet: name,
      create: true,
      replace: true,
      writes,
      merges,
      columnWidths: WIDTHS.map((width, col) => ({ col, width })),
      // Neither Excel nor LibreOffice grows a row for wrapped text a program wrote: a long 三级指标
      // or the note would print cut off (seen in a render of the sample's sheet).
      rowHeights: rowHeights(writes, WIDTHS, merges, 0),
      formats,
      validations,
      highlights,
      freeze: { rows: headerRow + 1 },
      pageSetup: { orientation: "landscape", paper: "A4", fitToWidth: 1, titleRows: { top: headerRow, bottom: headerRow }, centerHorizontally: true },
    },
    proposals,
  };
}

/**
 * The sheet Monitor writes: 绩效监控表 when there is none or it is Monitor's own (by the record);
 * beside a sheet of that name staff or another tool made, 绩效监控表（监控）, then （监控2）… —
 * never replacing what is not ours (DESIGN §5).
 */
export function monitorSheetName(wb: WorkbookGrids, record: OwnershipRecord): string {
  const taken = (name: string) => wb.sheets.some((g) => g.sheet === name) && !record.sheets.has(name);
  if (!taken(MONITOR_SHEET)) return MONITOR_SHEET;
  for (let n = 1; ; n++) {
    const name = `${MONITOR_SHEET}（监控${n === 1 ? "" : n}）`;
    if (!taken(name)) return name;
  }
}

/** Monitor's write plan: the 绩效监控表 and the ownership record with its proposals in it. */
export function monitorPlan(wb: WorkbookGrids, analysis: Analysis, monitor: MonitorResult, record: OwnershipRecord): WritePlan {
  const name = monitorSheetName(wb, record);
  const previous = record.sheets.has(name) ? wb.sheets.find((g) => g.sheet === name) : undefined;
  const staff = previous ? readMonitorStaff(previous, record) : new Map<string, MonitorStaffText>();
  const { sheet, proposals } = monitorSheet(analysis, monitor, staff, name);
  const next = nextRecord(record, wb, [sheet]);
  // The previous sheet's proposals described its rows; this sheet's replace them.
  for (const [k, cell] of next.cells) if (cell.sheet === name) next.cells.delete(k);
  for (const p of proposals) if (p.value !== "" && p.value !== null) setRecorded(next, { sheet: name, row: p.row, col: p.col, written: p.value, before: null });
  return { sheets: [sheet, recordSheetPlan(next)] };
}

