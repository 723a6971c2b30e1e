/**
 * The 评（扣）分标准: rule-missing, rule-unparsed (no full points in the text and no 分值 column),
 * rule-default (a body Score does not know: the national default formula will apply),
 * rule-inconsistent (per-unit points × target ≠ full points, or the text's points ≠ 分值),
 * rule-judgement (a score that rests on a reading staff may adjust: a points range, occurrences
 * by kind, 酌情).
 */
import type { IssueParamsByCode, RawIssue } from "../issues";
import { round } from "../table/value";
import { isPlaceholder, isQualitative, issueAt, type IndicatorCheck } from "./context";
import type { ScoringRule } from "../rules/types";

/** Where the score rests on a reading staff may want to adjust (DESIGN §5), with what it is. */
function judgementOf(rule: ScoringRule): IssueParamsByCode["rule-judgement"] | null {
  if (rule.rule === "bands") {
    const ranged = rule.bands.filter((b) => b.range);
    if (ranged.length) return { kind: "range", detail: ranged.map((b) => `${b.range!.low}–${b.range!.high}分`).join("、") };
  }
  if (rule.rule === "per-occurrence" && rule.clauses.length > 1) return { kind: "clauses", detail: rule.clauses.map((c) => `${c.word}扣${c.points}分`).join("、") };
  if (rule.discretion) return { kind: "discretion", detail: "" };
  return null;
}

export const checkRule: IndicatorCheck = (ind, ctx) => {
  if (ctx.table.columns.rule === undefined || isPlaceholder(ctx, ind, "rule")) return [];
  if (ind.rule.trim() === "") return ctx.table.columns.weight !== undefined && ind.weight !== null ? [] : [issueAt(ctx, ind, "rule-missing", "rule")];
  const rule = ctx.rules.get(ind.r);
  if (!rule) return [];
  const issues: RawIssue[] = [];
  if (rule.full === null && ind.weight === null) issues.push(issueAt(ctx, ind, "rule-unparsed", "rule"));
  const judgement = judgementOf(rule);
  if (judgement) issues.push(issueAt(ctx, ind, "rule-judgement", "rule", judgement));
  else if (rule.rule === "default") issues.push(issueAt(ctx, ind, "rule-default", "rule", isQualitative(ind) ? { kind: "qualitative" } : {}));
  if (rule.full !== null && ind.weight !== null && Math.abs(rule.full - ind.weight) > 1e-9)
    issues.push(issueAt(ctx, ind, "rule-inconsistent", "rule", { kind: "weight", full: rule.full, weight: ind.weight }));
  const full = ind.weight ?? rule.full;
  const t = ind.target;
  const lowerBound = ind.operator === "=" || ind.operator === ">=" || ind.operator === ">" || ind.operator === null;
  if (rule.rule === "per-unit" && full !== null && t?.kind === "number" && lowerBound && rule.step > 0) {
    const atTarget = round(rule.points * Math.floor(round(t.value / rule.step)), 6);
    if (Math.abs(atTarget - full) > 0.005)
      issues.push(issueAt(ctx, ind, "rule-inconsistent", "rule", { kind: "per-unit", points: rule.points, step: rule.step, target: t.value, atTarget, full }));
  }
  return issues;
};
