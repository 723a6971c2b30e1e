/**
 * scoreRule: the points an indicator earns under its rule (DESIGN §5), given the full points N
 * (from the 分值 column or the rule text — the caller decides), the target and the actual.
 *
 * Every score is clamped to [0, N] and rounded to two decimals after removing binary float noise
 * (`0.04 × 200` is 8, not 8.000000000000002). A missing actual gives no score (`null`): for
 * count-like indicators with no log entries the caller passes 0 instead.
 */
import { nameKey } from "../normalize";
import type { Operator, Target } from "../indicator";
import type {
  BandsRule,
  DeductionRule,
  DeviationRule,
  GradedRule,
  PerOccurrenceRule,
  PerUnitRule,
  ScoringRule,
} from "./types";
import { isNotApplicableActual } from "./modifiers";
import { lateness } from "./late";
import { actualNumber, isIrregularTarget, meetsTarget, wordGrade } from "./meets";
import { validPoints } from "../points";
import { DEFAULT_FORMULAS, gradeOfShare, type QualitativeGrade, type ReverseFormula, type RuleFormulas } from "./formulas";

export { meetsTarget } from "./meets";

export interface ScoreInput {
  rule: ScoringRule;
  /** Full points N. */
  full: number;
  operator: Operator | null;
  target: Target | null;
  /** Percent targets take the actual in percent units (98 for 98 %). */
  actual: number | string | null;
  /** The profile's formulas (DESIGN §10); DESIGN §5's when absent. */
  formulas?: RuleFormulas;
}

/** What a score rests on, where a profile can change it (score/adjustments.ts explains it). */
export interface ScoreBasis {
  /** The lower-is-better (反向) formula used on an actual above its target, where ratio and linear differ. */
  reverse?: ReverseFormula;
  /** The 定性 outcome the points are a share of (national default and check-box grades). */
  grade?: QualitativeGrade;
}

export interface RuleScore {
  /** Points earned, or null when they cannot be computed (no actual, no comparable target). */
  score: number | null;
  /** Whether the actual meets the target, or null when that cannot be told. */
  met: boolean | null;
}

/** The profile's formulas and what the score turned out to rest on, for one scoreRule call. */
interface Ctx {
  formulas: RuleFormulas;
  basis: ScoreBasis;
}

/** The arithmetic behind a score, step by step, in both languages (`jixiao rule --actual`). */
export interface Working {
  zh: string[];
  en: string[];
}

// The working of the scoreRule call in progress, when one was asked for. Scoring is synchronous
// and never re-entered, so one slot is enough; each form notes its own arithmetic into it.
let working: Working | null = null;
function note(zh: string, en: string): void {
  working?.zh.push(zh);
  working?.en.push(en);
}
const f = (x: number) => String(round2(x) === x ? x : Number(x.toPrecision(6)));

/** scoreRule, plus the arithmetic that gave the score. */
export function scoreRuleWithWorking(input: ScoreInput): RuleScore & { working: Working; basis: ScoreBasis } {
  const w: Working = { zh: [], en: [] };
  working = w;
  try {
    const result = scoreRuleWithBasis(input);
    if (result.score !== null) note(`得分（两位小数，介于 0 与满分之间）：${f(result.score)}`, `Score (two decimals, between 0 and full): ${f(result.score)}`);
    else note("无法计分：实际值无法与目标值比较", "No score: the actual cannot be compared with the target");
    return { ...result, working: w };
  } finally {
    working = null;
  }
}

/** Comparisons and ⌊⌋ / ⌈⌉ forgive float noise: 0.3 / 0.1 is 3 steps, not 2. */
const EPS = 1e-9;

/** Drop float noise at 12 significant digits. */
function clean(x: number): number {
  return Number(x.toPrecision(12));
}

/** Round to two decimals, half away from zero, after dropping float noise. */
export function round2(x: number): number {
  const r = Math.round(Math.abs(clean(x * 100))) / 100;
  return (x < 0 ? -r : r) + 0;
}

function isUpperBound(operator: Operator | null): boolean {
  return operator === "<=" || operator === "<";
}

function blank(actual: number | string | null): boolean {
  return actual === null || (typeof actual === "string" && nameKey(actual) === "");
}

export function scoreRule(input: ScoreInput): RuleScore {
  const { score, met } = scoreRuleWithBasis(input);
  return { score, met };
}

/** scoreRule, plus what the score rests on where a profile can change it (empty when nothing). */
export function scoreRuleWithBasis(input: ScoreInput): RuleScore & { basis: ScoreBasis } {
  const ctx: Ctx = { formulas: input.formulas ?? DEFAULT_FORMULAS, basis: {} };
  return { ...evaluate(input, ctx), basis: ctx.basis };
}

function evaluate(input: ScoreInput, ctx: Ctx): RuleScore {
  const { rule, full, operator, target, actual } = input;
  if (blank(actual)) return { score: null, met: null };
  // `无此项任务的不扣分`: the indicator does not apply this year (DESIGN §5 form 11).
  if (rule.notApplicableFull && isNotApplicableActual(actual) && validPoints(full) !== null) {
    note(`实际值「${actual}」：无此项任务，得满分 ${f(full)}`, `Actual "${actual}": the task does not apply, full points ${f(full)}`);
    return { score: full, met: true };
  }
  const met = meetsTarget(operator, target, actual);
  // Full points no table can have (negative, NaN, above MAX_POINTS) score nothing.
  if (validPoints(full) === null) return { score: null, met };
  const raw = rawScore(rule, full, operator, target, actual, met, ctx);
  if (raw === null || !Number.isFinite(raw)) return { score: null, met };
  return { score: roundWithin(raw, full), met };
}

/**
 * x clamped to [0, full] and rounded to two decimals — never above `full` even when rounding
 * would carry it there: full points of 6.667 (100 / 15) give at most 6.66, not 6.67, so a
 * total never exceeds its maximum.
 */
export function roundWithin(x: number, full: number): number {
  const s = round2(Math.min(full, Math.max(0, x)));
  return s <= full ? s : Math.max(0, Math.floor(full * 100) / 100);
}

function rawScore(
  rule: ScoringRule,
  N: number,
  operator: Operator | null,
  target: Target | null,
  actual: number | string | null,
  met: boolean | null,
  ctx: Ctx,
): number | null {
  const a = actualNumber(actual);
  switch (rule.rule) {
    case "per-unit":
      return a === null ? null : perUnit(rule, N, a);
    case "deduction": {
      if (target?.kind === "date") {
        // `每延迟1个月扣1分` on a date target: per started unit late (DESIGN §5).
        const late = lateness(target, actual, rule.unit, operator);
        if (late !== null) note(`逾期 ${late} ${rule.unit || "天"}（不足一个单位按一个计）`, `late by ${late} ${rule.unit || "day(s)"} (a started unit counts as one)`);
        return late === null ? allOrNothing(met, N) : deductSteps(rule, N, late);
      }
      if (a === null) return null;
      if (target?.kind !== "number") return allOrNothing(met, N);
      return deduction(rule, N, operator, target, a);
    }
    case "per-occurrence":
      return a === null ? null : perOccurrence(rule, N, operator, target, a);
    case "deviation":
      if (a === null) return null;
      if (target?.kind !== "number") return allOrNothing(met, N);
      return deviation(rule, N, target, a);
    case "all-or-nothing":
      return allOrNothing(met ?? conditionMet(rule.condition, actual), N);
    case "proportional":
      if (a === null) return null;
      if (target?.kind !== "number") return allOrNothing(met, N);
      return ratio(N, operator, target.value, a, ctx);
    case "bands":
      return a === null ? null : bands(rule, N, target, a);
    case "graded":
      return graded(rule, N, actual, met, ctx);
    case "default":
      return nationalDefault(N, operator, target, actual, a, met, ctx);
  }
}

/**
 * Whether a word actual states the rule's condition (`落实`) or its failing (`未落实`), when the
 * target alone cannot tell; null when it says neither.
 */
function conditionMet(condition: string, actual: number | string | null): boolean | null {
  if (typeof actual !== "string" || condition === "") return null;
  const a = nameKey(actual);
  const c = nameKey(condition);
  if (a === c) return true;
  if (/^(未|没有|没|不|无)/.test(a) && c.endsWith(a.replace(/^(未|没有|没|不|无)/, ""))) return false;
  return null;
}

function allOrNothing(met: boolean | null, N: number): number | null {
  if (met !== null) note(met ? `达到目标 → 满分 ${f(N)}` : "未达到目标 → 0", met ? `target met → full ${f(N)}` : "target not met → 0");
  return met === null ? null : met ? N : 0;
}

/** min(N, x × ⌊actual / k⌋). */
function perUnit(rule: PerUnitRule, N: number, a: number): number {
  const units = Math.max(0, Math.floor(clean(a / rule.step) + EPS));
  const r = Math.min(N, clean(rule.points * units));
  note(`min(满分, 每档分 × ⌊实际 ÷ 每档⌋) = min(${f(N)}, ${f(rule.points)} × ⌊${f(a)} ÷ ${f(rule.step)}⌋) = ${f(r)}`, `min(full, points × ⌊actual ÷ step⌋) = min(${f(N)}, ${f(rule.points)} × ⌊${f(a)} ÷ ${f(rule.step)}⌋) = ${f(r)}`);
  return r;
}

/**
 * max(floor, N − x × ⌈gap / k⌉), the deduction capped by maxDeduction. The gap is the shortfall
 * below the target, or the excess above it for upper-bound targets (or when the verb says so).
 * A `%` step on a target that is not a percentage counts the gap relative to the target
 * (`每降低1%扣1分` on 200 篇: 10 篇 short is 5 %).
 */
function deduction(
  rule: DeductionRule,
  N: number,
  operator: Operator | null,
  target: Extract<Target, { kind: "number" }>,
  a: number,
): number {
  const kind = rule.gap === "auto" ? (isUpperBound(operator) ? "excess" : "shortfall") : rule.gap;
  const t = target.value;
  let gap = Math.max(0, kind === "excess" ? a - t : t - a);
  note(
    kind === "excess" ? `超出 = max(0, 实际 − 目标) = max(0, ${f(a)} − ${f(t)}) = ${f(gap)}` : `不足 = max(0, 目标 − 实际) = max(0, ${f(t)} − ${f(a)}) = ${f(gap)}`,
    kind === "excess" ? `excess = max(0, actual − target) = max(0, ${f(a)} − ${f(t)}) = ${f(gap)}` : `shortfall = max(0, target − actual) = max(0, ${f(t)} − ${f(a)}) = ${f(gap)}`,
  );
  if (rule.unit === "%" && !target.percent && t > 0) {
    gap = (gap / t) * 100;
    note(`按目标的百分比计：${f(gap)}%`, `as a percentage of the target: ${f(gap)}%`);
  }
  return deductSteps(rule, N, gap);
}

/** max(floor, N − x × ⌈gap / k⌉), at most maxDeduction off: what forms 2, 7 and 8 share. */
function deductSteps(rule: Pick<DeductionRule, "step" | "points" | "floor" | "maxDeduction">, N: number, gap: number): number {
  const steps = Math.max(0, Math.ceil(clean(Math.max(0, gap) / rule.step) - EPS));
  let off = clean(rule.points * steps);
  if (rule.maxDeduction !== null) off = Math.min(off, rule.maxDeduction);
  const r = Math.max(rule.floor, N - off);
  note(
    `⌈${f(Math.max(0, gap))} ÷ ${f(rule.step)}⌉ = ${steps} 档，扣 ${f(rule.points)} × ${steps} = ${f(off)}${rule.maxDeduction !== null ? `（最多扣 ${f(rule.maxDeduction)}）` : ""}；max(${f(rule.floor)}, ${f(N)} − ${f(off)}) = ${f(r)}`,
    `⌈${f(Math.max(0, gap))} ÷ ${f(rule.step)}⌉ = ${steps} step(s), ${f(rule.points)} × ${steps} = ${f(off)} off${rule.maxDeduction !== null ? ` (at most ${f(rule.maxDeduction)})` : ""}; max(${f(rule.floor)}, ${f(N)} − ${f(off)}) = ${f(r)}`,
  );
  return r;
}

/**
 * Occurrences over the target (usually 0): each one costs the points (the first clause's when
 * the rule has several, DESIGN §5 form 7). A target that is not a number counts from 0.
 */
function perOccurrence(rule: PerOccurrenceRule, N: number, operator: Operator | null, target: Target | null, a: number): number {
  const t = target?.kind === "number" ? target.value : 0;
  // A positive target to reach (`≥5项`): the actual counts what was done, not failures, and each
  // one short of the target is the occurrence that costs the points.
  if (t > 0 && !isUpperBound(operator)) {
    note(`目标 ${f(t)} 为应完成数：每少一项扣分，不足 = max(0, ${f(t)} − ${f(a)}) = ${f(Math.max(0, t - a))}`, `target ${f(t)} is a count to reach: shortfall = max(0, ${f(t)} − ${f(a)}) = ${f(Math.max(0, t - a))}`);
    return deductSteps(rule, N, t - a);
  }
  note(`超出目标的次数 = max(0, ${f(a)} − ${f(t)}) = ${f(Math.max(0, a - t))}`, `occurrences over the target = max(0, ${f(a)} − ${f(t)}) = ${f(Math.max(0, a - t))}`);
  return deductSteps(rule, N, a - t);
}

/**
 * |actual − target|: in percentage points for a percentage target, as a percentage of the
 * target for a `%` step on another target (DESIGN §5 form 8). A target of 0 never divides.
 */
function deviation(rule: DeviationRule, N: number, target: Extract<Target, { kind: "number" }>, a: number): number {
  const t = target.value;
  let dev = Math.abs(a - t);
  note(`偏差 = |实际 − 目标| = |${f(a)} − ${f(t)}| = ${f(dev)}`, `deviation = |actual − target| = |${f(a)} − ${f(t)}| = ${f(dev)}`);
  if (rule.unit === "%" && !target.percent) {
    if (t <= 0) return dev <= EPS ? N : rule.floor;
    dev = (dev / t) * 100;
    note(`按目标的百分比计：${f(dev)}%`, `as a percentage of the target: ${f(dev)}%`);
  }
  return deductSteps(rule, N, dev);
}

/**
 * N × min(1, actual / target); lower is better: N × min(1, target / actual), actual 0 → N — or,
 * under a profile's `linear` 反向 formula, N × max(0, 1 − (actual − target) / target).
 */
function ratio(N: number, operator: Operator | null, t: number, a: number, ctx: Ctx): number {
  if (isUpperBound(operator) && t > 0 && a > t + EPS) ctx.basis.reverse = ctx.formulas.reverse;
  if (ctx.basis.reverse === "linear") {
    const r = N * Math.max(0, 1 - (a - t) / t);
    note(`满分 × max(0, 1 − (实际 − 目标) ÷ 目标) = ${f(N)} × max(0, 1 − (${f(a)} − ${f(t)}) ÷ ${f(t)}) = ${f(r)}（反向指标线性计分，实际达目标两倍得 0）`, `full × max(0, 1 − (actual − target) ÷ target) = ${f(N)} × max(0, 1 − (${f(a)} − ${f(t)}) ÷ ${f(t)}) = ${f(r)} (lower-is-better, linear: 0 at twice the target)`);
    return r;
  }
  const r = ratioOf(N, operator, t, a);
  if (isUpperBound(operator) && a > 0) note(`满分 × min(1, 目标 ÷ 实际) = ${f(N)} × min(1, ${f(t)} ÷ ${f(a)}) = ${f(r)}`, `full × min(1, target ÷ actual) = ${f(N)} × min(1, ${f(t)} ÷ ${f(a)}) = ${f(r)}`);
  else if (!isUpperBound(operator) && t > 0) note(`满分 × min(1, 实际 ÷ 目标) = ${f(N)} × min(1, ${f(a)} ÷ ${f(t)}) = ${f(r)}`, `full × min(1, actual ÷ target) = ${f(N)} × min(1, ${f(a)} ÷ ${f(t)}) = ${f(r)}`);
  else note(`目标为 ${f(t)}（不作除数）：${r === N ? "达到 → 满分" : "未达到 → 0"}`, `target ${f(t)} (never divided by): ${r === N ? "met → full" : "not met → 0"}`);
  return r;
}

function ratioOf(N: number, operator: Operator | null, t: number, a: number): number {
  if (isUpperBound(operator)) {
    if (a <= 0) return N;
    return N * Math.min(1, Math.max(0, t) / a);
  }
  if (t <= 0) return a >= t - EPS ? N : 0;
  return N * Math.min(1, Math.max(0, a) / t);
}

function inBand(v: number, b: BandsRule["bands"][number]): boolean {
  if (b.min !== null && !(b.minInclusive ? v >= b.min - EPS : v > b.min + EPS)) return false;
  if (b.max !== null && !(b.maxInclusive ? v <= b.max + EPS : v < b.max - EPS)) return false;
  return true;
}

/**
 * The first band (in the text's order) the actual falls in. Outside every band: 0 — except when
 * every band takes points off (`低于90%扣2分`), where outside them nothing is taken off (N).
 * Percent bands on a target that is not a percentage compare the completion rate
 * actual / target × 100.
 */
function bands(rule: BandsRule, N: number, target: Target | null, a: number): number {
  const relative = rule.percent && target?.kind === "number" && !target.percent && target.value > 0;
  const v = relative ? clean((a / target.value) * 100) : a;
  if (relative) note(`完成率 = 实际 ÷ 目标 × 100 = ${f(a)} ÷ ${f(target.value)} × 100 = ${f(v)}%`, `completion = actual ÷ target × 100 = ${f(a)} ÷ ${f(target.value)} × 100 = ${f(v)}%`);
  // Bands that only deduct: the most severe one that applies, not their sum (unless 累计).
  if (rule.bands.every((b) => b.deduct)) {
    const off = rule.bands.filter((b) => inBand(v, b)).map((b) => b.points ?? N);
    const taken = off.length === 0 ? 0 : rule.cumulative ? off.reduce((x, y) => x + y, 0) : Math.max(...off);
    note(
      off.length === 0 ? `${f(v)} 不在任何扣分档内 → 满分 ${f(N)}` : `${f(v)} 落在 ${off.length} 个扣分档内，${rule.cumulative ? "累计" : "按最重的一档"}扣 ${f(taken)} → ${f(N - taken)}`,
      off.length === 0 ? `${f(v)} is in no deduction band → full ${f(N)}` : `${f(v)} is in ${off.length} deduction band(s): ${f(taken)} off (${rule.cumulative ? "added up" : "the most severe"}) → ${f(N - taken)}`,
    );
    return N - taken;
  }
  const band = rule.bands.find((b) => inBand(v, b));
  if (!band) {
    note(`${f(v)} 不在任何一档内 → 0`, `${f(v)} is in no band → 0`);
    return 0;
  }
  note(`${f(v)} 落在第 ${rule.bands.indexOf(band) + 1} 档`, `${f(v)} is in band ${rule.bands.indexOf(band) + 1}`);
  if (band.range) return withinRange(band, band.range, relative ? 100 : target?.kind === "number" ? target.value : null, v);
  if (band.points === null) return N;
  return band.deduct ? N - band.points : band.points;
}

/**
 * A band whose points are a range (`90%以上（8分至10分）`): linear from the low end at the band's
 * lower edge to the high end at its upper edge — the target when the band is open above (DESIGN
 * §5 form 9). Without a lower edge, or with no width to spread over, the high end.
 */
function withinRange(band: BandsRule["bands"][number], range: { low: number; high: number }, target: number | null, v: number): number {
  const lo = band.min;
  const hi = band.max ?? target;
  if (lo === null || hi === null || hi <= lo) return range.high;
  const share = Math.min(1, Math.max(0, (v - lo) / (hi - lo)));
  const r = range.low + (range.high - range.low) * share;
  note(
    `档内按比例：${f(range.low)} + (${f(range.high)} − ${f(range.low)}) × (${f(v)} − ${f(lo)}) ÷ (${f(hi)} − ${f(lo)}) = ${f(r)}`,
    `linear within the band: ${f(range.low)} + (${f(range.high)} − ${f(range.low)}) × (${f(v)} − ${f(lo)}) ÷ (${f(hi)} − ${f(lo)}) = ${f(r)}`,
  );
  return r;
}

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
function graded(
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
function nationalDefault(
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
