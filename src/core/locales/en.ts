/** English messages: what is wrong and how to fix it. */
import type { Field } from "../indicator";
import { p, type MessageMap } from "./types";
import { QUALITATIVE_LABEL, type QualitativeGrade } from "../rules/formulas";

const cell = (i: { row: number; column: string }) => (i.column ? `${i.column}${i.row}` : `Row ${i.row}`);
const FIELD_EN: Record<Field, string> = {
  level1: "level-1 indicator (一级指标)",
  level2: "level-2 indicator (二级指标)",
  name: "indicator name (三级指标)",
  operator: "operator (指标性质)",
  direction: "direction (指标方向, 正向 / 反向)",
  target: "target value (指标值)",
  unit: "unit (度量单位)",
  attribute: "attribute (指标属性)",
  rule: "scoring rule (评（扣）分标准)",
  content: "description (指标内容)",
  source: "data source (数据来源)",
  weight: "points (分值)",
  actual: "actual value (实际完成值)",
  score: "score (得分)",
  remark: "deviation notes (偏差原因分析)",
};
const gradeEn = (g: string) => (g in QUALITATIVE_LABEL ? QUALITATIVE_LABEL[g as QualitativeGrade].en : g);
const label = (f: unknown) => (typeof f === "string" && f in FIELD_EN ? FIELD_EN[f as Field] : String(f ?? ""));

export const en: MessageMap = {
  "table-not-found": (i) =>
    p(i, "missing")
      ? `Row ${i.row} of sheet "${i.sheet}" looks like the indicator table's header but has no ${p(i, "missing")} column (it has: ${p(i, "labels")}). Head the right column ${p(i, "missing")}${p(i, "spellings") ? ` (also accepted: ${p(i, "spellings")})` : ""}.`
      : `No indicator table found on sheet "${i.sheet}": a header row needs at least 三级指标 and 指标值. Check the header text, or choose the sheet that holds the indicator table.`,
  "column-missing": (i) =>
    i.severity === "error"
      ? `The header has no ${label(i.field)} column. Add it to the header${p(i, "spellings") ? ` (also accepted: ${p(i, "spellings")})` : ""}.`
      : `The header has no ${label(i.field)} column and the values do not carry it either, so it cannot be checked. Consider adding the column.`,
  "weight-total": (i) =>
    p(i, "partial") === "1"
      ? `The indicators whose points can be read already add up to ${p(i, "total")}, more than the ${p(i, "expected")} expected (some points cannot be read). Adjust the points.`
      : `The indicators' points add up to ${p(i, "total")}; they should add up to ${p(i, "expected")}. Adjust the points.`,
  "level-weight-total": (i) =>
    p(i, "partial") === "1"
      ? `${cell(i)}: "${p(i, "category")}" states ${p(i, "stated")} points, and the indicators under it whose points can be read already add up to ${p(i, "total")}. Adjust their points or the stated points.`
      : `${cell(i)}: "${p(i, "category")}" states ${p(i, "stated")} points, but the indicators under it add up to ${p(i, "total")}. Adjust their points or the stated points.`,
  "name-missing": (i) => `${cell(i)}: this row has a target or rule but no indicator name. Fill in the name or delete the row.`,
  "level1-invalid": (i) =>
    p(i, "value")
      ? `${cell(i)}: level-1 indicator "${p(i, "value")}" is not in the taxonomy. Use one of: ${p(i, "allowed")}.`
      : `${cell(i)}: the row has no level-1 indicator. Fill one in (${p(i, "allowed")}).`,
  "level2-invalid": (i) =>
    `${cell(i)}: level-2 indicator "${p(i, "value")}" does not belong under "${p(i, "level1")}".` +
    (p(i, "parents") ? ` It belongs under "${p(i, "parents")}"; move the row there.` : ` Use a level-2 indicator of "${p(i, "level1")}".`),
  "operator-invalid": (i) =>
    p(i, "value")
      ? `${cell(i)}: operator "${p(i, "value")}" is not recognised. Use one of = ≥ ≤ > <, or 定性 for a qualitative indicator.`
      : `${cell(i)}: the quantitative indicator has no operator. Use one of = ≥ ≤ > <.`,
  "target-missing": (i) =>
    p(i, "value") ? `${cell(i)}: the target "${p(i, "value")}" is only a unit, with no number. Fill in the year's target.` : `${cell(i)}: no target value. Fill in the year's target.`,
  "target-not-number": (i) => `${cell(i)}: the quantitative target "${p(i, "value")}" is not a number. Write a number (12, 98%) and put the unit in the unit column.`,
  "target-out-of-range": (i) =>
    p(i, "percent") === "1"
      ? `${cell(i)}: the percentage target "${p(i, "value")}" is above 100%. Use a value from 0 to 100.`
      : `${cell(i)}: the target "${p(i, "value")}" is negative. Use a value of 0 or more.`,
  "target-suspicious": (i) =>
    p(i, "kind") === "full"
      ? `${cell(i)}: a target of "≥100%" can only be met by reaching exactly 100%. Check the target, or set a realistic one such as ≥95%.`
      : `${cell(i)}: a percentage target uses "="; "≥" (at least) is usually meant. Check the operator.`,
  "unit-missing": (i) => `${cell(i)}: the quantitative indicator has no unit. Fill one in (期, 次, %, 万元 …).`,
  "unit-mismatch": (i) => `${cell(i)}: the rule counts in "${p(i, "ruleUnit")}" but the row's unit is "${p(i, "unit")}". Make them the same.`,
  "attribute-invalid": (i) =>
    p(i, "value")
      ? `${cell(i)}: attribute "${p(i, "value")}" is not valid. Use 定量指标 (quantitative) or 定性指标 (qualitative).`
      : `${cell(i)}: no attribute. Use 定量指标 (quantitative) or 定性指标 (qualitative).`,
  "attribute-mismatch": (i) =>
    p(i, "kind") === "quantitative"
      ? `${cell(i)}: a quantitative indicator has the qualitative target "${p(i, "value")}". Make it 定性指标, or give a numeric target.`
      : `${cell(i)}: a qualitative indicator compares numbers (${p(i, "value")}). Make it 定量指标, or give a qualitative target such as 合格.`,
  "rule-missing": (i) => `${cell(i)}: no scoring rule. State the points and how they are earned, e.g. 12分，完成1期得1分.`,
  "rule-unparsed": (i) => `${cell(i)}: the scoring rule states no full points. Start it with the points (7分，…) or add a points column.`,
  "rule-judgement": (i) =>
    p(i, "kind") === "range"
      ? `${cell(i)}: the rule gives a range of points (${p(i, "detail")}); Score places the actual linearly within the band. Adjust the score after scoring if it is to be judged.`
      : p(i, "kind") === "clauses"
        ? `${cell(i)}: the rule deducts by kind of occurrence (${p(i, "detail")}); log entries that name no kind in 备注 count as the first. Name the kind in 备注, or adjust the score after scoring.`
        : `${cell(i)}: the rule leaves the points to judgement (酌情); Score uses the national default formula as a suggestion. Adjust the score after scoring.`,
  "rule-default": (i) => p(i, "kind") === "qualitative"
      ? `${cell(i)}: the scoring rule is not one of the known forms; Score will use the national default for qualitative indicators (met → full, 良/基本达成 80%, 中/部分达成 60%, 差/未达成 0). Rewrite the rule if another method is meant.`
      : `${cell(i)}: the scoring rule is not one of the known forms; Score will use the national default formula (completion ratio × points). Rewrite the rule if another method is meant.`,
  "rule-inconsistent": (i) =>
    p(i, "kind") === "weight"
      ? `${cell(i)}: the rule states ${p(i, "full")} points but the points column says ${p(i, "weight")}. Make them agree.`
      : `${cell(i)}: at ${p(i, "points")} points per ${p(i, "step")}, meeting the target of ${p(i, "target")} earns ${p(i, "atTarget")} points, not the full ${p(i, "full")}. Check the points per unit or the target.`,
  "duplicate-indicator": (i) => `${cell(i)}: indicator "${i.indicator ?? ""}" repeats row ${p(i, "firstRow")}. Merge or rename them.`,
  "content-duplicate": (i) => `${cell(i)}: the description is the same as row ${p(i, "firstRow")} (${p(i, "other")}), probably copied and not edited. Describe what this indicator measures.`,
  "source-missing": (i) => `${cell(i)}: no basis or data source. Name the document or data the value comes from.`,
  placeholder: (i) =>
    p(i, "kind") === "row"
      ? `${cell(i)}: this row holds only template text "${p(i, "value")}"; it is not an indicator and is neither checked nor scored. Delete the row if it is not needed.`
      : p(i, "kind") === "prefix"
        ? `${cell(i)}: the indicator name "${p(i, "value")}" still carries the template's numbering "${p(i, "prefix")}". Delete the numbering and check that the indicator belongs to this project.`
        : p(i, "kind") === "inside"
          ? `${cell(i)}: the indicator name "${p(i, "value")}" still holds the template's placeholder "${p(i, "prefix")}". Delete it (the target goes in the 指标值 column).`
      : `${cell(i)}: the ${label(i.field)} still holds template text "${p(i, "value")}". Fill in the real content, or delete unused rows.`,
  "formula-uncached": (i) =>
    `${cell(i)}: this cell is a formula with no stored result (common in files written by other programs), so its value is unknown and ${i.field === "log" ? "the log entry" : "the indicator"} is treated as unreadable. Open the file in Excel or WPS, save it, and validate again.`,
  "score-differs": (i) =>
    `${cell(i)}: the ${p(i, "what") === "actual" ? "actual value" : "score"} typed here is ${p(i, "typed")}; the rule gives ${p(i, "computed")}. Score keeps what was typed; clear the cell and score again to use the computed value.`,
  "sheet-protected": (i) =>
    `Sheet "${i.sheet}" is protected: Score did not write ${p(i, "cells")} of its cells (actual values, score lines, the total); the scores are in the report${p(i, "copy") === "1" ? " and the 绩效自评表" : ""}. To have them written back, unprotect the sheet (Review › Unprotect Sheet) and score again.`,
  "score-out-of-band": (i) =>
    `${cell(i)}: the typed score ${p(i, "typed")} is outside the band of ${gradeEn(p(i, "grade"))}, ${p(i, "low")}–${p(i, "high")} points (the scoring profile "${p(i, "profile")}" lets staff choose a score within it). Score counts ${p(i, "computed")}, as the rule gives; type a score within the band, or clear the cell.`,
  "log-sheet-not-found": (i) =>
    i.severity === "error"
      ? `No log sheet and no actual values to score. Add a log sheet (header: 日期, 三级指标, 完成值, 备注) or fill in the actual-value column.`
      : p(i, "typed") === "1"
        ? `No log sheet found (its header needs 三级指标 and 完成值). Score will use the values filled in the actual-value column.`
        : `No log sheet found (its header needs 三级指标 and 完成值). Before scoring, add a log sheet (日期, 三级指标, 完成值, 备注), or add an 实际完成值 column to the table and fill it in.`,
  "log-column-missing": (i) => `Log sheet "${i.sheet}" has no ${p(i, "labels")} column. Use the header: 日期, 三级指标, 完成值, 备注.`,
  "log-unknown-indicator": (i) =>
    `${cell(i)}: indicator "${p(i, "name")}" in the log is not in the target table.` +
    (p(i, "suggestion") ? ` Did you mean "${p(i, "suggestion")}"? Use the table's name.` : ` Use a name from the table.`),
  "log-value-invalid": (i) => `${cell(i)}: value "${p(i, "value")}" is not a number, and "${i.indicator ?? ""}" needs one. Write a number (blank means one piece of work).`,
  "log-date-invalid": (i) => `${cell(i)}: date "${p(i, "value")}" is not recognised. Write dates like 2022-03-31.`,
  "log-no-entries": (i) => `${cell(i)}: indicator "${i.indicator ?? ""}" has no entries in the log "${p(i, "log")}". Add its work, or it scores as not done.`,
  "review-too-few": (i) => `Only ${p(i, "count")} indicators, fewer than ${p(i, "min")}. Add indicators for the project's outputs and effects.`,
  "review-category-missing": (i) =>
    p(i, "note")
      ? `No ${p(i, "category")} indicator. The project serves people (its indicators name the public, pupils, farmers …), so a satisfaction indicator is expected as a rule (a note, not a requirement).`
      : `No ${p(i, "category")} indicator. A table needs both output (产出) and effect (效益) indicators: add one.`,
  "review-input-as-output": (i) =>
    `${cell(i)}: indicator "${i.indicator ?? ""}" measures money or staff put in, not what the project produces. Inputs cannot be performance targets: measure the work done, its quality or its timeliness.`,
  "review-qualitative-share": (i) => `${p(i, "qualitative")} of ${p(i, "count")} indicators are qualitative, more than half. Use measurable quantitative indicators where you can.`,
  "review-cost-standard": (i) => `${cell(i)}: cost indicator "${i.indicator ?? ""}" does not name the budget or plan standard its value comes from. Name it in the data-source column.`,
  "review-weight-profile": (i) =>
    `The ${p(i, "category")} indicators carry ${p(i, "points")} points, far from the usual ${p(i, "expected")}. Check the points, or give the reason for the change.`,
};
