/**
 * One indicator's score under a scoring profile (DESIGN §10): the rule's score by DESIGN §5, then
 * what the profile changes — its 反向 formula and 定性 shares (inside the rule arithmetic), an
 * over-achievement deduction, and a 定性 score staff chose within its band — each kept as an
 * adjustment that says what it did. Under `default` nothing changes and there are none.
 */
import type { CellValue } from "../grid";
import type { Lang } from "../issues";
import type { ScoringProfile } from "../profile/schema";
import { formulasOf } from "../profile/formulas";
import { actualNumber } from "../rules/meets";
import { roundWithin, scoreRuleWithBasis, type ScoreBasis, type ScoreInput } from "../rules/evaluate";
import type { QualitativeGrade } from "../rules/formulas";
import { adjustment, type ScoreAdjustment } from "./adjustments";

export interface ProfiledScore {
  score: number | null;
  met: boolean | null;
  basis: ScoreBasis;
  adjustments: ScoreAdjustment[];
}

/** Float noise in comparisons (a band edge of 0.8 × 10). */
const EPS = 1e-9;

export function scoreWithProfile(input: Omit<ScoreInput, "formulas">, profile: ScoringProfile, lang: Lang = "zh-CN"): ProfiledScore {
  const base = scoreRuleWithBasis(input);
  const formulas = formulasOf(profile);
  const own = scoreRuleWithBasis({ ...input, formulas });
  const adjustments: ScoreAdjustment[] = [];
  const a = actualNumber(input.actual);
  const t = input.target?.kind === "number" ? input.target.value : null;
  if (own.score !== base.score) {
    if (own.basis.reverse === "linear" && a !== null && t !== null)
      adjustments.push(adjustment({ code: "reverse-linear", full: input.full, target: t, actual: a }, base.score, own.score, lang));
    else if (own.basis.grade) adjustments.push(adjustment({ code: "qualitative-share", grade: own.basis.grade, share: formulas.shares[own.basis.grade] }, base.score, own.score, lang));
  }
  let score = own.score;
  // 指标偏离: a higher-is-better numeric target overshot by more than the profile's percentage.
  const over = profile.overAchievement;
  const upper = input.operator === "<=" || input.operator === "<";
  if (over && score !== null && a !== null && t !== null && t > 0 && !upper && a > t * (1 + over.above / 100) + EPS) {
    const to = roundWithin(score - over.points, input.full);
    adjustments.push(adjustment({ code: "over-achievement", target: t, actual: a, above: over.above, points: over.points }, score, to, lang));
    score = to;
  }
  return { score, met: own.met, basis: own.basis, adjustments };
}

/** The band of points a 定性 outcome allows under the profile, when staff may choose within it. */
export function staffBand(profile: ScoringProfile, grade: QualitativeGrade | undefined, full: number): { grade: QualitativeGrade; low: number; high: number } | null {
  const bands = profile.qualitative.bands;
  if (!profile.qualitative.staffChoice || !bands || !grade) return null;
  const [low, high] = bands[grade];
  return { grade, low: roundWithin(low * full, full), high: roundWithin(high * full, full) };
}

/** A typed 得分 as points: a number, or numeric text (`9`, `８.5`); null for anything else. */
export function typedPoints(v: CellValue): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  return typeof v === "string" ? actualNumber(v) : null;
}

export function withinBand(points: number, band: { low: number; high: number }): boolean {
  return points >= band.low - EPS && points <= band.high + EPS;
}
