import { tidyGrid, tidyRow } from "../../../../test/helpers/grids";
import { reviewIssues } from "../../../../test/helpers/review";

const out = (k: number, pts: number) => tidyRow({ 三级指标: `产出${k}`, 指标内容: `o${k}`, "评（扣）分标准": `${pts}分` });
const eff = (k: number, pts: number) => tidyRow({ 一级指标: "效益指标", 二级指标: "社会效益指标", 三级指标: `效益${k}`, 指标内容: `e${k}`, "评（扣）分标准": `${pts}分` });
const sat = (pts: number) => tidyRow({ 一级指标: "满意度指标", 二级指标: "服务对象满意度指标", 三级指标: "满意度", 指标内容: "s", "评（扣）分标准": `${pts}分` });
const of = (rows: ReturnType<typeof tidyRow>[]) => reviewIssues(tidyGrid(rows)).filter((i) => i.code === "review-weight-profile");

describe("review-weight-profile", () => {
  it("without a budget block compares with 50 : 30 : 10 scaled to 100 (55.56 / 33.33 / 11.11)", () => {
    // 80 + 10 + 10 = 100. 产出 80 vs 50 × 100/90 = 55.56 (24.44 off), 效益 10 vs 33.33 (23.33 off),
    // 满意度 10 vs 11.11 (1.11 off: fine).
    expect(of([out(1, 40), out(2, 40), eff(1, 10), sat(10)])).toEqual([
      { code: "review-weight-profile", severity: "warning", row: 1, column: "A", field: "level1", params: { category: "产出指标", points: 80, expected: 55.56 } },
      { code: "review-weight-profile", severity: "warning", row: 1, column: "A", field: "level1", params: { category: "效益指标", points: 10, expected: 33.33 } },
    ]);
  });
  it("accepts moves of up to 10 points (产出 60, 效益 30, 满意度 10)", () => {
    // 60 − 55.56 = 4.44, 30 − 33.33 = −3.33, 10 − 11.11 = −1.11: all within 10.
    expect(of([out(1, 60), eff(1, 30), sat(10)])).toEqual([]);
  });
  it("uses the weights given (a profile's), not only the defaults", () => {
    // weights 40 : 40 : 20 → scaled to 100: 40, 40, 20; 产出 60 is 20 off, 效益 30 is 10 off (fine), 满意度 10 is 10 off (fine).
    const issues = reviewIssues(tidyGrid([out(1, 60), eff(1, 30), sat(10)]), { output: 40, benefit: 40, satisfaction: 20, budget: 0 }).filter(
      (i) => i.code === "review-weight-profile",
    );
    expect(issues.map((i) => i.params)).toEqual([{ category: "产出指标", points: 60, expected: 40 }]);
  });
  it("does not compare a category whose points cannot all be read", () => {
    // 产出 has a rule with no points (rule-unparsed says so): only 效益 10 vs 33.33 is compared.
    const unreadable = tidyRow({ 三级指标: "产出x", 指标内容: "ox", "评（扣）分标准": "按完成情况评分" });
    expect(of([out(1, 80), unreadable, eff(1, 10), sat(10)]).map((i) => "category" in i.params && i.params.category)).toEqual(["效益指标"]);
  });
  it("is quiet when no points at all can be read (no 满意度 0 against 11.11 on a table without a rule column)", () => {
    const noPoints = (k: number) => tidyRow({ 三级指标: `产出${k}`, 指标内容: `o${k}`, "评（扣）分标准": "按完成情况评分" });
    expect(of([noPoints(1), noPoints(2)])).toEqual([]);
  });
});
