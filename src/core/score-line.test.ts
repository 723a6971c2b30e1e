import { hasScoreLine, stripScoreLine, withScoreLine } from "./score-line";

describe("the 得分 line under a rule", () => {
  const rule = "12分，完成1期得1分";
  it("is added as the last line, the rule kept verbatim", () => {
    expect(withScoreLine(rule, 10)).toBe("12分，完成1期得1分\n得分：10");
  });
  it("is replaced, never doubled, when scoring again", () => {
    expect(withScoreLine(withScoreLine(rule, 10), 11.5)).toBe("12分，完成1期得1分\n得分：11.5");
  });
  it("is removed by Clear, also in its half-width form", () => {
    expect(stripScoreLine("12分，完成1期得1分\n得分:10")).toBe(rule);
    expect(hasScoreLine(rule)).toBe(false);
  });
  it("leaves a rule's own 得分 words alone", () => {
    expect(stripScoreLine("7分，质量合格得7分")).toBe("7分，质量合格得7分");
  });
  it("rounds to two decimals", () => {
    expect(withScoreLine(rule, 19.166666)).toBe("12分，完成1期得1分\n得分：19.17");
  });
});
