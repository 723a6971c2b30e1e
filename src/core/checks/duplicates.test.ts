import { paramsOf, tidyGrid, tidyRow } from "../../../test/helpers/grids";

describe("duplicates", () => {
  it("duplicate-indicator on the second row with the same name (width and spaces ignored)", () => {
    const grid = tidyGrid([tidyRow({ 三级指标: "编撰报告（期数）" }), tidyRow({ 三级指标: "编撰 报告(期数)", 指标内容: "另一个" })]);
    expect(paramsOf(grid, "duplicate-indicator")).toEqual([{ code: "duplicate-indicator", row: 3, column: "C", params: { firstRow: 2 } }]);
  });
  it("content-duplicate when another indicator has the same 指标内容", () => {
    const grid = tidyGrid([tidyRow({ 三级指标: "a" }), tidyRow({ 三级指标: "b" }), tidyRow({ 三级指标: "c", 指标内容: "不同" })]);
    expect(paramsOf(grid, "content-duplicate")).toEqual([{ code: "content-duplicate", row: 3, column: "I", params: { firstRow: 2, other: "a" } }]);
  });
});
