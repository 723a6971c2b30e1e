/**
 * Scoring profiles as data (DESIGN §10): the built-ins pass their own schema, `default` is DESIGN
 * §5's numbers, and a custom profile that is wrong says which field and what it expected.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  BUDGET20_PROFILE,
  BUILTIN_PROFILE_NAMES,
  DEFAULT_PROFILE,
  YITIHUA_PROFILE,
  builtinProfile,
  parseProfile,
  problemText,
  profileLabel,
  type ScoringProfile,
} from "../../src/core/profile";

/** A copy of a profile as a custom file would hold it, with `change` applied. */
function custom(change: (p: Record<string, unknown>) => void, base: ScoringProfile = DEFAULT_PROFILE): unknown {
  const p = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
  p.name = "my-province";
  change(p);
  return p;
}

function problems(data: unknown, lang: "zh-CN" | "en" = "zh-CN"): string[] {
  const r = parseProfile(data);
  if (r.ok) throw new Error("expected the profile to be refused");
  return r.problems.map((p) => problemText(p, lang));
}

describe("the built-in profiles", () => {
  it("are default, yitihua and budget20, each with a source", () => {
    expect(BUILTIN_PROFILE_NAMES).toEqual(["default", "yitihua", "budget20"]);
    for (const name of BUILTIN_PROFILE_NAMES) {
      const p = builtinProfile(name)!;
      expect(p.source.length).toBeGreaterThan(0);
      // Each passes the schema a custom file goes through (a JSON round trip is a custom file).
      expect(parseProfile(JSON.parse(JSON.stringify(p)))).toEqual({ ok: true, profile: p });
    }
    expect(builtinProfile("hunan")).toBeNull();
  });

  it("default is DESIGN §5: budget 10 by ratio, 反向 by ratio, shares 1 / 0.8 / 0.6 / 0, 优 90 良 80 中 60", () => {
    expect(DEFAULT_PROFILE).toMatchObject({
      budgetPoints: 10,
      budgetFormula: "ratio",
      reverseFormula: "ratio",
      zeroTarget: "all-or-nothing",
      qualitative: { shares: { achieved: 1, basically: 0.8, partly: 0.6, notAchieved: 0 }, staffChoice: false },
      grades: { excellent: 90, good: 80, fair: 60 },
      categoryWeights: { output: 50, benefit: 30, satisfaction: 10, budget: 10 },
    });
    expect(DEFAULT_PROFILE.executionCaps).toBeUndefined();
    expect(DEFAULT_PROFILE.overAchievement).toBeUndefined();
  });

  it("yitihua scores 反向 linearly and lets staff choose 定性 scores in the national bands", () => {
    expect(YITIHUA_PROFILE).toMatchObject({
      reverseFormula: "linear",
      qualitative: { staffChoice: true, bands: { achieved: [0.8, 1], basically: [0.8, 1], partly: [0.6, 0.8], notAchieved: [0, 0.6] } },
    });
  });

  it("budget20 gives the budget block 20 points and review 产出 40", () => {
    expect(BUDGET20_PROFILE).toMatchObject({ budgetPoints: 20, categoryWeights: { output: 40, benefit: 30, satisfaction: 10, budget: 20 } });
  });

  it("are named for staff in their language", () => {
    expect(profileLabel(YITIHUA_PROFILE)).toBe("预算管理一体化系统");
    expect(profileLabel(YITIHUA_PROFILE, "en")).toBe("预算管理一体化 (national budget system)");
    // A custom profile without a label is shown by its name.
    expect(profileLabel(parseProfileOk(custom((p) => delete p.label)))).toBe("my-province");
    expect(profileLabel(parseProfileOk(custom((p) => (p.label = { "zh-CN": "某省方案", en: "a province" }))))).toBe("某省方案");
  });
});

function parseProfileOk(data: unknown): ScoringProfile {
  const r = parseProfile(data);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.profile;
}

describe("a custom profile that is wrong", () => {
  it("names a formula it does not know and the ones it accepts", () => {
    expect(problems(custom((p) => (p.reverseFormula = "log")))).toEqual(['reverseFormula：应为"ratio" 或 "linear"']);
    expect(problems(custom((p) => (p.reverseFormula = "log")), "en")).toEqual(['reverseFormula: expected one of "ratio", "linear"']);
    expect(problems(custom((p) => (p.budgetFormula = "bands")))).toEqual(['budgetFormula：应为"ratio"']);
  });

  it("names a share outside 0..1 with its path", () => {
    expect(problems(custom((p) => ((p.qualitative as { shares: Record<string, number> }).shares.partly = 60)))).toEqual([
      "qualitative.shares.partly：应为 0 到 1 之间的数（满分的比例）",
    ]);
  });

  it("names a missing field and the type it expects", () => {
    expect(problems(custom((p) => delete p.grades), "en")).toEqual(["grades: expected an object"]);
    expect(problems(custom((p) => (p.budgetPoints = "20")))).toEqual(["budgetPoints：应为数字"]);
  });

  it("names a misspelt field instead of ignoring it", () => {
    expect(problems(custom((p) => (p.reverseFomula = "linear")))).toEqual(["reverseFomula：评分方案没有这个字段，请删除或改正拼写"]);
    expect(problems(custom((p) => ((p.grades as Record<string, number>).great = 95)), "en")).toEqual(["grades.great: a scoring profile has no such field: remove it or fix its spelling"]);
  });

  it("names grade edges out of order, a band upside down, and staff choice without bands", () => {
    expect(problems(custom((p) => (p.grades = { excellent: 80, good: 90, fair: 60 })), "en")).toEqual(["grades: expected grade edges with excellent > good > fair"]);
    expect(
      problems(custom((p) => ((p.qualitative as Record<string, unknown>).bands = { achieved: [1, 0.8], basically: [0.8, 1], partly: [0.6, 0.8], notAchieved: [0, 0.6] }), YITIHUA_PROFILE), "en"),
    ).toEqual(["qualitative.bands.achieved: expected [low, high] with low ≤ high (e.g. [0.8, 1])"]);
    expect(problems(custom((p) => ((p.qualitative as Record<string, unknown>).staffChoice = true)))).toEqual(["qualitative.bands：应为各结果的分值区间（staffChoice 为 true 时必填）"]);
  });

  it("says so when the file is not an object at all", () => {
    expect(problems([1, 2], "en")).toEqual(["(the file): expected an object"]);
  });
});

describe("the custom profile docs/profiles.md shows", () => {
  it("is a valid profile", () => {
    const text = readFileSync(path.join(__dirname, "../../docs/profiles.md"), "utf8");
    const json = /## A custom profile[\s\S]*?```json\n([\s\S]*?)```/.exec(text)![1];
    expect(parseProfile(JSON.parse(json))).toMatchObject({ ok: true, profile: { name: "my-province", reverseFormula: "linear", overAchievement: { above: 30, points: 2 } } });
  });
});
