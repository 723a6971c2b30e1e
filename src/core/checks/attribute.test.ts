import { issuesOf, tidyGrid, tidyRow } from "../../../test/helpers/grids";

describe("attribute checks", () => {
  it("attribute-invalid for anything but 定量指标 / 定性指标", () => {
    const grid = tidyGrid([tidyRow({ 指标属性: "定量" }), tidyRow({ 三级指标: "b", 指标属性: "", 指标内容: "b" })]);
    expect(issuesOf(grid, "attribute-invalid")).toEqual([
      { code: "attribute-invalid", row: 2, column: "G" },
      { code: "attribute-invalid", row: 3, column: "G" },
    ]);
  });
  it("attribute-mismatch: 定量 with a qualitative word, 定性 with a numeric comparison", () => {
    const grid = tidyGrid([
      tidyRow({ 指标值: "良好" }),
      tidyRow({ 三级指标: "b", 指标属性: "定性指标", 指标性质: ">=", 指标值: 90, 指标内容: "b" }),
      tidyRow({ 三级指标: "c", 指标属性: "定性指标", 指标性质: "=", 指标值: "合格", 度量单位: "", 指标内容: "c", "评（扣）分标准": "7分，质量合格得7分" }),
    ]);
    expect(issuesOf(grid, "attribute-mismatch")).toEqual([
      { code: "attribute-mismatch", row: 2, column: "G" },
      { code: "attribute-mismatch", row: 3, column: "G" },
    ]);
  });
});
