/**
 * scoreRule and meetsTarget against hand-computed scores (DESIGN §5). Each case says its
 * arithmetic in a comment, so a failure shows which side is wrong.
 */
import type { Operator, Target } from "../indicator";
import { meetsTarget, round2, scoreRule } from "./evaluate";
import { parseRule } from "./parse";

const num = (value: number, percent = false): Target => ({ kind: "number", value, percent });
const pct = (value: number): Target => num(value, true);
const word = (w: string): Target => ({ kind: "word", word: w });

/** Score `text` with full points N (the text's own when N is omitted). */
function score(
  text: string,
  operator: Operator | null,
  target: Target | null,
  actual: number | string | null,
  N?: number,
) {
  const rule = parseRule(text);
  const full = N ?? rule.full;
  if (full === null) throw new Error(`no full points in ${text}`);
  return scoreRule({ rule, full, operator, target, actual });
}

describe("per-unit: min(N, x × ⌊actual / k⌋)", () => {
  it("scores the seed's 12分，完成1期得1分", () => {
    // target 12 期, 10 done: min(12, 1 × ⌊10/1⌋) = 10
    expect(score("12分，完成1期得1分", "=", num(12), 10)).toEqual({ score: 10, met: false });
    // 13 done: min(12, 13) = 12; `=` means at least, so met
    expect(score("12分，完成1期得1分", "=", num(12), 13)).toEqual({ score: 12, met: true });
  });

  it("scores 24分，完成1期得0.5分", () => {
    // 47 done: 0.5 × 47 = 23.5
    expect(score("24分，完成1期得0.5分", "=", num(48), 47)).toEqual({ score: 23.5, met: false });
    // 48 done: 0.5 × 48 = 24
    expect(score("24分，完成1期得0.5分", "=", num(48), 48)).toEqual({ score: 24, met: true });
  });

  it("keeps 0.04 × 200 exactly 8", () => {
    const text = "8分，完成1期得0.04分，每1期";
    // 0.04 × 200 = 8 (the float product is 8.000000000000002)
    expect(score(text, ">=", num(200), 200)).toEqual({ score: 8, met: true });
    // 0.04 × 199 = 7.96
    expect(score(text, ">=", num(200), 199)).toEqual({ score: 7.96, met: false });
    // 0.04 × 250 = 10, capped at 8
    expect(score(text, ">=", num(200), 250)).toEqual({ score: 8, met: true });
    // 0.04 × 3 = 0.12 (the float product is 0.12000000000000001)
    expect(score(text, ">=", num(200), 3)).toEqual({ score: 0.12, met: false });
  });

  it("counts whole steps only", () => {
    // 每发布2条信息得1分，上限5分 — 7 条: ⌊7/2⌋ = 3 steps × 1 = 3
    expect(score("每发布2条信息得1分，上限5分", ">=", num(10), 7)).toEqual({ score: 3, met: false });
  });

  it("scores a 不定期 target by the count of entries", () => {
    // 5分，完成1期得5分 with target 不定期: 3 entries → min(5, 5 × 3) = 5, met (≥ 1 entry)
    expect(score("5分，完成1期得5分", "=", word("不定期"), 3)).toEqual({ score: 5, met: true });
    // no entries (the caller passes 0 for count-like indicators) → 0, not met
    expect(score("5分，完成1期得5分", "=", word("不定期"), 0)).toEqual({ score: 0, met: false });
  });

  it("reads numeric text and gives no score without an actual", () => {
    expect(score("12分，完成1期得1分", "=", num(12), "１０")).toEqual({ score: 10, met: false });
    expect(score("12分，完成1期得1分", "=", num(12), null)).toEqual({ score: null, met: null });
    expect(score("12分，完成1期得1分", "=", num(12), "  ")).toEqual({ score: null, met: null });
    expect(score("12分，完成1期得1分", "=", num(12), "若干")).toEqual({ score: null, met: null });
  });
});

describe("deduction: max(floor, N − x × ⌈gap / k⌉)", () => {
  it("counts the shortfall for lower-bound targets", () => {
    // target 12, actual 9: shortfall 3 → 10 − 1 × 3 = 7
    expect(score("10分，每少1期扣1分，扣完为止", "=", num(12), 9)).toEqual({ score: 7, met: false });
    // shortfall 2.5 → ⌈2.5⌉ = 3 steps → 7
    expect(score("10分，每少1期扣1分，扣完为止", "=", num(12), 9.5)).toEqual({ score: 7, met: false });
    // shortfall 20 → 10 − 20 → floor 0
    expect(score("10分，每少1期扣1分，扣完为止", "=", num(30), 10)).toEqual({ score: 0, met: false });
    // above target: no shortfall → 10
    expect(score("10分，每少1期扣1分，扣完为止", "=", num(12), 14)).toEqual({ score: 10, met: true });
  });

  it("scores 满意度达到95%得20分,每减少1个百分点扣1分,扣完20分为止", () => {
    const text = "满意度达到95%得20分,每减少1个百分点扣1分,扣完20分为止";
    // 95 − 91.5 = 3.5 points short → ⌈3.5⌉ = 4 → 20 − 4 = 16
    expect(score(text, ">=", pct(95), 91.5)).toEqual({ score: 16, met: false });
    // 95 − 97 < 0 → no deduction → 20
    expect(score(text, ">=", pct(95), 97)).toEqual({ score: 20, met: true });
  });

  it("counts the excess for delays and upper-bound targets", () => {
    // target ≤ 365 天, 368 days: excess 3 → 5 − 3 = 2
    expect(score("5分，每延迟1天扣1分，扣完为止", "<=", num(365), 368)).toEqual({ score: 2, met: false });
    // 400 days: 35 off → floor 0
    expect(score("5分，每延迟1天扣1分，扣完为止", "<=", num(365), 400)).toEqual({ score: 0, met: false });
  });

  it("lets the operator choose the gap when the verb does not (每相差)", () => {
    const text = "10分，每相差1个百分点扣1分，扣完为止";
    // ≤ 5 %, actual 7: excess 2 → 10 − 2 = 8
    expect(score(text, "<=", pct(5), 7)).toEqual({ score: 8, met: false });
    // ≥ 90 %, actual 87: shortfall 3 → 10 − 3 = 7
    expect(score(text, ">=", pct(90), 87)).toEqual({ score: 7, met: false });
  });

  it("caps the deduction at 扣满N分为止", () => {
    // ≤ 100 万元 (not a percentage), actual 108: excess 8 = 8 % of the target → 8 steps × 1 = 8,
    // capped at 5 → 10 − 5 = 5
    expect(score("10分，每超过预算1%扣1分，扣满5分为止", "<=", num(100), 108)).toEqual({
      score: 5,
      met: false,
    });
  });

  it("stops at 最低N分", () => {
    // target 12, actual 6: 6 steps × 2 = 12 off → 10 − 12 = −2 → floor 2
    expect(score("10分，每少1期扣2分，最低2分", "=", num(12), 6)).toEqual({ score: 2, met: false });
  });

  it("reads a % step on a count target as a share of the target", () => {
    // target 200 篇, actual 196: 4 short = 2 % → 2 steps × 2 = 4 → 10 − 4 = 6
    expect(score("10分，每降低1%扣2分，扣完为止", ">=", num(200), 196)).toEqual({ score: 6, met: false });
  });

  it("forgives float noise in the gap", () => {
    // 98 − 97.7 = 0.3 (float 0.29999999999999716) → 0.3 / 0.1 = 3 steps → 10 − 3 = 7
    expect(score("10分，每降低0.1个百分点扣1分", ">=", pct(98), 97.7)).toEqual({ score: 7, met: false });
    // 98 − 97.9 = 0.1 (float 0.09999999999999432) → 1 step → 10 − 2 = 8
    expect(score("10分，每降低1个百分点扣2分", ">=", pct(98), 97.9)).toEqual({ score: 8, met: false });
  });

  it("falls back to all-or-nothing without a numeric target", () => {
    // 不定期 met by 2 entries → full 10
    expect(score("10分，每少1期扣1分", "=", word("不定期"), 2)).toEqual({ score: 10, met: true });
  });
});

describe("all-or-nothing: N when met, else 0", () => {
  it("scores 7分，质量合格得7分 against a 合格 target", () => {
    const text = "7分，质量合格得7分";
    expect(score(text, "定性", word("合格"), "合格")).toEqual({ score: 7, met: true });
    expect(score(text, "定性", word("合格"), "优")).toEqual({ score: 7, met: true }); // better grade
    expect(score(text, "定性", word("合格"), "良好")).toEqual({ score: 7, met: true });
    expect(score(text, "定性", word("合格"), "中")).toEqual({ score: 0, met: false });
    expect(score(text, "定性", word("合格"), "不合格")).toEqual({ score: 0, met: false });
    // a word the grammar does not know: no judgement, no score
    expect(score(text, "定性", word("合格"), "还行吧")).toEqual({ score: null, met: null });
  });

  it("scores 7分，按计划完成得7分 against ≤ 365 天", () => {
    expect(score("7分，按计划完成得7分", "<=", num(365), 300)).toEqual({ score: 7, met: true });
    expect(score("7分，按计划完成得7分", "<=", num(365), 370)).toEqual({ score: 0, met: false });
  });

  it("scores 7分，舆论导向正确得7分 against ≥ 100 %", () => {
    expect(score("7分，舆论导向正确得7分", ">=", pct(100), 100)).toEqual({ score: 7, met: true });
    expect(score("7分，舆论导向正确得7分", ">=", pct(100), 99)).toEqual({ score: 0, met: false });
    expect(score("7分，舆论导向正确得7分", ">=", pct(100), "正确")).toEqual({ score: 7, met: true });
  });
});

describe("proportional: N × min(1, actual / target)", () => {
  it("scales by the completion rate", () => {
    // 10 × 9 / 12 = 7.5
    expect(score("10分，按完成比例得分", ">=", num(12), 9)).toEqual({ score: 7.5, met: false });
    // 10 × min(1, 15 / 12) = 10
    expect(score("10分，按完成比例得分", ">=", num(12), 15)).toEqual({ score: 10, met: true });
    // 10 × 2 / 3 = 6.666… → 6.67
    expect(score("10分*执行率", ">=", num(3), 2)).toEqual({ score: 6.67, met: false });
  });

  it("inverts for upper-bound targets", () => {
    // ≤ 50 万元, actual 80: 10 × 50 / 80 = 6.25
    expect(score("10分，按完成比例得分", "<=", num(50), 80)).toEqual({ score: 6.25, met: false });
    // actual 0 on an upper bound: full
    expect(score("10分，按完成比例得分", "<=", num(50), 0)).toEqual({ score: 10, met: true });
  });

  it("takes the full points from the 分值 column when the text has none", () => {
    // 完成率×分值 with N = 6: 6 × 45 / 50 = 5.4
    expect(score("完成率×分值", ">=", pct(50), 45, 6)).toEqual({ score: 5.4, met: false });
  });
});

describe("bands: the band the actual falls in", () => {
  const A = "达到95%得满分，90%-95%得3分，低于90%不得分";
  it.each([
    [96, 5], // ≥ 95 → 满分 = N = 5
    [95, 5], // 95 belongs to the 满分 band (达到 includes it)
    [92, 3], // 90 ≤ 92 < 95 → 3
    [90, 3], // 90 opens the 90–95 band
    [89.9, 0], // < 90 → 0
  ])(`${A} at %d → %d`, (actual, points) => {
    expect(score(A, ">=", pct(95), actual, 5).score).toBe(points);
  });

  const B = "≥90%,计5分;80%(含)-90%,计4分;70%(含)-80%,计3分;60%(含)-70%,计2分;低于60%不得分";
  it.each([
    [90, 5], // ≥ 90 → 5
    [89.99, 4], // 80 ≤ x < 90 → 4
    [80, 4], // 80(含)
    [65, 2], // 60 ≤ 65 < 70 → 2
    [59, 0], // < 60 → 0
  ])(`${B} at %d → %d`, (actual, points) => {
    expect(score(B, ">=", pct(90), actual).score).toBe(points);
  });

  it("compares the completion rate when the bands are in % and the target is a count", () => {
    // target 12 期, actual 10: 10 / 12 × 100 = 83.33 % → 80(含)-100 → 3
    const text = "100%完成得5分，80%(含)-100%得3分，低于80%不得分";
    expect(score(text, "=", num(12), 10)).toEqual({ score: 3, met: false });
  });

  it("compares counts directly when the bands are counts", () => {
    const text = "完成10期以上得5分，5-9期得3分，5期以下不得分";
    expect(score(text, ">=", num(10), 9).score).toBe(3); // 5 ≤ 9 ≤ 9
    expect(score(text, ">=", num(10), 10).score).toBe(5); // ≥ 10
    expect(score(text, ">=", num(10), 4).score).toBe(0); // ≤ 5, below the 5-9 band
  });

  it("takes a deducting band off the full points", () => {
    // N = 10, 85 % falls in 80-90 扣2分 → 10 − 2 = 8
    const text = "满意度达到90%得满分，80%-90%扣2分，低于80%不得分";
    expect(score(text, ">=", pct(90), 85, 10)).toEqual({ score: 8, met: false });
  });

  it("takes nothing off outside a rule made only of deductions", () => {
    // 满意度低于90%扣2分, N = 5: 85 % → 5 − 2 = 3; 95 % is in no band → nothing off → 5
    expect(score("满意度低于90%扣2分", ">=", pct(90), 85, 5).score).toBe(3);
    expect(score("满意度低于90%扣2分", ">=", pct(90), 95, 5).score).toBe(5);
  });

  it("never gives more than N", () => {
    // the text says 10 for ≥ 90 % but the 分值 column says 5 → 5
    expect(score("满意度达到90%以上得10分，否则不得分", ">=", pct(90), 95, 5).score).toBe(5);
  });
});

describe("graded: the points of the grade the actual names", () => {
  it("scores 充分:3分;一般:1.5分;没有:0分", () => {
    expect(score("充分:3分;一般:1.5分;没有:0分", "定性", word("充分"), "一般").score).toBe(1.5);
    expect(score("充分:3分;一般:1.5分;没有:0分", "定性", word("充分"), "充分").score).toBe(3);
  });

  it("matches the longest word first: 不齐全 is not 齐全", () => {
    const text = "齐全的得2分,不齐全的扣2分";
    expect(score(text, "定性", word("齐全"), "齐全")).toEqual({ score: 2, met: true });
    // 扣2分 off N = 2 → 0
    expect(score(text, "定性", word("齐全"), "不齐全")).toEqual({ score: 0, met: false });
    // with N = 5 from the 分值 column: 5 − 2 = 3
    expect(score(text, "定性", word("齐全"), "资料不齐全", 5)).toEqual({ score: 3, met: false });
  });

  it("scores 优得5分，良得4分，中得3分，差不得分", () => {
    const text = "优得5分，良得4分，中得3分，差不得分";
    expect(score(text, "定性", word("优"), "良").score).toBe(4);
    expect(score(text, "定性", word("优"), "差").score).toBe(0);
  });

  it("matches a short actual inside a longer grade word (合格 ↔ 质量合格)", () => {
    const text = "质量合格得7分，不合格不得分";
    expect(score(text, "定性", word("合格"), "合格").score).toBe(7);
    expect(score(text, "定性", word("合格"), "不合格").score).toBe(0);
    // 优秀 names no grade, but meets the 合格 target: the top grade's 7
    expect(score(text, "定性", word("合格"), "优秀")).toEqual({ score: 7, met: true });
  });
});

describe("default: the national formula", () => {
  it("scores numbers by ratio", () => {
    // 10 × 150 / 200 = 7.5
    expect(score("10分", ">=", num(200), 150)).toEqual({ score: 7.5, met: false });
    // lower is better: 10 × 5 / 8 = 6.25
    expect(score("10分", "<=", num(5), 8)).toEqual({ score: 6.25, met: false });
    // 不定期 with entries: full
    expect(score("10分", "=", word("不定期"), 3)).toEqual({ score: 10, met: true });
  });

  it.each([
    ["优", "优", 10, true], // met → N
    ["优", "良", 8, false], // 良 → 0.8 N
    ["优", "中", 6, false], // 中 → 0.6 N
    ["优", "差", 0, false], // 差 → 0
    ["合格", "合格", 10, true],
    ["优", "合格", 8, false], // 合格 is N, but a target not met earns at most 0.8 N
    ["达成年度指标", "基本达成", 8, false], // 0.8 N
    ["达成年度指标", "部分达成", 6, false], // 0.6 N
    ["达成年度指标", "未达成", 0, false],
    ["达成年度指标", "达成", 10, true],
    ["正确", "是", 10, true],
  ])("target %s, actual %s → %d", (t, a, points, met) => {
    expect(score("10分", "定性", word(t), a)).toEqual({ score: points, met });
  });

  it("gives no score for words it cannot place", () => {
    expect(score("10分", "定性", word("显著提升"), "有所提升")).toEqual({ score: null, met: null });
    // the same word as the target is met even when unknown
    expect(score("10分", "定性", word("显著提升"), "显著提升")).toEqual({ score: 10, met: true });
  });
});

describe("meetsTarget", () => {
  it.each([
    ["=", 12, 13, true], // `=` on a number means at least
    ["=", 12, 12, true],
    ["=", 12, 11, false],
    [">=", 12, 12, true],
    [">", 12, 12, false],
    [">", 12, 12.5, true],
    ["<=", 365, 365, true],
    ["<=", 365, 366, false],
    ["<", 5, 5, false],
    ["<", 5, 4, true],
    [null, 10, 10, true], // no operator: at least
    ["定性", 10, 9, false],
  ] as [Operator | null, number, number, boolean][])("%s %d with %d → %s", (op, t, a, met) => {
    expect(meetsTarget(op, num(t), a)).toBe(met);
  });

  it("takes percent actuals in percent units (the caller converts 0.98)", () => {
    expect(meetsTarget(">=", pct(98), 98)).toBe(true);
    expect(meetsTarget(">=", pct(98), "98%")).toBe(true);
    expect(meetsTarget(">=", pct(98), 0.98)).toBe(false);
  });

  it("orders grades: 合格 is met by 合格, 良, 优 — not by 中 or 基本合格", () => {
    for (const a of ["合格", "良", "良好", "优", "优秀", "质量合格"]) {
      expect(meetsTarget("定性", word("合格"), a)).toBe(true);
    }
    for (const a of ["中", "基本合格", "不合格", "差"]) {
      expect(meetsTarget("定性", word("合格"), a)).toBe(false);
    }
    expect(meetsTarget("定性", word("优"), "良")).toBe(false);
    expect(meetsTarget("定性", word("良"), "优")).toBe(true);
    expect(meetsTarget("=", word("完成"), "没有完成")).toBe(false);
  });

  it("meets 不定期 with at least one entry", () => {
    expect(meetsTarget("=", word("不定期"), 1)).toBe(true);
    expect(meetsTarget("=", word("不定期"), "3")).toBe(true);
    expect(meetsTarget("=", word("不定期"), 0)).toBe(false);
  });

  it("cannot tell without an actual or a target", () => {
    expect(meetsTarget("=", num(12), null)).toBeNull();
    expect(meetsTarget("=", null, 12)).toBeNull();
    expect(meetsTarget("定性", word("合格"), 1)).toBeNull();
  });
});

describe("round2", () => {
  it.each([
    [8.000000000000002, 8], // 0.04 × 200
    [2.675, 2.68], // half away from zero, though 2.675 is 2.67499999… in binary
    [10 / 3, 3.33],
    [-0.001, 0], // no −0
  ])("%d → %d", (x, r) => {
    expect(round2(x)).toBe(r);
  });
});

it("never scores outside [0, N]", () => {
  const rule = parseRule("每完成1期得5分");
  // 5 × 10 = 50, N = 12 → 12
  expect(scoreRule({ rule, full: 12, operator: "=", target: num(12), actual: 10 }).score).toBe(12);
  // a negative actual counts no units → 0
  expect(scoreRule({ rule, full: 12, operator: "=", target: num(12), actual: -3 }).score).toBe(0);
  // an impossible N → no score
  expect(scoreRule({ rule, full: Number.NaN, operator: "=", target: num(12), actual: 3 }).score).toBeNull();
});
