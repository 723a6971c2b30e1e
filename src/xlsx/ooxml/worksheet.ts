/**
 * One worksheet part being patched: the top-level elements kept as text in their order, the rows
 * of sheetData parsed only as far as a write needs (a row's cells are split out the first time one
 * of them is written), everything else serialised back as it was written. Cells are written as
 * inline strings or numbers with a style derived from styles.ts; a replaced shared-formula master
 * hands the formula to the next cell of its group. The rows and cells themselves, and the shared
 * formula's move, are in worksheet-rows.ts.
 */
import type { CellWrite, SheetPlan } from "../../core/plan/types";
import type { CellRange } from "../../core/grid";
import { cellRef, formatRange, inSheet, LAST_COL, LAST_ROW, normalRange, parseRange } from "../../core/a1";
import { cleanText, escapeExcelText, escapeText } from "./escape";
import { REL_NS, REL_NS_STRICT } from "./rels";
import { attr, children, local, parseAttrs, prefixOf, readStartTag, rootOf, textContent, truthy, type Attr, type XEl } from "./xml";
import { insertChild, openForm, setAttrs, setElAttrs } from "./xml-edit";
import { colXml, columnStyle, withColumnWidth } from "./cols";
import type { StyleChange, Styles } from "./styles";
import { cellParts, cellsOf, insertCell, moveSharedMaster, parseRows, serializeRow, type CellNode, type RowNode } from "./worksheet-rows";

export { cellParts } from "./worksheet-rows";

const SHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges",
  "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting",
  "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
  "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF",
  "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
];

interface TopItem {
  /** Local name for SpreadsheetML elements, null for text, `#name` for others. */
  key: string | null;
  raw: string;
}

/** A new, empty worksheet part in the workbook's SpreadsheetML namespace (transitional or Strict). */
export function skeleton(ns: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n` +
    `<worksheet xmlns="${ns}" xmlns:r="${ns.startsWith("http://purl.oclc.org") ? REL_NS_STRICT : REL_NS}">` +
    `<dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    `<sheetData/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
  );
}

export class SheetDoc {
  private readonly head: string;
  private readonly tail: string;
  private readonly P: string;
  private readonly top: TopItem[] = [];
  private sdTag = "";
  private sdSelfClosing = true;
  private sdClose = "";
  private readonly sdItems: (RowNode | string)[] = [];
  private readonly rowIndex = new Map<number, RowNode>();
  // Rows and columns in this class count from 1, as the XML does (`<row r="3">`); the areas below
  // (array formulas, what was written) are the A1 module's 0-based ranges.
  private arrays: { box: CellRange; r: number; c: number }[] | null = null;
  private touched: CellRange | null = null;
  /** A replaced cell had a formula (the calculation chain must go). */
  formulaRemoved = false;

  constructor(
    xml: string,
    private readonly label: string,
  ) {
    const root = rootOf(xml);
    if (local(root.name) !== "worksheet" || root.selfClosing) throw new Error(`${label}: not a worksheet`);
    this.P = prefixOf(root.name);
    this.head = xml.slice(0, root.openEnd);
    this.tail = xml.slice(root.closeStart);
    let pos = root.openEnd;
    let sd: XEl | null = null;
    for (const el of children(xml, root.openEnd, root.closeStart)) {
      if (el.start > pos) this.top.push({ key: null, raw: xml.slice(pos, el.start) });
      const key = prefixOf(el.name) === this.P ? local(el.name) : `#${el.name}`;
      this.top.push({ key, raw: xml.slice(el.start, el.end) });
      if (key === "sheetData" && !sd) sd = el;
      pos = el.end;
    }
    if (pos < root.closeStart) this.top.push({ key: null, raw: xml.slice(pos, root.closeStart) });
    if (sd) this.parseSheetData(xml, sd);
    else {
      this.insertTop("sheetData", "");
      this.sdTag = `<${this.P}sheetData/>`;
    }
  }

  private parseSheetData(xml: string, sd: XEl): void {
    this.sdTag = xml.slice(sd.start, sd.openEnd);
    this.sdSelfClosing = sd.selfClosing;
    this.sdClose = xml.slice(sd.closeStart, sd.end);
    if (sd.selfClosing) return;
    this.sdItems.push(...parseRows(xml, sd, this.P));
    for (const row of this.rows()) if (!this.rowIndex.has(row.r)) this.rowIndex.set(row.r, row);
  }

  private insertTop(key: string, raw: string): TopItem {
    const order = SHEET_ORDER.indexOf(key);
    const item: TopItem = { key, raw };
    const at = this.top.findIndex((t) => t.key !== null && SHEET_ORDER.indexOf(t.key) > order);
    if (at < 0) this.top.push(item);
    else this.top.splice(at, 0, item);
    return item;
  }

  private rows(): RowNode[] {
    return this.sdItems.filter((x): x is RowNode => typeof x !== "string");
  }

  private cellsOf(row: RowNode): (CellNode | string)[] {
    return cellsOf(row, this.P);
  }

  private findCell(row: RowNode, col: number): CellNode | undefined {
    return this.cellsOf(row).find((x): x is CellNode => typeof x !== "string" && x.col === col);
  }

  cellAt(r: number, c: number): string | null {
    const row = this.rowIndex.get(r);
    const cell = row ? this.findCell(row, c) : undefined;
    return cell ? cell.raw : null;
  }

  private colStyle(c: number): number | undefined {
    const cols = this.top.find((t) => t.key === "cols");
    return cols ? columnStyle(cols.raw, c) : undefined;
  }

  /** The style a cell has, or would get when typed into (row style, else column style). */
  styleAt(r: number, c: number): number {
    const row = this.rowIndex.get(r);
    const cell = row ? this.findCell(row, c) : undefined;
    if (cell) return Number(attr(rootOf(cell.raw).attrText, "s") ?? "0") || 0;
    if (row) {
      const a = readStartTag(row.tag, 0).attrText;
      const custom = attr(a, "customFormat");
      if (custom !== undefined && truthy(custom) && attr(a, "s") !== undefined) return Number(attr(a, "s")) || 0;
    }
    return this.colStyle(c) ?? 0;
  }

  private arrayRanges(): { box: CellRange; r: number; c: number }[] {
    if (this.arrays) return this.arrays;
    this.arrays = [];
    for (const row of this.rows()) {
      if (!row.items && !/t\s*=\s*["'](?:array|dataTable)["']/.test(row.inner)) continue;
      for (const cell of this.cellsOf(row)) {
        if (typeof cell === "string") continue;
        for (const k of cellParts(cell.raw).kids) {
          if (local(k.name) !== "f") continue;
          const t = attr(k.attrText, "t");
          const ref = attr(k.attrText, "ref");
          const box = ref ? parseRange(ref) : null;
          if ((t === "array" || t === "dataTable") && box) this.arrays.push({ box, r: row.r, c: cell.col });
        }
      }
    }
    return this.arrays;
  }

  private insertRow(r: number): RowNode {
    const rows = this.rows();
    if (rows.some((x) => !x.hasRef))
      for (const x of rows)
        if (!x.hasRef) {
          x.tag = setAttrs(x.tag, { r: String(x.r) });
          x.hasRef = true;
        }
    const row: RowNode = { kind: "row", r, hasRef: true, name: this.P + "row", tag: `<${this.P}row r="${r}">`, selfClosing: false, inner: "", closeTag: `</${this.P}row>`, items: [] };
    const at = this.sdItems.findIndex((x) => typeof x !== "string" && x.r > r);
    if (at < 0) {
      // After the last row, before trailing text / other elements.
      let k = this.sdItems.length;
      while (k > 0 && typeof this.sdItems[k - 1] === "string") k--;
      this.sdItems.splice(k, 0, row);
    } else this.sdItems.splice(at, 0, row);
    this.rowIndex.set(r, row);
    return row;
  }

  private insertCell(row: RowNode, cell: CellNode): void {
    insertCell(row, cell, this.P);
  }

  /** Cell (r, c), 1-based, was written: the dimension grows to cover it. */
  private touch(r1: number, c1: number): void {
    const [r, c] = [r1 - 1, c1 - 1];
    const t = this.touched;
    this.touched = t ? { top: Math.min(t.top, r), left: Math.min(t.left, c), bottom: Math.max(t.bottom, r), right: Math.max(t.right, c) } : { top: r, left: c, bottom: r, right: c };
  }

  /**
   * Write one cell. `styleOf` gives the style of a cell on another sheet (a `styleFrom` there):
   * every sheet shares styles.xml, so its index is the look.
   */
  write(w: CellWrite, styles: Styles, styleOf?: (sheet: string, r: number, c: number) => number): void {
    if (!inSheet(w.row, w.col))
      throw new RangeError(`${this.label}: cell out of range (row ${w.row}, col ${w.col})`);
    const r = w.row + 1;
    const c = w.col + 1;
    const ref = cellRef(w.row, w.col);
    let value: string | number | null = w.value;
    if (typeof value === "string") value = cleanText(value);
    if (typeof value === "number" && !Number.isFinite(value)) value = null;
    if (value === "") value = null;

    for (const a of this.arrayRanges()) {
      const inside = a.box.top <= w.row && w.row <= a.box.bottom && a.box.left <= w.col && w.col <= a.box.right;
      const single = a.box.top === a.box.bottom && a.box.left === a.box.right;
      if (inside && !single && !(a.r === r && a.c === c))
        throw new Error(`${this.label}!${ref}: cannot write into part of an array formula (${formatRange(a.box)})`);
    }

    const row = this.rowIndex.get(r);
    const cell = row ? this.findCell(row, c) : undefined;
    const styled = w.styleFrom !== undefined || w.numberFormat !== undefined || w.bold !== undefined || w.wrap !== undefined;
    if (!cell && value === null && !styled) return;

    const from = w.styleFrom;
    const base = !from ? this.styleAt(r, c) : from.sheet !== undefined && from.sheet !== this.label && styleOf ? styleOf(from.sheet, from.row + 1, from.col + 1) : this.styleAt(from.row + 1, from.col + 1);
    const s = styles.derive(base, { numberFormat: w.numberFormat, bold: w.bold, wrap: w.wrap });

    let kept = "";
    let ext = "";
    let shared: { si: string; formula: string; attrs: Attr[] } | null = null;
    if (cell) {
      const { el, kids } = cellParts(cell.raw);
      kept = parseAttrs(el.attrText)
        .filter((a) => !["r", "s", "t", "cm", "vm"].includes(a.name))
        .map((a) => " " + a.raw)
        .join("");
      for (const k of kids) {
        const l = local(k.name);
        if (l === "extLst") ext += cell.raw.slice(k.start, k.end);
        if (l !== "f") continue;
        this.formulaRemoved = true;
        const t = attr(k.attrText, "t");
        const si = attr(k.attrText, "si");
        const formula = k.selfClosing ? "" : textContent(cell.raw, k.openEnd, k.closeStart);
        if (t === "shared" && si !== undefined && formula) shared = { si, formula, attrs: parseAttrs(k.attrText) };
        if (t === "array" || t === "dataTable") this.arrays = (this.arrays ?? []).filter((a) => !(a.r === r && a.c === c));
      }
    }

    const P = this.P;
    let attrs = ` r="${ref}"${s ? ` s="${s}"` : ""}`;
    let body = "";
    if (typeof value === "number") body = `<${P}v>${Object.is(value, -0) ? 0 : value}</${P}v>`;
    else if (typeof value === "string") {
      attrs += ` t="inlineStr"`;
      body = `<${P}is><${P}t xml:space="preserve">${escapeText(escapeExcelText(value))}</${P}t></${P}is>`;
    }
    const raw = body || ext ? `<${P}c${attrs}${kept}>${body}${ext}</${P}c>` : `<${P}c${attrs}${kept}/>`;

    if (cell) {
      cell.raw = raw;
      cell.hasRef = true;
    } else this.insertCell(row ?? this.insertRow(r), { kind: "c", col: c, hasRef: true, raw });
    this.touch(r, c);
    if (shared) moveSharedMaster(this.rows(), this.P, shared, r, c);
  }

  setColumnWidth(c: number, width: number): void {
    if (!Number.isFinite(width) || width < 0 || width > 255) throw new RangeError(`${this.label}: bad column width ${width}`);
    const item = this.top.find((t) => t.key === "cols");
    if (item) item.raw = withColumnWidth(item.raw, c, width, this.P);
    else this.insertTop("cols", `<${this.P}cols>${colXml(this.P, c, width)}</${this.P}cols>`);
  }

  addMerges(merges: NonNullable<SheetPlan["merges"]>): void {
    const P = this.P;
    const refs: string[] = [];
    for (const m of merges) {
      const box = normalRange(m);
      if (box.top === box.bottom && box.left === box.right) continue;
      if (box.top < 0 || box.left < 0 || box.bottom > LAST_ROW || box.right > LAST_COL) throw new RangeError(`${this.label}: merge out of range`);
      refs.push(`<${P}mergeCell ref="${formatRange(box)}"/>`);
    }
    if (!refs.length) return;
    const existing = this.top.find((t) => t.key === "mergeCells");
    if (existing) {
      const el = rootOf(existing.raw);
      const count = (el.selfClosing ? 0 : children(existing.raw, el.openEnd, el.closeStart).length) + refs.length;
      const withNew = insertChild(existing.raw, el, refs.join(""));
      existing.raw = setElAttrs(withNew, rootOf(withNew), { count: String(count) });
    } else this.insertTop("mergeCells", `<${P}mergeCells count="${refs.length}">${refs.join("")}</${P}mergeCells>`);
  }

  /**
   * Change the format of cell (r, c) (1-based) and keep its value: an empty cell inside a bordered
   * table becomes `<c r s/>`, as Excel writes a formatted empty cell.
   */
  restyle(r: number, c: number, change: StyleChange, styles: Styles): void {
    if (r < 1 || c < 1 || r - 1 > LAST_ROW || c - 1 > LAST_COL) throw new RangeError(`${this.label}: cell out of range (row ${r - 1}, col ${c - 1})`);
    const base = this.styleAt(r, c);
    const s = styles.derive(base, change);
    const row = this.rowIndex.get(r);
    const cell = row ? this.findCell(row, c) : undefined;
    if (cell) {
      if (s === base) return;
      cell.raw = setElAttrs(cell.raw, rootOf(cell.raw), { s: s ? String(s) : null });
    } else {
      if (s === base) return;
      this.insertCell(row ?? this.insertRow(r), { kind: "c", col: c, hasRef: true, raw: `<${this.P}c r="${cellRef(r - 1, c - 1)}" s="${s}"/>` });
    }
    this.touch(r, c);
  }

  /** Row r (1-based) given a custom height in points. */
  setRowHeight(r: number, height: number): void {
    if (!Number.isFinite(height) || height <= 0 || height > 409) throw new RangeError(`${this.label}: bad row height ${height}`);
    const row = this.rowIndex.get(r) ?? this.insertRow(r);
    row.tag = setAttrs(row.tag, { ht: String(Math.round(height * 100) / 100), customHeight: "1" });
  }

  /** Set a top-level element (`pageSetup`, `sheetPr` …): replaced when there, else placed in schema order. */
  setTop(key: string, raw: string): void {
    const item = this.top.find((t) => t.key === key);
    if (item) item.raw = raw;
    else this.insertTop(key, raw);
  }

  /** A top-level element's text as it stands (`dataValidations` …), or undefined. */
  topRaw(key: string): string | undefined {
    return this.top.find((t) => t.key === key)?.raw;
  }

  /** The namespace prefix of the sheet's SpreadsheetML elements (`x:` from the Open XML SDK). */
  get prefix(): string {
    return this.P;
  }

  serialize(): string {
    // Dimension: grow to cover what was written.
    const dim = this.top.find((t) => t.key === "dimension");
    if (dim && this.touched) {
      const el = rootOf(dim.raw);
      const ref = attr(el.attrText, "ref");
      const box = ref ? parseRange(ref) : null;
      if (box) {
        const t = this.touched;
        const grown = { top: Math.min(box.top, t.top), left: Math.min(box.left, t.left), bottom: Math.max(box.bottom, t.bottom), right: Math.max(box.right, t.right) };
        if (formatRange(grown) !== formatRange(box)) dim.raw = setElAttrs(dim.raw, el, { ref: formatRange(grown) });
      }
    }
    const sdInner = this.sdItems.map((x) => (typeof x === "string" ? x : serializeRow(x))).join("");
    const sd = this.sdSelfClosing ? (sdInner ? openForm(this.sdTag) + sdInner + `</${this.P}sheetData>` : this.sdTag) : this.sdTag + sdInner + this.sdClose;
    return this.head + this.top.map((t) => (t.key === "sheetData" ? sd : t.raw)).join("") + this.tail;
  }
}
