/**
 * What can be wrong with a custom scoring profile (DESIGN §10: a bad one is exit 2 naming the
 * field and what it expects), as Problems: a closed code list, each code's parameters, and the
 * message of each in both languages (`qualitative.shares.partly：应为 0 到 1 之间的数（满分的比例）`).
 * Every code names the field's path (`""` for the whole file).
 */
import type { Lang } from "../lang";
import { problemMessage, type Problem, type ProblemMessages } from "../problem";

/** The number fields whose whole accepted range is said, rather than the one bound broken. */
export type ProfileRange = "share" | "percent-0-100" | "budget-points" | "over-percent" | "over-points";

interface Field {
  /** The field's path, `qualitative.shares.partly`; `""` for the whole file. */
  field: string;
}

export type ProfileProblemParams = {
  /** The field has the wrong JSON type (`string`, `number`, `object`, `array` …). */
  "wrong-type": Field & { type: string };
  /** The field is none of the values it may take (each as JSON: `"ratio"`). */
  "wrong-value": Field & { values: string[] };
  "too-few-items": Field & { minimum: number };
  "too-many-items": Field & { maximum: number };
  "empty-text": Field;
  "out-of-range": Field & { range: ProfileRange };
  "number-bound": Field & { op: "≥" | ">" | "≤" | "<"; bound: number };
  /** Not a field a profile has (a misspelling, most likely). */
  "unknown-field": Field;
  /** A staff-choice band `[low, high]` with low above high. */
  "band-order": Field;
  /** Grade edges not in the order excellent > good > fair. */
  "grade-order": Field;
  /** `qualitative.staffChoice` is true but the bands are missing. */
  "bands-needed": Field;
  /** Anything else the schema says (its own words, in both languages). */
  invalid: Field & { message: string };
};

export type ProfileProblemCode = keyof ProfileProblemParams;
export type ProfileProblem = { [C in ProfileProblemCode]: Problem<C, ProfileProblemParams[C]> }[ProfileProblemCode];

const TYPE_ZH: Record<string, string> = { string: "文字", number: "数字", boolean: "true 或 false", object: "对象 {…}", array: "数组 […]", tuple: "数组 [低, 高]" };
const typeEn = (t: string) => (t === "object" ? "an object" : t === "array" || t === "tuple" ? "an array" : `a ${t}`);

const RANGE: Record<ProfileRange, Record<Lang, string>> = {
  share: { "zh-CN": " 0 到 1 之间的数（满分的比例）", en: "a number from 0 to 1 (a share of the full points)" },
  "percent-0-100": { "zh-CN": " 0 到 100 之间的数", en: "a number from 0 to 100" },
  "budget-points": { "zh-CN": "大于 0、不超过 50 的分数（通常为 10 或 20）", en: "points above 0 and at most 50 (usually 10 or 20)" },
  "over-percent": { "zh-CN": "大于 0 的百分数（如 30）", en: "a percentage above 0 (e.g. 30)" },
  "over-points": { "zh-CN": "大于 0 的分数（如 2）", en: "points above 0 (e.g. 2)" },
};

const fieldZh = (f: string) => f || "（整个文件）";
const fieldEn = (f: string) => f || "(the file)";
/** `field：应为…` / `field: expected …`: what every code but unknown-field says. */
const expects = <P extends Field>(zh: (p: P) => string, en: (p: P) => string) => ({
  "zh-CN": (p: P) => `${fieldZh(p.field)}：应为${zh(p)}`,
  en: (p: P) => `${fieldEn(p.field)}: expected ${en(p)}`,
});

/** The message of each code in each language. */
export const PROFILE_PROBLEM_MESSAGES: ProblemMessages<ProfileProblemParams> = {
  "wrong-type": expects((p) => TYPE_ZH[p.type] ?? p.type, (p) => typeEn(p.type)),
  "wrong-value": expects((p) => p.values.join(" 或 "), (p) => (p.values.length === 1 ? p.values[0] : `one of ${p.values.join(", ")}`)),
  "too-few-items": expects((p) => `至少 ${p.minimum} 项`, (p) => `at least ${p.minimum} item(s)`),
  "too-many-items": expects((p) => `至多 ${p.maximum} 项`, (p) => `at most ${p.maximum} item(s)`),
  "empty-text": expects(() => "非空文字", () => "a non-empty text"),
  "out-of-range": expects((p) => RANGE[p.range]["zh-CN"], (p) => RANGE[p.range].en),
  "number-bound": expects((p) => `${p.op} ${p.bound} 的数`, (p) => `a number ${p.op} ${p.bound}`),
  "unknown-field": {
    "zh-CN": (p) => `${fieldZh(p.field)}：评分方案没有这个字段，请删除或改正拼写`,
    en: (p) => `${fieldEn(p.field)}: a scoring profile has no such field: remove it or fix its spelling`,
  },
  "band-order": expects(() => "[低, 高]，低不大于高（如 [0.8, 1]）", () => "[low, high] with low ≤ high (e.g. [0.8, 1])"),
  "grade-order": expects(() => "excellent（优）> good（良）> fair（中）的分数线", () => "grade edges with excellent > good > fair"),
  "bands-needed": expects(() => "各结果的分值区间（staffChoice 为 true 时必填）", () => "the band of each outcome (needed when staffChoice is true)"),
  invalid: expects((p) => p.message, (p) => p.message),
};

/** `qualitative.shares.partly：应为 0 到 1 之间的数` / `qualitative.shares.partly: expected a number from 0 to 1`. */
export function problemText(problem: ProfileProblem, lang: Lang = "zh-CN"): string {
  return problemMessage(PROFILE_PROBLEM_MESSAGES, problem, lang);
}
