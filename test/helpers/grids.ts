/**
 * Grids for tests from plain arrays: pure, no adapter loaded (a test that reads a real .xlsx
 * takes its grids from ./xlsx-grids.ts).
 */
import type { CellRange, CellValue, Grid, WorkbookGrids } from "../../src/core/grid";
import { validateWorkbook } from "../../src/core/validate";
import { analyzeWorkbook } from "../../src/core/analyze";

/** The tidy one-row header used by hand-built grids (columns A–J). */
export const TIDY_HEADER = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标属性", "评（扣）分标准", "指标内容", "数据来源"];

/** One tidy indicator row; override fields by header label. */
export function tidyRow(over: Partial<Record<string, CellValue>> = {}): CellValue[] {
  const base: Record<string, CellValue> = {
    一级指标: "产出指标",
    二级指标: "数量指标",
    三级指标: "编撰报告期数",
    指标性质: "=",
    指标值: 12,
    度量单位: "期",
    指标属性: "定量指标",
    "评（扣）分标准": "12分，完成1期得1分",
    指标内容: "反映报告期数",
    数据来源: "工作计划",
  };
  return TIDY_HEADER.map((h) => (h in over ? (over[h] ?? "") : base[h]));
}

export function gridOf(rows: CellValue[][], opts: { sheet?: string; merges?: CellRange[]; text?: string[][]; numberFormats?: string[][] } = {}): Grid {
  return { sheet: opts.sheet ?? "项目绩效目标表", origin: { row: 0, col: 0 }, values: rows, merges: opts.merges ?? [], text: opts.text, numberFormats: opts.numberFormats };
}

/** A tidy table: header on row 1, the given rows from row 2. */
export function tidyGrid(rows: CellValue[][], header: string[] = TIDY_HEADER): Grid {
  return gridOf([header, ...rows]);
}

export function workbook(...sheets: Grid[]): WorkbookGrids {
  return { sheets };
}

/** The issues of one code (or all), reduced to what tests assert: code, row, column. */
export function issuesOf(wb: WorkbookGrids | Grid, code?: string) {
  const grids = "sheets" in wb ? wb : workbook(wb);
  return validateWorkbook(grids)
    .issues.filter((i) => code === undefined || i.code === code)
    .map((i) => ({ code: i.code, row: i.row, column: i.column }));
}

/** The issues of one code as the checks made them, with their typed parameters: code, row, column, params. */
export function paramsOf(wb: WorkbookGrids | Grid, code: string) {
  const grids = "sheets" in wb ? wb : workbook(wb);
  return analyzeWorkbook(grids)
    .issues.filter((i) => i.code === code)
    .map((i) => ({ code: i.code, row: i.row, column: i.column, params: i.params }));
}
