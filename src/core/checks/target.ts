/**
 * The 指标值: target-missing, target-not-number (定量 with a non-number that is no qualitative
 * word — a qualitative word there is attribute-mismatch), target-out-of-range (negative, or a
 * percentage above 100) and target-suspicious (`>= 100%` can only be met exactly; `=` on a
 * percentage usually meant `>=`).
 */
import type { RawIssue } from "../issues";
import { isQualitativeWord } from "../qualitative";
import { isPlaceholder, issueAt, type IndicatorCheck } from "./context";

export const checkTarget: IndicatorCheck = (ind, ctx) => {
  if (ctx.table.columns.target === undefined || isPlaceholder(ctx, ind, "target")) return [];
  const t = ind.target;
  // A cell holding only a unit (`公里`, `≧ %`) is a target with its number never filled in.
  if (t === null) return [issueAt(ctx, ind, "target-missing", "target", ind.targetText ? { value: ind.targetText } : {})];
  const issues: RawIssue[] = [];
  if (t.kind === "word") {
    if (ind.attribute === "定量指标" && !isQualitativeWord(t.word))
      issues.push(issueAt(ctx, ind, "target-not-number", "target", { value: t.word }));
    return issues;
  }
  if (t.kind === "date") return issues; // a date is a target of its own (DESIGN §2)
  const percent = t.percent || ind.unit === "%";
  if (t.value < 0 || (percent && t.value > 100)) {
    issues.push(issueAt(ctx, ind, "target-out-of-range", "target", { value: ind.targetText, percent }));
    return issues;
  }
  // Only a written ≥ (not the "at least" read into a bare `100%`) asks for more than 100%.
  if (percent && ind.operator === ">=" && t.value === 100 && !ind.operatorImplied)
    issues.push(issueAt(ctx, ind, "target-suspicious", "target", { value: ind.targetText, kind: "full" }));
  else if (percent && ind.operator === "=")
    issues.push(issueAt(ctx, ind, "target-suspicious", "target", { value: ind.targetText, kind: "equals" }));
  return issues;
};
