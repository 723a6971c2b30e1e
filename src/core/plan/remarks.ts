/** Staff's 偏差原因分析 in a previous 绩效自评表, by indicator name, so re-scoring keeps them. */
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
      const name = nameKey(textAt(grid, rr, nameCol));
      const remark = textAt(grid, rr, remarkCol);
      if (name && remark) remarks.set(name, remark);
    }
    break;
  }
  return remarks;
}
