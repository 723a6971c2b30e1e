/**
 * unit-missing: a 定量指标 without a 度量单位 (a `%` in the target counts as one).
 * unit-mismatch: the rule speaks of another unit than the row (`完成1期` on a row in 天).
 */
import type { RawIssue } from "../issues";
import { normalizeUnit } from "../table/value";
import { isPlaceholder, issueAt, type IndicatorCheck } from "./context";

export const checkUnit: IndicatorCheck = (ind, ctx) => {
  if (isPlaceholder(ctx, ind, "unit")) return [];
  const issues: RawIssue[] = [];
  const hasUnitSource = ctx.table.columns.unit !== undefined || ind.fromCombinedValue;
  // A date target carries its own unit (DESIGN §2).
  const unitless = ind.target?.kind === "date" || (ind.target?.kind === "number" && ind.target.percent);
  if (hasUnitSource && ind.attribute === "定量指标" && ind.unit === "" && !unitless)
    issues.push(issueAt(ctx, ind, "unit-missing", ctx.table.columns.unit !== undefined ? "unit" : "target"));
  const ruleUnit = normalizeUnit(ctx.rules.get(ind.r)?.unit ?? "");
  const rowUnit = normalizeUnit(ind.unit);
  if (ruleUnit && rowUnit && ruleUnit !== rowUnit && !sameUnit(ruleUnit, rowUnit))
    issues.push(issueAt(ctx, ind, "unit-mismatch", "rule", { ruleUnit, unit: rowUnit }));
  return issues;
};

/** Units that name the same thing in different words (万元 vs 元 is a real mismatch). */
const SYNONYMS = [["个", "项"], ["次", "场"], ["人", "人次"], ["天", "日"], ["篇", "份"]];
function sameUnit(a: string, b: string): boolean {
  return SYNONYMS.some((group) => group.includes(a) && group.includes(b));
}
