/**
 * The controls of a write plan in Office.js (DESIGN §3 the log sheet, §9 the 绩效监控表): data
 * validations (dropdowns and date checks), the traffic lights as conditional fills, frozen header
 * rows, and workbook defined names (the log's indicator list on its very hidden sheet). The same
 * plan the package patcher writes as XML (src/xlsx/ooxml/validations.ts, highlights.ts, freeze.ts
 * and the definedName of apply-plan.ts), with the same meaning:
 *
 * - validations: on new sheets and on existing ones (ExcelApi 1.8). A list validation names a
 *   defined name (`=jixiao_indicators`, the source as a formula) or holds its words inline
 *   (`求和,计数,…`, at most 255 characters, no commas or quotes in a word: Excel splits at commas).
 * - highlights: `cellValue` conditional formats (ExcelApi 1.6), "equal to the word" → fill; new
 *   sheets only, like the patcher.
 * - freeze: freezePanes.freezeRows / freezeAt (ExcelApi 1.7); new sheets only.
 * - names: added, or updated when the workbook has one of that name already — names.add refuses an
 *   existing name ("A resource with the same name or identifier already exists", office-js #2875),
 *   so the check sync looks each one up and the write sets NamedItem.formula (ExcelApi 1.7) of one
 *   that exists, names.add (ExcelApi 1.4) otherwise.
 * Which of these the running Excel lacks is said before anything is written (write-requirements.ts).
 */
import type { SheetPlan, Validation, WritePlan } from "../core/plan/types";
import { ymdFromSerial } from "../core/log/dates";
import { rectAddress, sheetPrefix, type Rect } from "./addresses";
import { ACTION_BYTES, jsonBytes, type SyncBatch } from "./payload";

/** Excel's limits: a literal list holds at most 255 characters; an alert's title 32, its message 255. */
const LIST_LIMIT = 255;
const TITLE_LIMIT = 32;
const MESSAGE_LIMIT = 255;

/** `$A$1:$A$11`: a defined name's reference does not move when cells are copied. */
export function absoluteAddress(r: Rect): string {
  const abs = rectAddress(r)
    .split(":")
    .map((cell) => cell.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"));
  return abs.length === 1 ? `${abs[0]}:${abs[0]}` : abs.join(":");
}

/** The formula a defined name of the plan refers to: `='_jixiao_lists'!$A$1:$A$11`. */
export function nameFormula(n: NonNullable<WritePlan["names"]>[number]): string {
  return `=${sheetPrefix(n.sheet)}${absoluteAddress(n.area)}`;
}

/** The rule as Office.js takes it (Excel.DataValidationRule). */
export function officeRule(v: Validation): Excel.DataValidationRule {
  const rule = v.rule;
  if ("dateFrom" in rule)
    // ISO dates: DateTimeDataValidation takes "a stringified date/time in ISO8601 format".
    return { date: { formula1: ymdFromSerial(rule.dateFrom), formula2: ymdFromSerial(rule.dateTo), operator: "Between" } };
  if ("listName" in rule) return { list: { inCellDropDown: true, source: `=${rule.listName}` } };
  // A bug in the plan, not in the workbook: the patcher refuses the same lists.
  if (rule.list.some((w) => w.includes(",") || w.includes('"'))) throw new RangeError(`list validation words may not hold commas or quotes: ${rule.list.join("|")}`);
  const source = rule.list.join(",");
  if (source.length + 2 > LIST_LIMIT) throw new RangeError(`list validation longer than ${LIST_LIMIT} characters`);
  return { list: { inCellDropDown: true, source } };
}

/**
 * Queue a sheet's validations. On a sheet that existed, the area's own validation goes first:
 * Excel refuses a rule over a range whose cells carry different validations (office-js #2594).
 */
export async function queueValidations(ws: Excel.Worksheet, validations: readonly Validation[], fresh: boolean, batch: SyncBatch): Promise<void> {
  for (const v of validations) {
    const rule = officeRule(v);
    await batch.reserve(ACTION_BYTES * 4 + jsonBytes(rule) + jsonBytes(v.error ?? ""));
    const dv = ws.getRange(rectAddress(v.area)).dataValidation;
    if (!fresh) dv.clear();
    dv.rule = rule;
    dv.errorAlert = {
      showAlert: true,
      style: v.errorStyle === "warning" ? "Warning" : "Stop",
      title: v.error?.title.slice(0, TITLE_LIMIT) ?? "",
      message: v.error?.message.slice(0, MESSAGE_LIMIT) ?? "",
    };
  }
}

/** Queue the lights: a cell of the area equal to the word shows the fill (a new sheet's only). */
export async function queueHighlights(ws: Excel.Worksheet, highlights: NonNullable<SheetPlan["highlights"]>, batch: SyncBatch): Promise<void> {
  for (const h of highlights) {
    if (!/^[0-9A-Fa-f]{6}$/.test(h.fill)) throw new RangeError(`fill colour must be RGB hex: ${h.fill}`);
    await batch.reserve(ACTION_BYTES * 4 + jsonBytes(h.equals));
    const cf = ws.getRange(rectAddress(h.area)).conditionalFormats.add("CellValue");
    cf.cellValue.format.fill.color = `#${h.fill.toUpperCase()}`;
    // A text operand is a formula: ="确定能", quotes doubled.
    cf.cellValue.rule = { formula1: `="${h.equals.replace(/"/g, '""')}"`, operator: "EqualTo" };
  }
}

/** Queue the frozen header (rows, and columns when the plan asks for them) of a new sheet. */
export async function queueFreeze(ws: Excel.Worksheet, freeze: NonNullable<SheetPlan["freeze"]>, batch: SyncBatch): Promise<void> {
  const rows = Math.max(0, freeze.rows);
  const cols = Math.max(0, freeze.cols ?? 0);
  if (rows === 0 && cols === 0) return;
  await batch.reserve(ACTION_BYTES * 3);
  if (cols === 0) ws.freezePanes.freezeRows(rows);
  else if (rows === 0) ws.freezePanes.freezeColumns(cols);
  else ws.freezePanes.freezeAt(ws.getRange(rectAddress({ top: 0, left: 0, bottom: rows - 1, right: cols - 1 })));
}

/** The plan's names as the check sync finds them: null objects for the names the workbook lacks. */
export type NameLookups = Map<string, Excel.NamedItem>;

/** Queue the look-ups of the plan's names (in the check sync: no round trip of their own). */
export function loadNames(context: Excel.RequestContext, plan: WritePlan): NameLookups {
  const found: NameLookups = new Map();
  for (const n of plan.names ?? []) {
    const item = context.workbook.names.getItemOrNullObject(n.name);
    item.load("name");
    found.set(n.name, item);
  }
  return found;
}

/** The plan's names the workbook has already (after the check sync). */
export function existingNames(found: NameLookups): string[] {
  return [...found].filter(([, item]) => !item.isNullObject).map(([name]) => name);
}

/** Queue the names: an existing one gets its new reference, a new one is added (after the sheets it refers to). */
export async function queueNames(context: Excel.RequestContext, plan: WritePlan, found: NameLookups, batch: SyncBatch): Promise<void> {
  for (const n of plan.names ?? []) {
    const formula = nameFormula(n);
    await batch.reserve(ACTION_BYTES * 2 + jsonBytes(formula));
    const item = found.get(n.name);
    if (item && !item.isNullObject) item.formula = formula;
    else context.workbook.names.add(n.name, formula);
  }
}
