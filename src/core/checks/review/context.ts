/**
 * What the review checks receive besides the table (DESIGN §4, §10): the category weights the
 * profile asks for. Until scoring profiles land (§10), the defaults of 财预〔2020〕10号
 * 《项目支出绩效评价管理办法》: "原则上预算执行率和一级指标权重统一设置为：产出指标50%、效益指标30%、
 * 服务对象满意度指标10%、预算执行率10%" — the 自评 weights every profile starts from.
 */
import type { CheckContext } from "../context";
import type { RawIssue } from "../../issues";

export interface CategoryWeights {
  output: number;
  benefit: number;
  satisfaction: number;
  budget: number;
}

export const DEFAULT_CATEGORY_WEIGHTS: CategoryWeights = { output: 50, benefit: 30, satisfaction: 10, budget: 10 };

export interface ReviewContext extends CheckContext {
  weights: CategoryWeights;
}

export type ReviewCheck = (ctx: ReviewContext) => RawIssue[];
