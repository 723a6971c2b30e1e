/**
 * The simulator's data validations, conditional formats, frozen panes and defined names (the
 * controls of the log sheet and the 绩效监控表), as Office.js behaves:
 *
 * - Each is refused with ApiNotFound where the fake's ExcelApi is older than the set that has it
 *   (dataValidation 1.8, conditionalFormats 1.6, freezePanes 1.7, names.add 1.4 and
 *   NamedItem.formula set 1.7): the JavaScript library has the property, the host does not, and the
 *   batch fails at it (like PageLayout in fake-excel.ts).
 * - `dataValidation.rule` over a range whose cells carry different validations (some none, or
 *   another one) fails with InvalidArgument (office-js #2594); `clear()` first is the way.
 *   A list source naming a defined name the workbook lacks is refused too (the UI warns "The
 *   source currently evaluates to an error"; the fake takes the strict reading, so the adapter
 *   must add the name before the dropdown that names it).
 * - `names.add` of a name the workbook has (names are case-insensitive) fails with
 *   ItemAlreadyExists, "A resource with the same name or identifier already exists"
 *   (office-js #2875); a reference to a sheet that does not exist is an InvalidArgument. Deleting
 *   a sheet turns the names over it into #REF!, as Excel does.
 * - A protected sheet refuses them all; a read-only workbook refuses every write.
 * Splitting one validation by setting or clearing part of it is not modelled: the fake says so
 * (NotImplemented) rather than guess.
 */
import type { FakeContext, FakeSheet, FakeWorkbook, Rect, RangeProxy } from "./fake-excel";
import { addressOf, FakeError, parseRef } from "./fake-excel";

export interface FakeValidation {
  area: Rect;
  /** As set (Excel.DataValidationRule); null while only an alert was set. */
  rule: { list?: { inCellDropDown: boolean; source: string }; date?: { formula1: string; formula2?: string; operator: string } } | null;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks: boolean;
}

export interface FakeConditionalFormat {
  area: Rect;
  type: string;
  fill?: string;
  rule?: { formula1: string; formula2?: string; operator: string };
}

export interface FakeName {
  name: string;
  formula: string;
}

const minor = (v: string) => Number(v.split(".")[1] ?? 0);

function requireApi(wb: FakeWorkbook, version: string, what: string): void {
  if (minor(wb.options.excelApi ?? "1.18") < minor(version)) throw new FakeError("ApiNotFound", `${what} needs ExcelApi ${version}`);
}

function guard(wb: FakeWorkbook, sheet: FakeSheet | undefined, what: string): FakeSheet {
  if (!sheet) throw new FakeError("InvalidArgument", `${what} set on a null object`);
  if (wb.readOnly) throw new FakeError("AccessDenied", "You cannot perform the requested operation.");
  if (sheet.protected) throw new FakeError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
  return sheet;
}

const overlaps = (a: Rect, b: Rect) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
const inside = (a: Rect, b: Rect) => a.top >= b.top && a.bottom <= b.bottom && a.left >= b.left && a.right <= b.right;
const same = (a: Rect, b: Rect) => inside(a, b) && inside(b, a);

/** The sheet a qualified reference names (`'_jixiao_lists'!$A$1:$A$11`), or null when unqualified. */
export function sheetOf(formula: string): string | null {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!=]+))!/.exec(formula);
  return m ? (m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]) : null;
}

const NAME = /^[A-Za-z_\\\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/;

/** Range.dataValidation (ExcelApi 1.8). */
export function dataValidationOf(ctx: FakeContext, sheet: FakeSheet | undefined, rect: Rect | null) {
  const wb = ctx.wb;
  /** The validation this range is exactly, a new one, or the error Excel gives. */
  const target = (s: FakeSheet): FakeValidation => {
    const touching = s.validations.filter((v) => overlaps(v.area, rect!));
    if (touching.length === 0) {
      const v: FakeValidation = { area: { ...rect! }, rule: null, errorAlert: { showAlert: true, style: "Stop", title: "", message: "" }, ignoreBlanks: true };
      s.validations.push(v);
      return v;
    }
    if (touching.length === 1 && same(touching[0].area, rect!)) return touching[0];
    if (touching.length === 1 && inside(rect!, touching[0].area)) throw new FakeError("NotImplemented", "the fake does not split a validation");
    throw new FakeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
  };
  const set = (what: string, fn: (s: FakeSheet) => void) =>
    ctx.act(120, () => {
      requireApi(wb, "1.8", "Range.dataValidation");
      fn(guard(wb, sheet, `Range.dataValidation.${what}`));
    });
  return {
    set rule(rule: NonNullable<FakeValidation["rule"]>) {
      set("rule", (s) => {
        const kinds = Object.keys(rule);
        if (kinds.length !== 1) throw new FakeError("InvalidArgument", "a rule holds exactly one kind of validation");
        if (rule.list) {
          const source = rule.list.source;
          if (typeof source !== "string" || source === "") throw new FakeError("InvalidArgument", "ListDataValidation.source");
          const named = /^=([^!:$]+)$/.exec(source)?.[1];
          if (named && !wb.names.has(named.toLowerCase())) throw new FakeError("InvalidArgument", `ListDataValidation.source: no name ${named}`);
          if (!source.startsWith("=") && source.length > 255) throw new FakeError("InvalidArgument", "a list longer than 255 characters");
        } else if (rule.date) {
          const iso = /^\d{4}-\d{2}-\d{2}$/;
          if (!iso.test(rule.date.formula1) || (rule.date.formula2 !== undefined && !iso.test(rule.date.formula2))) throw new FakeError("InvalidArgument", "DateTimeDataValidation.formula1");
        } else throw new FakeError("NotImplemented", `the fake models list and date rules, not ${kinds[0]}`);
        target(s).rule = JSON.parse(JSON.stringify(rule));
      });
    },
    set errorAlert(alert: FakeValidation["errorAlert"]) {
      set("errorAlert", (s) => {
        if (alert.title.length > 32 || alert.message.length > 255) throw new FakeError("InvalidArgument", "DataValidationErrorAlert: title or message too long");
        target(s).errorAlert = { ...alert };
      });
    },
    set ignoreBlanks(v: boolean) {
      set("ignoreBlanks", (s) => (target(s).ignoreBlanks = v));
    },
    clear() {
      set("clear", (s) => {
        for (const v of s.validations) if (overlaps(v.area, rect!) && !inside(v.area, rect!)) throw new FakeError("NotImplemented", "the fake does not split a validation");
        s.validations = s.validations.filter((v) => !overlaps(v.area, rect!));
      });
    },
  };
}

/** Range.conditionalFormats (ExcelApi 1.6): add("CellValue"), cellValue.format.fill.color and cellValue.rule, clearAll. */
export function conditionalFormatsOf(ctx: FakeContext, sheet: FakeSheet | undefined, rect: Rect | null) {
  const wb = ctx.wb;
  const act = (what: string, fn: (s: FakeSheet) => void) =>
    ctx.act(120, () => {
      requireApi(wb, "1.6", "Range.conditionalFormats");
      fn(guard(wb, sheet, `ConditionalFormat.${what}`));
    });
  return {
    add(type: string) {
      const cf: FakeConditionalFormat = { area: { ...rect! }, type };
      act("add", (s) => {
        if (type !== "CellValue") throw new FakeError("NotImplemented", `the fake models CellValue conditional formats, not ${type}`);
        s.conditionalFormats.push(cf);
      });
      return {
        cellValue: {
          format: {
            fill: {
              set color(v: string) {
                act("fill", () => {
                  if (!/^#[0-9A-F]{6}$/i.test(v)) throw new FakeError("InvalidArgument", `not a colour: ${v}`);
                  cf.fill = v.toUpperCase();
                });
              },
            },
          },
          set rule(r: NonNullable<FakeConditionalFormat["rule"]>) {
            act("rule", () => {
              const ops = ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqual", "LessThanOrEqual"];
              if (!ops.includes(r.operator) || typeof r.formula1 !== "string" || r.formula1 === "") throw new FakeError("InvalidArgument", "ConditionalCellValueRule");
              cf.rule = { ...r };
            });
          },
        },
      };
    },
    clearAll() {
      act("clearAll", (s) => (s.conditionalFormats = s.conditionalFormats.filter((c) => !overlaps(c.area, rect!))));
    },
  };
}

/** Worksheet.freezePanes (ExcelApi 1.7). */
export function freezePanesOf(ctx: FakeContext, sheet: FakeSheet | undefined) {
  const wb = ctx.wb;
  const act = (fn: (s: FakeSheet) => void) =>
    ctx.act(60, () => {
      requireApi(wb, "1.7", "Worksheet.freezePanes");
      if (!sheet) throw new FakeError("InvalidArgument", "freezePanes on a null object");
      fn(sheet);
    });
  return {
    freezeRows(count = 1) {
      act((s) => (s.frozen = { rows: count, cols: 0 }));
    },
    freezeColumns(count = 1) {
      act((s) => (s.frozen = { rows: 0, cols: count }));
    },
    /** "The range provided corresponds to cells that will be frozen in the top- and left-most pane." */
    freezeAt(range: RangeProxy | string) {
      const r = typeof range === "string" ? parseRef(range) : range.rectModel!;
      act((s) => (s.frozen = { rows: r.bottom + 1, cols: r.right + 1 }));
    },
    unfreeze() {
      act((s) => (s.frozen = null));
    },
  };
}

/** A NamedItem from getItemOrNullObject: `name` and `formula` readable after a sync, `formula` settable (1.7), delete(). */
class FakeNamedItem {
  private readonly bornAt: number;
  private loaded: Record<string, unknown> | null = null;
  constructor(
    private readonly ctx: FakeContext,
    private readonly key: string,
    private readonly isNull: boolean,
  ) {
    this.bornAt = ctx.syncCount;
  }
  get isNullObject(): boolean {
    if (this.ctx.syncCount === this.bornAt) throw new FakeError("PropertyNotLoaded", "isNullObject read before context.sync()");
    return this.isNull;
  }
  load(_props?: string): this {
    this.ctx.load(() => {
      const n = this.ctx.wb.names.get(this.key);
      return { data: this.isNull || !n ? {} : { name: n.name, formula: n.formula }, publish: (d) => (this.loaded = d as Record<string, unknown>) };
    });
    return this;
  }
  private read(prop: string): unknown {
    if (!this.loaded || !(prop in this.loaded)) throw new FakeError("PropertyNotLoaded", `${prop} was not loaded`);
    return this.loaded[prop];
  }
  get name(): string {
    return this.read("name") as string;
  }
  get formula(): string {
    return this.read("formula") as string;
  }
  set formula(v: string) {
    this.ctx.act(60 + v.length, () => {
      requireApi(this.ctx.wb, "1.7", "NamedItem.formula");
      if (this.isNull) throw new FakeError("InvalidArgument", "NamedItem.formula set on a null object");
      if (this.ctx.wb.readOnly) throw new FakeError("AccessDenied", "You cannot perform the requested operation.");
      checkReference(this.ctx.wb, v);
      this.ctx.wb.names.get(this.key)!.formula = v;
    });
  }
  delete(): void {
    if (this.isNull) return;
    this.ctx.act(40, () => void this.ctx.wb.names.delete(this.key));
  }
}

function checkReference(wb: FakeWorkbook, formula: string): void {
  if (!formula.startsWith("=")) throw new FakeError("InvalidArgument", `a name's formula starts with =: ${formula}`);
  const sheet = sheetOf(formula);
  if (sheet !== null && !wb.sheet(sheet)) throw new FakeError("InvalidArgument", `no sheet ${sheet}`);
}

/** Workbook.names. */
export function namesOf(ctx: FakeContext) {
  const wb = ctx.wb;
  return {
    add(name: string, reference: RangeProxy | string, comment?: string) {
      const formula =
        typeof reference === "string" ? reference : `='${reference.sheetModel!.name.replace(/'/g, "''")}'!${addressOf(reference.rectModel!).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
      ctx.act(80 + formula.length, () => {
        requireApi(wb, "1.4", "NamedItemCollection.add");
        if (wb.readOnly) throw new FakeError("AccessDenied", "You cannot perform the requested operation.");
        if (!NAME.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw new FakeError("InvalidArgument", `not a valid name: ${name}`);
        if (wb.names.has(name.toLowerCase())) throw new FakeError("ItemAlreadyExists", "A resource with the same name or identifier already exists.");
        checkReference(wb, formula);
        wb.names.set(name.toLowerCase(), { name, formula, ...(comment ? { comment } : {}) });
      });
      return new FakeNamedItem(ctx, name.toLowerCase(), false);
    },
    getItemOrNullObject(name: string) {
      ctx.act(0, () => requireApi(wb, "1.4", "NamedItemCollection.getItemOrNullObject"));
      return new FakeNamedItem(ctx, name.toLowerCase(), !wb.names.has(name.toLowerCase()));
    },
  };
}

/** A sheet deleted: the names over it refer to #REF! (`=#REF!$A$1:$A$11`), as in Excel's Name Manager. */
export function breakNamesOf(wb: FakeWorkbook, sheet: string): void {
  for (const n of wb.names.values()) if (sheetOf(n.formula) === sheet) n.formula = n.formula.replace(/^=(?:'(?:[^']|'')+'|[^'!=]+)!/, "=#REF!");
}

/** The cells a name refers to, for tests: its sheet and rectangle (null when it is #REF!). */
export function nameTarget(wb: FakeWorkbook, name: string): { sheet: FakeSheet; rect: Rect } | null {
  const n = wb.names.get(name.toLowerCase());
  const sheetName = n ? sheetOf(n.formula) : null;
  const sheet = sheetName ? wb.sheet(sheetName) : undefined;
  return n && sheet ? { sheet, rect: parseRef(n.formula) } : null;
}
