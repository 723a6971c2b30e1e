/** Clear's write plan for the score lines: every `得分：N` line Score added under a rule is removed. */
import type { Analysis } from "../analyze";
import { valueAt } from "../grid";
import { hasScoreLine, stripScoreLine } from "../score-line";
import type { WritePlan } from "./types";

export function clearScoresPlan(analysis: Analysis): WritePlan {
  const table = analysis.table;
  if (!table || table.columns.rule === undefined) return { sheets: [] };
  const c = table.columns.rule;
  const { grid } = table;
  const writes = table.indicators.flatMap((ind) => {
    const v = valueAt(grid, ind.r, c);
    return typeof v === "string" && hasScoreLine(v)
      ? [{ row: grid.origin.row + ind.r, col: grid.origin.col + c, value: stripScoreLine(v) }]
      : [];
  });
  return { sheets: writes.length ? [{ sheet: grid.sheet, create: false, writes }] : [] };
}
