/**
 * review-weight-profile: the points of a category are far from the profile's weights (DESIGN §10:
 * 产出 50, 效益 30, 满意度 10, 预算执行 10 by default; source in ./context.ts). "Far" is more than
 * 10 points off: the 办法 lets units adjust the weights "如有特殊情况", so small moves are fine.
 *
 * Without a budget block the indicators carry all 100 points, and the weights of the three
 * categories are scaled to that (50 : 30 : 10 of 100). 成本指标 as its own 一级 counts with 产出,
 * where the older edition kept it. A category whose points cannot all be read is not compared
 * (rule-unparsed says why), and a table none of whose points can be read is not compared at all.
 */
import { round } from "../../table/value";
import { fullPoints, tableIssue } from "../context";
import { categoryOf } from "./category";
import type { ReviewCheck } from "./context";

export const WEIGHT_TOLERANCE = 10;

const LABELS = { output: "产出指标", benefit: "效益指标", satisfaction: "满意度指标" } as const;

export const checkWeightProfile: ReviewCheck = (ctx) => {
  const { indicators, columns } = ctx.table;
  if (indicators.length === 0) return [];
  const sums = { output: 0, benefit: 0, satisfaction: 0 };
  const unreadable = new Set<keyof typeof sums>();
  for (const ind of indicators) {
    const c = categoryOf(ind);
    const key = c === "cost" ? "output" : c;
    if (key === "other") continue;
    const points = fullPoints(ind, ctx);
    if (points === null) unreadable.add(key);
    else sums[key] += points;
  }
  // No points read at all (no 评分标准 / 分值 column, or none states points): column-missing and
  // rule-unparsed say so; an empty category's 0 would only repeat it.
  if (unreadable.size > 0 && sums.output + sums.benefit + sums.satisfaction === 0) return [];
  const w = ctx.weights;
  const scale = ctx.expectedTotal / (w.output + w.benefit + w.satisfaction);
  const issues = [];
  for (const key of Object.keys(sums) as (keyof typeof sums)[]) {
    if (unreadable.has(key)) continue;
    const expected = round(w[key] * scale, 2);
    const points = round(sums[key], 2);
    if (Math.abs(points - expected) > WEIGHT_TOLERANCE)
      issues.push(tableIssue(ctx, "review-weight-profile", "level1", columns.level1, { category: LABELS[key], points, expected }));
  }
  return issues;
};
