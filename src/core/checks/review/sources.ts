/**
 * What each review check looks for and the document it follows, as the summary's 说明 sheet and
 * docs/review.md state them (DESIGN §11: "the review checks and their sources"). Kept beside the
 * checks so a new check cannot be listed without its source.
 */
import type { IssueCode } from "../../issues";

export interface ReviewCheckNote {
  code: IssueCode;
  /** What it looks for, in the words of the 审核. */
  what: string;
  /** The rule it follows. */
  source: string;
}

export const REVIEW_CHECK_NOTES: readonly ReviewCheckNote[] = [
  { code: "review-too-few", what: "三级指标少于 3 个", source: "审核惯例：三级指标总数不少于 3 个；财预〔2021〕101号（核心绩效指标应覆盖产出和效益）" },
  {
    code: "review-category-missing",
    what: "没有产出指标或没有效益指标；指标提到服务对象而没有满意度指标时作为提示",
    source: "财预〔2021〕101号：绩效指标一般包括产出指标、效益指标和满意度指标",
  },
  {
    code: "review-input-as-output",
    what: "把资金、经费、人员等投入数量作为产出指标",
    source: "财预〔2021〕101号；审核规则“财力、人力和物力等投入数量不能作为绩效目标”",
  },
  { code: "review-qualitative-share", what: "定性指标超过一半", source: "财预〔2021〕101号：优先使用定量指标，定量指标难以衡量的，可使用定性指标" },
  { code: "review-cost-standard", what: "成本指标的设定依据没有写明预算支出标准或计划标准", source: "财预〔2021〕101号：成本指标参考预算支出标准、计划标准等设定" },
  {
    code: "review-weight-profile",
    what: "各类指标分值与评分方案的权重相差超过 10 分",
    source: "财预〔2020〕10号《项目支出绩效评价管理办法》：产出 50%、效益 30%、满意度 10%、预算执行率 10%",
  },
];
