import { tidyGrid, tidyRow } from "../../../../test/helpers/grids";
import { reviewIssues } from "../../../../test/helpers/review";
import { analyzeWorkbook } from "../../analyze";
import { renderIssue } from "../../locales";
import { DEFAULT_CATEGORY_WEIGHTS } from ".";

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
    expect(of("review-category-missing", grid).map((i) => "category" in i.params && i.params.category)).toEqual(["产出指标", "效益指标"]);
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
    expect(of("review-category-missing", grid).map((i) => "category" in i.params && i.params.category)).toEqual(["效益指标"]);
  });
  it("notes a missing 满意度指标 [info] when the indicators name the people served", () => {
    const grid = tidyGrid([
      tidyRow({ 三级指标: "惠及农户数", 指标内容: "反映受益农户", 度量单位: "户" }),
      tidyRow({ 一级指标: "效益指标", 二级指标: "社会效益指标", 三级指标: "b", 指标内容: "b" }),
    ]);
    expect(of("review-category-missing", grid)).toEqual([
      { code: "review-category-missing", severity: "info", row: 1, column: "A", field: "level1", params: { category: "满意度指标", note: true } },
    ]);
  });
  it("makes no note when a 满意度 indicator is there, or nobody served is named", () => {
    const served = tidyRow({ 三级指标: "惠及农户数", 指标内容: "反映受益农户", 度量单位: "户" });
    const benefit = tidyRow({ 一级指标: "效益指标", 二级指标: "社会效益指标", 三级指标: "b", 指标内容: "b" });
    const satisfied = tidyRow({ 一级指标: "满意度指标", 二级指标: "服务对象满意度指标", 三级指标: "农户满意度", 指标内容: "s", 指标值: 90, 度量单位: "%" });
    expect(of("review-category-missing", tidyGrid([served, benefit, satisfied]))).toEqual([]);
    expect(of("review-category-missing", tidyGrid([tidyRow({ 三级指标: "修建道路长度", 指标内容: "道路", 度量单位: "公里" }), benefit]))).toEqual([]);
  });
  it("says so in the message, apart from the rule's wording", () => {
    const grid = tidyGrid([tidyRow({ 三级指标: "培训学生人数", 指标内容: "x", 度量单位: "人" })]);
    const messages = analyzeWorkbook({ sheets: [grid] }, { review: { weights: DEFAULT_CATEGORY_WEIGHTS } })
      .issues.filter((i) => i.code === "review-category-missing")
      .map((i) => renderIssue(i, "zh-CN").message);
    expect(messages).toEqual([
      "没有「效益指标」。绩效指标应同时包括产出指标和效益指标，请补充。",
      "没有「满意度指标」。项目有服务对象（指标中提到了群众、学生、农户等），原则上应设置服务对象满意度指标（提示，不作硬性要求）。",
    ]);
  });
});
