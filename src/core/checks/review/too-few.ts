/**
 * review-too-few: fewer than 3 indicators. Source: the 审核 practice that a project's 三级指标
 * "总数不得少于3个", and 财预〔2021〕101号 (核心绩效指标 cover 产出 and 效益 at least, each with
 * its own indicators): a table of one or two indicators cannot do that.
 */
import { tableIssue } from "../context";
import type { ReviewCheck } from "./context";

export const MIN_INDICATORS = 3;

export const checkTooFew: ReviewCheck = (ctx) => {
  const count = ctx.table.indicators.length;
  if (count >= MIN_INDICATORS) return [];
  return [tableIssue(ctx, "review-too-few", "name", ctx.table.columns.name, { count, min: MIN_INDICATORS })];
};
