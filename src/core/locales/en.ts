/** English messages: what is wrong and how to fix it. */
import type { Field } from "../indicator";
import type { MessageMap } from "./types";
import { QUALITATIVE_LABEL } from "../rules/formulas";
import { formatPoints } from "../score-line";

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
const label = (f: unknown) => (typeof f === "string" && f in FIELD_EN ? FIELD_EN[f as Field] : String(f ?? ""));

export const en: MessageMap = {
  "table-not-found": (p, i) =>
    p.missing
      ? `Row ${i.row} of sheet "${i.sheet}" looks like the indicator table's header but has no ${p.missing} column (it has: ${p.labels}). Head the right column ${p.missing}${p.spellings ? ` (also accepted: ${p.spellings})` : ""}.`
      : `No indicator table found on sheet "${i.sheet}": a header row needs at least 三级指标 and 指标值. Check the header text, or choose the sheet that holds the indicator table.`,
  "column-missing": (p, i) =>
    i.severity === "error"
      ? `The header has no ${label(i.field)} column. Add it to the header${p.spellings ? ` (also accepted: ${p.spellings})` : ""}.`
      : `The header has no ${label(i.field)} column and the values do not carry it either, so it cannot be checked. Consider adding the column.`,
  "weight-total": (p) =>
    p.partial
      ? `The indicators whose points can be read already add up to ${p.total}, more than the ${p.expected} expected (some points cannot be read). Adjust the points.`
      : `The indicators' points add up to ${p.total}; they should add up to ${p.expected}. Adjust the points.`,
  "level-weight-total": (p) =>
    p.partial
      ? `"${p.category}" states ${p.stated} points, and the indicators under it whose points can be read already add up to ${p.total}. Adjust their points or the stated points.`
      : `"${p.category}" states ${p.stated} points, but the indicators under it add up to ${p.total}. Adjust their points or the stated points.`,
  "name-missing": () => `This row has a target or rule but no indicator name. Fill in the name or delete the row.`,
  "level1-invalid": (p) =>
    p.value
      ? `Level-1 indicator "${p.value}" is not in the taxonomy. Use one of: ${p.allowed}.`
      : `The row has no level-1 indicator. Fill one in (${p.allowed}).`,
  "level2-invalid": (p) =>
    `Level-2 indicator "${p.value}" does not belong under "${p.level1}".` +
    (p.parents ? ` It belongs under "${p.parents}"; move the row there.` : ` Use a level-2 indicator of "${p.level1}".`),
  "operator-invalid": (p) =>
    p.value
      ? `Operator "${p.value}" is not recognised. Use one of = ≥ ≤ > <, or 定性 for a qualitative indicator.`
      : `The quantitative indicator has no operator. Use one of = ≥ ≤ > <.`,
  "target-missing": (p) =>
    p.value ? `The target "${p.value}" is only a unit, with no number. Fill in the year's target.` : `No target value. Fill in the year's target.`,
  "target-not-number": (p) => `The quantitative target "${p.value}" is not a number. Write a number (12, 98%) and put the unit in the unit column.`,
  "target-out-of-range": (p) =>
    p.percent
      ? `The percentage target "${p.value}" is above 100%. Use a value from 0 to 100.`
      : `The target "${p.value}" is negative. Use a value of 0 or more.`,
  "target-suspicious": (p) =>
    p.kind === "full"
      ? `A target of "≥100%" can only be met by reaching exactly 100%. Check the target, or set a realistic one such as ≥95%.`
      : `A percentage target uses "="; "≥" (at least) is usually meant. Check the operator.`,
  "unit-missing": () => `The quantitative indicator has no unit. Fill one in (期, 次, %, 万元 …).`,
  "unit-mismatch": (p) => `The rule counts in "${p.ruleUnit}" but the row's unit is "${p.unit}". Make them the same.`,
  "attribute-invalid": (p) =>
    p.value
      ? `Attribute "${p.value}" is not valid. Use 定量指标 (quantitative) or 定性指标 (qualitative).`
      : `No attribute. Use 定量指标 (quantitative) or 定性指标 (qualitative).`,
  "attribute-mismatch": (p) =>
    p.kind === "quantitative"
      ? `A quantitative indicator has the qualitative target "${p.value}". Make it 定性指标, or give a numeric target.`
      : `A qualitative indicator compares numbers (${p.value}). Make it 定量指标, or give a qualitative target such as 合格.`,
  "rule-missing": () => `No scoring rule. State the points and how they are earned, e.g. 12分，完成1期得1分.`,
  "rule-unparsed": () => `The scoring rule states no full points. Start it with the points (7分，…) or add a points column.`,
  "rule-judgement": (p) =>
    p.kind === "range"
      ? `The rule gives a range of points (${p.detail}); Score places the actual linearly within the band. Adjust the score after scoring if it is to be judged.`
      : p.kind === "clauses"
        ? `The rule deducts by kind of occurrence (${p.detail}); log entries that name no kind in 备注 count as the first. Name the kind in 备注, or adjust the score after scoring.`
        : `The rule leaves the points to judgement (酌情); Score uses the national default formula as a suggestion. Adjust the score after scoring.`,
  "rule-default": (p) => p.kind === "qualitative"
      ? `The scoring rule is not one of the known forms; Score will use the national default for qualitative indicators (met → full, 良/基本达成 80%, 中/部分达成 60%, 差/未达成 0). Rewrite the rule if another method is meant.`
      : `The scoring rule is not one of the known forms; Score will use the national default formula (completion ratio × points). Rewrite the rule if another method is meant.`,
  "rule-inconsistent": (p) =>
    p.kind === "weight"
      ? `The rule states ${p.full} points but the points column says ${p.weight}. Make them agree.`
      : `At ${p.points} points per ${p.step}, meeting the target of ${p.target} earns ${p.atTarget} points, not the full ${p.full}. Check the points per unit or the target.`,
  "duplicate-indicator": (p, i) => `Indicator "${i.indicator ?? ""}" repeats row ${p.firstRow}. Merge or rename them.`,
  "content-duplicate": (p) => `The description is the same as row ${p.firstRow} (${p.other}), probably copied and not edited. Describe what this indicator measures.`,
  "source-missing": () => `No basis or data source. Name the document or data the value comes from.`,
  placeholder: (p, i) =>
    p.kind === "row"
      ? `This row holds only template text "${p.value}"; it is not an indicator and is neither checked nor scored. Delete the row if it is not needed.`
      : p.kind === "prefix"
        ? `The indicator name "${p.value}" still carries the template's numbering "${p.prefix}". Delete the numbering and check that the indicator belongs to this project.`
        : p.kind === "inside"
          ? `The indicator name "${p.value}" still holds the template's placeholder "${p.prefix}". Delete it (the target goes in the 指标值 column).`
      : `The ${label(i.field)} still holds template text "${p.value}". Fill in the real content, or delete unused rows.`,
  "formula-uncached": (_p, i) =>
    `This cell is a formula with no stored result (common in files written by other programs), so its value is unknown and ${i.field === "log" ? "the log entry" : "the indicator"} is treated as unreadable. Open the file in Excel or WPS, save it, and validate again.`,
  "score-differs": (p) =>
    `The ${p.what === "actual" ? "actual value" : "score"} typed here is ${p.typed}; the rule gives ${p.computed}. Score keeps what was typed; clear the cell and score again to use the computed value.`,
  "sheet-protected": (p, i) =>
    `Sheet "${i.sheet}" is protected: Score did not write ${p.cells} of its cells (actual values, score lines, the total); the scores are in the report${p.copy ? " and the 绩效自评表" : ""}. To have them written back, unprotect the sheet (Review › Unprotect Sheet) and score again.`,
  "score-out-of-band": (p) =>
    `The typed score ${formatPoints(p.typed)} is outside the band of ${QUALITATIVE_LABEL[p.grade].en}, ${formatPoints(p.low)}–${formatPoints(p.high)} points (the scoring profile "${p.profile}" lets staff choose a score within it). Score counts ${formatPoints(p.computed)}, as the rule gives; type a score within the band, or clear the cell.`,
  "log-sheet-not-found": (p, i) =>
    i.severity === "error"
      ? `No log sheet and no actual values to score. Add a log sheet (header: 日期, 三级指标, 完成值, 备注) or fill in the actual-value column.`
      : p.typed
        ? `No log sheet found (its header needs 三级指标 and 完成值). Score will use the values filled in the actual-value column.`
        : `No log sheet found (its header needs 三级指标 and 完成值). Before scoring, add a log sheet (日期, 三级指标, 完成值, 备注), or add an 实际完成值 column to the table and fill it in.`,
  "log-column-missing": (p, i) => `Log sheet "${i.sheet}" has no ${p.labels} column. Use the header: 日期, 三级指标, 完成值, 备注.`,
  "log-unknown-indicator": (p) =>
    `Indicator "${p.name}" in the log is not in the target table.` +
    (p.suggestion ? ` Did you mean "${p.suggestion}"? Use the table's name.` : ` Use a name from the table.`),
  "log-value-invalid": (p, i) => `Value "${p.value}" is not a number, and "${i.indicator ?? ""}" needs one. Write a number (blank means one piece of work).`,
  "log-date-invalid": (p) => `Date "${p.value}" is not recognised. Write dates like 2022-03-31.`,
  "log-no-entries": (p, i) => `Indicator "${i.indicator ?? ""}" has no entries in the log "${p.log}". Add its work, or it scores as not done.`,
  "review-too-few": (p) => `Only ${p.count} indicators, fewer than ${p.min}. Add indicators for the project's outputs and effects.`,
  "review-category-missing": (p) =>
    p.note
      ? `No ${p.category} indicator. The project serves people (its indicators name the public, pupils, farmers …), so a satisfaction indicator is expected as a rule (a note, not a requirement).`
      : `No ${p.category} indicator. A table needs both output (产出) and effect (效益) indicators: add one.`,
  "review-input-as-output": (_p, i) =>
    `Indicator "${i.indicator ?? ""}" measures money or staff put in, not what the project produces. Inputs cannot be performance targets: measure the work done, its quality or its timeliness.`,
  "review-qualitative-share": (p) => `${p.qualitative} of ${p.count} indicators are qualitative, more than half. Use measurable quantitative indicators where you can.`,
  "review-cost-standard": (_p, i) => `Cost indicator "${i.indicator ?? ""}" does not name the budget or plan standard its value comes from. Name it in the data-source column.`,
  "review-weight-profile": (p) =>
    `The ${p.category} indicators carry ${p.points} points, far from the usual ${p.expected}. Check the points, or give the reason for the change.`,
};
