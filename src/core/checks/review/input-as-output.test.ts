import { tidyGrid, tidyRow } from "../../../../test/helpers/grids";
import { reviewIssues } from "../../../../test/helpers/review";

const fires = (over: Record<string, string | number>) =>
  reviewIssues(tidyGrid([tidyRow({ 指标内容: "x", ...over })])).filter((i) => i.code === "review-input-as-output");

describe("review-input-as-output", () => {
  it("fires on money put in, set as an output, at the name cell", () => {
    expect(fires({ 三级指标: "项目资金投入", 指标值: 50, 度量单位: "万元" })).toEqual([
      { code: "review-input-as-output", severity: "warning", row: 2, column: "C", field: "name", indicator: "项目资金投入", params: {} },
    ]);
  });
  it("fires on a funds rate (资金到位率) and on staff put in", () => {
    expect(fires({ 三级指标: "资金到位率", 指标值: "100%", 度量单位: "%" })).toHaveLength(1);
    expect(fires({ 三级指标: "投入人员数量", 度量单位: "人" })).toHaveLength(1);
    expect(fires({ 三级指标: "人员投入", 度量单位: "人" })).toHaveLength(1);
  });
  it("does not fire on outputs that mention funds, nor on 成本指标", () => {
    expect(fires({ 三级指标: "补助资金发放人数", 度量单位: "人" })).toEqual([]);
    expect(fires({ 三级指标: "培训场次", 度量单位: "场" })).toEqual([]);
    expect(fires({ 二级指标: "成本指标", 三级指标: "项目预算控制数", 度量单位: "万元" })).toEqual([]);
  });
  it("does not fire outside 产出指标", () => {
    expect(fires({ 一级指标: "效益指标", 二级指标: "经济效益指标", 三级指标: "带动社会资金投入", 度量单位: "万元" })).toEqual([]);
  });
});
