/**
 * Strings are written as text, never as formulas (WritePlan: "whatever they start with").
 *
 * Excel treats a string written to `range.values` as if it were typed: `=SUM(A1)` becomes a
 * formula, `+1`/`-1` a number or formula, `@x` a formula in new Excel, `98%` a percentage,
 * `2022-03-31` a date. Two ways to stop that: set the cell's numberFormat to "@" (Text) before the
 * value, or prefix the value with an apostrophe (Excel's quote prefix).
 *
 * The choice is the apostrophe. It is not part of the value (the cell reads back `=SUM(A1)`,
 * so the expect check and the core see exactly what was meant), and it leaves the cell's number
 * format alone — "@" would stay on the user's cell for good, and a number later typed there would
 * be stored as text. It is added only when Excel would otherwise read the string as something else;
 * a string that itself begins with an apostrophe gets a second one, or Excel would eat it.
 */

const FORMULA_START = /^[=+\-@']/;
const NUMBER_LIKE = /^[\s$¥￥€£(]*[-+]?(?:\d[\d,]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?\s*%?[)\s]*$/;
const DATE_LIKE = /^\s*(?:\d{1,4}\s*[-/.年]\s*\d{1,2}(?:\s*月)?(?:\s*[-/.]?\s*\d{1,4}\s*日?)?|\d{1,2}\s*月\s*\d{1,2}\s*日?|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)\s*$/;
const BOOLEAN_LIKE = /^\s*(?:true|false)\s*$/i;

/** True when Excel would not keep this string as the same text if it were written as is. */
export function needsQuotePrefix(value: string): boolean {
  if (value === "") return false;
  return FORMULA_START.test(value) || NUMBER_LIKE.test(value) || DATE_LIKE.test(value) || BOOLEAN_LIKE.test(value);
}

/** The value to put in `range.values` so the cell holds exactly `value`. */
export function cellInput(value: string | number | boolean | null): string | number | boolean {
  if (value === null) return "";
  if (typeof value !== "string") return value;
  return needsQuotePrefix(value) ? `'${value}` : value;
}
