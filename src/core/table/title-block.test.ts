import { gridOf } from "../../../test/helpers/grids";
import { filingUnit, readTitleBlock } from "./title-block";

describe("readTitleBlock", () => {
  it("reads the national 自评表's label | value rows, 实施单位 (盖章) included", () => {
    // The layout of the national 项目支出绩效自评表: title, then one label and its value per row.
    const grid = gridOf([
      ["项目支出绩效自评表", "", "", ""],
      ["（2022年度）", "", "", ""],
      ["项目名称", "", "区委网信办经费", ""],
      ["主管部门", "", "中共昆明市呈贡区委宣传部", ""],
      ["实施单位（盖章）", "", "区委网信办", ""],
      ["一级指标", "二级指标", "三级指标", "指标值"],
    ]);
    expect(readTitleBlock(grid, 5)).toEqual({ project: "区委网信办经费", department: "中共昆明市呈贡区委宣传部", implementer: "区委网信办" });
  });
  it("reads label and value side by side on one row, and a merged label", () => {
    const grid = gridOf(
      [
        ["项目名称", "", "城乡环境整治", "主管部门", "区城管局"],
        ["一级指标", "二级指标", "三级指标", "指标值", ""],
      ],
      { merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] },
    );
    expect(readTitleBlock(grid, 1)).toEqual({ project: "城乡环境整治", department: "区城管局" });
  });
  it("reads label：value in one cell (单位名称：…, 填报单位(盖章)：…)", () => {
    const grid = gridOf([["单位名称：中国共产党昆明市呈贡区委员会宣传部"], ["填报单位(盖章)：区财政局"], ["三级指标"]]);
    const block = readTitleBlock(grid, 2);
    expect(block).toEqual({ unit: "中国共产党昆明市呈贡区委员会宣传部" });
    expect(filingUnit(block)).toBe("中国共产党昆明市呈贡区委员会宣传部");
  });
  it("never reads at or below the header, nor a phrase that only starts like a label", () => {
    const grid = gridOf([["项目名称相关说明见附件", "x"], ["三级指标", "指标值"], ["项目名称", "不是标题"]]);
    expect(readTitleBlock(grid, 1)).toEqual({});
  });
  it("prefers 单位名称, then 主管部门, then 实施单位 for the filing unit", () => {
    expect(filingUnit({ department: "A", implementer: "B" })).toBe("A");
    expect(filingUnit({ implementer: "B" })).toBe("B");
    expect(filingUnit({})).toBe("");
  });
});
