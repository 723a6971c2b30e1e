/**
 * Monitoring (DESIGN §9), every figure worked out by hand in the test: elapsed days count
 * 1 January through the as-of date inclusive; summed indicators are projected linearly.
 */
import { gridOf, tidyGrid, tidyRow, workbook } from "../../../test/helpers/grids";
import { InputError } from "../analyze";
import type { CellValue } from "../grid";
import { serialFromYmd } from "../log/dates";
import { daysInYear, parseAsOf, yearProgress } from "./calendar";
import { monitorWorkbook } from "./monitor";

const TITLE = ["2022年度项目绩效目标表", "", "", "", "", "", "", "", "", ""];

const TARGETS = [
  tidyRow({ 三级指标: "报告期数" }), // = 12 期, summed
  tidyRow({ 三级指标: "满意度", 指标性质: ">=", 指标值: 98, 度量单位: "%", "评（扣）分标准": "7分，达到标准得7分" }), // latest value
  tidyRow({ 三级指标: "质量", 指标性质: "=", 指标值: "合格", 度量单位: "", 指标属性: "定性指标", "评（扣）分标准": "7分，质量合格得7分" }),
  tidyRow({ 三级指标: "完成时间", 指标性质: "", 指标值: "2022年9月30日前", 度量单位: "", 指标属性: "定量指标", "评（扣）分标准": "5分，按时完成得5分" }),
  tidyRow({ 三级指标: "投诉次数", 指标性质: "<=", 指标值: 4, 度量单位: "次", "评（扣）分标准": "5分，达到标准得5分" }),
];

function monitor(logRows: CellValue[][], asOf: string, opts: { title?: boolean; targets?: CellValue[][] } = {}) {
  const target = tidyGrid(opts.targets ?? TARGETS);
  const grid = opts.title === false ? target : gridOf([TITLE, ...target.values]);
  const log = gridOf([["日期", "三级指标", "完成值"], ...logRows], { sheet: "完成情况台账" });
  const serial = parseAsOf(asOf);
  if (serial === null) throw new Error(`bad date ${asOf}`);
  const { monitor: m } = monitorWorkbook(workbook(grid, log), { asOf: serial });
  return { ...m, by: Object.fromEntries(m.indicators.map((i) => [i.name, i])) };
}

describe("the calendar", () => {
  it("counts 1 January through the as-of date inclusive", () => {
    expect(yearProgress(2022, serialFromYmd(2022, 6, 30))).toMatchObject({ elapsedDays: 181, daysInYear: 365 }); // 31+28+31+30+31+30
    expect(yearProgress(2022, serialFromYmd(2022, 1, 1))).toMatchObject({ elapsedDays: 1 });
    expect(yearProgress(2022, serialFromYmd(2022, 12, 31))).toMatchObject({ elapsedDays: 365 });
  });
  it("has 366 days in a leap year, and 29 February is day 60", () => {
    expect(daysInYear(2024)).toBe(366);
    expect(daysInYear(1900)).toBe(365);
    expect(daysInYear(2000)).toBe(366);
    expect(yearProgress(2024, serialFromYmd(2024, 2, 29))).toMatchObject({ elapsedDays: 60, daysInYear: 366 });
  });
  it("is null outside the year, and reads the ways staff write a date", () => {
    expect(yearProgress(2022, serialFromYmd(2023, 1, 1))).toBeNull();
    expect(yearProgress(2022, serialFromYmd(2021, 12, 31))).toBeNull();
    expect(parseAsOf("2022/8/31")).toBe(serialFromYmd(2022, 8, 31));
    expect(parseAsOf("2022年8月31日")).toBe(serialFromYmd(2022, 8, 31));
    expect(parseAsOf("2022-02-30")).toBeNull();
    expect(parseAsOf("明天")).toBeNull();
  });
});

describe("summed indicators", () => {
  it("projects the count to date over the year: 5 期 by 30 June → 5 / 181 × 365 = 10.08 (有可能, ≥ 80 % of 12)", () => {
    const m = monitor([["2022-01-31", "报告期数", 1], ["2022-03-31", "报告期数", 2], ["2022-06-30", "报告期数", 2], ["2022-07-31", "报告期数", 3]], "2022-06-30");
    const r = m.by["报告期数"];
    // 5 × 365 / 181 = 1825 / 181 = 10.0828… → 10.08; 10.08 / 12 = 0.84 ≥ 0.8.
    expect(r).toMatchObject({ toDate: 5, projected: 10.08, projection: "linear", deviation: -1.92, likelihood: "有可能", light: "yellow", entries: 3, later: 1 });
  });
  it("is 确定能 when the projection meets the target: 6 by 30 June → 12.1", () => {
    const m = monitor([["2022-06-01", "报告期数", 6]], "2022-06-30");
    // 6 × 365 / 181 = 12.099… → 12.1 ≥ 12.
    expect(m.by["报告期数"]).toMatchObject({ toDate: 6, projected: 12.1, likelihood: "确定能", light: "green" });
  });
  it("is 完全不可能 below 80 %: 4 by 30 June → 8.07 (0.67 of 12)", () => {
    // 4 × 365 / 181 = 8.066… → 8.07.
    expect(monitor([["2022-05-01", "报告期数", 4]], "2022-06-30").by["报告期数"]).toMatchObject({ projected: 8.07, likelihood: "完全不可能", light: "red" });
  });
  it("projects over 366 days in a leap year: 2 by 29 February 2024 → 2 / 60 × 366 = 12.2", () => {
    const title = ["2024年度项目绩效目标表", "", "", "", "", "", "", "", "", ""];
    const target = tidyGrid([TARGETS[0]]);
    const log = gridOf([["日期", "三级指标", "完成值"], ["2024-02-29", "报告期数", 2]], { sheet: "完成情况台账" });
    const { monitor: m } = monitorWorkbook(workbook(gridOf([title, ...target.values]), log), { asOf: serialFromYmd(2024, 2, 29) });
    expect(m).toMatchObject({ year: 2024, elapsedDays: 60, daysInYear: 366 });
    expect(m.indicators[0]).toMatchObject({ toDate: 2, projected: 12.2, likelihood: "确定能" });
  });
  it("judges a lower-is-better target by target ÷ projection: 2 complaints by 30 June → 4.03 against ≤ 4", () => {
    // 2 × 365 / 181 = 4.033… → 4.03 > 4, and 4 / 4.03 = 0.99 ≥ 0.8: 有可能.
    expect(monitor([["2022-03-01", "投诉次数", 1], ["2022-04-01", "投诉次数", 1]], "2022-06-30").by["投诉次数"]).toMatchObject({ projected: 4.03, likelihood: "有可能" });
    // 3 × 365 / 181 = 6.05; 4 / 6.05 = 0.66: 完全不可能.
    expect(monitor([["2022-03-01", "投诉次数", 3]], "2022-06-30").by["投诉次数"]).toMatchObject({ projected: 6.05, likelihood: "完全不可能" });
    // None yet: 0 ≤ 4 already.
    expect(monitor([], "2022-06-30").by["投诉次数"]).toMatchObject({ toDate: 0, projected: 0, likelihood: "确定能" });
  });
});

describe("latest-value, qualitative and date indicators", () => {
  it("keeps the latest value to date and ignores later entries", () => {
    const m = monitor([["2022-03-31", "满意度", 0.97], ["2022-06-15", "满意度", 0.985], ["2022-11-30", "满意度", 0.9]], "2022-06-30");
    // 98.5 % ≥ 98 %: met as it stands; the November entry is after the date.
    expect(m.by["满意度"]).toMatchObject({ toDate: 98.5, projected: 98.5, projection: "latest", deviation: 0.5, likelihood: "确定能", entries: 2, later: 1 });
  });
  it("says 有可能 for 80 % of a latest-value target and for nothing logged yet", () => {
    // 80 / 98 = 0.816 ≥ 0.8.
    expect(monitor([["2022-06-01", "满意度", 0.8]], "2022-06-30").by["满意度"]).toMatchObject({ toDate: 80, likelihood: "有可能" });
    expect(monitor([], "2022-06-30").by["满意度"]).toMatchObject({ toDate: null, projected: null, projection: "none", likelihood: "有可能", light: "yellow" });
  });
  it("judges a qualitative indicator by its latest text", () => {
    expect(monitor([["2022-05-01", "质量", "合格"]], "2022-06-30").by["质量"]).toMatchObject({ toDate: "合格", likelihood: "确定能" });
    expect(monitor([["2022-05-01", "质量", "不合格"]], "2022-06-30").by["质量"]).toMatchObject({ toDate: "不合格", likelihood: "完全不可能", light: "red" });
    expect(monitor([], "2022-06-30").by["质量"]).toMatchObject({ toDate: null, likelihood: "有可能" });
  });
  it("has a date target met, still possible while the deadline is ahead, or missed", () => {
    expect(monitor([["2022-06-20", "完成时间", "2022-06-20"]], "2022-06-30").by["完成时间"]).toMatchObject({ target: "2022-09-30", projection: "date", likelihood: "确定能" });
    expect(monitor([], "2022-06-30").by["完成时间"]).toMatchObject({ toDate: null, likelihood: "有可能" });
    // 30 September is the last day it can still be on time.
    expect(monitor([], "2022-09-30").by["完成时间"]).toMatchObject({ likelihood: "有可能" });
    expect(monitor([], "2022-10-01").by["完成时间"]).toMatchObject({ likelihood: "完全不可能", light: "red" });
    expect(monitor([["2022-10-08", "完成时间", "2022-10-08"]], "2022-10-31").by["完成时间"]).toMatchObject({ likelihood: "完全不可能" });
  });
});

describe("the project's year", () => {
  it("refuses an as-of date outside the year the title names, saying which dates work", () => {
    expect(() => monitor([], "2023-01-15")).toThrow(InputError);
    expect(() => monitor([], "2023-01-15")).toThrow("监控日 2023-01-15 不在项目年度 2022 年内：请用 2022-01-01 到 2022-12-31 之间的日期");
  });
  it("takes the as-of date's year when the title names none", () => {
    expect(monitor([["2023-03-01", "报告期数", 3]], "2023-03-31", { title: false })).toMatchObject({ year: 2023, elapsedDays: 90 });
  });
});

describe("the budget", () => {
  // A 自评表-style block above the table: 年初预算数 | 全年预算数 | 全年执行数 | 分值.
  function withBudget(spent: number, asOf: string) {
    const blank = (n: number) => Array<CellValue>(n).fill("");
    const rows: CellValue[][] = [
      ["2022年度项目支出绩效自评表", ...blank(9)],
      ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", ...blank(5)],
      ["年度资金总额", 100, 120, spent, 10, ...blank(5)],
      ...tidyGrid([TARGETS[0]]).values,
    ];
    const log = gridOf([["日期", "三级指标", "完成值"]], { sheet: "完成情况台账" });
    return monitorWorkbook(workbook(gridOf(rows), log), { asOf: parseAsOf(asOf)! }).monitor.budget;
  }
  it("compares execution with the time elapsed and flags a lag of more than 10 points", () => {
    // 48 / 120 = 0.4; 181 / 365 = 0.4959; lag 9.59 points: not flagged; 0.4 / 0.4959 = 0.8066.
    expect(withBudget(48, "2022-06-30")).toEqual({ initial: 100, planned: 120, spent: 48, execution: 0.4, time: 0.4959, projectedRate: 0.8066, lagging: false });
    // 42 / 120 = 0.35; lag 14.59 points: flagged.
    expect(withBudget(42, "2022-06-30")).toMatchObject({ execution: 0.35, lagging: true });
  });
});
