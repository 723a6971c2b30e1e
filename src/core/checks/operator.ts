/**
 * operator-invalid: a 指标性质 that is not = >= <= > < (in any width) or 定性, or an empty one on
 * a quantitative row when the table has the column.
 */
import { isPlaceholder, isQuantitative, issueAt, type IndicatorCheck } from "./context";

export const checkOperator: IndicatorCheck = (ind, ctx) => {
  if (ctx.table.columns.operator === undefined || isPlaceholder(ctx, ind, "operator")) return [];
  const bad = ctx.table.invalidOperators.get(ind.r);
  if (bad !== undefined) return [issueAt(ctx, ind, "operator-invalid", "operator", { value: bad })];
  if (ind.operator === null && isQuantitative(ind) && !ind.fromCombinedValue)
    return [issueAt(ctx, ind, "operator-invalid", "operator", { value: "" })];
  return [];
};
