import { issuesOf, paramsOf, tidyGrid, tidyRow } from "../../../test/helpers/grids";

describe("level checks", () => {
  it("level1-invalid for a 一级 not in the taxonomy", () => {
    expect(issuesOf(tidyGrid([tidyRow({ 一级指标: "效果指标" })]), "level1-invalid")).toEqual([{ code: "level1-invalid", row: 2, column: "A" }]);
  });
  it("level2-invalid for a 二级 under the wrong 一级", () => {
    // 质量指标 belongs under 产出指标: the message says where to move the row.
    expect(paramsOf(tidyGrid([tidyRow({ 一级指标: "效益指标", 二级指标: "质量指标" })]), "level2-invalid")).toEqual([
      { code: "level2-invalid", row: 2, column: "B", params: { value: "质量指标", level1: "效益指标", parents: "产出指标" } },
    ]);
  });
  it("accepts both taxonomy editions", () => {
    const grid = tidyGrid([
      tidyRow({ 一级指标: "满意度指标", 二级指标: "服务对象满意度指标", 三级指标: "a", 指标内容: "a" }),
      tidyRow({ 一级指标: "效益指标", 二级指标: "社会公众或服务对象满意度指标", 三级指标: "b", 指标内容: "b" }),
      tidyRow({ 一级指标: "成本指标", 二级指标: "经济成本指标", 三级指标: "c", 指标内容: "c" }),
    ]);
    expect(issuesOf(grid).filter((i) => i.code.startsWith("level"))).toEqual([]);
  });
  it("inherits 一级 / 二级 from the nearest row above", () => {
    const grid = tidyGrid([tidyRow({ 三级指标: "a", 指标内容: "a" }), tidyRow({ 一级指标: "", 二级指标: "", 三级指标: "b", 指标内容: "b" })]);
    expect(issuesOf(grid).filter((i) => i.code.startsWith("level"))).toEqual([]);
  });
});
