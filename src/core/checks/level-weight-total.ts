/**
 * level-weight-total: a category label states its points (`产出指标(50分)`) and its indicators'
 * full points add up to another number. Flagged on the label's cell. As with weight-total, a sum
 * with unreadable points is only wrong when the readable ones already exceed the stated points.
 */
import type { RawIssue } from "../issues";
import { ISSUE_SEVERITY } from "../issues";
import { cellAddress } from "../grid";
import { round } from "../table/value";
import { fullPoints, type TableCheck } from "./context";

export const checkLevelWeightTotal: TableCheck = (ctx) => {
  const { grid, categories, indicators } = ctx.table;
  const byRow = new Map(indicators.map((i) => [i.r, i]));
  const issues: RawIssue[] = [];
  for (const group of categories) {
    const points = group.indicatorRows.map((r) => fullPoints(byRow.get(r)!, ctx));
    const unreadable = points.some((p) => p === null);
    const total = round(points.reduce<number>((a, p) => a + (p ?? 0), 0), 6);
    if (unreadable ? total <= group.points + 1e-6 : Math.abs(total - group.points) < 1e-6) continue;
    const at = cellAddress(grid, group.r, group.c);
    issues.push({
      code: "level-weight-total",
      severity: ISSUE_SEVERITY["level-weight-total"],
      sheet: grid.sheet,
      row: at.row,
      column: at.column,
      field: group.level,
      params: { category: group.label, stated: group.points, total, partial: unreadable },
    });
  }
  return issues;
};
