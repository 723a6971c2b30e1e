/**
 * review-qualitative-share: more than half of the indicators are 定性. Source: 财预〔2021〕101号,
 * "绩效指标...优先使用定量指标，定量指标难以衡量的，可使用定性指标" — quantitative first; a table
 * that is mostly 定性 cannot be checked against its targets.
 */
import { isQualitative, tableIssue } from "../context";
import type { ReviewCheck } from "./context";

export const checkQualitativeShare: ReviewCheck = (ctx) => {
  const { indicators, columns } = ctx.table;
  if (indicators.length === 0) return [];
  const qualitative = indicators.filter(isQualitative).length;
  if (qualitative * 2 <= indicators.length) return [];
  return [tableIssue(ctx, "review-qualitative-share", "attribute", columns.attribute, { qualitative, count: indicators.length })];
};
