/**
 * Score on real workbooks: the seed with a log that meets every target (100), a partial log whose
 * total is computed by hand below, typed actual values without a log, a 自评表 with a budget
 * block, and the write plan (实际完成值 column, 得分 lines, 得分合计, 绩效自评表).
 */
import { scoreWorkbook } from "../../src/core";
import { gridOf, tidyRow, TIDY_HEADER, workbook } from "../helpers/grids";
import { gridsFromXlsx } from "../helpers/xlsx-grids";
import { buildSeedWorkbook, buildSelfEvaluationWorkbook, buildTidyWorkbook } from "../fixtures/workbooks";

describe("Score on the seed table", () => {
  it("scores 100 (优) with a log that meets every target", async () => {
    const report = scoreWorkbook(await gridsFromXlsx(buildSeedWorkbook({ log: "full" })));
    expect(report.score).toMatchObject({ total: 100, max: 100, complete: true, grade: "优" });
    expect(report.score.indicators.map((i) => [i.row, i.actual, i.score, i.rule])).toEqual([
      [8, 12, 12, "per-unit"],
      [9, 48, 24, "per-unit"],
      [10, 3, 5, "per-unit"],
      [11, 12, 12, "per-unit"],
      [12, 4, 4, "per-unit"],
      [13, 240, 8, "per-unit"], // 240 × 0.04 = 9.6, capped at the full 8
      [15, "合格", 7, "all-or-nothing"],
      [17, 350, 7, "all-or-nothing"], // 350 天 ≤ 365 天
      [20, 100, 7, "all-or-nothing"],
      [22, 98.5, 7, "all-or-nothing"], // the latest reading (98.5%), not June's 97.8%
      [25, 98.6, 7, "all-or-nothing"],
    ]);
  });

  it("gives the hand-computed total for a partial log", async () => {
    const report = scoreWorkbook(await gridsFromXlsx(buildSeedWorkbook({ log: "partial" })));
    // 研判报告 10 of 12 × 1 = 10; 一周综述 40 × 0.5 = 20; 专报 none = 0 of 5;
    // 微信微博 12 = 12; 外宣 4 = 4; 选题 180 × 0.04 = 7.2 of 8; 质量 合格 7; 时限 7;
    // 舆论导向 7; 清朗 7; 满意度 95% < 98% → 0 of 7.
    // 10 + 20 + 0 + 12 + 4 + 7.2 + 7 + 7 + 7 + 7 + 0 = 81.2 → 良 (80–89).
    expect(report.score).toMatchObject({ total: 81.2, max: 100, complete: true, grade: "良" });
    const byRow = Object.fromEntries(report.score.indicators.map((i) => [i.row, i.score]));
    expect(byRow).toMatchObject({ 8: 10, 9: 20, 10: 0, 13: 7.2, 25: 0 });
    expect(report.issues.map((i) => i.code)).toContain("log-no-entries");
  });

  it("plans 实际完成值 in a new column W, the 得分 line under each rule, 得分合计 and the 自评表", async () => {
    const report = scoreWorkbook(await gridsFromXlsx(buildSeedWorkbook({ log: "full" })));
    const [target, self] = report.plan.sheets;
    expect(target.sheet).toBe("项目绩效目标表");
    const at = (row: number, col: number) => target.writes.find((w) => w.row === row && w.col === col);
    // W is column index 22; the header sits on the header's first row (row 4 = index 3).
    expect(at(3, 22)).toMatchObject({ value: "实际完成值", styleFrom: { row: 3, col: 16 } });
    expect(at(7, 22)?.value).toBe(12);
    expect(at(7, 16)?.value).toBe("12分，完成1期得1分\n得分：12");
    expect(at(25, 2)?.value).toBe("得分合计");
    expect(at(25, 16)?.value).toBe(100);
    expect(self).toMatchObject({ sheet: "绩效自评表", create: true, replace: true });
    expect(self.writes.find((w) => w.value === "总分")).toBeDefined();
  });
});

describe("Score without a log", () => {
  it("scores the 实际完成值 staff typed", () => {
    const header = [...TIDY_HEADER, "实际完成值"];
    const grid = gridOf([
      header,
      [...tidyRow({ 三级指标: "a", "评（扣）分标准": "50分，完成1期得50/12分" }), 6],
      [...tidyRow({ 三级指标: "b", 指标内容: "b", "评（扣）分标准": "50分，按完成比例得分" }), 6],
    ]);
    const report = scoreWorkbook(workbook(grid));
    // b: proportional 50 × min(1, 6/12) = 25.
    expect(report.score.indicators.find((i) => i.name === "b")).toMatchObject({ actual: 6, score: 25, rule: "proportional" });
    expect(report.issues.find((i) => i.code === "log-sheet-not-found")?.severity).toBe("info");
  });

  it("is an error to score with neither a log nor typed values", async () => {
    const report = scoreWorkbook(await gridsFromXlsx(buildSeedWorkbook({ log: "none" })));
    expect(report.issues.find((i) => i.code === "log-sheet-not-found")?.severity).toBe("error");
    expect(report.valid).toBe(false);
  });

  it("marks the total incomplete when a latest-value indicator has no data", async () => {
    const report = scoreWorkbook(await gridsFromXlsx(buildSeedWorkbook({ log: "none" })));
    expect(report.score.complete).toBe(false);
  });
});

describe("Score on a 自评表 with a budget block", () => {
  it("adds 分值 × min(1, 执行数 / 预算数) to the total", async () => {
    const report = scoreWorkbook(await gridsFromXlsx(buildSelfEvaluationWorkbook()));
    // 10 × 72.2 / 76 = 9.5.
    expect(report.score.budget).toMatchObject({ full: 10, planned: 76, spent: 72.2, score: 9.5 });
    // Indicators (default formula, no rule bodies known): 10 + 46/48 × 20 = 19.17 + 5 + 10 + 4 + 6
    // + 7 × 5 = 89.17; with the budget's 9.5 → 98.67 of 100 (优).
    expect(report.score).toMatchObject({ total: 98.67, max: 100, grade: "优" });
  });
});

describe("the tidy workbook with a log", () => {
  it("scores every indicator: sums 公里, deducts per 百分点, bands the 满意度", async () => {
    const report = scoreWorkbook(await gridsFromXlsx(buildTidyWorkbook({ withLog: true })));
    // 里程 60 + 65 = 125 ≥ 120 → 30; 优良率 83% vs 85%: 2 百分点 short × 2 = −4 → 16;
    // 按期 100% → 10; 成本 0.78 ≤ 0.8 → 10; 出行 改善 → 10; 年限 3 → 10; 满意度 92% ≥ 90% → 10.
    // 30 + 16 + 10 + 10 + 10 + 10 + 10 = 96.
    expect(report.score.indicators.map((i) => i.score)).toEqual([30, 16, 10, 10, 10, 10, 10]);
    expect(report.score).toMatchObject({ total: 96, complete: true, grade: "优" });
  });
});
