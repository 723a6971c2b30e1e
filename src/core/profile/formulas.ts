/** The part of a profile the rule arithmetic reads (rules/formulas.ts). */
import type { RuleFormulas } from "../rules/formulas";
import type { ScoringProfile } from "./schema";

export function formulasOf(profile: ScoringProfile): RuleFormulas {
  return { reverse: profile.reverseFormula, shares: profile.qualitative.shares };
}
