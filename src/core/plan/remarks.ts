/**
 * What staff wrote in a previous 绩效自评表 Score made, so re-scoring keeps it: their 偏差原因分析 by
 * indicator name, and what they filled in on the sign-off lines (填报人 / 审核人 / 单位负责人 / 填报日期).
 */
import { colCount, MergeIndex, rowCount, textAt, type Grid } from "../grid";
import { labelKey, nameKey } from "../normalize";

export function readRemarks(grid: Grid): Map<string, string> {
  const remarks = new Map<string, string>();
  const merges = new MergeIndex(grid);
  for (let r = 0; r < Math.min(rowCount(grid), 30); r++) {
    let nameCol = -1;
    let remarkCol = -1;
    for (let c = 0; c < colCount(grid); c++) {
      const k = labelKey(merges.masterText(r, c));
      if (k === "三级指标") nameCol = c;
      if (k.startsWith("偏差原因分析")) remarkCol = c;
    }
    if (nameCol < 0 || remarkCol < 0) continue;
    for (let rr = r + 1; rr < rowCount(grid); rr++) {
      // The indicator rows end at 总分 (then 自评等级 and the sign-off lines).
      if (/^(总分|自评等级)/.test(textAt(grid, rr, 0).trim())) break;
      const name = nameKey(textAt(grid, rr, nameCol));
      const remark = textAt(grid, rr, remarkCol);
      if (name && remark) remarks.set(name, remark);
    }
    break;
  }
  return remarks;
}

/** The sign-off lines' labels, as the 自评表 writes them. */
export const SIGN_OFF_LABELS = ["填报人：", "审核人：", "单位负责人：", "填报日期："] as const;

/**
 * What staff filled in on the sign-off lines (the row that starts with 填报人): by label, the text
 * typed after it in its own cell (`填报人：张三`) or in the cell to its right.
 */
export function readSignOff(grid: Grid): Map<string, string> {
  const out = new Map<string, string>();
  const word = (label: string) => label.slice(0, -1); // without the colon
  let r = rowCount(grid) - 1;
  while (r >= 0 && !textAt(grid, r, 0).trim().startsWith(word(SIGN_OFF_LABELS[0]))) r--;
  if (r < 0) return out;
  for (let c = 0; c < colCount(grid); c++) {
    const text = textAt(grid, r, c).trim();
    const label = SIGN_OFF_LABELS.find((l) => text.startsWith(word(l)));
    if (!label) continue;
    const inline = text.slice(word(label).length).replace(/^[:：]/, "").trim();
    const next = textAt(grid, r, c + 1).trim();
    const value = inline || (SIGN_OFF_LABELS.some((l) => next.startsWith(word(l))) ? "" : next);
    if (value) out.set(label, value);
  }
  return out;
}
