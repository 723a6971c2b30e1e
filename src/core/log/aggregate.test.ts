import { gridOf, tidyGrid, tidyRow, workbook } from "../../../test/helpers/grids";
import { scoreWorkbook } from "../index";

/** Actual values from a log (DESIGN §3), read back from Score's report. */
function actuals(rows: (string | number)[][], targetRows = defaultTarget) {
  const log = gridOf([["日期", "三级指标", "完成值", "汇总方式"], ...rows], { sheet: "完成情况台账" });
  const report = scoreWorkbook(workbook(tidyGrid(targetRows), log));
  return Object.fromEntries(report.score.indicators.map((i) => [i.name, i.actual]));
}

const defaultTarget = [
  tidyRow({ 三级指标: "报告期数" }),
  tidyRow({ 三级指标: "满意度", 指标性质: ">=", 指标值: 98, 度量单位: "%", 指标内容: "b", "评（扣）分标准": "7分，达到标准得7分" }),
  tidyRow({ 三级指标: "质量", 指标性质: "=", 指标值: "合格", 度量单位: "", 指标属性: "定性指标", 指标内容: "c", "评（扣）分标准": "7分，质量合格得7分" }),
];

describe("aggregation", () => {
  it("sums count-like units with a blank value counting as one piece of work", () => {
    expect(actuals([["2022-01-31", "报告期数", ""], ["2022-02-28", "报告 期数", 2], ["2022-03-31", "报告期数", ""]])).toMatchObject({ 报告期数: 4 });
  });
  it("takes the latest entry by date for %, whatever the row order", () => {
    expect(actuals([["2022-12-31", "满意度", "98.5%"], ["2022-06-30", "满意度", "90%"]])).toMatchObject({ 满意度: 98.5 });
  });
  it("takes the latest entry by row order when undated, and the latest text for qualitative targets", () => {
    expect(actuals([["", "质量", "不合格"], ["", "质量", "合格"], ["", "满意度", 0.97], ["", "满意度", 0.99]])).toMatchObject({ 质量: "合格", 满意度: 99 });
  });
  it("follows a row's 汇总方式 over the default", () => {
    expect(actuals([["2022-06-30", "满意度", 96, "平均"], ["2022-12-31", "满意度", 100, "平均"], ["", "报告期数", 5, "最大"], ["", "报告期数", 3, "最大"]])).toMatchObject({
      满意度: 98,
      报告期数: 5,
    });
  });
});
