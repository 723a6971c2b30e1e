/**
 * 正向 / 反向 (DESIGN §2): tables exported from the 一体化 system put the direction in 指标性质 and
 * the comparison in 指标方向; others put 正向 / 反向 in 指标方向, or the comparison alone there.
 * The header cannot tell, the cells can: a column whose cells hold 正向 / 反向 is the direction,
 * and the other one, if any, the comparison.
 */
import type { ColumnMap } from "../indicator";
import { MergeIndex, type Grid } from "../grid";
import { parseDirection, parseOperator } from "./value";

/** How many data rows to look at: enough for any real table, bounded for a huge one. */
const SAMPLE_ROWS = 400;

/** The column map with `operator` and `direction` assigned by what their cells hold. */
export function settleDirection(grid: Grid, columns: ColumnMap, firstRow: number, merges: MergeIndex): ColumnMap {
  const { operator, direction } = columns;
  if (operator === undefined && direction === undefined) return columns;
  const holdsDirections = (c: number | undefined) => c !== undefined && directionShare(grid, c, firstRow, merges) > 0.5;
  const out = { ...columns };
  delete out.operator;
  delete out.direction;
  if (holdsDirections(operator)) {
    out.direction = operator;
    if (direction !== undefined && !holdsDirections(direction)) out.operator = direction;
  } else if (holdsDirections(direction)) {
    out.direction = direction;
    if (operator !== undefined) out.operator = operator;
  } else {
    // Neither holds 正向 / 反向: 指标性质 is the comparison, else 指标方向 is.
    out.operator = operator ?? direction;
  }
  return out;
}

/** The share of a column's filled data cells (below the header, 定性 aside) that read as 正向 / 反向. */
function directionShare(grid: Grid, c: number, firstRow: number, merges: MergeIndex): number {
  let filled = 0;
  let directions = 0;
  const last = Math.min(grid.values.length, firstRow + SAMPLE_ROWS);
  for (let r = firstRow; r < last; r++) {
    const text = merges.masterText(r, c).trim();
    // 定性 sits in either column of a qualitative row: it tells nothing.
    if (text === "" || text === "空" || parseOperator(text) === "定性") continue;
    filled++;
    if (parseDirection(text)) directions++;
  }
  return filled === 0 ? 0 : directions / filled;
}
