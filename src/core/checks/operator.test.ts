import { issuesOf, tidyGrid, tidyRow } from "../../../test/helpers/grids";

describe("operator-invalid", () => {
  it("accepts every width and spelling of the operators", () => {
    const ops = ["=", "＝", ">=", "≥", "＞＝", "≧", "<=", "≤", "≦", ">", "＞", "<", "＜", "定性"];
    const rows = ops.map((op, i) => tidyRow({ 三级指标: `指标名${i}`, 指标性质: op, 指标内容: `内容${i}` }));
    expect(issuesOf(tidyGrid(rows), "operator-invalid")).toEqual([]);
  });
  it("flags an unknown operator at its cell", () => {
    const grid = tidyGrid([tidyRow(), tidyRow({ 三级指标: "第二个", 指标性质: "≈", 指标内容: "b" })]);
    expect(issuesOf(grid, "operator-invalid")).toEqual([{ code: "operator-invalid", row: 3, column: "D" }]);
  });
  it("flags a quantitative row with no operator when the column exists", () => {
    const grid = tidyGrid([tidyRow({ 指标性质: "" })]);
    expect(issuesOf(grid, "operator-invalid")).toEqual([{ code: "operator-invalid", row: 2, column: "D" }]);
  });
});
