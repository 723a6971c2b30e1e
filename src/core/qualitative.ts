/**
 * Words staff write as qualitative targets (合格, 不定期, 优 …). A 定量指标 whose target is one of
 * these has the wrong 指标属性 (attribute-mismatch); any other non-number is target-not-number.
 */
import { nameKey } from "./normalize";

const WORDS = [
  "合格", "不定期", "定期", "优", "优秀", "良", "良好", "中", "差", "达标", "正确", "是", "否",
  "达成", "达成年度指标", "达成预期指标", "基本达成", "部分达成", "未达成", "完成", "按时", "按时完成",
  "及时", "按期", "按计划", "有效", "显著", "明显", "提高", "提升", "稳步提升", "逐步提高", "持续",
  "长期", "满意", "较满意", "基本满意", "不合格", "齐全", "规范", "准确", "安全", "稳定", "改善",
];
const KEYS = new Set(WORDS.map(nameKey));

export function isQualitativeWord(text: string): boolean {
  const k = nameKey(text);
  if (KEYS.has(k)) return true;
  // 明显提升, 有所提高, 逐步改善: a short phrase built on one of the words.
  return k.length <= 8 && WORDS.some((w) => w.length >= 2 && k.includes(w));
}
