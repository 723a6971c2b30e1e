import { describeRule, explainRule } from "./explain";
import { parseRule } from "./parse";

describe("explainRule (the `jixiao rule --json` document)", () => {
  it("puts text, full, rule first, then the form's parameters", () => {
    const doc = explainRule("满意度达到95%得20分,每减少1个百分点扣1分,扣完20分为止");
    expect(Object.keys(doc)).toEqual([
      "text",
      "full",
      "rule",
      "unit",
      "step",
      "points",
      "gap",
      "floor",
      "maxDeduction",
    ]);
    expect(doc).toEqual({
      text: "满意度达到95%得20分,每减少1个百分点扣1分,扣完20分为止",
      full: 20,
      rule: "deduction",
      unit: "%",
      step: 1,
      points: 1,
      gap: "shortfall",
      floor: 0,
      maxDeduction: 20,
    });
  });

  it("says full: null where the text states no points", () => {
    expect(JSON.parse(JSON.stringify(explainRule("完成率×分值")))).toEqual({
      text: "完成率×分值",
      full: null,
      rule: "proportional",
      unit: "",
    });
  });

  it("explains anything, even nothing", () => {
    expect(explainRule("")).toEqual({ text: "", full: null, rule: "default", unit: "" });
  });
});

describe("describeRule", () => {
  const cases: [string, string, string][] = [
    [
      "12分，完成1期得1分",
      "满分 12 分；按件计分：每完成 1 期得 1 分，最多 12 分",
      "Full points 12; per unit: 1 point(s) for every 1 期 completed, at most 12",
    ],
    [
      "满意度达到95%得20分,每减少1个百分点扣1分,扣完20分为止",
      "满分 20 分；按差距扣分：比目标值每少 1 个百分点扣 1 分（不足一档按一档计），最多扣 20 分",
      "Full points 20; deduction: 1 off for every 1 percentage point(s) (or part of it) short of the target, at most 20 off",
    ],
    [
      "10分，每相差1个百分点扣1分，扣完为止",
      "满分 10 分；按差距扣分：与目标值每相差 1 个百分点扣 1 分（不足一档按一档计；目标为上限（≤、<）时计超出部分，否则计不足部分），扣完为止",
      "Full points 10; deduction: 1 off for every 1 percentage point(s) (or part of it) of gap to the target (the excess for upper-bound targets, the shortfall otherwise), down to 0",
    ],
    [
      "10分，每少1期扣2分，最低2分",
      "满分 10 分；按差距扣分：比目标值每少 1 期扣 2 分（不足一档按一档计），最低 2 分",
      "Full points 10; deduction: 2 off for every 1 期 (or part of it) short of the target, never below 2",
    ],
    [
      "7分，质量合格得7分",
      "满分 7 分；达到目标（质量合格）得满分，未达到不得分",
      "Full points 7; all or nothing: full points when the target is met (质量合格), otherwise 0",
    ],
    [
      "完成率×分值",
      "满分未写明（取分值列）；按完成比例计分：满分 × min(1, 实际值 ÷ 目标值)；目标为上限（≤、<）时为 满分 × min(1, 目标值 ÷ 实际值)",
      "Full points not stated (taken from the 分值 column); proportional: full × min(1, actual ÷ target); for upper-bound targets (≤, <) full × min(1, target ÷ actual)",
    ],
    [
      "达到95%得满分，90%-95%得3分，低于90%不得分",
      "满分未写明（取分值列）；分档计分（按百分比）：95%及以上得满分；90%（含）至95%（不含）得 3 分；低于90%不得分；不在任何一档内不得分",
      "Full points not stated (taken from the 分值 column); bands (percent): x ≥ 95%: full points; 90% ≤ x < 95%: 3; x < 90%: 0; outside every band: 0",
    ],
    [
      "完成10期以上得5分，5-9期得3分，5期以下不得分",
      "满分 5 分；分档计分：10期及以上得 5 分；5期（含）至9期（含）得 3 分；5期及以下不得分；不在任何一档内不得分",
      "Full points 5; bands: x ≥ 10 期: 5; 5 期 ≤ x ≤ 9 期: 3; x ≤ 5 期: 0; outside every band: 0",
    ],
    [
      "齐全的得2分,不齐全的扣2分",
      "满分 2 分；按等级计分：齐全得 2 分，不齐全扣 2 分",
      "Full points 2; graded: 齐全 → 2, 不齐全 → 2 off",
    ],
  ];

  it.each(cases)("%s", (text, zh, en) => {
    const rule = parseRule(text);
    expect(describeRule(rule, "zh-CN")).toBe(zh);
    expect(describeRule(rule, "en")).toBe(en);
  });

  it("names the national default for texts it does not recognise", () => {
    const rule = parseRule("10分，根据完成情况酌情扣分");
    expect(describeRule(rule, "zh-CN")).toMatch(/^满分 10 分；未识别出评分方式，按财政部通用办法计分/);
    expect(describeRule(rule, "en")).toMatch(/^Full points 10; rule not recognised, national default/);
  });
});
