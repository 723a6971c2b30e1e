/**
 * A 评（扣）分标准 text understood as a scoring rule (DESIGN §5). `full` is the maximum the text
 * states (`12分，…`), or null when it states none (the 分值 column then supplies it).
 */
export type RuleKind =
  | "per-unit"
  | "deduction"
  | "per-occurrence"
  | "deviation"
  | "all-or-nothing"
  | "proportional"
  | "bands"
  | "graded"
  | "default";

export const RULE_KINDS: RuleKind[] = [
  "per-unit",
  "deduction",
  "per-occurrence",
  "deviation",
  "all-or-nothing",
  "proportional",
  "bands",
  "graded",
  "default",
];

/** One band of a banded rule: actual in [min, max] (bounds as the text states them) → points. */
export interface Band {
  min: number | null;
  minInclusive: boolean;
  max: number | null;
  maxInclusive: boolean;
  /** Points for this band; `null` means full points (`得满分`). */
  points: number | null;
  /** `80%-90%扣2分`: the points are taken off the full points. Absent when awarded. */
  deduct?: true;
  /**
   * `90%以上（8分至10分）`: the band's points are a range, rising linearly across the band from
   * `low` at its lower edge to `high` at its upper edge (the target when it is open); `points`
   * is then `high`.
   */
  range?: { low: number; high: number };
}

export interface Grade {
  /** The word as written (`充分`, `齐全`), without lead-ins (`评价为`) or a trailing `的`. */
  word: string;
  /** Points for this grade; `null` means full points (`得满分`). */
  points: number | null;
  /** `不齐全的扣2分`: the points are taken off the full points. Absent when awarded. */
  deduct?: true;
  /** Check-box grades (`优☐良☐中☐差☐`) name no points: the share of the full points (优 1, 良 0.8 …). */
  share?: number;
}

interface RuleBase {
  /** The text as given, verbatim. */
  text: string;
  /** Maximum points stated by the text, or null. */
  full: number | null;
  /** A unit the rule text speaks of (`期` in `完成1期得1分`), for unit-mismatch; "" if none. */
  unit: string;
  /** `无此项任务的不扣分`, `不涉及的按满分计`: full points when the actual is 无 / 不适用 / 不涉及. */
  notApplicableFull?: true;
  /** `酌情扣分`: the text leaves the points to judgement (rule-judgement). */
  discretion?: true;
}

/** 完成k<单位>得x分 → min(N, x × ⌊actual / k⌋). */
export interface PerUnitRule extends RuleBase {
  rule: "per-unit";
  step: number;
  points: number;
}

/**
 * 每少k<单位>扣x分 (shortfall below target) or 每超过k<单位>扣x分 (excess above target)
 * → max(floor, N − x × ⌈gap / k⌉). `gap: "auto"` lets the operator decide (upper-bound targets
 * count the excess). `percentPoints` when the step is in 百分点 / % of a percentage target.
 */
export interface DeductionRule extends RuleBase {
  rule: "deduction";
  step: number;
  points: number;
  gap: "shortfall" | "excess" | "auto";
  /** The lowest score the deduction can reach (0 unless the text says otherwise). */
  floor: number;
  /** The most that can be deducted (`扣完20分为止`, `扣满N分为止`), or null. */
  maxDeduction: number | null;
}

/**
 * Per occurrence (DESIGN §5 form 7): `每发生1起安全事故扣2分`, `出现一次扣1分`, `扣1分/次` → the
 * actual counts occurrences: max(floor, N − x × ⌈max(0, actual − target) / k⌉). Several clauses
 * with their own points (`一般事故扣1分，严重事故扣2分`) are in `clauses`; an occurrence that
 * names none takes the first clause's points (rule-judgement).
 */
export interface PerOccurrenceRule extends RuleBase {
  rule: "per-occurrence";
  step: number;
  points: number;
  clauses: { word: string; points: number }[];
  floor: number;
  maxDeduction: number | null;
}

/**
 * Two-sided deviation (form 8): `与年度计划每偏差5%扣1分` → deviation |actual − target| (in
 * percentage points for a percentage target, as a percentage of the target for a `%` step on
 * another target), max(floor, N − x × ⌈deviation / k⌉).
 */
export interface DeviationRule extends RuleBase {
  rule: "deviation";
  step: number;
  points: number;
  floor: number;
  maxDeduction: number | null;
}

/** A condition then 得N分 → N when the actual meets the target, else 0. */
export interface AllOrNothingRule extends RuleBase {
  rule: "all-or-nothing";
  condition: string;
}

/** 按完成比例得分 / 完成率×分值 / N分*执行率 → N × min(1, actual/target). */
export interface ProportionalRule extends RuleBase {
  rule: "proportional";
}

export interface BandsRule extends RuleBase {
  rule: "bands";
  bands: Band[];
  /** True when the band bounds are percentages (compare against the actual in %). */
  percent: boolean;
  /** `累计扣分`: deduct-only bands add up; otherwise only the most severe band that applies counts. */
  cumulative?: true;
}

export interface GradedRule extends RuleBase {
  rule: "graded";
  grades: Grade[];
}

/** Anything else: the national default formula of DESIGN §5. */
export interface DefaultRule extends RuleBase {
  rule: "default";
}

export type ScoringRule =
  | PerUnitRule
  | DeductionRule
  | PerOccurrenceRule
  | DeviationRule
  | AllOrNothingRule
  | ProportionalRule
  | BandsRule
  | GradedRule
  | DefaultRule;
