/**
 * Header labels → fields. Columns are found by their header text, never by position (DESIGN §2);
 * every variant real workbooks use is listed here, compared after labelKey() normalisation
 * (half-width, no spaces or punctuation), so 评（扣）分标准 and 评(扣) 分标准 are the same label.
 */
import type { Field } from "../indicator";
import { labelKey } from "../normalize";

const VARIANTS: Record<Field, string[]> = {
  level1: ["一级指标"],
  level2: ["二级指标"],
  name: ["三级指标", "三级指标名称"],
  operator: ["指标性质", "符号", "指标值符号", "运算符号"],
  // 指标方向 holds the comparison in 一体化 exports (指标性质 then holds 正向 / 反向) and 正向 /
  // 反向 in others: direction.ts settles which column is which by what the cells hold.
  direction: ["指标方向"],
  target: ["指标值", "年度指标值", "年初目标值", "指标值及单位", "年度目标值", "目标值", "绩效指标值", "指标目标值", "年度绩效指标值"],
  unit: ["度量单位", "计量单位", "单位"],
  attribute: ["指标属性"],
  rule: ["评(扣)分标准", "评分标准", "扣分标准", "评(扣)分标准及方法"],
  content: ["指标内容", "指标解释"],
  source: ["绩效指标值设定依据及数据来源", "数据来源", "指标值设定依据及数据来源"],
  weight: ["分值", "权重"],
  actual: ["实际完成值", "全年实际值", "完成值", "全年实际完成值"],
  score: ["得分"],
  remark: ["偏差原因分析及改进措施", "未完成原因分析", "偏差原因分析"],
};

const BY_KEY = new Map<string, Field>();
for (const [field, labels] of Object.entries(VARIANTS) as [Field, string[]][])
  for (const label of labels) BY_KEY.set(labelKey(label), field);

/** The field a header cell names, or undefined. */
export function fieldOfLabel(text: string): Field | undefined {
  return headerLabel(text)?.field;
}

// Tables that set long-term and annual indicators side by side head their columns 二级指标(长期) /
// 二级指标(年度): the qualifier is not part of the label, and the annual columns are the ones read.
const HORIZON = /(年度|当年|长期|中期)$/;

/** The field a header cell names, and whether it is qualified as long-term (长期 / 中期). */
export function headerLabel(text: string): { field: Field; longTerm: boolean } | undefined {
  const key = labelKey(text);
  const field = BY_KEY.get(key);
  if (field) return { field, longTerm: false };
  const h = HORIZON.exec(key);
  const bare = h ? BY_KEY.get(key.slice(0, -h[1].length)) : undefined;
  return bare ? { field: bare, longTerm: h![1] === "长期" || h![1] === "中期" } : undefined;
}

/** The other spellings a field's header may take (for messages: `也可写作：…`). */
export function otherSpellings(field: Field): string[] {
  return VARIANTS[field].filter((l) => l !== FIELD_LABEL[field] && labelKey(l) !== labelKey(FIELD_LABEL[field]));
}

/** True for the combined 指标值及单位 header, whose cells carry operator and unit too. */
export function isCombinedTargetLabel(text: string): boolean {
  return labelKey(text) === labelKey("指标值及单位");
}

/** Fields a table cannot do without (column-missing is an error for them). */
export const REQUIRED_FIELDS: Field[] = ["level1", "level2", "name", "target"];
/** Fields whose absence is only a warning, when the values do not carry them either. */
export const OPTIONAL_WARN_FIELDS: Field[] = ["operator", "unit", "attribute"];

/** The Chinese header text to show for a field (and to write when creating a column). */
export const FIELD_LABEL: Record<Field, string> = {
  level1: "一级指标",
  level2: "二级指标",
  name: "三级指标",
  operator: "指标性质",
  direction: "指标方向",
  target: "指标值",
  unit: "度量单位",
  attribute: "指标属性",
  rule: "评（扣）分标准",
  content: "指标内容",
  source: "数据来源",
  weight: "分值",
  actual: "实际完成值",
  score: "得分",
  remark: "偏差原因分析及改进措施",
};
