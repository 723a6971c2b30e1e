/**
 * Data validations (数据验证, ECMA-376 §18.3.1.32) added to a worksheet: dropdowns of words or of a
 * defined name's cells, and date ranges. Appended to the sheet's `<dataValidations>` when it has
 * one (staff's own validations stay as they are), else placed in schema order.
 */
import type { Validation } from "../../core/plan/types";
import { formatRange } from "../../core/a1";
import { escapeAttr, escapeText } from "./escape";
import { children, rootOf } from "./xml";
import { insertChild, setElAttrs } from "./xml-edit";
import type { SheetDoc } from "./worksheet";

/** Excel's limits: a literal list's formula holds at most 255 characters; titles 32, messages 255. */
const LIST_LIMIT = 255;

export function validationXml(P: string, v: Validation): string {
  const sqref = formatRange(v.area);
  const error = v.error ? ` errorTitle="${escapeAttr(v.error.title.slice(0, 32))}" error="${escapeAttr(v.error.message.slice(0, 255))}"` : "";
  const common = `allowBlank="1" showErrorMessage="1"${v.errorStyle === "warning" ? ` errorStyle="warning"` : ""}${error} sqref="${sqref}"`;
  const rule = v.rule;
  if ("dateFrom" in rule)
    return `<${P}dataValidation type="date" operator="between" ${common}><${P}formula1>${rule.dateFrom}</${P}formula1><${P}formula2>${rule.dateTo}</${P}formula2></${P}dataValidation>`;
  const formula = "listName" in rule ? rule.listName : `"${rule.list.join(",")}"`;
  if ("list" in rule) {
    // A literal list splits at commas and stops at 255 characters: longer lists go through a name.
    if (rule.list.some((w) => w.includes(",") || w.includes('"'))) throw new RangeError(`list validation words may not hold commas or quotes: ${rule.list.join("|")}`);
    if (formula.length > LIST_LIMIT) throw new RangeError(`list validation longer than ${LIST_LIMIT} characters`);
  }
  return `<${P}dataValidation type="list" ${common}><${P}formula1>${escapeText(formula)}</${P}formula1></${P}dataValidation>`;
}

export function addValidations(doc: SheetDoc, validations: readonly Validation[]): void {
  if (!validations.length) return;
  const P = doc.prefix;
  const items = validations.map((v) => validationXml(P, v)).join("");
  const existing = doc.topRaw("dataValidations");
  if (!existing) {
    doc.setTop("dataValidations", `<${P}dataValidations count="${validations.length}">${items}</${P}dataValidations>`);
    return;
  }
  const el = rootOf(existing);
  const count = (el.selfClosing ? 0 : children(existing, el.openEnd, el.closeStart).length) + validations.length;
  const grown = insertChild(existing, el, items);
  doc.setTop("dataValidations", setElAttrs(grown, rootOf(grown), { count: String(count) }));
}
