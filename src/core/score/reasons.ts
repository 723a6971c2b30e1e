/**
 * Why Score could not score an indicator or the budget block (DESIGN §5: "the report says the
 * total is incomplete, naming the reason for each unscored indicator … and for an unscored budget
 * block"). The codes are a closed union, stable for outside tools that read the JSON
 * (`reason: { code, message }`); the messages come from a per-language map keyed by code, so a
 * missing message is a type error. Also here: the words for a score that has no grade
 * (`未评定（N 项未能评分）`), shared by the 自评表, the CLI and the task pane.
 */
import type { Lang } from "../issues";
import type { ScoreResult, UnscoredReason } from "../report";

export const UNSCORED_REASON_CODES = [
  /** 三级指标 is empty: nothing to match log entries to, nothing to name in the report. */
  "no-name",
  /** No full points: the 分值 / 权重 cell is empty and the rule text states none. */
  "rule-unparsed",
  /** The 分值 / 权重 cell holds something that cannot be points (negative, huge, not a number). */
  "points-invalid",
  /** A latest-value or qualitative indicator with no entries in the log sheet. */
  "no-log-entries",
  /** Entries in the log, but none holds a value this indicator can use (blank, text for a number). */
  "no-log-value",
  /** No log sheet, and nothing typed in 实际完成值. */
  "no-actual",
  /** 年度指标值 is empty or cannot be read, and the rule needs it. */
  "no-target",
  /** The actual cannot be compared with the target (a word against a number, a grade the rule does not name). */
  "target-not-comparable",
  /** Budget block: 全年预算数 empty or 0. */
  "budget-no-plan",
  /** Budget block: 全年执行数 empty. */
  "budget-no-spent",
  /**
   * A cell the score needs (its points, target, operator, typed actual, or a log entry of it)
   * holds a formula with no stored result (DESIGN §2): its value is unknown. Last: codes are
   * only ever added, so outside tools keep their order.
   */
  "formula-uncached",
] as const;

export type UnscoredReasonCode = (typeof UNSCORED_REASON_CODES)[number];

const MESSAGES: Record<Lang, Record<UnscoredReasonCode, string>> = {
  "zh-CN": {
    "no-name": "三级指标名称为空",
    "rule-unparsed": "未填分值，评分标准中也读不出满分",
    "points-invalid": "分值不是有效的分数",
    "no-log-entries": "台账中没有该指标的记录",
    "no-log-value": "台账记录中没有可用的完成值",
    "no-actual": "没有台账，实际完成值也未填写",
    "no-target": "指标值为空或无法读取",
    "target-not-comparable": "实际完成值无法与指标值比较",
    "formula-uncached": "公式没有保存计算结果",
    "budget-no-plan": "全年预算数为空或为 0",
    "budget-no-spent": "全年执行数为空",
  },
  en: {
    "no-name": "the indicator has no name (三级指标)",
    "rule-unparsed": "no 分值 and the rule text states no full points",
    "points-invalid": "the 分值 is not a valid number of points",
    "no-log-entries": "no log entries for this indicator",
    "no-log-value": "its log entries hold no usable value",
    "no-actual": "no log sheet, and nothing typed in 实际完成值",
    "no-target": "the target (指标值) is empty or cannot be read",
    "target-not-comparable": "the actual value cannot be compared with the target",
    "formula-uncached": "a formula with no stored result",
    "budget-no-plan": "全年预算数 (annual budget) is empty or 0",
    "budget-no-spent": "全年执行数 (annual spending) is empty",
  },
};

export function reasonMessage(code: UnscoredReasonCode, lang: Lang = "zh-CN"): string {
  return (MESSAGES[lang] ?? MESSAGES["zh-CN"])[code];
}

export function unscoredReason(code: UnscoredReasonCode, lang: Lang = "zh-CN"): UnscoredReason {
  return { code, message: reasonMessage(code, lang) };
}

/**
 * A reason's message in `lang`: looked up by its code, so a report made in one language reads in
 * another; a code this build does not know keeps the message it came with.
 */
export function reasonText(reason: UnscoredReason, lang: Lang): string {
  return isReasonCode(reason.code) ? reasonMessage(reason.code, lang) : reason.message;
}

function isReasonCode(code: string): code is UnscoredReasonCode {
  return (UNSCORED_REASON_CODES as readonly string[]).includes(code);
}

/** `未评分：台账中没有该指标的记录` / `not scored: no log entries for this indicator`. */
export function notScoredText(reason: UnscoredReason | undefined, lang: Lang): string {
  const zh = lang !== "en";
  if (!reason) return zh ? "未评分" : "not scored";
  return zh ? `未评分：${reasonText(reason, lang)}` : `not scored: ${reasonText(reason, lang)}`;
}

/** How many items (indicators, and the budget block) have no score. */
export function unscoredCount(result: ScoreResult): number {
  return result.indicators.filter((i) => i.score === null).length + (result.budget && result.budget.score === null ? 1 : 0);
}

/** Where the grade goes when there is none: `未评定（2 项未能评分）` / `not graded (2 indicators could not be scored)`. */
export function notGradedText(unscored: number, lang: Lang): string {
  if (lang === "en") {
    if (unscored <= 0) return "not graded";
    return `not graded (${unscored} indicator${unscored === 1 ? "" : "s"} could not be scored)`;
  }
  return unscored <= 0 ? "未评定" : `未评定（${unscored} 项未能评分）`;
}

/** The grade, or why there is none. */
export function gradeText(result: ScoreResult, lang: Lang): string {
  return result.grade ?? notGradedText(unscoredCount(result), lang);
}
