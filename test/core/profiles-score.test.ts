/**
 * Score under a scoring profile (DESIGN §10): for each field a small table where it changes the
 * score, the arithmetic by hand beside each expectation; then the 自评表 sample under `default`,
 * `yitihua` and `budget20` side by side.
 */
import { analyzeWorkbook, scoreWorkbook, BUDGET20_PROFILE, DEFAULT_PROFILE, YITIHUA_PROFILE, parseProfile, type ScoringProfile } from "../../src/core";
import type { CellValue, WorkbookGrids } from "../../src/core";
import { gridOf, tidyRow, TIDY_HEADER, workbook } from "../helpers/grids";
import { gridsFromXlsx } from "../helpers/xlsx-grids";
import { buildSelfEvaluationWorkbook } from "../fixtures/workbooks";

const WITH_ACTUAL = [...TIDY_HEADER, "实际完成值"];
const WITH_SCORE = [...TIDY_HEADER, "实际完成值", "得分"];
/** A tidy row with 实际完成值 typed (no log sheet), and optionally a typed 得分. */
const typed = (over: Record<string, CellValue>, actual: CellValue, score?: CellValue) => [
  ...tidyRow({ 指标内容: String(over.三级指标 ?? "x"), ...over }),
  actual,
  ...(score === undefined ? [] : [score]),
];
/** A budget block above the table: 全年预算数 100, 全年执行数 `spent`, 分值 `points` ("" = blank). */
const budgetRows = (spent: number, points: CellValue = 10): CellValue[][] => [["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], [100, 100, spent, points, "", ""], []];

/** A custom profile: `default` with `change` applied, through the same schema as a file. */
function custom(change: Partial<ScoringProfile>): ScoringProfile {
  const r = parseProfile({ ...JSON.parse(JSON.stringify(DEFAULT_PROFILE)), name: "custom", label: undefined, ...change });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.profile;
}

const scoreOf = (wb: WorkbookGrids, profile?: ScoringProfile) => scoreWorkbook(wb, profile ? { profile } : {});
const byName = (wb: WorkbookGrids, profile?: ScoringProfile) => Object.fromEntries(scoreOf(wb, profile).score.indicators.map((i) => [i.name, i.score]));

describe("reverseFormula: 反向 (lower is better) by ratio or linearly", () => {
  // 成本 ≤ 10 万元, 20 points, no rule body: the national default formula.
  const cost = (actual: number) => typed({ 三级指标: `成本${actual}`, 一级指标: "成本指标", 二级指标: "经济成本指标", 指标性质: "<=", 指标值: 10, 度量单位: "万元", "评（扣）分标准": "20分" }, actual);
  const wb = workbook(gridOf([WITH_ACTUAL, cost(9), cost(12), cost(25)]));

  it("ratio (default): N × min(1, target / actual)", () => {
    // 9 ≤ 10 → 20; 20 × 10 / 12 = 16.666… → 16.67; 20 × 10 / 25 = 8.
    expect(byName(wb)).toEqual({ 成本9: 20, 成本12: 16.67, 成本25: 8 });
  });

  it("linear (yitihua): N × max(0, 1 − (actual − target) / target), 0 at twice the target", () => {
    // 9 ≤ 10 → 20; 20 × (1 − (12 − 10) / 10) = 20 × 0.8 = 16; 20 × max(0, 1 − 15 / 10) = 0.
    expect(byName(wb, YITIHUA_PROFILE)).toEqual({ 成本9: 20, 成本12: 16, 成本25: 0 });
  });

  it("says what it did on each indicator it changed, and nothing on the others", () => {
    const [at9, at12] = scoreOf(wb, YITIHUA_PROFILE).score.indicators;
    expect(at9.adjustments).toBeUndefined();
    expect(at12.adjustments).toEqual([
      { code: "reverse-linear", from: 16.67, to: 16, message: "反向指标按线性公式计分：20 × max(0, 1 − (12 − 10) ÷ 10) = 16（按默认公式为 16.67）" },
    ]);
    // Under default no indicator carries adjustments: the JSON is what it was before profiles.
    expect(scoreOf(wb).score.indicators.some((i) => "adjustments" in i)).toBe(false);
  });

  it("also scores 按完成比例得分 on a 反向 row linearly", () => {
    const row = typed({ 三级指标: "单位成本", 一级指标: "成本指标", 二级指标: "经济成本指标", 指标性质: "<=", 指标值: 50, 度量单位: "元", "评（扣）分标准": "10分，按完成比例得分" }, 60);
    const one = workbook(gridOf([WITH_ACTUAL, row]));
    // ratio: 10 × 50 / 60 = 8.333… → 8.33; linear: 10 × (1 − 10 / 50) = 8.
    expect([byName(one).单位成本, byName(one, YITIHUA_PROFILE).单位成本]).toEqual([8.33, 8]);
  });
});

describe("zeroTarget: a target of 0 is never divided by, under either 反向 formula", () => {
  it("all or nothing: N when actual ≤ 0, else 0", () => {
    const row = (actual: number) => typed({ 三级指标: `事故${actual}`, 二级指标: "质量指标", 指标性质: "<=", 指标值: 0, 度量单位: "起", "评（扣）分标准": "10分" }, actual);
    const wb = workbook(gridOf([WITH_ACTUAL, row(0), row(1)]));
    // The only value zeroTarget takes: linear's (a − 0) / 0 would divide, so both give 10 and 0.
    expect(byName(wb)).toEqual({ 事故0: 10, 事故1: 0 });
    expect(byName(wb, YITIHUA_PROFILE)).toEqual({ 事故0: 10, 事故1: 0 });
  });
});

describe("budgetPoints: the budget block's 分值 when the block leaves it blank", () => {
  // 80 points of indicators, all met; 执行 90 of 100.
  const table = (points: CellValue) => workbook(gridOf([...budgetRows(90, points), WITH_ACTUAL, typed({ 三级指标: "a", "评（扣）分标准": "80分，按完成比例得分" }, 12)]));

  it("blank: 10 by default, 20 under budget20", () => {
    // default: 10 × 90 / 100 = 9; total 80 + 9 = 89 of 90.
    expect(scoreOf(table("")).score).toMatchObject({ total: 89, max: 90, budget: { full: 10, score: 9 } });
    // budget20: 20 × 90 / 100 = 18; total 80 + 18 = 98 of 100 → 优.
    const s = scoreOf(table(""), BUDGET20_PROFILE).score;
    expect(s).toMatchObject({ total: 98, max: 100, grade: "优", budget: { full: 20, score: 18 } });
    expect(s.budget?.adjustments).toEqual([{ code: "budget-points", from: 9, to: 18, message: "预算执行的分值未填写，按评分方案计 20 分：得分 18（按 10 分为 9）" }]);
  });

  it("blank: the indicators are to total 100 − the profile's points (weight-total)", () => {
    // 80 points of indicators: 10 short of default's 90, exactly budget20's 80.
    const codes = (p?: ScoringProfile) => scoreOf(table(""), p).issues.filter((i) => i.code === "weight-total").length;
    expect([codes(), codes(BUDGET20_PROFILE)]).toEqual([1, 0]);
  });

  it("written: the workbook's 分值 stands under every profile", () => {
    // 10 × 0.9 = 9 under both: the unit's own form says 10.
    expect(scoreOf(table(10), BUDGET20_PROFILE).score).toMatchObject({ total: 89, budget: { full: 10, score: 9 } });
    expect(scoreOf(table(10), BUDGET20_PROFILE).score.budget?.adjustments).toBeUndefined();
  });
});

describe("budgetFormula", () => {
  it("ratio is the one formula: 分值 × min(1, 执行数 / 预算数), capped at 分值", () => {
    // 10 × min(1, 120 / 100) = 10; 10 × 72 / 100 = 7.2. (A file naming another formula is refused: profiles.test.ts.)
    const wb = (spent: number) => workbook(gridOf([...budgetRows(spent), WITH_ACTUAL, typed({ 三级指标: "a", "评（扣）分标准": "90分，按完成比例得分" }, 12)]));
    expect([scoreOf(wb(120)).score.budget?.score, scoreOf(wb(72), YITIHUA_PROFILE).score.budget?.score]).toEqual([10, 7.2]);
  });
});

describe("qualitative.shares: what each 定性 outcome earns", () => {
  // 合格 targets, 10 points, default formula (no rule body).
  const row = (name: string, actual: string) => typed({ 三级指标: name, 二级指标: "质量指标", 指标性质: "定性", 指标值: "合格", 度量单位: "", 指标属性: "定性指标", "评（扣）分标准": "10分" }, actual);
  const wb = workbook(gridOf([WITH_ACTUAL, row("a", "合格"), row("b", "部分达成"), row("c", "未达成")]));

  it("default 1 / 0.6 / 0; a profile giving 部分达成 0.7 and 达成 0.95", () => {
    // default: 10 × 1 = 10, 10 × 0.6 = 6, 0.
    expect(byName(wb)).toEqual({ a: 10, b: 6, c: 0 });
    const own = custom({ qualitative: { shares: { achieved: 0.95, basically: 0.8, partly: 0.7, notAchieved: 0 }, staffChoice: false } });
    // 10 × 0.95 = 9.5, 10 × 0.7 = 7, 0.
    expect(byName(wb, own)).toEqual({ a: 9.5, b: 7, c: 0 });
    expect(scoreOf(wb, own).score.indicators[1].adjustments).toEqual([
      { code: "qualitative-share", from: 6, to: 7, message: "定性结果「部分达成」按满分的 70% 计：7（按默认比例为 6）" },
    ]);
  });
});

describe("qualitative.staffChoice: a typed 得分 within its outcome's band", () => {
  const row = (name: string, actual: string, score: CellValue) =>
    typed({ 三级指标: name, 二级指标: "质量指标", 指标性质: "定性", 指标值: "合格", 度量单位: "", 指标属性: "定性指标", "评（扣）分标准": "10分" }, actual, score);

  it("yitihua keeps 9 for 达成 (band 8–10) and 7 for 部分达成 (band 6–8); default keeps the rule's 10 and 6", () => {
    const wb = workbook(gridOf([WITH_SCORE, row("a", "合格", 9), row("b", "部分达成", 7)]));
    // 达成: [0.8 × 10, 1 × 10] = [8, 10] holds 9; 部分达成: [6, 8] holds 7.
    expect(byName(wb, YITIHUA_PROFILE)).toEqual({ a: 9, b: 7 });
    const y = scoreOf(wb, YITIHUA_PROFILE);
    expect(y.score.total).toBe(16); // 9 + 7
    expect(y.score.indicators[0].adjustments).toEqual([
      { code: "staff-score", from: 10, to: 9, message: "采用填写的得分 9：在「达成」的分值区间 8–10 分内（按评分标准计算为 10）" },
    ]);
    expect(y.issues.filter((i) => i.code === "score-differs" || i.code === "score-out-of-band")).toEqual([]);
    // default: the rule's 10 and 6, and score-differs says staff typed otherwise (DESIGN §4).
    const d = scoreOf(wb);
    expect(byName(wb)).toEqual({ a: 10, b: 6 });
    expect(d.issues.filter((i) => i.code === "score-differs").map((i) => `${i.column}${i.row}`)).toEqual(["L2", "L3"]);
  });

  it("outside the band is an error naming the band, and the rule's score counts", () => {
    const wb = workbook(gridOf([WITH_SCORE, row("a", "合格", 7)]));
    const y = scoreOf(wb, YITIHUA_PROFILE);
    // 7 < 8, the low edge of 达成's [8, 10]: the score stays 10 × 1 = 10.
    expect(y.score.indicators[0].score).toBe(10);
    const issue = y.issues.find((i) => i.code === "score-out-of-band");
    expect(issue).toMatchObject({ severity: "error", row: 2, column: "L", field: "score", indicator: "a" });
    expect(issue?.message).toBe("填写的得分 7 不在「达成」的分值区间 8–10 分内（评分方案「预算管理一体化系统」只允许在该区间内自选得分）。评分按评分标准计为 10；请改为区间内的分数，或清空该单元格。");
    expect(y.valid).toBe(false);
  });

  it("leaves a rule that states its own points alone (质量合格得10分 has no band)", () => {
    const wb = workbook(gridOf([WITH_SCORE, typed({ 三级指标: "a", 二级指标: "质量指标", 指标性质: "定性", 指标值: "合格", 度量单位: "", 指标属性: "定性指标", "评（扣）分标准": "10分，质量合格得10分" }, "合格", 9)]));
    const y = scoreOf(wb, YITIHUA_PROFILE);
    expect(y.score.indicators[0].score).toBe(10);
    expect(y.issues.map((i) => i.code)).toContain("score-differs");
  });
});

describe("grades: the band edges", () => {
  it("88 of 100 is 良 nationally, 优 with 优 from 85", () => {
    // 100 × min(1, 88 / 100) = 88.
    const wb = workbook(gridOf([WITH_ACTUAL, typed({ 三级指标: "a", 指标值: 100, 度量单位: "个", "评（扣）分标准": "100分，按完成比例得分" }, 88)]));
    expect(scoreOf(wb).score).toMatchObject({ total: 88, grade: "良" });
    expect(scoreOf(wb, custom({ grades: { excellent: 85, good: 75, fair: 60 } })).score).toMatchObject({ total: 88, grade: "优" });
  });
});

describe("categoryWeights: what review-weight-profile compares with", () => {
  it("产出 45, 效益 40, 满意度 15 is far from 50 : 30 : 10, near budget20's 40 : 30 : 10", () => {
    const row = (name: string, level1: string, level2: string, points: number) =>
      tidyRow({ 三级指标: name, 指标内容: name, 一级指标: level1, 二级指标: level2, "评（扣）分标准": `${points}分，按完成比例得分` });
    const wb = workbook(gridOf([TIDY_HEADER, row("a", "产出指标", "数量指标", 45), row("b", "效益指标", "社会效益指标", 40), row("c", "满意度指标", "服务对象满意度指标", 15)]));
    const review = (p: ScoringProfile) => analyzeWorkbook(wb, { review: { weights: p.categoryWeights } }).issues.filter((i) => i.code === "review-weight-profile").map((i) => i.params);
    // default, scaled to 100: 产出 50 × 100 / 90 = 55.56, |45 − 55.56| = 10.56 > 10 → flagged;
    // 效益 33.33 (6.67 off) and 满意度 11.11 (3.89 off) are within 10.
    expect(review(DEFAULT_PROFILE)).toEqual([{ category: "产出指标", points: 45, expected: 55.56 }]);
    // budget20, scaled to 100: 40 × 100 / 80 = 50 (5 off), 37.5 (2.5 off), 12.5 (2.5 off): none.
    expect(review(BUDGET20_PROFILE)).toEqual([]);
  });
});

describe("executionCaps: the total capped by the execution rate", () => {
  const caps = custom({ executionCaps: [{ below: 80, max: 89 }, { below: 70, max: 79 }, { below: 60, max: 69 }, { below: 50, max: 59 }] });
  const table = (spent: number) => workbook(gridOf([...budgetRows(spent), WITH_ACTUAL, typed({ 三级指标: "a", "评（扣）分标准": "90分，按完成比例得分" }, 12)]));

  it("75 % → at most 89; 55 % → at most 69; 85 % → no cap", () => {
    // 90 + 10 × 0.75 = 97.5: 优 by default; below 80 under the caps → 89 (良).
    expect(scoreOf(table(75)).score).toMatchObject({ total: 97.5, grade: "优" });
    const at75 = scoreOf(table(75), caps).score;
    expect(at75).toMatchObject({ total: 89, max: 100, grade: "良" });
    expect(at75.adjustments).toEqual([{ code: "execution-cap", from: 97.5, to: 89, message: "预算执行率 75% 低于 80%，总分最高 89 分：97.5 → 89" }]);
    // 90 + 5.5 = 95.5; below 80, 70 and 60 → the lowest cap, 69 (中).
    expect(scoreOf(table(55), caps).score).toMatchObject({ total: 69, grade: "中" });
    // 90 + 8.5 = 98.5; 85 is below none.
    expect(scoreOf(table(85), caps).score).toMatchObject({ total: 98.5, grade: "优" });
    expect(scoreOf(table(85), caps).score.adjustments).toBeUndefined();
  });
});

describe("overAchievement: 指标偏离 when the actual is far over the target", () => {
  const over = custom({ overAchievement: { above: 30, points: 2 } });
  const row = (name: string, actual: number, operator = ">=") => typed({ 三级指标: name, 指标性质: operator, 指标值: 100, 度量单位: "篇", "评（扣）分标准": "10分，按完成比例得分" }, actual);

  it("more than 30 % over loses 2 points; exactly 30 % over, or a 反向 row, does not", () => {
    const wb = workbook(gridOf([WITH_ACTUAL, row("a", 131), row("b", 130), row("c", 50, "<=")]));
    // a: 10 × min(1, 131 / 100) = 10; 131 > 100 × 1.3 → 10 − 2 = 8. b: 130 is not more → 10.
    // c: ≤ 100, actual 50 → 10 (lower is better: far under is good).
    expect(byName(wb)).toEqual({ a: 10, b: 10, c: 10 });
    expect(byName(wb, over)).toEqual({ a: 8, b: 10, c: 10 });
    expect(scoreOf(wb, over).score.indicators[0].adjustments).toEqual([
      { code: "over-achievement", from: 10, to: 8, message: "实际完成值 131 超过指标值 100 的 30% 以上（指标偏离），扣 2 分：10 → 8" },
    ]);
  });
});

describe("the report names the profile", () => {
  it("by name and by label in the report's language", () => {
    const wb = workbook(gridOf([WITH_ACTUAL, typed({ 三级指标: "a" }, 12)]));
    expect(scoreOf(wb).score).toMatchObject({ profile: "default", profileLabel: "默认（财政部项目支出绩效自评）" });
    expect(scoreWorkbook(wb, { profile: YITIHUA_PROFILE, lang: "en" }).score).toMatchObject({ profile: "yitihua", profileLabel: "预算管理一体化 (national budget system)" });
  });
});

/**
 * The 自评表 sample (src/sample/variants.ts) as staff would leave it: 报告完成时限 took 400 天
 * against ≤365天, and they typed 6 as the 得分 of 报告完成质量 (合格 against 合格).
 */
describe("the 自评表 sample under each built-in profile", () => {
  let wb: WorkbookGrids;
  beforeAll(async () => {
    wb = await gridsFromXlsx(buildSelfEvaluationWorkbook());
    const sheet = wb.sheets.find((g) => g.sheet === "项目支出绩效自评表")!;
    sheet.values[19][5] = "400天"; // F20, 实际完成值 of 报告完成时限
    sheet.values[18][7] = 6; // H19, 得分 of 报告完成质量
  });

  it("default 98.06, yitihua 97, budget20 98.06 (its 分值 says 10)", () => {
    const rows = (p: ScoringProfile) => Object.fromEntries(scoreOf(wb, p).score.indicators.map((i) => [i.row, i.score]));
    // Unchanged rows, every profile: 10; 20 × 46 / 48 = 19.17; 5; 10; 4; 6; 7; 7; 7 → 75.17.
    const same = { 13: 10, 14: 19.17, 15: 5, 16: 10, 17: 4, 18: 6, 21: 7, 22: 7, 23: 7 };
    // default: 质量 7 (the rule; 6 typed → score-differs); 时限 7 × 365 / 400 = 6.3875 → 6.39.
    expect(rows(DEFAULT_PROFILE)).toEqual({ ...same, 19: 7, 20: 6.39 });
    // yitihua: 质量 6 kept (达成, band 5.6–7); 时限 7 × (1 − 35 / 365) = 6.3288 → 6.33.
    expect(rows(YITIHUA_PROFILE)).toEqual({ ...same, 19: 6, 20: 6.33 });
    expect(rows(BUDGET20_PROFILE)).toEqual(rows(DEFAULT_PROFILE));
    // Budget 10 × 72.2 / 76 = 9.5 everywhere (the block states 分值 10).
    // default: 75.17 + 7 + 6.39 + 9.5 = 98.06 (优); yitihua: 75.17 + 6 + 6.33 + 9.5 = 97 (优).
    expect(scoreOf(wb).score).toMatchObject({ total: 98.06, max: 100, grade: "优", budget: { score: 9.5 } });
    expect(scoreOf(wb, YITIHUA_PROFILE).score).toMatchObject({ total: 97, max: 100, grade: "优", budget: { score: 9.5 } });
    expect(scoreOf(wb, BUDGET20_PROFILE).score).toMatchObject({ total: 98.06, max: 100, grade: "优", budget: { full: 10, score: 9.5 } });
    expect(scoreOf(wb, YITIHUA_PROFILE).score.indicators.filter((i) => i.adjustments).map((i) => [i.row, i.adjustments!.map((a) => a.code)])).toEqual([
      [19, ["staff-score"]],
      [20, ["reverse-linear"]],
    ]);
  });
});
