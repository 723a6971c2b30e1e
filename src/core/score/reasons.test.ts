/** The reason codes and their words, and the words for a score without a grade (DESIGN §5). */
import type { ScoreResult } from "../report";
import { gradeText, notGradedText, notScoredText, reasonMessage, reasonText, unscoredCount, UNSCORED_REASON_CODES } from "./reasons";

describe("unscored reasons", () => {
  it("the codes are the stable set outside tools read", () => {
    expect(UNSCORED_REASON_CODES).toEqual([
      "no-name",
      "rule-unparsed",
      "points-invalid",
      "no-log-entries",
      "no-log-value",
      "no-actual",
      "no-target",
      "target-not-comparable",
      "budget-no-plan",
      "budget-no-spent",
      "formula-uncached",
    ]);
  });

  it("every code has a message in Chinese and in English, each its own", () => {
    for (const lang of ["zh-CN", "en"] as const) {
      const messages = UNSCORED_REASON_CODES.map((c) => reasonMessage(c, lang));
      expect(messages.every((m) => m.length > 0)).toBe(true);
      expect(new Set(messages).size).toBe(messages.length);
    }
    expect(reasonMessage("no-log-entries")).toBe("台账中没有该指标的记录");
    expect(reasonMessage("no-log-entries", "en")).toBe("no log entries for this indicator");
  });

  it("reads a reason in either language by its code; an unknown code keeps its message", () => {
    const reason = { code: "no-actual", message: "没有台账，实际完成值也未填写" } as const;
    expect(reasonText(reason, "en")).toBe("no log sheet, and nothing typed in 实际完成值");
    expect(notScoredText(reason, "zh-CN")).toBe("未评分：没有台账，实际完成值也未填写");
    expect(notScoredText(reason, "en")).toBe("not scored: no log sheet, and nothing typed in 实际完成值");
    expect(notScoredText(undefined, "zh-CN")).toBe("未评分");
    const foreign = { code: "from-elsewhere", message: "别处的原因" } as unknown as typeof reason;
    expect(reasonText(foreign, "en")).toBe("别处的原因");
  });
});

describe("the words where the grade goes", () => {
  const result = (over: Partial<ScoreResult>): ScoreResult => ({ total: 90, max: 100, complete: true, grade: "优", indicators: [], ...over });
  const ind = (score: number | null) =>
    ({ row: 1, name: "n", level1: "", level2: "", operator: null, target: null, unit: "", actual: null, full: 10, score, rule: "default" }) as const;

  it("未评定（N 项未能评分） / not graded (N indicators could not be scored)", () => {
    expect(notGradedText(2, "zh-CN")).toBe("未评定（2 项未能评分）");
    expect(notGradedText(2, "en")).toBe("not graded (2 indicators could not be scored)");
    expect(notGradedText(1, "en")).toBe("not graded (1 indicator could not be scored)");
    expect(notGradedText(0, "zh-CN")).toBe("未评定");
  });

  it("counts the unscored indicators and an unscored budget block", () => {
    const incomplete = result({
      total: 10,
      complete: false,
      grade: null,
      indicators: [ind(10), ind(null), ind(null)],
      budget: { full: 10, planned: null, spent: 5, rate: null, score: null, reason: { code: "budget-no-plan", message: "全年预算数为空或为 0" } },
    });
    expect(unscoredCount(incomplete)).toBe(3);
    expect(gradeText(incomplete, "zh-CN")).toBe("未评定（3 项未能评分）");
    expect(gradeText(result({}), "zh-CN")).toBe("优");
  });
});
