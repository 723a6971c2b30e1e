import { tidyGrid, tidyRow } from "../../../../test/helpers/grids";
import { reviewIssues } from "../../../../test/helpers/review";
import { analyzeWorkbook } from "../../analyze";

const rows = (n: number) =>
  Array.from({ length: n }, (_, k) => tidyRow({ 三级指标: `指标名称${k}`, 指标内容: `内容${k}`, "评（扣）分标准": `${k + 1}分` }));

describe("review-too-few", () => {
  it("fires on two indicators, at the header's 三级指标 cell", () => {
    expect(reviewIssues(tidyGrid(rows(2))).filter((i) => i.code === "review-too-few")).toEqual([
      { code: "review-too-few", severity: "warning", row: 1, column: "C", field: "name", params: { count: 2, min: 3 } },
    ]);
  });
  it("stays quiet on three", () => {
    expect(reviewIssues(tidyGrid(rows(3))).filter((i) => i.code === "review-too-few")).toEqual([]);
  });
  it("is off in plain Validate", () => {
    expect(analyzeWorkbook({ sheets: [tidyGrid(rows(1))] }).issues.filter((i) => i.code.startsWith("review-"))).toEqual([]);
  });
});
