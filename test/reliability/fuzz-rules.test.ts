/**
 * Random and mutated 评（扣）分标准 texts through the rule grammar: parseRule never throws and reads
 * `full` as null or a finite number in [0, 1000]; scoreRule never throws and never scores outside
 * [0, full], whatever the full points, operator, target and actual; `jixiao rule`'s explanation
 * (explainRule / describeRule) never throws and is plain JSON. Replay: see arbitraries.ts.
 */
import fc from "fast-check";
import { describeRule, explainRule, parseRule, RULE_KINDS, scoreRule } from "../../src/core/rules";
import type { Operator, Target } from "../../src/core/indicator";
import { anyRuleText, chaosString, CORPUS_TEXTS, fcParams, numberCell, runCounter, shortPrint, TARGETS } from "./arbitraries";

const MAX_FULL = 1000;

/** A text wrapped so a 100 000-character one prints short in a counterexample. */
const ruleCase = anyRuleText.map((text) => shortPrint({ text }));

const operator: fc.Arbitrary<Operator | null> = fc.constantFrom<Operator | null>("=", ">=", "<=", ">", "<", "定性", null);
const target: fc.Arbitrary<Target | null> = fc.oneof(
  fc.constant(null),
  fc.record({ kind: fc.constant("number" as const), value: numberCell.map((v) => (typeof v === "number" ? v : 0)), percent: fc.boolean() }),
  fc.record({ kind: fc.constant("word" as const), word: fc.oneof(fc.constantFrom(...TARGETS, "合格", "优", "良", "中", "差", "不定期", "达成年度指标", ""), chaosString) }),
);
const actual: fc.Arbitrary<number | string | null> = fc.oneof(
  fc.constant(null),
  numberCell.map((v) => (typeof v === "number" ? v : null)),
  fc.constantFrom("", "98%", "合格", "优", "良", "不合格", "12", "１２", "1,234", "NaN", "-5", "Infinity", "达成", "部分达成"),
  chaosString,
);
const full = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(0, 1, 5, 7, 10, 12, 20, 100, 1000) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 1000, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(-1, -0, Number.NaN, Infinity, -Infinity, 1e308, 5e-324) },
);

describe("rule texts, random and mutated", () => {
  it(`reads the corpus it mutates (${CORPUS_TEXTS.length} texts)`, () => {
    expect(CORPUS_TEXTS.length).toBeGreaterThanOrEqual(100);
  });

  it("parseRule never throws; full is null or finite in [0, 1000]; the text is kept verbatim", () => {
    fc.assert(
      fc.property(ruleCase, ({ text }) => {
        runCounter.cases++;
        const rule = parseRule(text);
        expect(rule.text).toBe(text);
        expect(RULE_KINDS).toContain(rule.rule);
        if (rule.full !== null) {
          expect(Number.isFinite(rule.full)).toBe(true);
          expect(rule.full).toBeGreaterThanOrEqual(0);
          expect(rule.full).toBeLessThanOrEqual(MAX_FULL);
        }
        expect(typeof rule.unit).toBe("string");
      }),
      fcParams(4500),
    );
  });

  it("scoreRule never throws and scores within [0, full] for any full, operator, target and actual", () => {
    fc.assert(
      fc.property(ruleCase, full, operator, target, actual, ({ text }, N, op, t, a) => {
        runCounter.cases++;
        const rule = parseRule(text);
        const { score, met } = scoreRule({ rule, full: N, operator: op, target: t, actual: a });
        expect(met === null || typeof met === "boolean").toBe(true);
        if (score === null) return;
        expect(Number.isFinite(score)).toBe(true);
        expect(Number.isFinite(N) && N >= 0).toBe(true); // no score from unusable full points
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(N);
      }),
      fcParams(3000),
    );
  });

  it("jixiao rule's explanation never throws and is plain JSON", () => {
    fc.assert(
      fc.property(ruleCase, fc.constantFrom("zh-CN" as const, "en" as const), ({ text }, lang) => {
        runCounter.cases++;
        const doc = explainRule(text);
        expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
        expect(doc.full === null || (Number.isFinite(doc.full) && doc.full >= 0 && doc.full <= MAX_FULL)).toBe(true);
        expect(typeof describeRule(parseRule(text), lang)).toBe("string");
      }),
      fcParams(1000),
    );
  });
});

// The figure docs/reliability.md quotes: cases this run tried.
afterAll(() => console.info(`fuzz-rules: ${runCounter.cases} random and mutated rule texts and scoring inputs tried`));
