import { issuesOf, tidyGrid, tidyRow } from "../../../test/helpers/grids";

describe("name-missing, source-missing, placeholder", () => {
  it("name-missing on a row with a target and rule but no name", () => {
    expect(issuesOf(tidyGrid([tidyRow({ 三级指标: "" })]), "name-missing")).toEqual([{ code: "name-missing", row: 2, column: "C" }]);
  });
  it("source-missing on a blank 数据来源", () => {
    expect(issuesOf(tidyGrid([tidyRow({ 数据来源: "" })]), "source-missing")).toEqual([{ code: "source-missing", row: 2, column: "J" }]);
  });
  it("placeholder for 空 where a value is needed, 指标1 and ……, and no second issue for the same cell", () => {
    const grid = tidyGrid([
      tidyRow({ 三级指标: "指标1" }),
      tidyRow({ 三级指标: "b", 指标值: "空", 指标内容: "b" }),
      tidyRow({ 三级指标: "……", 指标内容: "c" }),
    ]);
    expect(issuesOf(grid, "placeholder")).toEqual([
      { code: "placeholder", row: 2, column: "C" },
      { code: "placeholder", row: 3, column: "E" },
      { code: "placeholder", row: 4, column: "C" },
    ]);
    expect(issuesOf(grid, "target-missing")).toEqual([]);
  });
});
