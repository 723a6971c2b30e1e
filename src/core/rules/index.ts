/** The rule grammar: 评（扣）分标准 text → ScoringRule → score (DESIGN §5, §6 `jixiao rule`). */
export type {
  AllOrNothingRule,
  Band,
  BandsRule,
  DeductionRule,
  DefaultRule,
  Grade,
  GradedRule,
  PerUnitRule,
  ProportionalRule,
  RuleKind,
  ScoringRule,
} from "./types";
export { RULE_KINDS } from "./types";
export { parseNumeral, NUMBER_PATTERN } from "./numerals";
export { parseRule } from "./parse";
export { scoreRule, scoreRuleWithBasis, scoreRuleWithWorking, round2 } from "./evaluate";
export type { ScoreInput, RuleScore, ScoreBasis, Working } from "./evaluate";
export { DEFAULT_FORMULAS, DEFAULT_SHARES, QUALITATIVE_GRADES, QUALITATIVE_LABEL, gradeOfShare } from "./formulas";
export type { QualitativeGrade, ReverseFormula, RuleFormulas } from "./formulas";
export { whatIf } from "./what-if";
export type { WhatIf } from "./what-if";
export { meetsTarget, wordGrade, actualNumber, isIrregularTarget, WORD_GRADES } from "./meets";
export type { WordGrade } from "./meets";
export { explainRule, describeRule } from "./explain";
export type { Lang, RuleDocument } from "./explain";
