/**
 * review-cost-standard: a 成本指标 whose basis does not name a standard. Source: 财预〔2021〕101号,
 * 成本指标 "应当...参考预算支出标准、计划标准等设定": a cost target needs the 预算支出标准 /
 * 计划标准 (定额标准, 行业标准, 收费标准 …) it is taken from, named in 数据来源 (绩效指标值设定依据)
 * or, where the table has no such column, in 指标内容.
 */
import { nameKey } from "../../normalize";
import { issueAt } from "../context";
import { categoryOf } from "./category";
import type { ReviewCheck } from "./context";

const STANDARD = /标准|定额/;

export const checkCostStandard: ReviewCheck = (ctx) =>
  ctx.table.indicators.flatMap((ind) => {
    const isCost = categoryOf(ind) === "cost" || nameKey(ind.level2).startsWith("成本");
    if (!isCost) return [];
    if (STANDARD.test(ind.source) || STANDARD.test(ind.content)) return [];
    const field = ctx.table.columns.source !== undefined ? "source" : "name";
    return [issueAt(ctx, ind, "review-cost-standard", field)];
  });
