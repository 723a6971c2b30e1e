/**
 * Profiles by name or from parsed JSON (DESIGN §10). The core stays pure: a host reads the file
 * and parses it; here the object is checked, and a bad one says which field is wrong and what it
 * should be (`reverseFormula：应为 "ratio" 或 "linear"`), in both languages, for the CLI's exit 2.
 */
import type { z } from "zod";
import type { Lang } from "../issues";
import { BUILTIN_PROFILES, DEFAULT_PROFILE } from "./builtins";
import { ProfileSchema, type ScoringProfile } from "./schema";

export { DEFAULT_PROFILE };

/**
 * One thing wrong with a profile: the field's path (`qualitative.shares.partly`) and what it
 * expects; `unknown` when the field is not one a profile has (a misspelling, most likely).
 */
export interface ProfileProblem {
  field: string;
  expected: Record<Lang, string>;
  unknown?: true;
}

export type ProfileResult = { ok: true; profile: ScoringProfile } | { ok: false; problems: ProfileProblem[] };

export const BUILTIN_PROFILE_NAMES: readonly string[] = BUILTIN_PROFILES.map((p) => p.name);

/** A built-in profile by its name (`default`, `yitihua`, `budget20`), or null. */
export function builtinProfile(name: string): ScoringProfile | null {
  return BUILTIN_PROFILES.find((p) => p.name === name.trim()) ?? null;
}

/** A custom profile from its parsed JSON. */
export function parseProfile(data: unknown): ProfileResult {
  const parsed = ProfileSchema.safeParse(data);
  if (parsed.success) return { ok: true, profile: parsed.data };
  return { ok: false, problems: parsed.error.issues.map(problemOf) };
}

/** The name staff see: the label in their language, else the name. */
export function profileLabel(profile: ScoringProfile, lang: Lang = "zh-CN"): string {
  return profile.label?.[lang] ?? profile.name;
}

/** `qualitative.shares.partly：应为 0 到 1 之间的数` / `qualitative.shares.partly: expected a number from 0 to 1`. */
export function problemText(problem: ProfileProblem, lang: Lang = "zh-CN"): string {
  const field = problem.field || (lang === "en" ? "(the file)" : "（整个文件）");
  if (problem.unknown) return lang === "en" ? `${field}: ${problem.expected.en}` : `${field}：${problem.expected["zh-CN"]}`;
  return lang === "en" ? `${field}: expected ${problem.expected.en}` : `${field}：应为${problem.expected["zh-CN"]}`;
}

const quote = (v: unknown) => JSON.stringify(v);

const TYPE_ZH: Record<string, string> = { string: "文字", number: "数字", boolean: "true 或 false", object: "对象 {…}", array: "数组 […]", tuple: "数组 [低, 高]" };

function problemOf(issue: z.core.$ZodIssue): ProfileProblem {
  const path = issue.path.map(String);
  const field = path.join(".");
  switch (issue.code) {
    case "invalid_type": {
      const t = String(issue.expected);
      return { field, expected: { "zh-CN": TYPE_ZH[t] ?? t, en: t === "object" ? "an object" : t === "array" || t === "tuple" ? "an array" : `a ${t}` } };
    }
    case "invalid_value": {
      const values = issue.values.map(quote);
      return { field, expected: { "zh-CN": values.join(" 或 "), en: values.length === 1 ? values[0] : `one of ${values.join(", ")}` } };
    }
    case "too_small":
    case "too_big": {
      const bound = issue.code === "too_small" ? issue.minimum : issue.maximum;
      if (issue.origin === "array") {
        return { field, expected: issue.code === "too_small" ? { "zh-CN": `至少 ${bound} 项`, en: `at least ${bound} item(s)` } : { "zh-CN": `至多 ${bound} 项`, en: `at most ${bound} item(s)` } };
      }
      if (issue.origin === "string") return { field, expected: { "zh-CN": "非空文字", en: "a non-empty text" } };
      const range = numberRange(path);
      if (range) return { field, expected: range };
      const op = issue.code === "too_small" ? (issue.inclusive ? "≥" : ">") : issue.inclusive ? "≤" : "<";
      return { field, expected: { "zh-CN": `${op} ${bound} 的数`, en: `a number ${op} ${bound}` } };
    }
    case "unrecognized_keys":
      return {
        field: [...path, issue.keys[0]].join("."),
        unknown: true,
        expected: { "zh-CN": "评分方案没有这个字段，请删除或改正拼写", en: "a scoring profile has no such field: remove it or fix its spelling" },
      };
    default:
      return { field, expected: CUSTOM[issue.message] ?? { "zh-CN": issue.message, en: issue.message } };
  }
}

/** The schema's own refinements (schema.ts), by their message. */
const CUSTOM: Record<string, Record<Lang, string>> = {
  "low ≤ high": { "zh-CN": "[低, 高]，低不大于高（如 [0.8, 1]）", en: "[low, high] with low ≤ high (e.g. [0.8, 1])" },
  "excellent > good > fair": { "zh-CN": "excellent（优）> good（良）> fair（中）的分数线", en: "grade edges with excellent > good > fair" },
  "qualitative.bands when staffChoice is true": {
    "zh-CN": "各结果的分值区间（staffChoice 为 true 时必填）",
    en: "the band of each outcome (needed when staffChoice is true)",
  },
};

/** The whole range a number field accepts, when one bound is broken: clearer than one side of it. */
function numberRange(path: string[]): Record<Lang, string> | null {
  const [head, ...rest] = path;
  if (head === "qualitative") return { "zh-CN": " 0 到 1 之间的数（满分的比例）", en: "a number from 0 to 1 (a share of the full points)" };
  if (head === "grades" || head === "executionCaps" || head === "categoryWeights") return { "zh-CN": " 0 到 100 之间的数", en: "a number from 0 to 100" };
  if (head === "budgetPoints") return { "zh-CN": "大于 0、不超过 50 的分数（通常为 10 或 20）", en: "points above 0 and at most 50 (usually 10 or 20)" };
  if (head === "overAchievement" && rest[0] === "above") return { "zh-CN": "大于 0 的百分数（如 30）", en: "a percentage above 0 (e.g. 30)" };
  if (head === "overAchievement") return { "zh-CN": "大于 0 的分数（如 2）", en: "points above 0 (e.g. 2)" };
  return null;
}
