/**
 * The formulas a scoring profile chooses (DESIGN §10) that live inside the rule arithmetic: how a
 * lower-is-better (反向) indicator is scored against its target, and the share of the full points
 * each 定性 outcome earns. `DEFAULT_FORMULAS` is DESIGN §5 exactly.
 */
export type ReverseFormula = "ratio" | "linear";

/** The 定性 outcomes of the national form: 达成 / 基本达成 / 部分达成 / 未达成. */
export type QualitativeGrade = "achieved" | "basically" | "partly" | "notAchieved";

export const QUALITATIVE_GRADES: readonly QualitativeGrade[] = ["achieved", "basically", "partly", "notAchieved"];

export const QUALITATIVE_LABEL: Record<QualitativeGrade, { "zh-CN": string; en: string }> = {
  achieved: { "zh-CN": "达成", en: "achieved (达成)" },
  basically: { "zh-CN": "基本达成", en: "basically achieved (基本达成)" },
  partly: { "zh-CN": "部分达成", en: "partly achieved (部分达成)" },
  notAchieved: { "zh-CN": "未达成", en: "not achieved (未达成)" },
};

export interface RuleFormulas {
  reverse: ReverseFormula;
  shares: Record<QualitativeGrade, number>;
}

export const DEFAULT_SHARES: Record<QualitativeGrade, number> = { achieved: 1, basically: 0.8, partly: 0.6, notAchieved: 0 };

export const DEFAULT_FORMULAS: RuleFormulas = { reverse: "ratio", shares: DEFAULT_SHARES };

/**
 * The outcome of a word's national default share (rules/meets.ts WORD_GRADES: 优 / 合格 / 达成
 * 1, 良 / 基本达成 0.8, 中 / 部分达成 0.6, 差 / 未达成 0), so a profile's shares replace them.
 */
export function gradeOfShare(share: number): QualitativeGrade {
  if (share >= 1) return "achieved";
  if (share >= 0.8) return "basically";
  if (share >= 0.6) return "partly";
  return "notAchieved";
}
