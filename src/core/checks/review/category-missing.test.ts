import { tidyGrid, tidyRow } from "../../../../test/helpers/grids";
import { reviewIssues } from "../../../../test/helpers/review";

const of = (code: string, grid: ReturnType<typeof tidyGrid>) => reviewIssues(grid).filter((i) => i.code === code);

describe("review-category-missing", () => {
  it("names the missing 效益指标 when every indicator is an output", () => {
    const grid = tidyGrid([tidyRow({ 三级指标: "a", 指标内容: "a" }), tidyRow({ 三级指标: "b", 指标内容: "b" })]);
    expect(of("review-category-missing", grid)).toEqual([
      { code: "review-category-missing", severity: "warning", row: 1, column: "A", field: "level1", params: { category: "效益指标" } },
    ]);
  });
  it("names both when neither is there", () => {
    const grid = tidyGrid([tidyRow({ 一级指标: "满意度指标", 二级指标: "服务对象满意度指标", 三级指标: "a", 指标内容: "a" })]);
    expect(of("review-category-missing", grid).map((i) => i.params.category)).toEqual(["产出指标", "效益指标"]);
  });
  it("takes a label with its points (产出指标（50分）) as the category", () => {
    const grid = tidyGrid([
      tidyRow({ 一级指标: "产出指标（50分）", 三级指标: "a", 指标内容: "a" }),
      tidyRow({ 一级指标: "效益指标 30分", 二级指标: "社会效益指标", 三级指标: "b", 指标内容: "b" }),
    ]);
    expect(of("review-category-missing", grid)).toEqual([]);
  });
  it("counts the older edition's 满意度 under 效益 as satisfaction, not as 效益", () => {
    const grid = tidyGrid([
      tidyRow({ 三级指标: "a", 指标内容: "a" }),
      tidyRow({ 一级指标: "效益指标", 二级指标: "社会公众或服务对象满意度指标", 三级指标: "b", 指标内容: "b" }),
    ]);
    expect(of("review-category-missing", grid).map((i) => i.params.category)).toEqual(["效益指标"]);
  });
});
