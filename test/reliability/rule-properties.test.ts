/**
 * Properties of every parsed rule (issue 11): more done never scores less for a higher-is-better
 * target, in the forms that say so; and what `jixiao rule` says a text does outside its bands is
 * what Score does (a deduct-only band text once explained as "0 outside every band" and scored
 * full). Rule texts are the corpus's, mutated (arbitraries.ts). Replay: see arbitraries.ts.
 */
import fc from "fast-check";
import { describeRule, parseRule, scoreRule, type ScoringRule } from "../../src/core/rules";
import type { Operator } from "../../src/core/indicator";
import { anyRuleText, fcParams, runCounter } from "./arbitraries";

/** Forms whose score cannot fall as the actual rises, for a higher-is-better number target. */
function monotoneForm(rule: ScoringRule): boolean {
  switch (rule.rule) {
    case "per-unit":
    case "proportional":
    case "default":
    case "all-or-nothing":
      return true;
    case "deduction":
      return rule.gap !== "excess"; // an excess (cost overrun, delay) costs more as it grows
    case "per-occurrence":
      return true; // with a positive target to reach it counts the shortfall
    default:
      return false; // bands and grades are as the text orders them; a deviation counts both ways
  }
}

const higherIsBetter = fc.constantFrom<Operator | null>(">=", ">", "=", null);

describe("rule properties", () => {
  it("more done never scores less, for a higher-is-better target, in the monotone forms", () => {
    fc.assert(
      fc.property(
        anyRuleText,
        fc.constantFrom(5, 10, 12, 20, 100),
        higherIsBetter,
        fc.integer({ min: 1, max: 200 }),
        fc.boolean(),
        fc.tuple(fc.double({ min: 0, max: 400, noNaN: true }), fc.double({ min: 0, max: 400, noNaN: true })),
        (text, full, operator, t, percent, [x, y]) => {
          runCounter.cases++;
          const rule = parseRule(text);
          if (!monotoneForm(rule)) return;
          const target = { kind: "number" as const, value: t, percent };
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          const a = scoreRule({ rule, full, operator, target, actual: lo }).score;
          const b = scoreRule({ rule, full, operator, target, actual: hi }).score;
          if (a === null || b === null) return;
          expect(b).toBeGreaterThanOrEqual(a);
        },
      ),
      fcParams(2000),
    );
  });

  it("outside every band, Score does what the explanation says (不得分 → 0, 不扣分 → full)", () => {
    fc.assert(
      fc.property(anyRuleText, fc.constantFrom("zh-CN" as const), (text, lang) => {
        runCounter.cases++;
        const rule = parseRule(text);
        if (rule.rule !== "bands") return;
        const bounds = rule.bands.flatMap((b) => [b.min, b.max]).filter((v): v is number => v !== null);
        // A value below every lower bound and one above every upper bound: outside all bands
        // unless a band is open on that side.
        const candidates = [Math.min(...bounds, 0) - 1000, Math.max(...bounds, 0) + 1000].filter((v) =>
          rule.bands.every((b) => !((b.min === null || v >= b.min) && (b.max === null || v <= b.max))),
        );
        if (candidates.length === 0) return;
        const said = describeRule(rule, lang);
        const score = scoreRule({ rule, full: 10, operator: ">=", target: { kind: "number", value: 100, percent: rule.percent }, actual: candidates[0] }).score;
        if (said.includes("不在任何一档内不扣分")) expect(score).toBe(10);
        else if (said.includes("不在任何一档内不得分")) expect(score).toBe(0);
      }),
      fcParams(1000),
    );
  });
});

afterAll(() => console.info(`rule-properties: ${runCounter.cases} cases`));
