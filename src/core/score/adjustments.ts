/**
 * What a scoring profile changed, and why, per indicator, for the budget block and for the total
 * (DESIGN §10: "each applied and explained … in the report", JSON `adjustments: [...]`). Like
 * the unscored reasons (./reasons.ts) the codes are a closed union, stable for outside tools, and
 * each carries typed parameters; the message is made in the report's language from them.
 */
import type { Lang } from "../issues";
import { QUALITATIVE_LABEL, type QualitativeGrade } from "../rules/formulas";
import { formatPoints } from "../score-line";

export const ADJUSTMENT_CODES = [
  /** 反向 scored by the linear formula N × max(0, 1 − (actual − target) / target). */
  "reverse-linear",
  /** A 定性 outcome earns the profile's share of the full points, not §5's. */
  "qualitative-share",
  /** The 得分 staff typed, within its 定性 outcome's band, is the score. */
  "staff-score",
  /** More than the profile's percentage over the target: points off as 指标偏离. */
  "over-achievement",
  /** The budget block's 分值 is blank: the profile's budget points. */
  "budget-points",
  /** The total capped by the budget's execution rate. */
  "execution-cap",
] as const;

export type AdjustmentCode = (typeof ADJUSTMENT_CODES)[number];

/** Each code's parameters, typed (zod style: a locale reads `a.target`, never a string bag). */
export type AdjustmentParams =
  | { code: "reverse-linear"; full: number; target: number; actual: number }
  | { code: "qualitative-share"; grade: QualitativeGrade; share: number }
  | { code: "staff-score"; grade: QualitativeGrade; low: number; high: number }
  | { code: "over-achievement"; target: number; actual: number; above: number; points: number }
  | { code: "budget-points"; points: number }
  | { code: "execution-cap"; rate: number; below: number; max: number };

export interface ScoreAdjustment {
  code: AdjustmentCode;
  /**
   * The score before this adjustment and after it. Adjustments chain: the first `from` is what
   * DESIGN §5 (the `default` profile) gives, the last `to` is the score reported.
   */
  from: number | null;
  to: number | null;
  /** In the report's language. */
  message: string;
}

const n = (x: number) => formatPoints(x);
const pct = (x: number) => `${formatPoints(x * 100)}%`;

const MESSAGES: Record<Lang, (p: AdjustmentParams, from: string, to: string) => string> = {
  "zh-CN": (p, from, to) => {
    switch (p.code) {
      case "reverse-linear":
        return `反向指标按线性公式计分：${n(p.full)} × max(0, 1 − (${n(p.actual)} − ${n(p.target)}) ÷ ${n(p.target)}) = ${to}（按默认公式为 ${from}）`;
      case "qualitative-share":
        return `定性结果「${QUALITATIVE_LABEL[p.grade]["zh-CN"]}」按满分的 ${pct(p.share)} 计：${to}（按默认比例为 ${from}）`;
      case "staff-score":
        return `采用填写的得分 ${to}：在「${QUALITATIVE_LABEL[p.grade]["zh-CN"]}」的分值区间 ${n(p.low)}–${n(p.high)} 分内（按评分标准计算为 ${from}）`;
      case "over-achievement":
        return `实际完成值 ${n(p.actual)} 超过指标值 ${n(p.target)} 的 ${n(p.above)}% 以上（指标偏离），扣 ${n(p.points)} 分：${from} → ${to}`;
      case "budget-points":
        return `预算执行的分值未填写，按评分方案计 ${n(p.points)} 分：得分 ${to}（按 10 分为 ${from}）`;
      case "execution-cap":
        return `预算执行率 ${pct(p.rate)} 低于 ${n(p.below)}%，总分最高 ${n(p.max)} 分：${from} → ${to}`;
    }
  },
  en: (p, from, to) => {
    switch (p.code) {
      case "reverse-linear":
        return `lower-is-better, scored linearly: ${n(p.full)} × max(0, 1 − (${n(p.actual)} − ${n(p.target)}) ÷ ${n(p.target)}) = ${to} (the default formula gives ${from})`;
      case "qualitative-share":
        return `qualitative outcome ${QUALITATIVE_LABEL[p.grade].en} earns ${pct(p.share)} of full: ${to} (the default share gives ${from})`;
      case "staff-score":
        return `the typed score ${to} is kept: it is within the band of ${QUALITATIVE_LABEL[p.grade].en}, ${n(p.low)}–${n(p.high)} points (the rule gives ${from})`;
      case "over-achievement":
        return `actual ${n(p.actual)} is more than ${n(p.above)}% over the target ${n(p.target)} (指标偏离): ${n(p.points)} points off, ${from} → ${to}`;
      case "budget-points":
        return `the budget block's 分值 is blank: ${n(p.points)} points by the profile, score ${to} (${from} at 10 points)`;
      case "execution-cap":
        return `budget execution ${pct(p.rate)} is below ${n(p.below)}%: the total is at most ${n(p.max)}, ${from} → ${to}`;
    }
  },
};

export function adjustment(params: AdjustmentParams, from: number | null, to: number | null, lang: Lang = "zh-CN"): ScoreAdjustment {
  const show = (x: number | null) => (x === null ? "—" : n(x));
  return { code: params.code, from, to, message: (MESSAGES[lang] ?? MESSAGES["zh-CN"])(params, show(from), show(to)) };
}
