/**
 * parseRule never throws and always returns a well-formed rule, whatever a cell holds. The
 * exact parses of real texts live in corpus.test.ts.
 */
import fc from "fast-check";
import { parseRule } from "./parse";
import { RULE_KINDS, type ScoringRule } from "./types";

function wellFormed(r: ScoringRule, text: string): void {
  expect(RULE_KINDS).toContain(r.rule);
  expect(r.text).toBe(text);
  expect(r.full === null || Number.isFinite(r.full)).toBe(true);
  expect(typeof r.unit).toBe("string");
  // a JSON round trip keeps it whole (no NaN, no undefined in required places)
  expect(JSON.parse(JSON.stringify(r))).toEqual(r);
}

const WEIRD: string[] = [
  "",
  " ",
  "\n\n\t",
  "空",
  "……",
  "分",
  "得分",
  "扣分",
  "每",
  "每扣分",
  "每分",
  "每少扣1分",
  "完成得分",
  "12分12分12分",
  "-5分",
  "1e308分",
  "99999999999999999999999分",
  "0分",
  "NaN",
  "Infinity分",
  "🙂🙂 12分，完成1期得1分 🎉",
  "\u0000\u0001\u0007 7分\u001b，质量合格得7分",
  "\u200b\ufeff5分",
  "𠀀𠀁得3分",
  "(((((((((( 得 ))))))))))",
  "[[[【【【",
  "%%%%%%得5分",
  "≥≥≥≤≤≤～～～",
  "10分，每少0期扣1分",
  "10分，每少1期扣分",
  "达到%得满分",
  "80%-得3分",
  "-90%得3分",
  "一二三四五六七八九十百千万",
  "十分重要得5分",
  "每半期得半分",
  "\\d+(.*)*$^",
  "a".repeat(100000),
  "12分，完成1期得1分".repeat(5000),
  "每".repeat(20000) + "扣1分",
  "得1分，".repeat(10000),
  "90%-".repeat(5000) + "得3分",
];

describe("parseRule never throws", () => {
  it.each(WEIRD.map((t) => [t.length > 40 ? `${t.slice(0, 40)}… (${t.length} chars)` : JSON.stringify(t), t]))(
    "%s",
    (_label, text) => {
      wellFormed(parseRule(text), text);
    },
  );

  it("returns default for non-strings that slip through at run time", () => {
    const r = parseRule(undefined as unknown as string);
    expect(r).toEqual({ rule: "default", text: "", full: null, unit: "" });
    expect(parseRule(12 as unknown as string)).toMatchObject({ text: "12", full: 12 });
  });

  it("reads huge texts in bounded time", () => {
    const start = Date.now();
    parseRule("满意度达到95%得20分,每减少1个百分点扣1分,".repeat(20000));
    parseRule("每".repeat(50000));
    parseRule("1".repeat(50000) + "分");
    expect(Date.now() - start).toBeLessThan(2000);
  });

  it("holds for any string (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        wellFormed(parseRule(text), text);
      }),
      { numRuns: 500 },
    );
  });

  it("holds for strings made of the grammar's own pieces (property)", () => {
    const piece = fc.constantFrom(
      "每", "完成", "少", "超过", "扣", "得", "计", "分", "满分", "不得分", "以上", "以下", "低于",
      "(含)", "%", "个百分点", "-", "，", ";", ":", "期", "天", "1", "0.5", "12", "一", "十", "×",
      "/", "分值", "按比例", "合格", "优", "扣完为止", "扣满", "为止", "≥", "＜",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        wellFormed(parseRule(text), text);
      }),
      { numRuns: 2000 },
    );
  });
});
