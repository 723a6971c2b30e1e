/**
 * What Score writes, and never overwrites (DESIGN §5, issue 12): the ownership record decides
 * which cells are Score's; what staff typed stays and is compared (score-differs); a 绩效自评表
 * Score did not create is never replaced; a 自评表 target is scored in place.
 */
import { gridOf, tidyRow, TIDY_HEADER, workbook } from "../helpers/grids";
import type { CellValue, WorkbookGrids } from "../../src/core/grid";
import { applyToGrids as apply } from "../helpers/apply-grids";
import { scoreWorkbook } from "../../src/core";
import type { WritePlan } from "../../src/core/plan/types";

const HEADER = [...TIDY_HEADER, "实际完成值"];
const LOG = (rows: CellValue[][]) => gridOf([["日期", "三级指标", "完成值"], ...rows], { sheet: "完成情况台账" });
// One indicator worth 100: 完成1期得10分, target 10 期.
const target = (actual: CellValue) => gridOf([HEADER, [...tidyRow({ 三级指标: "报告期数", 指标值: 10, "评（扣）分标准": "100分，完成1期得10分" }), actual]]);

const writesTo = (plan: WritePlan, sheet: string) => plan.sheets.find((s) => s.sheet === sheet)?.writes ?? [];

describe("the ownership record", () => {
  it("fills an empty 实际完成值 from the log, and records it", () => {
    const wb = workbook(target(""), LOG([["2022-03-31", "报告期数", 8]]));
    const report = scoreWorkbook(wb);
    // 8 期 → 8 × 10 = 80
    expect(report.score.indicators[0]).toMatchObject({ actual: 8, score: 80 });
    expect(writesTo(report.plan, "项目绩效目标表").some((w) => w.row === 1 && w.col === 10 && w.value === 8)).toBe(true);
    expect(report.plan.sheets.map((s) => s.sheet)).toEqual(["项目绩效目标表", "绩效自评表", "_jixiao_record"]);
  });

  it("keeps a 实际完成值 staff typed, scores it as typed, and reports what the log gives (score-differs)", () => {
    const wb = workbook(target(9), LOG([["2022-03-31", "报告期数", 8]]));
    const report = scoreWorkbook(wb);
    // Typed 9 → 9 × 10 = 90; the log's 8 is reported beside it.
    expect(report.score.indicators[0]).toMatchObject({ actual: 9, score: 90 });
    expect(writesTo(report.plan, "项目绩效目标表").some((w) => w.row === 1 && w.col === 10)).toBe(false);
    const differs = report.issues.filter((i) => i.code === "score-differs");
    expect(differs.map((i) => [i.row, i.column, i.message])).toEqual([[2, "K", "已填写的实际完成值为 9，按评分标准计算为 8。评分保留已填写的值；如需按计算结果，请清空该单元格后再评分。"]]);
  });

  it("rewrites what an earlier Score wrote when the log changes (the cell is Score's by the record)", () => {
    const first = workbook(target(""), LOG([["2022-03-31", "报告期数", 8]]));
    const scored = apply(first, scoreWorkbook(first).plan);
    // The log grows to 10 entries' worth; the cell holding Score's 8 is Score's to update.
    const grown: WorkbookGrids = { sheets: scored.sheets.map((g) => (g.sheet === "完成情况台账" ? LOG([["2022-03-31", "报告期数", 10]]) : g)) };
    const again = scoreWorkbook(grown);
    expect(again.score.indicators[0]).toMatchObject({ actual: 10, score: 100 });
    expect(again.issues.filter((i) => i.code === "score-differs")).toEqual([]);
    expect(writesTo(again.plan, "项目绩效目标表").some((w) => w.row === 1 && w.col === 10 && w.value === 10)).toBe(true);
  });

  it("a value staff typed over Score's is theirs from then on", () => {
    const first = workbook(target(""), LOG([["2022-03-31", "报告期数", 8]]));
    const scored = apply(first, scoreWorkbook(first).plan);
    scored.sheets.find((g) => g.sheet === "项目绩效目标表")!.values[1][10] = 7;
    const again = scoreWorkbook(scored);
    // 7 typed → 70, kept; the log's 8 reported.
    expect(again.score.indicators[0]).toMatchObject({ actual: 7, score: 70 });
    expect(again.issues.filter((i) => i.code === "score-differs").map((i) => i.column)).toEqual(["K"]);
  });

  it("never replaces a 绩效自评表 it did not create: its own goes beside it", () => {
    const theirs = gridOf([["项目支出绩效自评表（单位填报）"], ["序号", "三级指标", "自评得分"], [1, "报告期数", 80]], { sheet: "绩效自评表" });
    const wb = workbook(target(""), LOG([["2022-03-31", "报告期数", 8]]), theirs);
    const plan = scoreWorkbook(wb).plan;
    expect(plan.sheets.map((s) => s.sheet)).toEqual(["项目绩效目标表", "绩效自评表（评分）", "_jixiao_record"]);
    // And on the next Score, its own (by the record) is replaced, theirs still untouched.
    const again = scoreWorkbook(apply(wb, plan)).plan;
    expect(again.sheets.map((s) => [s.sheet, s.create, s.replace ?? false])).toEqual([
      ["项目绩效目标表", false, false],
      ["绩效自评表（评分）", true, true],
      ["_jixiao_record", true, true],
    ]);
  });

  it("scores a target sheet named 绩效自评表 without --sheet, in place when it is a 自评表", () => {
    const selfEval = gridOf([[...TIDY_HEADER, "实际完成值", "得分"], [...tidyRow({ 三级指标: "报告期数", 指标值: 10, "评（扣）分标准": "100分，完成1期得10分" }), 8, ""]], { sheet: "绩效自评表" });
    const report = scoreWorkbook(workbook(selfEval));
    expect(report.sheet).toBe("绩效自评表");
    // The typed 8 → 80 into the empty 得分 cell; no copy of the sheet.
    expect(report.score.indicators[0]).toMatchObject({ actual: 8, score: 80 });
    expect(report.plan.sheets.map((s) => s.sheet)).toEqual(["绩效自评表", "_jixiao_record"]);
    expect(writesTo(report.plan, "绩效自评表").some((w) => w.row === 1 && w.col === 11 && w.value === 80)).toBe(true);
  });

  it("keeps a 得分 staff typed in a 自评表, and reports the computed one (score-differs)", () => {
    const selfEval = gridOf([[...TIDY_HEADER, "实际完成值", "得分"], [...tidyRow({ 三级指标: "报告期数", 指标值: 10, "评（扣）分标准": "100分，完成1期得10分" }), 8, 90]], { sheet: "绩效自评表" });
    const report = scoreWorkbook(workbook(selfEval));
    expect(writesTo(report.plan, "绩效自评表").some((w) => w.row === 1 && w.col === 11)).toBe(false);
    // 自评得分 90, computed 8 × 10 = 80
    expect(report.issues.filter((i) => i.code === "score-differs").map((i) => i.message)).toEqual(["已填写的得分为 90，按评分标准计算为 80。评分保留已填写的值；如需按计算结果，请清空该单元格后再评分。"]);
  });
});
