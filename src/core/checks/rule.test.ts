import { issuesOf, paramsOf, tidyGrid, tidyRow, TIDY_HEADER } from "../../../test/helpers/grids";

describe("rule checks", () => {
  it("rule-missing on a blank 评（扣）分标准", () => {
    expect(issuesOf(tidyGrid([tidyRow({ "评（扣）分标准": "" })]), "rule-missing")).toEqual([{ code: "rule-missing", row: 2, column: "H" }]);
  });
  it("rule-unparsed when no full points can be read and there is no 分值 column", () => {
    expect(issuesOf(tidyGrid([tidyRow({ "评（扣）分标准": "质量合格得分" })]), "rule-unparsed")).toEqual([{ code: "rule-unparsed", row: 2, column: "H" }]);
  });
  it("no rule-unparsed when a 分值 column supplies the points", () => {
    const header = [...TIDY_HEADER, "分值"];
    const grid = tidyGrid([[...tidyRow({ "评（扣）分标准": "质量合格得分" }), 100]], header);
    expect(issuesOf(grid, "rule-unparsed")).toEqual([]);
  });
  it("rule-default (info) for a body that is none of the known forms", () => {
    const issues = issuesOf(tidyGrid([tidyRow({ "评（扣）分标准": "12分，根据工作成效评定" })]), "rule-default");
    expect(issues).toEqual([{ code: "rule-default", row: 2, column: "H" }]);
  });
  it("rule-inconsistent when points per unit × target differ from the full points", () => {
    const grid = tidyGrid([tidyRow({ 指标值: 10 }), tidyRow({ 三级指标: "b", 指标值: 12, 指标内容: "b" })]);
    // 12分，完成1期得1分 with target 10: 1 point per 1 期 earns 10 at the target, not 12.
    expect(paramsOf(grid, "rule-inconsistent")).toEqual([
      { code: "rule-inconsistent", row: 2, column: "H", params: { kind: "per-unit", points: 1, step: 1, target: 10, atTarget: 10, full: 12 } },
    ]);
  });
  it("reads 0.04 × 200 = 8 as consistent (no float noise)", () => {
    const grid = tidyGrid([tidyRow({ 指标性质: ">=", 指标值: 200, "评（扣）分标准": "8分，完成1期得0.04分" })]);
    expect(issuesOf(grid, "rule-inconsistent")).toEqual([]);
  });
});

describe("rule-judgement", () => {
  const judged = (rule: string) => issuesOf(tidyGrid([tidyRow({ "评（扣）分标准": rule, 指标值: 100, 度量单位: "%", 指标性质: "≥" })])).filter((i) => /rule-(judgement|default)/.test(i.code));
  it("for a band whose points are a range", () => {
    expect(judged("100分，达到90%以上（80分至100分），低于90%不得分")).toEqual([{ code: "rule-judgement", row: 2, column: "H" }]);
  });
  it("for occurrences deducted by kind", () => {
    expect(judged("100分，一般事故扣10分，严重事故扣20分")).toEqual([{ code: "rule-judgement", row: 2, column: "H" }]);
  });
  it("for 酌情扣分, instead of rule-default", () => {
    expect(judged("100分，根据完成情况酌情扣分")).toEqual([{ code: "rule-judgement", row: 2, column: "H" }]);
  });
  it("not for a plain rule", () => {
    expect(judged("100分，每低于1个百分点扣2分")).toEqual([]);
  });
});
