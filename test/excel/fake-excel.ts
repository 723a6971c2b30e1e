/**
 * A workbook simulator behind the `Excel` and `Office` globals, for testing src/excel.
 *
 * office-addin-mock supplies the two globals (OfficeMockObject), as Microsoft's unit-testing guide
 * does. Its objects are static property bags, though: they cannot express ranges by address,
 * used ranges, intersections, merged areas, notes, copyFrom, cell properties,
 * suspendApiCalculationUntilNextSync or the batching of a request context. Those are added as
 * plain functions: `Excel.run` (a plain function on the mock) hands the code a FakeContext whose
 * proxies work against an in-memory FakeWorkbook.
 *
 * Batching is modelled the way Excel runs a batch: queued actions take effect in order (so an
 * action sees every earlier one), loaded values become readable only after the next
 * `context.sync()` (reading before throws, like PropertyNotLoaded), and the first failing action
 * stops the batch — later actions do nothing and the sync rejects with the error
 * (OfficeExtension.Error-like `code` and `message`). *OrNullObject methods return null objects:
 * loads and methods on them do nothing, a property set on one fails the batch.
 * docs/excel-host.md lists each behaviour modelled here and where Office documents it.
 *
 * Every sync is counted and its payload measured (JSON bytes of what was loaded and written), so
 * tests can assert round trips and the 5 MB limit of Excel on the web.
 */
import { OfficeMockObject } from "office-addin-mock";
import { columnIndex, columnLetter } from "../../src/core/grid";
import { displayText } from "../../src/xlsx/display-text";
import { isDateFormat } from "../../src/core/table/date-target";
import { breakNamesOf, conditionalFormatsOf, dataValidationOf, freezePanesOf, namesOf, type FakeConditionalFormat, type FakeName, type FakeValidation } from "./fake-controls";

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat: string;
  /** null: no fill. */
  fill: string | null;
  fontColor: string;
  bold: boolean;
  wrap: boolean;
  /** Everything else about the look (borders, alignment…), as one comparable token. */
  look: string;
  quotePrefix?: boolean;
  /**
   * Format › Protection › Locked; absent means locked, Excel's default. On a protected sheet only
   * unlocked cells take values (formats stay refused: protection's allowFormatCells is off by default).
   */
  locked?: boolean;
  /** Font face, alignment and borders (per side, e.g. "Continuous/Thin") as Office.js sets them; absent: Excel's defaults. */
  fontName?: string;
  fontSize?: number;
  horizontal?: string;
  vertical?: string;
  borders?: Partial<Record<"top" | "bottom" | "left" | "right", string>>;
}

const blankCell = (): FakeCell => ({ value: "", numberFormat: "General", fill: null, fontColor: "#000000", bold: false, wrap: false, look: "" });

export class FakeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

/** Merged areas, indexed by row so that 10,000 merges stay cheap to test against. */
export class MergeSet {
  private byRow = new Map<number, Set<Rect>>();
  private all = new Set<Rect>();
  add(m: Rect): void {
    this.all.add(m);
    for (let r = m.top; r <= Math.min(m.bottom, m.top + 10_000); r++) {
      let set = this.byRow.get(r);
      if (!set) this.byRow.set(r, (set = new Set()));
      set.add(m);
    }
  }
  remove(m: Rect): void {
    this.all.delete(m);
    for (let r = m.top; r <= Math.min(m.bottom, m.top + 10_000); r++) this.byRow.get(r)?.delete(m);
  }
  /** Merged areas that intersect `rect`. */
  touching(rect: Rect): Rect[] {
    const out = new Set<Rect>();
    if (rect.bottom - rect.top > 50_000) {
      for (const m of this.all) if (intersect(m, rect)) out.add(m);
      return [...out];
    }
    for (let r = rect.top; r <= rect.bottom; r++) for (const m of this.byRow.get(r) ?? []) if (m.left <= rect.right && rect.left <= m.right) out.add(m);
    return [...out];
  }
  list(): Rect[] {
    return [...this.all];
  }
}

export class FakeSheet {
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  cells = new Map<number, FakeCell>();
  mergeSet = new MergeSet();
  notes = new Map<string, string>();
  protected = false;
  columnWidths = new Map<number, number>();
  hiddenRows = new Set<number>();
  /** Row heights in points (Range.format.rowHeight). */
  rowHeights = new Map<number, number>();
  /** Worksheet.pageLayout (ExcelApi 1.9), as set. */
  pageLayout: { orientation?: string; paperSize?: string; centerHorizontally?: boolean; zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number }; printTitleRows?: string } = {};
  /** Data validations, conditional formats and frozen panes (fake-controls.ts). */
  validations: FakeValidation[] = [];
  conditionalFormats: FakeConditionalFormat[] = [];
  frozen: { rows: number; cols: number } | null = null;
  private usedCache: Rect | null | undefined;

  constructor(public name: string) {}

  private static key(r: number, c: number): number {
    return r * 16384 + c;
  }

  peek(r: number, c: number): FakeCell | undefined {
    return this.cells.get(FakeSheet.key(r, c));
  }

  cell(r: number, c: number): FakeCell {
    const k = FakeSheet.key(r, c);
    let cell = this.cells.get(k);
    if (!cell) this.cells.set(k, (cell = blankCell()));
    this.usedCache = undefined;
    return cell;
  }

  touched(): void {
    this.usedCache = undefined;
  }

  /** The used range, values only (cells with a value). */
  used(): Rect | null {
    if (this.usedCache !== undefined) return this.usedCache;
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, cell] of this.cells) {
      if (cell.value === "" && !cell.formula) continue;
      const r = Math.floor(k / 16384);
      const c = k % 16384;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
    this.usedCache = bottom < 0 ? null : { top, left, bottom, right };
    return this.usedCache;
  }

  get merges(): Rect[] {
    return this.mergeSet.list();
  }
  set merges(list: Rect[]) {
    this.mergeSet = new MergeSet();
    for (const m of list) this.mergeSet.add(m);
  }

  mergeAt(r: number, c: number): Rect | undefined {
    return this.mergeSet.touching({ top: r, bottom: r, left: c, right: c })[0];
  }

  text(r: number, c: number): string {
    const cell = this.peek(r, c);
    if (!cell) return "";
    if (typeof cell.value === "string") return cell.value;
    if (typeof cell.value === "boolean") return cell.value ? "TRUE" : "FALSE";
    if (cell.numberFormat !== "General" && isDateFormat(cell.numberFormat) && !/[hs]/i.test(cell.numberFormat.replace(/"[^"]*"/g, ""))) return dateText(cell.value, cell.numberFormat);
    return displayText(cell.value, cell.numberFormat === "General" ? "" : cell.numberFormat);
  }
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * A date serial as Excel shows it in a date format — `Range.text` "follows the number format":
 * `yyyy/m/d` shows 2024/3/5, `m/d/yyyy` 3/5/2024, `yyyy"年"m"月"d"日"` 2024年3月5日, `d-mmm-yy`
 * 5-Mar-24 (not the ISO text src/xlsx shows for every date). Dates only: times are not modelled.
 */
export function dateText(serial: number, format: string): string {
  const dt = new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000);
  const y = dt.getUTCFullYear();
  const mo = dt.getUTCMonth();
  const d = dt.getUTCDate();
  const f = format.replace(/\[[^\]]*\]/g, ""); // [$-804], [DBNum1]…
  let out = "";
  for (let i = 0; i < f.length; ) {
    const rest = f.slice(i);
    const quoted = /^"([^"]*)"/.exec(rest);
    const token = /^(yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d)/i.exec(rest);
    if (quoted) {
      out += quoted[1];
      i += quoted[0].length;
    } else if (rest.startsWith("\\")) {
      out += rest[1] ?? "";
      i += 2;
    } else if (token) {
      const t = token[1].toLowerCase();
      const two = (n: number) => String(n).padStart(2, "0");
      const day = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][dt.getUTCDay()];
      out += { yyyy: String(y), yy: two(y % 100), mmmm: MONTHS[mo], mmm: MONTHS[mo].slice(0, 3), mm: two(mo + 1), m: String(mo + 1), dddd: day, ddd: day.slice(0, 3), dd: two(d), d: String(d) }[t];
      i += token[1].length;
    } else {
      out += f[i];
      i++;
    }
  }
  return out;
}

export interface SyncRecord {
  /** Bytes written (values, formats, properties, notes) in this sync. */
  requestBytes: number;
  /** Bytes loaded in this sync. */
  responseBytes: number;
  /** The largest single range read or write in this sync. */
  largestRange: number;
  actions: number;
}

export interface FakeOptions {
  platform?: "PC" | "Mac" | "OfficeOnline";
  /** Highest ExcelApi version supported, e.g. "1.18" (default). */
  excelApi?: string;
  sharedRuntime?: boolean;
  displayLanguage?: string;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  syncLog: SyncRecord[] = [];
  enableEvents = true;
  /** enableEvents values in the order they were set. */
  eventsLog: boolean[] = [];
  suspendCalls = 0;
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string | null = null;
  settings = new Map<string, unknown>();
  savedSettings = 0;
  /**
   * Set to make the next batch fail with this error (then cleared). It fails at the batch's first
   * action, so nothing of that batch takes effect: Excel stops a batch at its failing action and
   * promises no rollback of the actions before it, so an injected failure is modelled as the first
   * one failing — tests then see what the adapter does with a batch that did nothing.
   */
  failNextSync: FakeError | null = null;
  /**
   * Set to make one batch fail part-way: the batch that becomes sync number `sync` (0-based, as
   * counted in syncLog) fails at its action number `action` (0-based; 0 = nothing of it applies).
   * The actions before it stay applied, as in Excel, which promises no rollback ("Error handling
   * with the application-specific JavaScript APIs"): a protected sheet met half-way, a request
   * Excel on the web refuses (RequestPayloadSizeLimitExceeded: nothing of that batch), a sync
   * that never comes back.
   */
  failAt: { sync: number; action: number; error: FakeError } | null = null;
  /** The workbook is open read-only (Workbook.readOnly, ExcelApi 1.8): every write is refused. */
  readOnly = false;
  /**
   * Calls of APIs that "Undo capabilities with the Excel JavaScript API" lists as not undoable —
   * calling one "clears the user's undo stack": Worksheet.delete everywhere, Worksheet.visibility
   * on Windows and Mac. Recorded as `Worksheet.delete <sheet>` / `Worksheet.visibility <sheet>`.
   */
  undoClears: string[] = [];
  /** Workbook-scoped defined names by lower-cased name (names are case-insensitive), fake-controls.ts. */
  names = new Map<string, FakeName>();

  constructor(readonly options: FakeOptions = {}) {}

  get syncs(): number {
    return this.syncLog.length;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(name);
    this.sheets.push(s);
    return s;
  }

  resetCounters(): void {
    this.syncLog = [];
    this.eventsLog = [];
    this.suspendCalls = 0;
  }

  /**
   * Staff insert `count` rows above row `at` (0-based) of `sheet`, as Excel does it: cells, notes,
   * hidden rows and merges below move down (a merge the new rows fall inside grows), the new rows
   * take the formats of the row above (Insert Options' default, "Format Same As Above"), and every
   * formula in the workbook that refers to the sheet is rewritten to follow its cells (rowShift).
   */
  insertRows(sheet: string, at: number, count: number): void {
    this.moveRows(sheet, (r) => (r >= at ? r + count : r), (top, bottom) => rowShift(top, bottom, at, count, false));
    const s = this.sheet(sheet)!;
    if (at > 0)
      for (const [k, above] of [...s.cells].filter(([k]) => Math.floor(k / 16384) === at - 1))
        for (let i = 0; i < count; i++) Object.assign(s.cell(at + i, k % 16384), { ...above, value: "", formula: undefined, quotePrefix: false });
  }

  /** Staff rename a sheet (double-click its tab): every formula referring to it is rewritten with the new name, as Excel does. */
  renameSheet(from: string, to: string): void {
    this.sheet(from)!.name = to;
    const quoted = `'${to.replace(/'/g, "''")}'`;
    for (const s of this.sheets)
      for (const c of s.cells.values())
        if (c.formula)
          c.formula = c.formula.replace(/('(?:[^']|'')+'|[A-Za-z0-9_.\u4e00-\u9fff]+)!/g, (whole, name: string) =>
            (name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name) === from ? `${quoted}!` : whole,
          );
  }

  /** Staff delete rows at … at + count − 1: what was on them goes, references to them become #REF!. */
  deleteRows(sheet: string, at: number, count: number): void {
    const end = at + count - 1;
    this.moveRows(sheet, (r) => (r < at ? r : r > end ? r - count : null), (top, bottom) => rowShift(top, bottom, at, count, true));
  }

  private moveRows(name: string, row: (r: number) => number | null, span: (top: number, bottom: number) => { top: number; bottom: number } | null): void {
    const s = this.sheet(name)!;
    const cells = new Map<number, FakeCell>();
    for (const [k, c] of s.cells) {
      const r = row(Math.floor(k / 16384));
      if (r !== null) cells.set(r * 16384 + (k % 16384), c);
    }
    s.cells = cells;
    s.touched();
    s.merges = s.merges.flatMap((m) => {
      const to = span(m.top, m.bottom);
      return to ? [{ ...m, ...to }] : [];
    });
    s.notes = new Map(
      [...s.notes].flatMap(([a, text]) => {
        const at = parseRef(a);
        const r = row(at.top);
        return r === null ? [] : [[addressOf({ ...at, top: r, bottom: r }), text] as [string, string]];
      }),
    );
    s.hiddenRows = new Set([...s.hiddenRows].flatMap((r) => (row(r) === null ? [] : [row(r)!])));
    for (const other of this.sheets)
      for (const c of other.cells.values()) if (c.formula) c.formula = shiftReferences(c.formula, name, span);
  }
}

// ---- addresses ---------------------------------------------------------------------------------

export function addressOf(r: Rect): string {
  const a = `${columnLetter(r.left)}${r.top + 1}`;
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${columnLetter(r.right)}${r.bottom + 1}`;
}

function qualified(sheet: string, r: Rect): string {
  const name = /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${addressOf(r)}`;
}

export function parseRef(address: string): Rect {
  const ref = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const rows = /^(\d+):(\d+)$/.exec(ref);
  if (rows) return { top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1, left: 0, right: 16383 };
  const cols = /^([A-Z]+):([A-Z]+)$/i.exec(ref);
  if (cols) return { top: 0, bottom: 1048575, left: columnIndex(cols[1]), right: columnIndex(cols[2]) };
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(ref);
  if (!m) throw new FakeError("InvalidArgument", `bad address ${address}`);
  const r1 = Number(m[2]) - 1;
  const c1 = columnIndex(m[1]);
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  const c2 = m[3] ? columnIndex(m[3]) : c1;
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

const bytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v) ?? "");

/**
 * Where a reference to rows top … bottom goes when rows are inserted above `at` or deleted from
 * `at` on: inserted rows at or above its top move it down, inserted rows inside it make it taller;
 * deleted rows shrink it, and a reference whose every row is deleted is gone (null: #REF!).
 */
export function rowShift(top: number, bottom: number, at: number, count: number, deleting: boolean): { top: number; bottom: number } | null {
  if (!deleting) return top >= at ? { top: top + count, bottom: bottom + count } : { top, bottom: bottom >= at ? bottom + count : bottom };
  const end = at + count - 1;
  if (top >= at && bottom <= end) return null;
  const shift = (r: number, edge: number) => (r < at ? r : r > end ? r - count : edge);
  return { top: shift(top, at), bottom: shift(bottom, at - 1) };
}

/**
 * A formula's references to `sheet` (qualified: `'项目表'!K6:L6`, `Sheet1!A1`) rewritten as Excel
 * rewrites them when that sheet's rows move — the formula bar shows the cells' new place, and a
 * reference to deleted cells reads `#REF!` (Microsoft support, "How to correct a #REF! error").
 * Unqualified references (to the formula's own sheet) are left alone: no test needs them.
 */
function shiftReferences(formula: string, sheet: string, span: (top: number, bottom: number) => { top: number; bottom: number } | null): string {
  const ref = /('(?:[^']|'')+'|[A-Za-z0-9_.\u4e00-\u9fff]+)!(\$?)([A-Z]{1,3})(\$?)(\d+)(?::(\$?)([A-Z]{1,3})(\$?)(\d+))?/g;
  return formula.replace(ref, (whole, name: string, d1, c1, d2, r1, d3, c2, d4, r2) => {
    const unquoted = name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
    if (unquoted !== sheet) return whole;
    const to = span(Number(r1) - 1, Number(r2 ?? r1) - 1);
    if (!to) return "#REF!";
    return c2 ? `${name}!${d1}${c1}${d2}${to.top + 1}:${d3}${c2}${d4}${to.bottom + 1}` : `${name}!${d1}${c1}${d2}${to.top + 1}`;
  });
}

function intersect(a: Rect, b: Rect): Rect | null {
  const r = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

// ---- the request context -----------------------------------------------------------------------

export class FakeContext {
  private batchError: FakeError | null = null;
  private pending: (() => void)[] = [];
  private current: SyncRecord = { requestBytes: 0, responseBytes: 0, largestRange: 0, actions: 0 };
  syncCount = 0;
  readonly workbook: WorkbookProxy;
  readonly runtime: { enableEvents: boolean };

  constructor(readonly wb: FakeWorkbook) {
    this.workbook = new WorkbookProxy(this);
    const ctx = this;
    this.runtime = {
      get enableEvents() {
        return wb.enableEvents;
      },
      set enableEvents(v: boolean) {
        ctx.act(0, () => {
          wb.enableEvents = v;
          wb.eventsLog.push(v);
        });
      },
    };
  }

  /** Runs an action now, unless an earlier one in this batch failed. */
  act(requestBytes: number, fn: () => void): void {
    this.takeInjectedFailure();
    if (this.batchError) return;
    this.current.actions++;
    this.current.requestBytes += requestBytes;
    this.current.largestRange = Math.max(this.current.largestRange, requestBytes);
    try {
      fn();
    } catch (e) {
      this.batchError = e instanceof FakeError ? e : new FakeError("GeneralException", String(e));
    }
  }

  /** Queues a load: `capture` runs now (in order), its result is published at sync. */
  load(capture: () => { data: unknown; publish: (data: unknown) => void }): void {
    this.takeInjectedFailure();
    if (this.batchError) return;
    this.current.actions++;
    let snap: { data: unknown; publish: (data: unknown) => void };
    try {
      snap = capture();
    } catch (e) {
      this.batchError = e instanceof FakeError ? e : new FakeError("GeneralException", String(e));
      return;
    }
    const size = bytes(snap.data);
    this.current.responseBytes += size;
    this.current.largestRange = Math.max(this.current.largestRange, size);
    this.pending.push(() => snap.publish(snap.data));
  }

  private takeInjectedFailure(): void {
    const at = this.wb.failAt;
    if (at && !this.batchError && at.sync === this.wb.syncLog.length && at.action <= this.current.actions) {
      this.batchError = at.error;
      this.wb.failAt = null;
      return;
    }
    if (!this.wb.failNextSync || this.batchError) return;
    this.batchError = this.wb.failNextSync;
    this.wb.failNextSync = null;
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    this.takeInjectedFailure();
    this.wb.syncLog.push(this.current);
    this.current = { requestBytes: 0, responseBytes: 0, largestRange: 0, actions: 0 };
    this.syncCount++;
    const failure = this.batchError;
    this.batchError = null;
    const pending = this.pending;
    this.pending = [];
    if (failure) throw failure;
    for (const p of pending) p();
  }
}

/** Base of every proxy: loaded properties, null objects. */
class Proxy {
  protected loaded = new Map<string, unknown>();
  private readonly bornAt: number;
  constructor(
    protected readonly ctx: FakeContext,
    protected readonly isNull: boolean,
  ) {
    this.bornAt = ctx.syncCount;
  }
  get isNullObject(): boolean {
    if (this.ctx.syncCount === this.bornAt) throw new FakeError("PropertyNotLoaded", "isNullObject read before context.sync()");
    return this.isNull;
  }
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new FakeError("PropertyNotLoaded", `${prop} was not loaded (or read before context.sync())`);
    return this.loaded.get(prop) as T;
  }
  protected queueLoad(props: string[], get: (prop: string) => unknown): void {
    this.ctx.load(() => {
      const data: Record<string, unknown> = {};
      if (!this.isNull) for (const p of props) data[p] = get(p);
      return { data, publish: (d) => { for (const [k, v] of Object.entries(d as Record<string, unknown>)) this.loaded.set(k, v); } };
    });
  }
}

const propList = (props: string | string[] | undefined): string[] =>
  (Array.isArray(props) ? props : (props ?? "").split(",")).map((p) => p.trim()).filter(Boolean);

class ClientResult<T> {
  private v: T | undefined;
  private set = false;
  get value(): T {
    if (!this.set) throw new FakeError("PropertyNotLoaded", "ClientResult read before context.sync()");
    return this.v as T;
  }
  publish(v: T): void {
    this.v = v;
    this.set = true;
  }
}

class WorkbookProxy extends Proxy {
  readonly worksheets: WorksheetsProxy;
  readonly application: { suspendApiCalculationUntilNextSync(): void };
  readonly notes: NotesProxy;
  readonly names: ReturnType<typeof namesOf>;
  constructor(ctx: FakeContext) {
    super(ctx, false);
    this.worksheets = new WorksheetsProxy(ctx);
    this.names = namesOf(ctx);
    this.application = {
      suspendApiCalculationUntilNextSync: () => ctx.act(40, () => void ctx.wb.suspendCalls++),
    };
    this.notes = new NotesProxy(ctx, null);
  }
  load(props?: string): this {
    this.queueLoad(propList(props), (p) => {
      if (p !== "readOnly") throw new FakeError("InvalidArgument", `the fake cannot load ${p} of the workbook`);
      return this.ctx.wb.readOnly;
    });
    return this;
  }
  /** Workbook.readOnly (ExcelApi 1.8). */
  get readOnly(): boolean {
    return this.read("readOnly");
  }
}

class WorksheetsProxy extends Proxy {
  items: WorksheetProxy[] = [];
  constructor(ctx: FakeContext) {
    super(ctx, false);
  }
  load(_props?: string): this {
    this.ctx.load(() => ({
      data: this.ctx.wb.sheets.map((s) => s.name),
      publish: (names) => {
        this.items = (names as string[]).map((n) => {
          const p = new WorksheetProxy(this.ctx, () => this.ctx.wb.sheet(n));
          p.setLoaded("name", n);
          return p;
        });
      },
    }));
    return this;
  }
  getItem(name: string): WorksheetProxy {
    const p = new WorksheetProxy(this.ctx, () => this.ctx.wb.sheet(name));
    this.ctx.act(60, () => {
      if (!this.ctx.wb.sheet(name)) throw new FakeError("ItemNotFound", `The requested resource doesn't exist: ${name}`);
    });
    return p;
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.wb.sheet(name), true);
  }
  getFirst(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.wb.sheets[0]);
  }
  add(name: string): WorksheetProxy {
    this.ctx.act(80, () => {
      if (this.ctx.wb.sheet(name)) throw new FakeError("ItemAlreadyExists", `A sheet named ${name} exists`);
      this.ctx.wb.addSheet(name);
    });
    return new WorksheetProxy(this.ctx, () => this.ctx.wb.sheet(name));
  }
}

export class WorksheetProxy extends Proxy {
  private readonly target: FakeSheet | undefined;
  readonly notes: NotesProxy;
  constructor(ctx: FakeContext, resolve: () => FakeSheet | undefined, orNull = false) {
    const target = ctx.wb ? resolve() : undefined;
    super(ctx, orNull && !target);
    this.target = target;
    this.notes = new NotesProxy(ctx, this.isNull || !target ? undefined : target);
  }
  setLoaded(prop: string, v: unknown): void {
    this.loaded.set(prop, v);
  }
  get sheetModel(): FakeSheet | undefined {
    return this.isNull ? undefined : this.target;
  }
  load(props?: string): this {
    this.queueLoad(propList(props), (p) => (p === "name" ? this.target?.name : p === "visibility" ? this.target?.visibility : undefined));
    return this;
  }
  get name(): string {
    return this.read<string>("name");
  }
  /** PageLayout (ExcelApi 1.9): what Score sets on the 自评表; older Excel has no such object. */
  get pageLayout() {
    const self = this;
    const set = (fn: (p: FakeSheet["pageLayout"]) => void) =>
      self.ctx.act(60, () => {
        if (Number((self.ctx.wb.options.excelApi ?? "1.18").split(".")[1]) < 9) throw new FakeError("ApiNotFound", "PageLayout needs ExcelApi 1.9");
        if (self.isNull) throw nullObjectError("Worksheet.pageLayout");
        fn(self.target!.pageLayout);
      });
    return {
      set orientation(v: string) {
        set((p) => (p.orientation = v));
      },
      set paperSize(v: string) {
        set((p) => (p.paperSize = v));
      },
      set centerHorizontally(v: boolean) {
        set((p) => (p.centerHorizontally = v));
      },
      set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number }) {
        set((p) => (p.zoom = { ...v }));
      },
      setPrintTitleRows(address: string) {
        set((p) => (p.printTitleRows = address));
      },
    };
  }
  /** WorksheetFreezePanes (ExcelApi 1.7). */
  get freezePanes() {
    return freezePanesOf(this.ctx, this.sheetModel);
  }
  /** WorksheetProtection (ExcelApi 1.2): `protected` is all the fake knows of it. */
  get protection() {
    const self = this;
    return {
      load(_props?: string) {
        self.ctx.load(() => ({
          data: self.isNull ? undefined : self.target!.protected,
          publish: (d) => self.loaded.set("protection.protected", d),
        }));
        return this;
      },
      get protected(): boolean {
        return self.read<boolean>("protection.protected");
      },
    };
  }
  get visibility(): "Visible" | "Hidden" | "VeryHidden" {
    return this.read("visibility");
  }
  set visibility(v: "Visible" | "Hidden" | "VeryHidden") {
    // Setting a property of a null object is an error in Excel, not a no-op (the *OrNullObject
    // section of "Application-specific API model": a null object only answers isNullObject).
    this.ctx.act(60, () => {
      if (this.isNull) throw nullObjectError("Worksheet.visibility");
      if (this.ctx.wb.readOnly) throw readOnlyError();
      this.target!.visibility = v;
      if (this.ctx.wb.options.platform !== "OfficeOnline") this.ctx.wb.undoClears.push(`Worksheet.visibility ${this.target!.name}`);
    });
  }
  delete(): void {
    if (this.isNull) return;
    this.ctx.act(40, () => {
      const wb = this.ctx.wb;
      const s = this.target!;
      if (wb.readOnly) throw readOnlyError();
      // A very hidden sheet cannot be deleted: "by design … if you want to delete a very hidden
      // [sheet] you need to change its visibility to either hidden or visible and then delete it"
      // (https://github.com/OfficeDev/office-js/issues/365; documented since office-js-docs-pr#754).
      if (s.visibility === "VeryHidden") throw new FakeError("GeneralException", "There was an internal error while processing the request.");
      if (wb.sheets.filter((x) => x !== s && x.visibility === "Visible").length === 0) throw new FakeError("InvalidOperation", "cannot delete the last visible sheet");
      wb.sheets = wb.sheets.filter((x) => x !== s);
      breakNamesOf(wb, s.name);
      wb.undoClears.push(`Worksheet.delete ${s.name}`);
    });
  }
  activate(): void {
    if (this.isNull) return;
    this.ctx.act(40, () => {
      this.ctx.wb.activeSheet = this.target!.name;
    });
  }
  getRange(address?: string): RangeProxy {
    const rect = address ? parseRef(address) : { top: 0, left: 0, bottom: 1048575, right: 16383 };
    return new RangeProxy(this.ctx, this.sheetModel, this.isNull ? null : rect);
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): RangeProxy {
    const used = this.sheetModel?.used() ?? null;
    return new RangeProxy(this.ctx, this.sheetModel, used, true);
  }
  getNextOrNullObject(): WorksheetProxy {
    const s = this.sheetModel;
    return new WorksheetProxy(
      this.ctx,
      () => {
        if (!s) return undefined;
        const i = this.ctx.wb.sheets.indexOf(s);
        return i >= 0 ? this.ctx.wb.sheets[i + 1] : undefined;
      },
      true,
    );
  }
}

class NoteProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeSheet | undefined,
    private readonly address: string,
  ) {
    super(ctx, !sheet || !sheet.notes.has(address));
  }
  load(props?: string): this {
    this.queueLoad(propList(props), (p) => (p === "content" ? this.sheet?.notes.get(this.address) : undefined));
    return this;
  }
  get content(): string {
    return this.read<string>("content");
  }
  delete(): void {
    if (this.isNull) return;
    this.ctx.act(40, () => {
      if (this.sheet!.protected) throw protectedError();
      this.sheet!.notes.delete(this.address);
    });
  }
}

class NotesProxy {
  /** sheet null: the workbook's notes; undefined: a null worksheet's. */
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: FakeSheet | null | undefined,
  ) {}
  add(cell: RangeProxy | string, content: string): void {
    if (this.sheet === undefined) return;
    const where = typeof cell === "string" ? { sheet: this.sheet!, rect: parseRef(cell) } : { sheet: cell.sheetModel!, rect: cell.rectModel! };
    this.ctx.act(100 + bytes(content), () => {
      const { sheet, rect } = where;
      if (rect.top !== rect.bottom || rect.left !== rect.right) throw new FakeError("InvalidArgument", "a note needs a single cell");
      if (sheet.protected) throw protectedError();
      const a = addressOf(rect);
      if (sheet.notes.has(a)) throw new FakeError("InvalidArgument", `the cell ${a} already has a note`);
      sheet.notes.set(a, content);
    });
  }
  getItemOrNullObject(address: string): NoteProxy {
    return new NoteProxy(this.ctx, this.sheet ?? undefined, addressOf(parseRef(address)));
  }
  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.ctx.load(() => {
      const sheets = this.sheet === null ? this.ctx.wb.sheets : this.sheet ? [this.sheet] : [];
      const n = sheets.reduce((a, s) => a + s.notes.size, 0);
      return { data: n, publish: (d) => result.publish(d as number) };
    });
    return result;
  }
}

function readOnlyError(): FakeError {
  return new FakeError("AccessDenied", "You cannot perform the requested operation.");
}

function nullObjectError(what: string): FakeError {
  return new FakeError("InvalidArgument", `${what} set on a null object`);
}

/** Excel's messages are in Office's display language (the code is not: "Error handling with the application-specific JavaScript APIs"). */
let officeLanguage = "en-US";

function protectedError(): FakeError {
  const message = officeLanguage.startsWith("de")
    ? "Die Zelle oder das Diagramm, die bzw. das Sie ändern möchten, befindet sich auf einem schreibgeschützten Blatt."
    : "The cell or chart you're trying to change is on a protected sheet.";
  return new FakeError("AccessDenied", message);
}

/** What the fake computes for a formula: only ISREF, the one the flag records use. */
function formulaValue(formula: string): string | boolean {
  return /^=ISREF\(/i.test(formula) ? !formula.includes("#REF!") : "#NAME?";
}

/**
 * The short date format Excel gives a date typed into a General cell, by display language
 * (zh-CN `yyyy/m/d`, en-US `m/d/yyyy`; Range.numberFormat answers the format code as Excel stores it).
 */
let shortDate = "yyyy/m/d";

/** What a string typed into a cell becomes (Excel parses it as if typed). */
function typed(cell: FakeCell, input: unknown): void {
  cell.formula = undefined;
  cell.quotePrefix = false;
  if (input === null || input === undefined) return; // null: leave the cell as it is
  if (typeof input !== "string") {
    cell.value = input as number | boolean;
    return;
  }
  if (cell.numberFormat === "@") {
    cell.value = input;
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    cell.quotePrefix = true;
    return;
  }
  if (/^[=+\-@]/.test(input) && input.length > 1 && !/^[+-]\d+(\.\d+)?$/.test(input)) {
    cell.formula = input;
    cell.value = "#NAME?";
    return;
  }
  if (/^[+-]?\d+(\.\d+)?$/.test(input.trim())) {
    cell.value = Number(input);
    return;
  }
  const pct = /^([+-]?\d+(?:\.\d+)?)%$/.exec(input.trim());
  if (pct) {
    cell.value = Number(pct[1]) / 100;
    if (cell.numberFormat === "General") cell.numberFormat = "0%";
    return;
  }
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(input.trim())) {
    const [y, m, d] = input.trim().split("-").map(Number);
    cell.value = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
    if (cell.numberFormat === "General") cell.numberFormat = shortDate;
    return;
  }
  cell.value = input;
}

export class RangeProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeSheet | undefined,
    private readonly rect: Rect | null,
    orNull = false,
  ) {
    super(ctx, (orNull && !rect) || !sheet);
  }

  get sheetModel(): FakeSheet | undefined {
    return this.sheet;
  }
  get rectModel(): Rect | null {
    return this.rect;
  }

  private cellsOf<T>(fn: (r: number, c: number) => T): T[][] {
    const r = this.rect!;
    const out: T[][] = [];
    for (let i = r.top; i <= r.bottom; i++) {
      const row: T[] = [];
      for (let j = r.left; j <= r.right; j++) row.push(fn(i, j));
      out.push(row);
    }
    return out;
  }

  /**
   * `contents`: a write of values or formulas, which a protected sheet takes in its unlocked
   * cells (what Review › Protect Sheet leaves staff to edit); anything else (formats, merges,
   * copies) a protected sheet refuses.
   */
  private guardWrite(contents = false): void {
    if (this.ctx.wb.readOnly) throw readOnlyError();
    if (!this.sheet!.protected) return;
    if (contents) {
      const r = this.rect!;
      let unlocked = true;
      for (let i = r.top; i <= r.bottom && unlocked; i++) for (let j = r.left; j <= r.right && unlocked; j++) unlocked = this.sheet!.peek(i, j)?.locked === false;
      if (unlocked) return;
    }
    throw protectedError();
  }

  /**
   * "On all platforms, a range is limited to five million cells for get operations"; past it
   * Excel answers `values` (and the other cell-level properties) with null rather than an error
   * (office-js #4783; Microsoft's performance page, office-js-docs-pr #5821).
   */
  private overCellLimit(): boolean {
    const r = this.rect!;
    return (r.bottom - r.top + 1) * (r.right - r.left + 1) > 5_000_000;
  }

  /** Excel refuses to write a multi-cell range that covers part of a merged area. */
  private guardMerges(): void {
    const r = this.rect!;
    if (r.top === r.bottom && r.left === r.right) return;
    for (const m of this.sheet!.mergeSet.touching(r)) {
      const x = intersect(m, r)!;
      if (!(x.top === m.top && x.left === m.left && x.bottom === m.bottom && x.right === m.right))
        throw new FakeError("InvalidOperation", `cannot change part of a merged cell (${addressOf(m)})`);
    }
  }

  load(props?: string | string[]): this {
    const list = propList(props);
    this.queueLoad(list, (p) => {
      const s = this.sheet!;
      const r = this.rect!;
      if (["values", "text", "numberFormat", "formulas"].includes(p) && this.overCellLimit()) return null;
      switch (p) {
        case "values":
          return this.cellsOf((i, j) => s.peek(i, j)?.value ?? "");
        case "text":
          return this.cellsOf((i, j) => s.text(i, j));
        case "numberFormat":
          return this.cellsOf((i, j) => s.peek(i, j)?.numberFormat ?? "General");
        case "formulas": {
          // "If a cell has no formula, its value is returned instead" (Range.formulas)
          return this.cellsOf((i, j) => {
            const c = s.peek(i, j);
            return c?.formula ?? (c?.quotePrefix ? `'${c.value}` : c?.value ?? "");
          });
        }
        case "address":
          return qualified(s.name, r);
        case "rowIndex":
          return r.top;
        case "columnIndex":
          return r.left;
        case "rowCount":
          return r.bottom - r.top + 1;
        case "columnCount":
          return r.right - r.left + 1;
        default:
          throw new FakeError("InvalidArgument", `the fake cannot load ${p}`);
      }
    });
    return this;
  }

  get values(): unknown[][] {
    return this.read("values");
  }
  set values(v: unknown[][]) {
    this.ctx.act(bytes(v), () => {
      if (this.isNull) throw nullObjectError("Range.values");
      this.guardWrite(true);
      this.guardMerges();
      const r = this.rect!;
      if (v.length !== r.bottom - r.top + 1 || v.some((row) => row.length !== r.right - r.left + 1)) throw new FakeError("InvalidArgument", "values do not match the range size");
      v.forEach((row, i) => row.forEach((x, j) => typed(this.sheet!.cell(r.top + i, r.left + j), x)));
      this.sheet!.touched();
    });
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  /** Formulas in A1 notation (`=ISREF('项目表'!K6)`); anything else is typed as with `values`. */
  set formulas(v: unknown[][]) {
    this.ctx.act(bytes(v), () => {
      if (this.isNull) throw nullObjectError("Range.formulas");
      this.guardWrite(true);
      this.guardMerges();
      const r = this.rect!;
      if (v.length !== r.bottom - r.top + 1 || v.some((row) => row.length !== r.right - r.left + 1)) throw new FakeError("InvalidArgument", "formulas do not match the range size");
      v.forEach((row, i) =>
        row.forEach((x, j) => {
          const cell = this.sheet!.cell(r.top + i, r.left + j);
          // a formula typed into a Text (@) cell stays text, as in Excel
          if (typeof x === "string" && x.startsWith("=") && cell.numberFormat !== "@") Object.assign(cell, { formula: x, value: formulaValue(x), quotePrefix: false });
          else typed(cell, x);
        }),
      );
      this.sheet!.touched();
    });
  }

  /** Range.clear(applyTo): "All" (default) clears contents and formats (conditional ones too), and unmerges; data validation stays. */
  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.ctx.act(60, () => {
      if (this.isNull) throw nullObjectError("Range.clear");
      this.guardWrite(applyTo === "Contents");
      const r = this.rect!;
      const s = this.sheet!;
      for (const [k, c] of [...s.cells]) {
        const row = Math.floor(k / 16384);
        const col = k % 16384;
        if (row < r.top || row > r.bottom || col < r.left || col > r.right) continue;
        if (applyTo === "All") s.cells.delete(k);
        else if (applyTo === "Contents") Object.assign(c, { value: "", formula: undefined, quotePrefix: false });
        else Object.assign(c, { ...blankCell(), value: c.value, formula: c.formula });
      }
      if (applyTo !== "Contents") for (const m of s.mergeSet.touching(r)) s.mergeSet.remove(m);
      // Conditional formats are formats; data validation is neither (Data › Data Validation › Clear All removes it).
      if (applyTo !== "Contents") s.conditionalFormats = s.conditionalFormats.filter((c) => !intersect(c.area, r));
      s.touched();
    });
  }
  get text(): string[][] {
    return this.read("text");
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.ctx.act(bytes(v), () => {
      if (this.isNull) throw nullObjectError("Range.numberFormat");
      this.guardWrite();
      const r = this.rect!;
      v.forEach((row, i) => row.forEach((x, j) => (this.sheet!.cell(r.top + i, r.left + j).numberFormat = x)));
    });
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }

  private each(fn: (cell: FakeCell) => void): void {
    const r = this.rect!;
    for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) fn(this.sheet!.cell(i, j));
  }

  get format() {
    const self = this;
    const set = (fn: (cell: FakeCell) => void) => {
      self.ctx.act(80, () => {
        if (self.isNull) throw nullObjectError("Range.format");
        self.guardWrite();
        self.each(fn);
      });
    };
    return {
      fill: {
        set color(v: string) {
          set((c) => (c.fill = v));
        },
        clear() {
          set((c) => (c.fill = null));
        },
      },
      font: {
        set color(v: string) {
          set((c) => (c.fontColor = v));
        },
        set bold(v: boolean) {
          set((c) => (c.bold = v));
        },
        set name(v: string) {
          set((c) => (c.fontName = v));
        },
        set size(v: number) {
          set((c) => (c.fontSize = v));
        },
        /** The top-left cell's face (Excel answers null where the cells differ; the fake's callers load one cell). */
        load(_props?: string) {
          self.ctx.load(() => {
            const c = self.isNull ? undefined : self.sheet!.peek(self.rect!.top, self.rect!.left);
            return { data: { name: c?.fontName ?? "等线", size: c?.fontSize ?? 11 }, publish: (d) => self.loaded.set("format.font", d) };
          });
          return this;
        },
        get name(): string {
          return self.read<{ name: string }>("format.font").name;
        },
        get size(): number {
          return self.read<{ size: number }>("format.font").size;
        },
      },
      /** RangeBorderCollection: an edge of the range (Edge*) or the lines between its cells (Inside*). */
      borders: {
        getItem(index: "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal") {
          const line = (prop: "style" | "weight", v: string) =>
            self.ctx.act(80, () => {
              if (self.isNull) throw nullObjectError("Range.format.borders");
              self.guardWrite();
              const r = self.rect!;
              for (let i = r.top; i <= r.bottom; i++)
                for (let j = r.left; j <= r.right; j++) {
                  const sides: ("top" | "bottom" | "left" | "right")[] = [];
                  if (index === "EdgeTop" && i === r.top) sides.push("top");
                  if (index === "EdgeBottom" && i === r.bottom) sides.push("bottom");
                  if (index === "EdgeLeft" && j === r.left) sides.push("left");
                  if (index === "EdgeRight" && j === r.right) sides.push("right");
                  if (index === "InsideHorizontal") sides.push(...(i > r.top ? ["top" as const] : []), ...(i < r.bottom ? ["bottom" as const] : []));
                  if (index === "InsideVertical") sides.push(...(j > r.left ? ["left" as const] : []), ...(j < r.right ? ["right" as const] : []));
                  if (!sides.length) continue;
                  const c = self.sheet!.cell(i, j);
                  c.borders = { ...c.borders };
                  for (const side of sides) {
                    const [style, weight] = (c.borders[side] ?? "None/Thin").split("/");
                    c.borders[side] = prop === "style" ? `${v}/${weight}` : `${style}/${v}`;
                  }
                }
            });
          return {
            set style(v: string) {
              line("style", v);
            },
            set weight(v: string) {
              line("weight", v);
            },
          };
        },
      },
      set horizontalAlignment(v: string) {
        set((c) => (c.horizontal = v));
      },
      set verticalAlignment(v: string) {
        set((c) => (c.vertical = v));
      },
      set rowHeight(v: number) {
        self.ctx.act(60, () => {
          if (self.isNull) throw nullObjectError("Range.format.rowHeight");
          for (let i = self.rect!.top; i <= self.rect!.bottom; i++) self.sheet!.rowHeights.set(i, v);
        });
      },
      set wrapText(v: boolean) {
        set((c) => (c.wrap = v));
      },
      set columnWidth(v: number) {
        self.ctx.act(60, () => {
          if (self.isNull) throw nullObjectError("Range.format.columnWidth");
          for (let j = self.rect!.left; j <= self.rect!.right; j++) self.sheet!.columnWidths.set(j, v);
        });
      },
      /** FormatProtection (ExcelApi 1.2): `locked` is true or false for the whole range, null when its cells differ. */
      protection: {
        load(_props?: string) {
          self.ctx.load(() => {
            const seen = new Set<boolean>();
            if (!self.isNull) for (let i = self.rect!.top; i <= self.rect!.bottom && seen.size < 2; i++) for (let j = self.rect!.left; j <= self.rect!.right && seen.size < 2; j++) seen.add(self.sheet!.peek(i, j)?.locked !== false);
            return { data: seen.size === 1 ? [...seen][0] : null, publish: (d) => self.loaded.set("format.protection.locked", d) };
          });
          return this;
        },
        get locked(): boolean | null {
          return self.read<boolean | null>("format.protection.locked");
        },
      },
    };
  }

  /** DataValidation (ExcelApi 1.8): fake-controls.ts. */
  get dataValidation() {
    return dataValidationOf(this.ctx, this.isNull ? undefined : this.sheet, this.rect);
  }
  /** ConditionalFormatCollection (ExcelApi 1.6): fake-controls.ts. */
  get conditionalFormats() {
    return conditionalFormatsOf(this.ctx, this.isNull ? undefined : this.sheet, this.rect);
  }

  getEntireColumn(): RangeProxy {
    return new RangeProxy(this.ctx, this.sheet, this.rect && { top: 0, bottom: 1048575, left: this.rect.left, right: this.rect.right });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    const r = this.rect;
    const resized = r && { top: r.top, left: r.left, bottom: Math.min(1048575, r.bottom + deltaRows), right: Math.min(16383, r.right + deltaColumns) };
    return new RangeProxy(this.ctx, this.sheet, resized, this.isNull);
  }

  /** Range.getUsedRangeOrNullObject(valuesOnly) (ExcelApi 1.4): the smallest range around the cells of this one that hold values. */
  getUsedRangeOrNullObject(_valuesOnly?: boolean): RangeProxy {
    let box: Rect | null = null;
    const r = this.rect;
    if (r && this.sheet)
      for (const [k, c] of this.sheet.cells) {
        if (c.value === "" && !c.formula) continue;
        const row = Math.floor(k / 16384);
        const col = k % 16384;
        if (row < r.top || row > r.bottom || col < r.left || col > r.right) continue;
        box = box ? { top: Math.min(box.top, row), left: Math.min(box.left, col), bottom: Math.max(box.bottom, row), right: Math.max(box.right, col) } : { top: row, left: col, bottom: row, right: col };
      }
    return new RangeProxy(this.ctx, this.sheet, box, true);
  }

  getIntersectionOrNullObject(other: RangeProxy): RangeProxy {
    const x = this.rect && other.rect && this.sheet === other.sheet ? intersect(this.rect, other.rect) : null;
    return new RangeProxy(this.ctx, this.sheet, x, true);
  }

  /**
   * As Excel answers it: only the merged areas whose top-left cell lies in this range
   * (https://github.com/OfficeDev/office-js/issues/3611 — "only the merged areas whose top left
   * cell originates in the range passed … are returned"), each cut at the range's edge
   * (https://github.com/OfficeDev/office-js/issues/1590 — asked for a row, "if the merged area is
   * T4:U5, only T4 is returned"). A merge reaching past the range comes back cut; one starting
   * above or left of it does not come back at all.
   */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    const r = this.rect;
    const areas =
      r && this.sheet
        ? this.sheet.mergeSet
            .touching(r)
            .filter((m) => m.top >= r.top && m.left >= r.left)
            .map((m) => intersect(m, r)!)
            .sort((a, b) => a.top - b.top || a.left - b.left)
        : [];
    return new RangeAreasProxy(this.ctx, this.sheet, areas);
  }

  getSpecialCellsOrNullObject(type: string): RangeAreasProxy {
    if (type !== "Visible") throw new Error(`the fake knows only Visible, not ${type}`);
    const areas: Rect[] = [];
    if (this.rect && this.sheet) {
      let start = -1;
      for (let r = this.rect.top; r <= this.rect.bottom + 1; r++) {
        const shown = r <= this.rect.bottom && !this.sheet.hiddenRows.has(r);
        if (shown && start < 0) start = r;
        if (!shown && start >= 0) {
          areas.push({ top: start, bottom: r - 1, left: this.rect.left, right: this.rect.right });
          start = -1;
        }
      }
    }
    return new RangeAreasProxy(this.ctx, this.sheet, areas);
  }

  copyFrom(source: RangeProxy | string, copyType: string): void {
    if (this.isNull) return;
    const src = typeof source === "string" ? new RangeProxy(this.ctx, this.sheet, parseRef(source)) : source;
    if (!src.sheet || !src.rect) return;
    if (copyType !== "Formats") throw new Error(`the fake copies formats only, not ${copyType}`);
    this.ctx.act(120, () => {
      this.guardWrite();
      const s = src.rect!;
      const from = src.sheet!;
      // Excel copies a merged area whole; a source cutting through one is what the adapter avoids.
      const sourceMerges = from.mergeSet.touching(s);
      for (const m of sourceMerges) {
        const x = intersect(m, s)!;
        if (!(x.top === m.top && x.left === m.left && x.bottom === m.bottom && x.right === m.right))
          throw new FakeError("InvalidOperation", `the fake refuses to copy part of the merged area ${addressOf(m)}`);
      }
      const h = s.bottom - s.top;
      const w = s.right - s.left;
      const d = this.rect!;
      const dest: Rect = { top: d.top, left: d.left, bottom: d.top + h, right: d.left + w };
      const copies: [number, number, FakeCell | undefined][] = [];
      for (let i = 0; i <= h; i++) for (let j = 0; j <= w; j++) copies.push([i, j, from.peek(s.top + i, s.left + j)]);
      const to = this.sheet!;
      for (const [i, j, cell] of copies) {
        const c = to.cell(dest.top + i, dest.left + j);
        const f = cell ?? blankCell();
        c.numberFormat = f.numberFormat;
        c.fill = f.fill;
        c.fontColor = f.fontColor;
        c.bold = f.bold;
        c.wrap = f.wrap;
        c.look = f.look;
      }
      // merge state goes with the formats
      for (const m of to.mergeSet.touching(dest)) to.mergeSet.remove(m);
      for (const m of sourceMerges)
        to.mergeSet.add({ top: m.top - s.top + dest.top, bottom: m.bottom - s.top + dest.top, left: m.left - s.left + dest.left, right: m.right - s.left + dest.left });
    });
  }

  getCellProperties(_opts: unknown): ClientResult<unknown[][]> {
    const result = new ClientResult<unknown[][]>();
    this.ctx.load(() => ({
      data: this.cellsOf((i, j) => {
        const c = this.sheet!.peek(i, j) ?? blankCell();
        return {
          format: {
            fill: c.fill ? { color: c.fill, pattern: "Solid" } : { color: "#FFFFFF", pattern: "None" },
            font: { bold: c.bold, color: c.fontColor, name: "宋体", size: 10 },
            wrapText: c.wrap,
            look: c.look,
            protection: { locked: c.locked !== false },
          },
        };
      }),
      publish: (d) => result.publish(d as unknown[][]),
    }));
    return result;
  }

  setCellProperties(props: { format?: { fill?: { color?: string; pattern?: string }; font?: { bold?: boolean; color?: string }; wrapText?: boolean; look?: string } }[][]): void {
    if (this.isNull) return;
    this.ctx.act(bytes(props), () => {
      this.guardWrite();
      const r = this.rect!;
      props.forEach((row, i) =>
        row.forEach((p, j) => {
          const c = this.sheet!.cell(r.top + i, r.left + j);
          const f = p.format ?? {};
          if (f.fill) c.fill = f.fill.pattern === "None" ? null : f.fill.color ?? c.fill;
          if (f.font?.bold !== undefined) c.bold = f.font.bold;
          if (f.font?.color !== undefined) c.fontColor = f.font.color;
          if (f.wrapText !== undefined) c.wrap = f.wrapText;
          if (f.look !== undefined) c.look = f.look;
        }),
      );
    });
  }

  merge(_across?: boolean): void {
    if (this.isNull) return;
    this.ctx.act(60, () => {
      this.guardWrite();
      const set = this.sheet!.mergeSet;
      for (const m of set.touching(this.rect!)) set.remove(m);
      set.add({ ...this.rect! });
    });
  }

  select(): void {
    if (this.isNull) return;
    this.ctx.act(40, () => {
      this.ctx.wb.selection = { sheet: this.sheet!.name, address: addressOf(this.rect!) };
    });
  }
}

class RangeAreasProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeSheet | undefined,
    private readonly areas: Rect[],
  ) {
    super(ctx, areas.length === 0);
  }
  load(props?: string): this {
    this.queueLoad(propList(props), (p) => {
      if (p !== "address") throw new FakeError("InvalidArgument", `the fake cannot load ${p} of areas`);
      // "if the merged areas count in this range is more than 512, then this method will fail to
      // return the result" (Range.getMergedAreasOrNullObject): modelled as the batch failing.
      if (this.areas.length > 512) throw new FakeError("GeneralException", `more than 512 merged areas (${this.areas.length}) in one request`);
      return this.areas.map((a) => qualified(this.sheet!.name, a)).join(", ");
    });
    return this;
  }
  get address(): string {
    return this.read("address");
  }
}

// ---- the globals -----------------------------------------------------------------------------

export interface InstalledFake {
  wb: FakeWorkbook;
  /** Calls of Office.addin.showAsTaskpane. */
  panesShown: number;
  associated: Map<string, (event: unknown) => unknown>;
}

/** Installs `Excel` and `Office` globals backed by `wb`. */
export function installFake(wb: FakeWorkbook): InstalledFake {
  const o = wb.options;
  shortDate = (o.displayLanguage ?? "zh-CN").startsWith("en") ? "m/d/yyyy" : "yyyy/m/d";
  // English unless a test names another language (the existing tests match Excel's English words)
  officeLanguage = o.displayLanguage && !o.displayLanguage.startsWith("zh") ? o.displayLanguage : "en-US";
  const installed: InstalledFake = { wb, panesShown: 0, associated: new Map() };
  const excelMock = new OfficeMockObject({
    run: async (fn: (context: FakeContext) => Promise<unknown>) => fn(new FakeContext(wb)),
  });
  const officeMock = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (set: string, version?: string) => {
          const minor = (v: string) => Number(v.split(".")[1] ?? 0);
          const wanted = minor(version ?? "1.1");
          if (set === "ExcelApi") return wanted <= minor(o.excelApi ?? "1.18");
          if (set === "SharedRuntime") return (o.sharedRuntime ?? true) && wanted <= 1;
          return false;
        },
      },
      document: {
        settings: {
          get: (name: string) => wb.settings.get(name) ?? null,
          set: (name: string, value: unknown) => void wb.settings.set(name, value),
          saveAsync: (cb?: (r: { status: string }) => void) => {
            wb.savedSettings++;
            cb?.({ status: "succeeded" });
          },
        },
      },
    },
    actions: {
      associate: (name: string, fn: (event: unknown) => unknown) => void installed.associated.set(name, fn),
    },
    addin: {
      showAsTaskpane: async () => {
        installed.panesShown++;
      },
    },
    onReady: (cb?: () => void) => {
      cb?.();
      return Promise.resolve({ host: "Excel", platform: o.platform ?? "PC" });
    },
  }) as unknown as { context: Record<string, unknown> };
  // Scalars on an OfficeMockObject read as "not loaded" until load/sync (its Excel-style model);
  // Office.context's scalars are plain values in Office.js, so they are set directly.
  officeMock.context.displayLanguage = o.displayLanguage ?? "zh-CN";
  officeMock.context.platform = o.platform ?? "PC";
  if (o.sharedRuntime === false) (officeMock as unknown as Record<string, unknown>).addin = undefined;
  (globalThis as Record<string, unknown>).Excel = excelMock;
  (globalThis as Record<string, unknown>).Office = officeMock;
  return installed;
}

export function uninstallFake(): void {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
}
