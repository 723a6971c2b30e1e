/** name-missing: an indicator row (it has a target, operator or rule) without a 三级指标 name. */
import { isPlaceholder, issueAt, type IndicatorCheck } from "./context";

export const checkName: IndicatorCheck = (ind, ctx) =>
  ind.name === "" && !isPlaceholder(ctx, ind, "name") ? [issueAt(ctx, ind, "name-missing", "name")] : [];
