/** source-missing: no 数据来源 (where the value will come from) on an indicator. */
import { isPlaceholder, issueAt, type IndicatorCheck } from "./context";

export const checkSource: IndicatorCheck = (ind, ctx) =>
  ctx.table.columns.source !== undefined && ind.source === "" && !isPlaceholder(ctx, ind, "source")
    ? [issueAt(ctx, ind, "source-missing", "source")]
    : [];
