/**
 * review-input-as-output: an 产出 indicator that measures inputs — money allotted, spent or put in,
 * or staff put in — instead of what the project produces. Source: 财预〔2021〕101号 and the 审核
 * rule "财力、人力和物力等投入数量不能作为绩效目标".
 *
 * An indicator is taken as an input measure when its name speaks of funds or inputs (资金, 经费,
 * 预算, 投入, 拨款, 拨付) AND it is measured as an amount of money (万元 / 元 / 亿元), as a rate of
 * funds (执行率, 到位率, 支付率, 拨付率: budget execution, which the budget block scores), or as
 * 投入 of people or things (人员投入, 投入人数 …). `补助资金发放人数` (people reached, in 人) stays an
 * output. 成本指标 under 产出 are about the cost of the output, measured in money by design: exempt.
 */
import { nameKey } from "../../normalize";
import { issueAt } from "../context";
import { categoryOf } from "./category";
import type { ReviewCheck } from "./context";

const INPUT_WORDS = /资金|经费|预算|投入|拨款|拨付/;
const MONEY_UNIT = /^(万元|元|亿元|千元)$/;
const FUND_RATE = /(执行|到位|支付|拨付)率/;
const INPUT_OF = /投入(人|人数|人员|人力|物资|设备|车辆|资金|经费)|(人员|人力|物资|资金|经费)投入/;

export const checkInputAsOutput: ReviewCheck = (ctx) =>
  ctx.table.indicators.flatMap((ind) => {
    if (categoryOf(ind) !== "output" || nameKey(ind.level2).startsWith("成本")) return [];
    const name = nameKey(ind.name);
    if (!INPUT_WORDS.test(name)) return [];
    const unit = nameKey(ind.unit);
    if (!(MONEY_UNIT.test(unit) || FUND_RATE.test(name) || INPUT_OF.test(name))) return [];
    return [issueAt(ctx, ind, "review-input-as-output", "name")];
  });
