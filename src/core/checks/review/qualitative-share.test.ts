import { tidyGrid, tidyRow } from "../../../../test/helpers/grids";
import { reviewIssues } from "../../../../test/helpers/review";

const qual = (k: number) => tidyRow({ 三级指标: `定性${k}`, 指标内容: `q${k}`, 指标性质: "定性", 指标值: "合格", 度量单位: "", 指标属性: "定性指标", "评（扣）分标准": "5分" });
const quant = (k: number) => tidyRow({ 三级指标: `定量${k}`, 指标内容: `n${k}`, "评（扣）分标准": "5分" });
const of = (rows: ReturnType<typeof tidyRow>[]) => reviewIssues(tidyGrid(rows)).filter((i) => i.code === "review-qualitative-share");

describe("review-qualitative-share", () => {
  it("fires when more than half are 定性 (3 of 5), at the 指标属性 header", () => {
    expect(of([qual(1), qual(2), qual(3), quant(1), quant(2)])).toEqual([
      { code: "review-qualitative-share", severity: "warning", row: 1, column: "G", field: "attribute", params: { qualitative: 3, count: 5 } },
    ]);
  });
  it("stays quiet at exactly half (2 of 4)", () => {
    expect(of([qual(1), qual(2), quant(1), quant(2)])).toEqual([]);
  });
});
