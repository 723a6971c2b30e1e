/** The CLI's score text: an unscored indicator says why, an incomplete score has no grade (DESIGN §5). */
import { formatScore } from "../../src/cli/format-score";
import type { IndicatorScore, ScoreResult } from "../../src/core/report";

const ind = (over: Partial<IndicatorScore>): IndicatorScore => ({
  row: 8,
  name: "编撰网络舆情分析研判报告期数",
  level1: "产出指标",
  level2: "数量指标",
  operator: "=",
  target: 12,
  unit: "期",
  actual: 12,
  full: 12,
  score: 12,
  rule: "per-unit",
  ...over,
});
const noEntries = { code: "no-log-entries", message: "台账中没有该指标的记录" } as const;
const incomplete: ScoreResult = {
  total: 12,
  max: 17,
  complete: false,
  grade: null,
  indicators: [ind({}), ind({ row: 10, name: "专报报送数", target: 5, actual: null, full: 5, score: null, reason: noEntries })],
};

describe("formatScore", () => {
  it("a complete score: the total and the grade, no reasons", () => {
    const text = formatScore({ total: 12, max: 12, complete: true, grade: "优", indicators: [ind({})] }, "zh-CN");
    expect(text.split("\n").at(-1)).toBe("总分 12 / 12，等级：优");
    expect(text).not.toContain("未评分");
  });

  it("an unscored indicator's line ends with 未评分 and its reason", () => {
    const lines = formatScore(incomplete, "zh-CN").split("\n");
    expect(lines[2]).toMatch(/^10 +专报报送数 +=5期 +— +—\/5 +未评分：台账中没有该指标的记录$/);
    expect(lines[1]).toMatch(/ 12\/12$/);
  });

  it("an incomplete score: 未评定（N 项未能评分） where the grade goes", () => {
    expect(formatScore(incomplete, "zh-CN").split("\n").at(-1)).toBe("总分 12 / 17，等级：未评定（1 项未能评分）");
    expect(formatScore(incomplete, "en").split("\n").at(-1)).toBe("Total 12 / 17, grade: not graded (1 indicator could not be scored)");
  });

  it("in English, the reason is read by its code", () => {
    expect(formatScore(incomplete, "en").split("\n")[2]).toMatch(/—\/5 +not scored: no log entries for this indicator$/);
  });

  it("nothing scored: no total, no grade — never 总分 0 / 0，等级：差", () => {
    const none: ScoreResult = { total: null, max: 0, complete: false, grade: null, indicators: [] };
    expect(formatScore(none, "zh-CN").split("\n").at(-1)).toBe("总分 — / 0，等级：未评定");
  });

  it("an unscored budget block says why", () => {
    const withBudget: ScoreResult = {
      ...incomplete,
      max: 27,
      budget: { full: 10, planned: 0, spent: 50, rate: null, score: null, reason: { code: "budget-no-plan", message: "全年预算数为空或为 0" } },
    };
    const lines = formatScore(withBudget, "zh-CN").split("\n");
    expect(lines).toContain("预算执行率 —，得分 —/10（未评分：全年预算数为空或为 0）");
    expect(lines.at(-1)).toBe("总分 12 / 27，等级：未评定（2 项未能评分）");
    expect(formatScore(withBudget, "en").split("\n")).toContain("Budget execution —, score —/10 (not scored: 全年预算数 (annual budget) is empty or 0)");
  });
});
