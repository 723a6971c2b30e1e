/**
 * column-missing: a required field has no column (error); 指标性质 / 度量单位 / 指标属性 have none
 * and the values do not carry them either (warning). Reported once for the table.
 */
import type { Field } from "../indicator";
import { OPTIONAL_WARN_FIELDS, REQUIRED_FIELDS, FIELD_LABEL, otherSpellings } from "../table/headers";
import type { RawIssue } from "../issues";
import { tableIssue, type TableCheck } from "./context";

export const checkColumns: TableCheck = (ctx) => {
  const { columns, indicators } = ctx.table;
  const issues: RawIssue[] = [];
  const missing = (field: Field, severity: "error" | "warning") => {
    const issue = tableIssue(ctx, "column-missing", field, undefined, { label: FIELD_LABEL[field], spellings: otherSpellings(field).join("、") });
    issue.severity = severity;
    issues.push(issue);
  };
  for (const field of REQUIRED_FIELDS) if (columns[field] === undefined) missing(field, "error");
  // Points come from a 评（扣）分标准 or a 分值 column; one of them must be there.
  if (columns.rule === undefined && columns.weight === undefined) missing("rule", "error");
  for (const field of OPTIONAL_WARN_FIELDS) {
    if (columns[field] !== undefined) continue;
    const carried =
      field === "operator"
        ? // 正向 / 反向 say the comparison too (DESIGN §2)
          columns.direction !== undefined || indicators.some((i) => i.fromCombinedValue && i.operator !== null)
        : field === "unit"
          ? indicators.some((i) => i.unit !== "")
          : false;
    if (!carried) missing(field, "warning");
  }
  return issues;
};
