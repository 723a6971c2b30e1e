/**
 * The log sheet made for staff (DESIGN §3, `新建台账` / `jixiao log-template`): 完成情况台账 with the
 * header 日期 | 三级指标 | 完成值 | 备注 | 汇总方式, frozen and styled like the target's header; 三级指标 a
 * dropdown of the table's indicator names, 日期 a date check for the project's year, 汇总方式 a
 * dropdown of the six aggregations.
 *
 * The names live on a very hidden sheet behind a defined name, not in the validation itself: a
 * literal list is limited to 255 characters and splits at commas, which indicator names contain
 * (`全国、涉滇、涉昆热点舆情选题期数`, `完成率，按季度`). Run again after the table gained indicators,
 * it rewrites that list only: the log and everything staff logged stay as they are.
 */
import type { Analysis } from "../analyze";
import { InputError } from "../analyze";
import type { WorkbookGrids } from "../grid";
import { nameKey } from "../normalize";
import { yearOf } from "../plan/score-plan";
import type { SheetPlan, Validation, WritePlan } from "../plan/types";
import { displayWidth } from "../text-width";
import { serialFromYmd } from "./dates";
import { AGGREGATIONS } from "./read-log";

export const LOG_TEMPLATE_SHEET = "完成情况台账";
/** The very hidden sheet holding the indicator names, and the name the dropdown refers to. */
export const LIST_SHEET = "_jixiao_lists";
export const INDICATOR_LIST_NAME = "jixiao_indicators";

const HEADERS = ["日期", "三级指标", "完成值", "备注", "汇总方式"] as const;
/** Rows the validations cover below the header: a year of daily entries and more. */
export const LOG_ROWS = 2000;

export interface LogTemplateResult {
  plan: WritePlan;
  /** The indicator names in the dropdown, in table order. */
  names: string[];
  /** True when a log sheet existed: only the list was updated. */
  listOnly: boolean;
  /** The log sheet (new or existing). */
  sheet: string;
}

/** Each indicator name once (by the log's matching: normalised), in table order. */
function indicatorNames(analysis: Analysis): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const ind of analysis.table?.indicators ?? []) {
    const key = nameKey(ind.name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    names.push(ind.name);
  }
  return names;
}

export function logTemplatePlan(wb: WorkbookGrids, analysis: Analysis): LogTemplateResult {
  const table = analysis.table;
  if (!table)
    throw new InputError({ code: "log-no-table", params: {} });
  const names = indicatorNames(analysis);
  const list: SheetPlan = {
    sheet: LIST_SHEET,
    create: true,
    replace: true,
    state: "veryHidden",
    writes: names.map((value, row) => ({ row, col: 0, value })),
  };
  const listArea = { top: 0, left: 0, bottom: Math.max(0, names.length - 1), right: 0 };
  const plan: WritePlan = { sheets: [list], names: [{ name: INDICATOR_LIST_NAME, sheet: LIST_SHEET, area: listArea }] };

  if (analysis.log) return { plan, names, listOnly: true, sheet: analysis.log.grid.sheet };
  const taken = wb.sheets.find((g) => g.sheet === LOG_TEMPLATE_SHEET);
  if (taken)
    throw new InputError({ code: "log-sheet-taken", params: { sheet: LOG_TEMPLATE_SHEET } });

  const grid = table.grid;
  const headerCell = { sheet: grid.sheet, row: grid.origin.row + table.header.top, col: grid.origin.col + (table.columns.name ?? 0) };
  const year = Number(yearOf(grid, table.header.top)) || null;
  const body = (col: number) => ({ top: 1, left: col, bottom: LOG_ROWS, right: col });
  const validations: Validation[] = [
    {
      area: body(1),
      rule: { listName: INDICATOR_LIST_NAME },
      errorStyle: "stop",
      error: { title: "不是表中的指标", message: "请从下拉列表中选择目标表中的三级指标，名称须与目标表一致。" },
    },
    {
      area: body(4),
      rule: { list: [...AGGREGATIONS] },
      errorStyle: "stop",
      error: { title: "汇总方式", message: `请选择：${AGGREGATIONS.join("、")}；留空则按指标的单位自动汇总。` },
    },
  ];
  if (year)
    validations.unshift({
      area: body(0),
      rule: { dateFrom: serialFromYmd(year, 1, 1), dateTo: serialFromYmd(year, 12, 31) },
      errorStyle: "stop",
      error: { title: "日期", message: `请填写 ${year} 年内的日期，如 ${year}-03-31。` },
    });
  const nameWidth = Math.min(60, Math.max(16, ...names.map((n) => displayWidth(n) + 2)));
  const log: SheetPlan = {
    sheet: LOG_TEMPLATE_SHEET,
    create: true,
    writes: HEADERS.map((value, col) => ({ row: 0, col, value, styleFrom: headerCell, bold: true })),
    columnWidths: [12, nameWidth, 12, 30, 10].map((width, col) => ({ col, width })),
    validations,
    freeze: { rows: 1 },
  };
  return { plan: { ...plan, sheets: [log, list] }, names, listOnly: false, sheet: LOG_TEMPLATE_SHEET };
}
