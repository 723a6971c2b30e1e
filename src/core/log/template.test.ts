/**
 * The log sheet made for staff (DESIGN §3): what log-template plans on a table without a log, on
 * names with commas and quotes, and again after an indicator was added (the list only).
 */
import { applyToGrids } from "../../../test/helpers/apply-grids";
import { gridOf, tidyGrid, tidyRow, workbook } from "../../../test/helpers/grids";
import { analyzeWorkbook, InputError } from "../analyze";
import type { WorkbookGrids } from "../grid";
import { serialFromYmd } from "./dates";
import { scoreWorkbook } from "../index";
import { INDICATOR_LIST_NAME, LIST_SHEET, logTemplatePlan, LOG_TEMPLATE_SHEET } from "./template";

const TITLE = ["2022年度项目绩效目标表", "", "", "", "", "", "", "", "", ""];
const NAMES = ["报告期数", "全国、涉滇、涉昆热点舆情选题期数", "完成率, 按季度", '群众评价"满意"率', "报告期数"];

function table(names = NAMES): WorkbookGrids {
  const rows = names.map((n) => tidyRow({ 三级指标: n }));
  return workbook(gridOf([TITLE, ...tidyGrid(rows).values]));
}

const templateOf = (wb: WorkbookGrids) => logTemplatePlan(wb, analyzeWorkbook(wb));

describe("log-template", () => {
  it("plans the log with its header, frozen, styled from the target's header, and the names on a very hidden sheet", () => {
    const wb = table();
    const { plan, names, listOnly, sheet } = templateOf(wb);
    expect(listOnly).toBe(false);
    expect(sheet).toBe(LOG_TEMPLATE_SHEET);
    // Each name once, in table order; commas and quotes kept as written.
    expect(names).toEqual(["报告期数", "全国、涉滇、涉昆热点舆情选题期数", "完成率, 按季度", '群众评价"满意"率']);
    const log = plan.sheets.find((s) => s.sheet === LOG_TEMPLATE_SHEET)!;
    expect(log.writes.map((w) => w.value)).toEqual(["日期", "三级指标", "完成值", "备注", "汇总方式"]);
    // The header of the tidy table is on grid row 1 (after the title), the names in column C.
    expect(log.writes[0].styleFrom).toEqual({ sheet: "项目绩效目标表", row: 1, col: 2 });
    expect(log.freeze).toEqual({ rows: 1 });
    const list = plan.sheets.find((s) => s.sheet === LIST_SHEET)!;
    expect(list).toMatchObject({ create: true, replace: true, state: "veryHidden" });
    expect(list.writes.map((w) => [w.row, w.col, w.value])).toEqual(names.map((n, i) => [i, 0, n]));
    expect(plan.names).toEqual([{ name: INDICATOR_LIST_NAME, sheet: LIST_SHEET, area: { top: 0, left: 0, bottom: 3, right: 0 } }]);
    // 三级指标 from the named list, 日期 within 2022, 汇总方式 from the six words.
    expect(log.validations!.map((v) => [v.area.left, v.rule])).toEqual([
      [0, { dateFrom: serialFromYmd(2022, 1, 1), dateTo: serialFromYmd(2022, 12, 31) }],
      [1, { listName: INDICATOR_LIST_NAME }],
      [4, { list: ["求和", "计数", "最新", "平均", "最大", "最小"] }],
    ]);
    // The longest name, 全国、涉滇、涉昆热点舆情选题期数, is 16 CJK characters: 32 + 2.
    expect(log.columnWidths![1]).toEqual({ col: 1, width: 34 });
  });

  it("gives a log that Score reads, with no unknown indicator when the names come from the dropdown", () => {
    const wb = table();
    const made = applyToGrids(wb, templateOf(wb).plan);
    const log = made.sheets.find((g) => g.sheet === LOG_TEMPLATE_SHEET)!;
    for (const name of templateOf(wb).names) log.values.push([serialFromYmd(2022, 3, 31), name, 1, "", ""]);
    const report = scoreWorkbook(made);
    expect(report.issues.filter((i) => i.code === "log-unknown-indicator")).toEqual([]);
    expect(report.issues.filter((i) => i.code === "log-sheet-not-found")).toEqual([]);
    // The list sheet is neither the target nor the log.
    expect(report.sheet).toBe("项目绩效目标表");
    // One entry each; the second 报告期数 (a duplicate name) gets none: the log matches a name to
    // its first indicator (DESIGN §3), and Validate warns about the duplicate.
    expect(report.score.indicators.map((i) => i.actual)).toEqual([1, 1, 1, 1, 0]);
  });

  it("updates only the list when run again after an indicator was added, leaving the log as staff filled it", () => {
    const wb = table();
    const made = applyToGrids(wb, templateOf(wb).plan);
    made.sheets.find((g) => g.sheet === LOG_TEMPLATE_SHEET)!.values.push([serialFromYmd(2022, 3, 31), "报告期数", 2, "第一季度", ""]);
    const grown = applyToGrids(made, { sheets: [] });
    const target = grown.sheets[0];
    target.values.push(tidyRow({ 三级指标: "新增指标" }));
    const again = templateOf(grown);
    expect(again.listOnly).toBe(true);
    expect(again.plan.sheets.map((s) => s.sheet)).toEqual([LIST_SHEET]);
    expect(again.names.at(-1)).toBe("新增指标");
    expect(again.plan.names![0].area.bottom).toBe(4);
  });

  it("refuses, saying what to do, when a sheet of that name is not a log, or there is no table", () => {
    const wb = table();
    wb.sheets.push(gridOf([["随便写的"]], { sheet: LOG_TEMPLATE_SHEET }));
    expect(() => templateOf(wb)).toThrow(InputError);
    expect(() => templateOf(wb)).toThrow("请补上表头，或把它改名后再生成台账");
    const none = workbook(gridOf([["没有表"]]));
    expect(() => templateOf(none)).toThrow("没有找到指标表");
  });

  it("leaves out the date check when the table names no year", () => {
    const wb = workbook(tidyGrid([tidyRow()]));
    const log = templateOf(wb).plan.sheets.find((s) => s.sheet === LOG_TEMPLATE_SHEET)!;
    expect(log.validations!.map((v) => v.area.left)).toEqual([1, 4]);
  });
});
