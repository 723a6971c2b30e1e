import { tidyGrid, tidyRow } from "../../../../test/helpers/grids";
import { reviewIssues } from "../../../../test/helpers/review";

const of = (over: Record<string, string | number>) =>
  reviewIssues(tidyGrid([tidyRow({ 二级指标: "成本指标", 三级指标: "人均培训成本", 指标性质: "<=", 指标值: 500, 度量单位: "元", 指标内容: "x", ...over })])).filter(
    (i) => i.code === "review-cost-standard",
  );

describe("review-cost-standard", () => {
  it("fires on a 成本指标 whose basis names no standard, at its 数据来源 cell", () => {
    expect(of({ 数据来源: "工作计划" })).toEqual([
      { code: "review-cost-standard", severity: "warning", row: 2, column: "J", field: "source", indicator: "人均培训成本", params: {} },
    ]);
  });
  it("is quiet when the basis names a 预算支出标准 or 定额", () => {
    expect(of({ 数据来源: "《中央和国家机关培训费管理办法》预算支出标准" })).toEqual([]);
    expect(of({ 数据来源: "市级培训费定额" })).toEqual([]);
  });
  it("also checks a 成本指标 一级 of the current edition", () => {
    expect(of({ 一级指标: "成本指标", 二级指标: "经济成本指标", 数据来源: "" })).toHaveLength(1);
  });
});
