/**
 * formula-uncached: a cell of the table holds a formula with no stored result (a file written by
 * a program and never saved by Excel or WPS, DESIGN §2). Its value is unknown: the field is
 * treated as unreadable (its own checks stay quiet, see isPlaceholder), once per cell.
 */
import type { RawIssue } from "../issues";
import { ISSUE_SEVERITY } from "../issues";
import { cellAddress } from "../grid";
import type { TableCheck } from "./context";

export const checkFormulaUncached: TableCheck = (ctx) => {
  const { grid, uncached, indicators } = ctx.table;
  if (!uncached?.length) return [];
  const nameOf = new Map(indicators.map((i) => [i.r, i.name]));
  return uncached.map(({ r, c, field, indicatorRow }): RawIssue => {
    const at = cellAddress(grid, r, c);
    const name = indicatorRow === null ? "" : (nameOf.get(indicatorRow) ?? "");
    return {
      code: "formula-uncached",
      severity: ISSUE_SEVERITY["formula-uncached"],
      sheet: grid.sheet,
      row: at.row,
      column: at.column,
      field,
      ...(name ? { indicator: name } : {}),
      params: {},
    };
  });
};
