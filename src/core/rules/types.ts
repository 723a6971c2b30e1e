/**
 * A 评（扣）分标准 text understood as a scoring rule (DESIGN §5). `full` is the maximum the text
 * states (`12分，…`), or null when it states none (the 分值 column then supplies it).
 */
export type RuleKind =
  | "per-unit"
  | "deduction"
  | "all-or-nothing"
  | "proportional"
  | "bands"
  | "graded"
  | "default";

export const RULE_KINDS: RuleKind[] = [
  "per-unit",
  "deduction",
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
}

export interface Grade {
  /** The word as written (`充分`, `齐全`), without lead-ins (`评价为`) or a trailing `的`. */
  word: string;
  /** Points for this grade; `null` means full points (`得满分`). */
  points: number | null;
  /** `不齐全的扣2分`: the points are taken off the full points. Absent when awarded. */
  deduct?: true;
}

interface RuleBase {
  /** The text as given, verbatim. */
  text: string;
  /** Maximum points stated by the text, or null. */
  full: number | null;
  /** A unit the rule text speaks of (`期` in `完成1期得1分`), for unit-mismatch; "" if none. */
  unit: string;
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
  | AllOrNothingRule
  | ProportionalRule
  | BandsRule
  | GradedRule
  | DefaultRule;
