/**
 * Scoring words (DESIGN §5): graded rules (`优得10分，良得8分`, `不齐全扣2分`) and the national
 * default (财政部 项目支出绩效自评) with its 定性 shares, as the profile sets them.
 */
import { nameKey } from "../normalize";
import type { Operator, Target } from "../indicator";
import type { GradedRule } from "./types";
import { isIrregularTarget, wordGrade } from "./meets";
import { gradeOfShare } from "./formulas";
import { f, note, type Ctx } from "./evaluate-working";
import { allOrNothing, ratio } from "./evaluate-numbers";

/** `不齐全` must not count as `齐全`: a grade word preceded by a negation is not that grade. */
const NEGATION_BEFORE = /(不|未|没有|没|无|非)$/;

function matchesGrade(actual: string, word: string): boolean {
  if (word === "") return false;
  let i = actual.indexOf(word);
  while (i >= 0) {
    if (!NEGATION_BEFORE.test(actual.slice(0, i))) return true;
    i = actual.indexOf(word, i + 1);
  }
  // `合格` for the grade `质量合格`: the word ends with the actual, without a negation before it.
  if (actual !== "" && word.endsWith(actual)) {
    return !NEGATION_BEFORE.test(word.slice(0, word.length - actual.length));
  }
  return false;
}

/**
 * The grade whose word the actual matches, longest word first (`不齐全` before `齐全`). No match:
 * the top grade when the actual meets the target, 0 when it does not.
 */
export function graded(
  rule: GradedRule,
  N: number,
  actual: number | string | null,
  met: boolean | null,
  ctx: Ctx,
): number | null {
  const text = nameKey(String(actual));
  const byLength = [...rule.grades].sort((x, y) => nameKey(y.word).length - nameKey(x.word).length);
  const grade = byLength.find((g) => matchesGrade(text, nameKey(g.word)));
  if (grade) {
    note(`「${String(actual)}」对应等级「${grade.word}」`, `"${String(actual)}" is the grade "${grade.word}"`);
    if (grade.share !== undefined) return N * shareOf(grade.share, ctx);
    if (grade.points === null) return N;
    return grade.deduct ? N - grade.points : grade.points;
  }
  // Only failings are graded (`无批准扣5分,无登记扣3分`): an actual that names none loses nothing.
  if (rule.grades.every((g) => g.deduct)) {
    note(`「${String(actual)}」不属于任何扣分情形 → 满分 ${f(N)}`, `"${String(actual)}" is none of the failings → full ${f(N)}`);
    return N;
  }
  if (met === null) return null;
  if (!met) return 0;
  const awards = rule.grades.filter((g) => !g.deduct);
  if (awards.some((g) => g.points === null)) return N;
  return Math.max(0, ...awards.map((g) => g.points ?? 0));
}

/**
 * The national default (财政部 项目支出绩效自评): numbers by ratio to the target; words by grade
 * — a met target earns N, otherwise the grade's share (良 0.8, 中 0.6, 差 0), at most 0.8 N
 * since a target not met cannot earn the share of a met one (合格 against a 优 target).
 */
export function nationalDefault(
  N: number,
  operator: Operator | null,
  target: Target | null,
  actual: number | string | null,
  a: number | null,
  met: boolean | null,
  ctx: Ctx,
): number | null {
  if (a !== null) {
    if (target?.kind === "number") return ratio(N, operator, target.value, a, ctx);
    if (target?.kind === "word" && isIrregularTarget(target.word)) return allOrNothing(met, N);
    if (target?.kind === "date") return allOrNothing(met, N);
    return null;
  }
  const shares = ctx.formulas.shares;
  if (met === true) {
    ctx.basis.grade = "achieved";
    return N * shares.achieved;
  }
  const g = wordGrade(String(actual));
  if (g === null) {
    if (met === false) ctx.basis.grade = "notAchieved";
    return met === false ? 0 : null;
  }
  // Not met: at most the 基本达成 share (DESIGN §5's 0.8 N).
  const grade = gradeOfShare(g.share);
  const capped = met === false && shares[grade] > shares.basically;
  ctx.basis.grade = capped ? "basically" : grade;
  return N * shares[ctx.basis.grade];
}

/** A national default share (1, 0.8, 0.6, 0) as the profile's share of the same 定性 outcome. */
function shareOf(share: number, ctx: Ctx): number {
  const grade = gradeOfShare(share);
  ctx.basis.grade = grade;
  return ctx.formulas.shares[grade];
}
