/** The rule explainer's words (评分标准解读), in Simplified Chinese and English. */
import type { Lang } from "../../core";

export interface ExplainerStrings {
  heading: string;
  intro: string;
  examples: string;
  examplesPlaceholder: string;
  rule: string;
  ruleHint: string;
  target: string;
  targetHint: string;
  actual: string;
  actualHint: string;
  full: string;
  fullHint: string;
  fullBad: string;
  reading: string;
  noRule: string;
  scoreHeading: string;
  needActual: string;
  needFull: string;
  noScore: string;
  scored: (score: string, full: string) => string;
  met: string;
  notMet: string;
}

const zhCN: ExplainerStrings = {
  heading: "评分标准解读",
  intro: "输入或选择一条「评（扣）分标准」，再填写指标值和实际完成值，即可看到本工具如何理解这条标准、按它能得几分。与评分时使用的是同一套规则。",
  examples: "常见写法",
  examplesPlaceholder: "选择一条示例",
  rule: "评（扣）分标准",
  ruleHint: "照目标表中的原文填写，例如「每少1期扣1分，扣完为止」。",
  target: "指标值",
  targetHint: "例如 ≥12期、95%、合格",
  actual: "实际完成值",
  actualHint: "例如 10、92%、合格",
  full: "分值",
  fullHint: "留空则用标准中写明的分数",
  fullBad: "分值应为不小于 0 的数字。",
  reading: "如何理解",
  noRule: "请输入一条评分标准。",
  scoreHeading: "按此实际完成值的得分",
  needActual: "填写实际完成值后显示得分。",
  needFull: "这条标准没有写明满分：请在「分值」中填写该指标的分值。",
  noScore: "无法按此实际完成值评分。",
  scored: (score, full) => `得 ${score} 分（满分 ${full} 分）`,
  met: "已达到指标值。",
  notMet: "未达到指标值。",
};

const en: ExplainerStrings = {
  heading: "Rule explainer",
  intro: "Type or pick a scoring rule (评（扣）分标准), then a target and an actual: see how the rule is understood and what that actual scores. It is the same code Score uses.",
  examples: "Common forms",
  examplesPlaceholder: "Pick an example",
  rule: "Scoring rule (评（扣）分标准)",
  ruleHint: "As written in the target table, e.g. 每少1期扣1分，扣完为止.",
  target: "Target (指标值)",
  targetHint: "e.g. ≥12期, 95%, 合格",
  actual: "Actual (实际完成值)",
  actualHint: "e.g. 10, 92%, 合格",
  full: "Points (分值)",
  fullHint: "Empty: the points the rule states",
  fullBad: "Points must be a number, 0 or more.",
  reading: "How it is understood",
  noRule: "Type a scoring rule.",
  scoreHeading: "Score for this actual",
  needActual: "Type an actual to see its score.",
  needFull: "The rule states no full points: type the indicator's points under Points.",
  noScore: "This actual cannot be scored by the rule.",
  scored: (score, full) => `${score} of ${full} points`,
  met: "The target is met.",
  notMet: "The target is not met.",
};

export function explainerStrings(lang: Lang): ExplainerStrings {
  return lang === "en" ? en : zhCN;
}
