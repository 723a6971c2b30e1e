import { gridOf, issuesOf, tidyGrid, tidyRow, TIDY_HEADER, workbook } from "../../../test/helpers/grids";

describe("table checks", () => {
  it("table-not-found when no row has 三级指标 and 指标值", () => {
    expect(issuesOf(gridOf([["名称", "数值"], ["a", 1]]), "table-not-found")).toEqual([{ code: "table-not-found", row: 1, column: "" }]);
  });
  it("column-missing: error for a required field, warning for operator/unit/attribute not carried by values", () => {
    const header = TIDY_HEADER.filter((h) => !["二级指标", "指标性质", "度量单位", "指标属性"].includes(h));
    const row = tidyRow();
    const keep = TIDY_HEADER.map((h, i) => (header.includes(h) ? i : -1)).filter((i) => i >= 0);
    const grid = tidyGrid([keep.map((i) => row[i])], header);
    const issues = issuesOf(grid, "column-missing");
    expect(issues).toHaveLength(4);
    const { validateWorkbook } = jest.requireActual("../validate");
    const full = validateWorkbook(workbook(grid)).issues.filter((i: { code: string }) => i.code === "column-missing");
    expect(full.map((i: { field: string; severity: string }) => [i.field, i.severity])).toEqual([
      ["level2", "error"],
      ["operator", "warning"],
      ["unit", "warning"],
      ["attribute", "warning"],
    ]);
  });
  it("weight-total when the full points do not add up to 100", () => {
    const grid = tidyGrid([tidyRow({ 三级指标: "a", 指标内容: "a" }), tidyRow({ 三级指标: "b", 指标内容: "b" })]);
    expect(issuesOf(grid, "weight-total")).toEqual([{ code: "weight-total", row: 1, column: "H" }]);
  });
});
