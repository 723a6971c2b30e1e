/**
 * `jixiao rule "<text>" --actual … --profile P`: what Score gives for one actual under a scoring
 * profile (DESIGN §10) — the rule's arithmetic with the profile's formulas, the adjustments the
 * profile makes, and, where staff may choose a 定性 score, the band they may choose in.
 */
import type { Lang } from "../issues";
import { formulasOf } from "../profile/formulas";
import type { ScoringProfile } from "../profile/schema";
import { parseRule } from "../rules/parse";
import { whatIf, type WhatIf } from "../rules/what-if";
import type { QualitativeGrade } from "../rules/formulas";
import type { ScoreAdjustment } from "./adjustments";
import { scoreWithProfile, staffBand } from "./profiled";

export interface ProfileWhatIf extends WhatIf {
  profile: string;
  adjustments?: ScoreAdjustment[];
  /** Where staff may choose the 定性 score (the profile's staffChoice): its outcome's band. */
  band?: { grade: QualitativeGrade; low: number; high: number };
}

export function whatIfUnderProfile(text: string, opts: { target?: string; actual: string; full?: number }, profile: ScoringProfile, lang: Lang = "zh-CN"): ProfileWhatIf {
  const base = whatIf(text, { ...opts, formulas: formulasOf(profile) });
  if (base.full === null) return { ...base, profile: profile.name };
  const scored = scoreWithProfile({ rule: parseRule(text), full: base.full, operator: base.operator, target: base.target, actual: base.actual }, profile, lang);
  const band = scored.score === null ? null : staffBand(profile, scored.basis.grade, base.full);
  return {
    ...base,
    score: scored.score,
    profile: profile.name,
    ...(scored.adjustments.length ? { adjustments: scored.adjustments } : {}),
    ...(band ? { band } : {}),
  };
}
