/**
 * Score never says more than it knows (DESIGN §5): every unscored indicator and an unscored budget
 * block carries its reason (a stable code and a message), an incomplete score has no grade, and a
 * score with nothing scored has no total either.
 */
import { gridOf, tidyRow, TIDY_HEADER, workbook } from "../../../test/helpers/grids";
import type { CellValue } from "../grid";
import { scoreWorkbook } from "../index";

const WITH_ACTUAL = [...TIDY_HEADER, "实际完成值"];
/** A tidy row with 实际完成值 typed (no log sheet). */
const typed = (over: Record<string, CellValue>, actual: CellValue) => [...tidyRow({ 指标内容: String(over.三级指标 ?? "x"), ...over }), actual];
const LOG_HEADER = ["日期", "三级指标", "完成值", "备注"];
const logOf = (...rows: CellValue[][]) => gridOf([LOG_HEADER, ...rows], { sheet: "完成情况台账" });
/** A 满意度 indicator: a latest-value (percentage) aggregation, not a sum. */
const satisfaction = (name: string) =>
  tidyRow({ 三级指标: name, 指标内容: name, 一级指标: "满意度指标", 二级指标: "服务对象满意度指标", 指标性质: ">=", 指标值: 90, 度量单位: "%", "评（扣）分标准": "10分，按完成比例得分" });

const scoreOf = (...sheets: Parameters<typeof workbook>) => scoreWorkbook(workbook(...sheets)).score;
const reasonOf = (score: ReturnType<typeof scoreOf>, name: string) => score.indicators.find((i) => i.name === name)?.reason;

describe("the reason of each unscored indicator", () => {
  it("no-log-entries: a latest-value indicator the log never names", () => {
    const score = scoreOf(gridOf([TIDY_HEADER, tidyRow({ 三级指标: "报告期数", 指标内容: "a" }), satisfaction("群众满意度")]), logOf(["2022-12-31", "报告期数", 12, ""]));
    expect(score.indicators.map((i) => [i.name, i.score, i.reason])).toEqual([
      ["报告期数", 12, undefined],
      ["群众满意度", null, { code: "no-log-entries", message: "台账中没有该指标的记录" }],
    ]);
  });

  it("no-log-value: log entries, but none with a value the indicator can use", () => {
    const score = scoreOf(gridOf([TIDY_HEADER, satisfaction("群众满意度")]), logOf(["2022-12-31", "群众满意度", "", ""]));
    expect(reasonOf(score, "群众满意度")).toEqual({ code: "no-log-value", message: "台账记录中没有可用的完成值" });
  });

  it("no-actual: no log sheet and nothing typed in 实际完成值", () => {
    const score = scoreOf(gridOf([WITH_ACTUAL, typed({ 三级指标: "a" }, 12), typed({ 三级指标: "b" }, "")]));
    expect(reasonOf(score, "a")).toBeUndefined();
    expect(reasonOf(score, "b")).toEqual({ code: "no-actual", message: "没有台账，实际完成值也未填写" });
  });

  it("rule-unparsed: no 分值 column and a rule text that states no points", () => {
    const score = scoreOf(gridOf([WITH_ACTUAL, typed({ 三级指标: "a", "评（扣）分标准": "按完成比例得分" }, 12)]));
    expect(score.indicators[0]).toMatchObject({ full: null, score: null, reason: { code: "rule-unparsed", message: "未填分值，评分标准中也读不出满分" } });
  });

  it("points-invalid: a 分值 that cannot be points", () => {
    const score = scoreOf(gridOf([[...WITH_ACTUAL, "分值"], [...typed({ 三级指标: "a", "评（扣）分标准": "" }, 12), -1]]));
    expect(score.indicators[0]).toMatchObject({ full: null, score: null, reason: { code: "points-invalid" } });
  });

  it("no-name: a row with an empty 三级指标", () => {
    const score = scoreOf(gridOf([WITH_ACTUAL, typed({ 三级指标: "", 指标内容: "内容" }, 12)]));
    expect(score.indicators[0]).toMatchObject({ name: "", score: null, reason: { code: "no-name", message: "三级指标名称为空" } });
  });

  it("target-not-comparable: a word against a number", () => {
    const score = scoreOf(gridOf([WITH_ACTUAL, typed({ 三级指标: "a", "评（扣）分标准": "12分" }, "进行中")]));
    expect(score.indicators[0]).toMatchObject({ actual: "进行中", score: null, reason: { code: "target-not-comparable", message: "实际完成值无法与指标值比较" } });
  });

  it("no-target: a numeric actual against an empty 指标值, under a rule that needs one", () => {
    const score = scoreOf(gridOf([WITH_ACTUAL, typed({ 三级指标: "a", "评（扣）分标准": "12分", 指标值: "" }, 5)]));
    expect(score.indicators[0]).toMatchObject({ target: null, score: null, reason: { code: "no-target" } });
  });

  it("says it in English when the report is in English", () => {
    const report = scoreWorkbook(workbook(gridOf([WITH_ACTUAL, typed({ 三级指标: "b" }, "")])), { lang: "en" });
    expect(report.score.indicators[0].reason).toEqual({ code: "no-actual", message: "no log sheet, and nothing typed in 实际完成值" });
  });
});

describe("the reason of an unscored budget block", () => {
  const withBudget = (planned: CellValue, spent: CellValue) =>
    gridOf([["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], [100, planned, spent, 10, "", ""], [], WITH_ACTUAL, typed({ 三级指标: "a", "评（扣）分标准": "90分，完成1期得7.5分" }, 12)]);

  it("budget-no-plan: 全年预算数 empty or 0", () => {
    for (const planned of ["", 0]) {
      const score = scoreOf(withBudget(planned, 50));
      expect(score.budget).toMatchObject({ score: null, reason: { code: "budget-no-plan", message: "全年预算数为空或为 0" } });
      // The indicators still count; the total is what was scored, and there is no grade.
      expect(score).toMatchObject({ total: 90, max: 100, complete: false, grade: null });
    }
  });

  it("budget-no-spent: 全年执行数 empty", () => {
    expect(scoreOf(withBudget(100, "")).budget).toMatchObject({ score: null, reason: { code: "budget-no-spent", message: "全年执行数为空" } });
  });

  it("a scored budget block has no reason", () => {
    const score = scoreOf(withBudget(100, 50));
    expect(score.budget).toEqual({ full: 10, planned: 100, spent: 50, rate: 0.5, score: 5 });
    expect(score).toMatchObject({ total: 95, complete: true, grade: "优" });
  });
});

describe("grade and total", () => {
  it("an incomplete score has grade: null, and keeps the total of what was scored", () => {
    const score = scoreOf(gridOf([WITH_ACTUAL, typed({ 三级指标: "a", "评（扣）分标准": "50分，完成1期得50/12分" }, 12), typed({ 三级指标: "b", "评（扣）分标准": "50分，完成1期得50/12分" }, "")]));
    expect(score).toMatchObject({ total: 50, max: 100, complete: false, grade: null });
  });

  it("a complete score has its grade", () => {
    const score = scoreOf(gridOf([WITH_ACTUAL, typed({ 三级指标: "a", "评（扣）分标准": "100分，按完成比例得分" }, 10)]));
    expect(score).toMatchObject({ total: 83.33, max: 100, complete: true, grade: "良" });
  });

  it("total: null and no grade when nothing at all was scored — never 0 分 差", () => {
    const score = scoreOf(gridOf([WITH_ACTUAL, typed({ 三级指标: "a" }, ""), typed({ 三级指标: "b" }, "")]));
    expect(score).toMatchObject({ total: null, max: 24, complete: false, grade: null });
    expect(score.indicators.map((i) => i.reason?.code)).toEqual(["no-actual", "no-actual"]);
  });

  it("total: null and no grade when there is no table to score", () => {
    // The profile is named even then (DESIGN §6: every report names the profile it used).
    expect(scoreOf(gridOf([["项目名称", "x"], ["说明", 1]]))).toEqual({ total: null, max: 0, complete: false, grade: null, indicators: [], profile: "default", profileLabel: "默认（财政部项目支出绩效自评）" });
  });
});
