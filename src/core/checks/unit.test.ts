import { issuesOf, paramsOf, tidyGrid, tidyRow } from "../../../test/helpers/grids";

describe("unit checks", () => {
  it("unit-missing on a 定量 row without a unit, not when the target carries %", () => {
    const grid = tidyGrid([tidyRow({ 度量单位: "" }), tidyRow({ 三级指标: "b", 指标值: "98%", 度量单位: "", 指标性质: ">=", 指标内容: "b" })]);
    expect(issuesOf(grid, "unit-missing")).toEqual([{ code: "unit-missing", row: 2, column: "F" }]);
  });
  it("unit-mismatch when the rule counts in another unit than the row", () => {
    const grid = tidyGrid([tidyRow({ 度量单位: "天", 指标性质: "<=", 指标值: 7, "评（扣）分标准": "7分，完成1篇得1分" })]);
    expect(paramsOf(grid, "unit-mismatch")).toEqual([{ code: "unit-mismatch", row: 2, column: "H", params: { ruleUnit: "篇", unit: "天" } }]);
  });
  it("no unit-mismatch when the units agree", () => {
    expect(issuesOf(tidyGrid([tidyRow()]), "unit-mismatch")).toEqual([]);
  });
});
