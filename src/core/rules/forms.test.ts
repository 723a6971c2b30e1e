/**
 * The rule forms added for real texts (DESIGN §5 forms 7–11, date targets, targets of 0), each
 * parsed and scored for a few actual values. Expected scores are worked out by hand beside them.
 */
import type { Operator, Target } from "../indicator";
import { parseRule } from "./parse";
import { scoreRule } from "./evaluate";
import { explainRule, describeRule } from "./explain";

const num = (value: number, percent = false): Target => ({ kind: "number", value, percent });
const score = (text: string, full: number, operator: Operator | null, target: Target | null, actual: number | string | null) =>
  scoreRule({ rule: parseRule(text), full, operator, target, actual }).score;

describe("per occurrence (form 7)", () => {
  it("每发生1起安全事故扣2分: each incident over the target costs 2", () => {
    expect(parseRule("10分，每发生1起安全事故扣2分").rule).toBe("per-occurrence");
    // target =0: 0 incidents → 10; 3 incidents → 10 − 3 × 2 = 4; 6 → 10 − 12 → 0 (floor 0)
    expect([0, 3, 6].map((a) => score("10分，每发生1起安全事故扣2分", 10, "=", num(0), a))).toEqual([10, 4, 0]);
  });
  it("扣1分/次 (points per occurrence written after them)", () => {
    const r = parseRule("5分，出现差错扣1分/次");
    expect([r.rule, r.full]).toEqual(["per-occurrence", 5]);
    // 2 errors → 5 − 2 = 3
    expect(score("5分，出现差错扣1分/次", 5, "<=", num(0), 2)).toBe(3);
  });
  it("several clauses: the first clause's points for an occurrence naming none", () => {
    const r = parseRule("10分，一般事故扣1分，严重事故扣2分");
    expect(r).toMatchObject({ rule: "per-occurrence", full: 10, points: 1, clauses: [{ word: "一般事故", points: 1 }, { word: "严重事故", points: 2 }] });
    // 3 occurrences at the first clause's 1 point: 10 − 3 = 7
    expect(score("10分，一般事故扣1分，严重事故扣2分", 10, "=", num(0), 3)).toBe(7);
  });
});

describe("two-sided deviation (form 8)", () => {
  const text = "10分，与年度计划每偏差5%扣1分";
  it("counts more and less than planned alike, as a percentage of the target", () => {
    expect(parseRule(text).rule).toBe("deviation");
    // target 200 人: 180 is 10 % under → ⌈10 / 5⌉ = 2 off → 8; 230 is 15 % over → 3 off → 7; 200 → 10
    expect([180, 230, 200].map((a) => score(text, 10, "=", num(200), a))).toEqual([8, 7, 10]);
  });
  it("in percentage points for a percentage target", () => {
    // target 90 %: 96 % is 6 points over → ⌈6 / 5⌉ = 2 off → 8
    expect(score(text, 10, "=", num(90, true), 96)).toBe(8);
  });
  it("a target of 0 never divides", () => {
    expect(score(text, 10, "=", num(0), 0)).toBe(10);
    expect(score(text, 10, "=", num(0), 3)).toBe(0);
  });
});

describe("bands with a points range (form 9)", () => {
  const text = "10分，资金到位率90%以上（8分至10分），低于90%不得分";
  it("rise linearly from the low end at the band's lower edge to the high end at the target", () => {
    const r = parseRule(text);
    expect(r).toMatchObject({ rule: "bands", full: 10 });
    // target 100 %: 90 → 8; 95 → 8 + 2 × (5 / 10) = 9; 100 → 10; 85 → 0
    expect([90, 95, 100, 85].map((a) => score(text, 10, ">=", num(100, true), a))).toEqual([8, 9, 10, 0]);
  });
  it("a range written as (30-45) after the band", () => {
    // 完成70%以上(30-45), target 100 %: 85 % → 30 + 15 × (15 / 30) = 37.5
    expect(score("45分，完成70%以上(30-45)，70%以下不得分", 45, ">=", num(100, true), 85)).toBe(37.5);
  });
  it("explains the range", () => {
    expect(describeRule(parseRule(text), "zh-CN")).toContain("得 8–10 分（档内按比例）");
  });
});

describe("bands that only deduct", () => {
  const text = "10分，低于95%扣1分，低于85%扣3分";
  it("take the single most severe band that applies, not their sum", () => {
    // 96 → 10; 90 (below 95 only) → 9; 80 (below 95 and below 85: the worse, 3) → 7
    expect([96, 90, 80].map((a) => score(text, 10, ">=", num(95, true), a))).toEqual([10, 9, 7]);
  });
  it("add up when the text says 累计", () => {
    // 80: 1 + 3 = 4 off → 6
    expect(score("10分，低于95%扣1分，低于85%扣3分，累计扣分", 10, ">=", num(95, true), 80)).toBe(6);
  });
  it("explain as they score: nothing off outside every band", () => {
    expect(describeRule(parseRule(text), "zh-CN")).toContain("只按最重的一档扣分，不在任何一档内不扣分");
  });
});

describe("check-box grades", () => {
  it.each(["优☐良☐中☐差☐", "优□ 良□ 中□ 差□", "优口良口中口差口"])("%s takes the national shares", (text) => {
    const r = parseRule(`10分，${text}`);
    expect(r.rule).toBe("graded");
    // 优 → 10, 良 → 8, 中 → 6, 差 → 0
    expect(["优", "良", "中", "差"].map((a) => score(`10分，${text}`, 10, "定性", { kind: "word", word: "优" }, a))).toEqual([10, 8, 6, 0]);
  });
});

describe("printed formulas with scan noise (form 10)", () => {
  it.each(["得分=实际完成数/计划数×权重", "得分二实际完成数/计划数×权重", "完成数占计划数的比重*本项分值"])("%s is proportional", (text) => {
    expect(parseRule(text).rule).toBe("proportional");
    // 分值 8, 45 of 50 done: 8 × 0.9 = 7.2
    expect(score(text, 8, ">=", num(50), 45)).toBe(7.2);
  });
});

describe("not applicable → full points (form 11)", () => {
  it.each(["10分，每少1项扣2分，无此项任务的不扣分", "10分，完成得10分，不涉及的按满分计", "10分，不适用的得满分，未完成不得分"])("%s", (text) => {
    const r = parseRule(text);
    expect(r.notApplicableFull).toBe(true);
    expect(score(text, 10, ">=", num(5), "不涉及")).toBe(10);
    expect(score(text, 10, ">=", num(5), "无")).toBe(10);
  });
  it("the rest of the rule still scores", () => {
    // 每少1项扣2分, target 5, actual 3: 2 short → 10 − 4 = 6
    expect(score("10分，每少1项扣2分，无此项任务的不扣分", 10, ">=", num(5), 3)).toBe(6);
  });
});

describe("得满分 without a number, 酌情扣分", () => {
  it("得满分 states no points: the 分值 column's are used", () => {
    const r = parseRule("按时完成得满分，未完成不得分");
    expect([r.rule, r.full]).toEqual(["all-or-nothing", null]);
    expect(score("按时完成得满分，未完成不得分", 6, ">=", num(1), 1)).toBe(6);
  });
  it("酌情扣分 is the national default, marked as a judgement", () => {
    const r = parseRule("10分，根据完成情况酌情扣分");
    expect([r.rule, r.discretion]).toEqual(["default", true]);
    // default: 10 × 45 / 50 = 9
    expect(score("10分，根据完成情况酌情扣分", 10, ">=", num(50), 45)).toBe(9);
    expect(explainRule("10分，根据完成情况酌情扣分")).toMatchObject({ rule: "default", discretion: true });
  });
});

describe("date targets", () => {
  const deadline: Target = { kind: "date", year: 2022, month: 12, day: 31 };
  const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
  it("met on or before the date (default: all or nothing)", () => {
    expect(score("5分", 5, "<=", deadline, serial(2022, 12, 20))).toBe(5);
    expect(score("5分", 5, "<=", deadline, "2023-01-05")).toBe(0);
  });
  it("每延迟1个月扣1分: per started month late", () => {
    const text = "5分，每延迟1个月扣1分";
    // 2023-01-05 is 1 month started late → 4; 2023-02-01 is 2 started → 3; on time → 5
    expect([serial(2023, 1, 5), serial(2023, 2, 1), serial(2022, 12, 31)].map((a) => score(text, 5, "<=", deadline, a))).toEqual([4, 3, 5]);
  });
  it("每延迟1天扣0.5分: per day late", () => {
    // 4 days late → 5 − 2 = 3
    expect(score("5分，每延迟1天扣0.5分", 5, "<=", deadline, serial(2023, 1, 4))).toBe(3);
  });
  it("a date without a year is in the actual's year", () => {
    expect(score("5分", 5, "<=", { kind: "date", year: null, month: 12, day: 31 }, serial(2023, 6, 1))).toBe(5);
  });
});

describe("targets of 0 never divide", () => {
  it("lower is better: full when the actual is 0 or less, else 0", () => {
    expect([0, 2].map((a) => score("10分", 10, "<=", num(0), a))).toEqual([10, 0]);
  });
  it("higher is better: full when the actual is 0 or more", () => {
    expect(score("10分", 10, ">=", num(0), 0)).toBe(10);
  });
});
