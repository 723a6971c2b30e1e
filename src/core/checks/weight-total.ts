/** weight-total: every indicator's full points must add up to 100 (less a budget block's 分值). */
import { round } from "../table/value";
import { fullPoints, tableIssue, type TableCheck } from "./context";

export const checkWeightTotal: TableCheck = (ctx) => {
  const { indicators, columns } = ctx.table;
  if (indicators.length === 0) return [];
  const points = indicators.map((i) => fullPoints(i, ctx));
  // An indicator without readable points is already flagged (rule-unparsed); a sum without it
  // would only repeat that.
  if (points.some((p) => p === null)) return [];
  const total = round(points.reduce<number>((a, p) => a + (p ?? 0), 0), 6);
  if (Math.abs(total - ctx.expectedTotal) < 1e-6) return [];
  const c = columns.weight ?? columns.rule;
  return [tableIssue(ctx, "weight-total", columns.weight !== undefined ? "weight" : "rule", c, { total, expected: ctx.expectedTotal })];
};
