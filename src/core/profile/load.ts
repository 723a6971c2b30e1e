/**
 * Profiles by name or from parsed JSON (DESIGN §10). The core stays pure: a host reads the file
 * and parses it; here the object is checked, and a bad one says which field is wrong and what it
 * should be (`reverseFormula：应为 "ratio" 或 "linear"`) as a Problem (problems.ts), for the CLI's exit 2.
 */
import type { z } from "zod";
import type { Lang } from "../lang";
import { BUILTIN_PROFILES, DEFAULT_PROFILE } from "./builtins";
import { ProfileSchema, type ScoringProfile } from "./schema";
import type { ProfileProblem, ProfileRange } from "./problems";

export { DEFAULT_PROFILE };
export { problemText, PROFILE_PROBLEM_MESSAGES, type ProfileProblem, type ProfileProblemCode, type ProfileProblemParams } from "./problems";

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

const quote = (v: unknown) => JSON.stringify(v);

/** One zod issue as the Problem it is (problems.ts): the field's path and what it expects. */
function problemOf(issue: z.core.$ZodIssue): ProfileProblem {
  const path = issue.path.map(String);
  const field = path.join(".");
  switch (issue.code) {
    case "invalid_type":
      return { code: "wrong-type", params: { field, type: String(issue.expected) } };
    case "invalid_value":
      return { code: "wrong-value", params: { field, values: issue.values.map(quote) } };
    case "too_small":
    case "too_big": {
      const small = issue.code === "too_small";
      const bound = Number(small ? issue.minimum : issue.maximum);
      if (issue.origin === "array") return small ? { code: "too-few-items", params: { field, minimum: bound } } : { code: "too-many-items", params: { field, maximum: bound } };
      if (issue.origin === "string") return { code: "empty-text", params: { field } };
      const range = rangeOf(path);
      if (range) return { code: "out-of-range", params: { field, range } };
      const op = small ? (issue.inclusive ? "≥" : ">") : issue.inclusive ? "≤" : "<";
      return { code: "number-bound", params: { field, op, bound } };
    }
    case "unrecognized_keys":
      return { code: "unknown-field", params: { field: [...path, issue.keys[0]].join(".") } };
    default: {
      const refinement = REFINEMENTS[issue.message];
      return refinement ? { code: refinement, params: { field } } : { code: "invalid", params: { field, message: issue.message } };
    }
  }
}

/** The schema's own refinements (schema.ts), by their message. */
const REFINEMENTS: Record<string, "band-order" | "grade-order" | "bands-needed"> = {
  "low ≤ high": "band-order",
  "excellent > good > fair": "grade-order",
  "qualitative.bands when staffChoice is true": "bands-needed",
};

/** The whole range a number field accepts, when one bound is broken: clearer than one side of it. */
function rangeOf(path: string[]): ProfileRange | null {
  const [head, ...rest] = path;
  if (head === "qualitative") return "share";
  if (head === "grades" || head === "executionCaps" || head === "categoryWeights") return "percent-0-100";
  if (head === "budgetPoints") return "budget-points";
  if (head === "overAchievement") return rest[0] === "above" ? "over-percent" : "over-points";
  return null;
}
