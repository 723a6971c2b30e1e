/**
 * placeholder: template text left where an indicator needs a value — `空` in a name, target or
 * rule (or in the unit of a 定量 row), `指标1`, `……`, `XXX`. Found once per indicator before the
 * other checks run, so they stay quiet about fields already flagged here.
 */
import type { Field, Indicator } from "../indicator";
import { nameKey } from "../normalize";
import { isTemplateText, templateMark } from "../table/template-text";
import type { RawIssue } from "../issues";
import { cellAddress } from "../grid";
import { issueAt, type IndicatorCheck, type TableCheck } from "./context";
/** Fields where `空` is not acceptable in an indicator row. */
const NEEDS_VALUE: Field[] = ["name", "target", "rule"];

export function findPlaceholders(ind: Indicator): Set<Field> {
  const found = new Set<Field>();
  // for…in, not Object.entries: no pair arrays for every field of 10,000 indicators.
  for (const f in ind.cells) {
    const field = f as Field;
    const k = nameKey(ind.cells[field] ?? "");
    if (k === "") continue;
    if (isTemplateText(k) || (field === "name" && templateMark(ind.cells[field] ?? "") !== null)) found.add(field);
    else if (k === "空" && (NEEDS_VALUE.includes(field) || (field === "unit" && ind.attribute === "定量指标"))) found.add(field);
  }
  return found;
}

export const checkPlaceholder: IndicatorCheck = (ind, ctx) =>
  [...(ctx.placeholders.get(ind.r) ?? [])].map((field) => {
    const value = ind.cells[field] ?? "";
    // A real name with the template's numbering or placeholder in it: say which part to delete.
    const mark = field === "name" ? templateMark(value) : null;
    return issueAt(ctx, ind, "placeholder", field, mark ? { value, kind: mark.kind, prefix: mark.mark } : { value });
  });

/** A whole leftover template row (not an indicator): one warning, so staff can delete the row. */
export const checkLeftoverRows: TableCheck = (ctx) => {
  const { grid, columns, leftoverRows } = ctx.table;
  return leftoverRows.map(({ r, field, text }): RawIssue => {
    const at = cellAddress(grid, r, columns[field] ?? 0);
    return { code: "placeholder", severity: "warning", sheet: grid.sheet, row: at.row, column: at.column, field, params: { value: text, kind: "row" } };
  });
};
