/**
 * A write plan applied to grids in memory, as a host applies it to a workbook (values only:
 * new and replaced sheets, deletions, cell writes). For tests of the core's decisions — what it
 * writes, keeps and clears — without a package round trip.
 */
import type { Grid, WorkbookGrids } from "../../src/core/grid";
import type { WritePlan } from "../../src/core/plan/types";

export function applyToGrids(wb: WorkbookGrids, plan: WritePlan): WorkbookGrids {
  const sheets: Grid[] = wb.sheets.map((g) => ({ ...g, values: g.values.map((r) => [...r]), text: g.text?.map((r) => [...r]) }));
  for (const sp of plan.sheets) {
    const at = sheets.findIndex((s) => s.sheet === sp.sheet);
    if (sp.delete) {
      if (at >= 0) sheets.splice(at, 1);
      continue;
    }
    let g = at >= 0 ? sheets[at] : undefined;
    if (!g || (sp.create && sp.replace)) {
      const fresh: Grid = { sheet: sp.sheet, origin: { row: 0, col: 0 }, values: [], merges: [] };
      if (g) sheets.splice(at, 1, fresh);
      else sheets.push(fresh);
      g = fresh;
    }
    for (const w of sp.writes) setCell(g, w.row - g.origin.row, w.col - g.origin.col, w.value);
  }
  return { sheets };
}

/** A cell's value (and its shown text, when the grid has texts), grid coordinates. */
export function setCell(g: Grid, r: number, c: number, value: string | number | null): void {
  while (g.values.length <= r) g.values.push([]);
  g.values[r][c] = value;
  if (g.text) {
    while (g.text.length <= r) g.text.push([]);
    g.text[r][c] = value === null ? "" : String(value);
  }
}
