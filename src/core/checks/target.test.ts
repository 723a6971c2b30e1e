import { gridOf, issuesOf, paramsOf, tidyGrid, tidyRow } from "../../../test/helpers/grids";

describe("target checks", () => {
  it("target-missing on a blank 指标值", () => {
    expect(issuesOf(tidyGrid([tidyRow({ 指标值: "" })]), "target-missing")).toEqual([{ code: "target-missing", row: 2, column: "E" }]);
  });
  it("target-not-number on a 定量 target that is neither a number nor a qualitative word", () => {
    expect(issuesOf(tidyGrid([tidyRow({ 指标值: "十二期左右" })]), "target-not-number")).toEqual([{ code: "target-not-number", row: 2, column: "E" }]);
  });
  it("target-out-of-range for a negative value and a percentage above 100", () => {
    const grid = tidyGrid([
      tidyRow({ 指标值: -4 }),
      tidyRow({ 三级指标: "b", 指标值: "120%", 度量单位: "", 指标内容: "b" }),
      tidyRow({ 三级指标: "c", 指标值: 101, 度量单位: "%", 指标内容: "c" }),
    ]);
    // A percentage by its % sign or by its unit: the message then says "above 100%", else "negative".
    expect(paramsOf(grid, "target-out-of-range")).toEqual([
      { code: "target-out-of-range", row: 2, column: "E", params: { value: "-4", percent: false } },
      { code: "target-out-of-range", row: 3, column: "E", params: { value: "120%", percent: true } },
      { code: "target-out-of-range", row: 4, column: "E", params: { value: "101", percent: true } },
    ]);
  });
  it("reads 0.98 formatted as a percentage as 98%, not out of range", () => {
    const rows = [tidyRow({ 指标值: 0.98, 度量单位: "" })];
    const grid = gridOf([[...tidyGrid([]).values[0]], ...rows], {
      numberFormats: [[], ["", "", "", "", "0%"]],
      text: [[], ["", "", "", "", "98%"]],
    });
    expect(issuesOf(grid, "target-out-of-range")).toEqual([]);
    // `=` on a percentage is suspicious: it shows the 98% was read as a percentage.
    expect(issuesOf(grid, "target-suspicious")).toEqual([{ code: "target-suspicious", row: 2, column: "E" }]);
  });
  it("target-suspicious for >= 100% and for = on a percentage, not for >= 98%", () => {
    const grid = tidyGrid([
      tidyRow({ 三级指标: "a", 指标性质: ">=", 指标值: 100, 度量单位: "%", 指标内容: "a" }),
      tidyRow({ 三级指标: "b", 指标性质: "=", 指标值: 98, 度量单位: "%", 指标内容: "b" }),
      tidyRow({ 三级指标: "c", 指标性质: ">=", 指标值: 98, 度量单位: "%", 指标内容: "c" }),
    ]);
    expect(paramsOf(grid, "target-suspicious")).toEqual([
      { code: "target-suspicious", row: 2, column: "E", params: { value: "100", kind: "full" } },
      { code: "target-suspicious", row: 3, column: "E", params: { value: "98", kind: "equals" } },
    ]);
  });
});
