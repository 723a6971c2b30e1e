import { gridOf, tidyGrid, tidyRow, workbook } from "../../../test/helpers/grids";
import { validateWorkbook } from "../validate";
import { readTable } from "../table/read-table";

const brief = (grids: ReturnType<typeof workbook>) =>
  validateWorkbook(grids)
    .issues.filter((i) => i.code === "formula-uncached")
    .map((i) => ({ code: i.code, sheet: i.sheet, row: i.row, column: i.column, field: i.field }));

describe("formula-uncached in the target table", () => {
  it("once per cell: a merged 一级 over two indicators is one cell, at its master", () => {
    const grid = tidyGrid([tidyRow({ 三级指标: "甲" }), tidyRow({ 一级指标: "", 三级指标: "乙", 指标值: "" })]);
    grid.merges = [{ top: 1, left: 0, bottom: 2, right: 0 }];
    grid.values[1][0] = "";
    grid.uncachedFormulas = [
      { r: 1, c: 0 },
      { r: 2, c: 4 },
    ];
    expect(brief(workbook(grid))).toEqual([
      { code: "formula-uncached", sheet: "项目绩效目标表", row: 2, column: "A", field: "level1" },
      { code: "formula-uncached", sheet: "项目绩效目标表", row: 3, column: "E", field: "target" },
    ]);
    const table = readTable(grid)!;
    expect(table.unknownFields.get(1)).toEqual(new Set(["level1"]));
    expect(table.unknownFields.get(2)).toEqual(new Set(["level1", "target"]));
    // The unknown fields' own checks stay quiet: not missing, unknown.
    const codes = validateWorkbook(workbook(grid)).issues.map((i) => i.code);
    expect(codes).not.toContain("target-missing");
    expect(codes).not.toContain("level1-invalid");
  });

  it("a grid without uncachedFormulas (Office.js) reads as before", () => {
    const grid = tidyGrid([tidyRow()]);
    expect(readTable(grid)!.uncached).toEqual([]);
    expect(brief(workbook(grid))).toEqual([]);
  });

  it("log rows: only the cells an entry needs, and only on rows that name an indicator", () => {
    const target = tidyGrid([tidyRow()]);
    const log = gridOf(
      [
        ["日期", "三级指标", "完成值", "备注"],
        [44651, "编撰报告期数", "", ""],
        [44652, "编撰报告期数", 2, ""],
        [44653, "", "", ""],
      ],
      { sheet: "完成情况台账" },
    );
    // The remark (D) is not needed; row 4 names no indicator.
    log.uncachedFormulas = [
      { r: 1, c: 2 },
      { r: 2, c: 3 },
      { r: 3, c: 2 },
    ];
    expect(brief(workbook(target, log))).toEqual([{ code: "formula-uncached", sheet: "完成情况台账", row: 2, column: "C", field: "log" }]);
  });
});
