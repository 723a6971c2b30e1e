/**
 * weight-total: every indicator's full points must add up to 100 (less a budget block's 分值); with
 * some points unreadable, the readable ones must not already exceed it.
 */
import { round } from "../table/value";
import { fullPoints, tableIssue, type TableCheck } from "./context";

export const checkWeightTotal: TableCheck = (ctx) => {
  const { indicators, columns } = ctx.table;
  if (indicators.length === 0) return [];
  const points = indicators.map((i) => fullPoints(i, ctx));
  // An indicator without readable points is already flagged (rule-unparsed): a sum without it is
  // only news when the readable points already exceed the total (DESIGN §4).
  const partial = points.some((p) => p === null);
  const total = round(points.reduce<number>((a, p) => a + (p ?? 0), 0), 6);
  if (partial ? total <= ctx.expectedTotal + 1e-6 : Math.abs(total - ctx.expectedTotal) < 1e-6) return [];
  const c = columns.weight ?? columns.rule;
  return [tableIssue(ctx, "weight-total", columns.weight !== undefined ? "weight" : "rule", c, { total, expected: ctx.expectedTotal, partial })];
};
