/**
 * Apply a write plan (src/core/plan/types.ts) to an .xlsx / .xlsm file by patching the XML of the
 * parts it has to change — the target worksheets, xl/styles.xml, and for a new sheet
 * xl/workbook.xml, its .rels and [Content_Types].xml — and copying every other part byte for byte.
 * Saving through a workbook library would rewrite the whole package and drop what it does not
 * model (macros, printer settings, custom XML, threaded comments, slicers …); this does not.
 *
 * Runs in Node and in the browser (jszip, and the string scanner of ooxml/xml.ts: no DOMParser,
 * no fs, no Buffer). The parts, one module each, are in ./ooxml: the package, workbook.xml and its
 * relationships, content types, styles, a worksheet, its columns and page setup.
 *
 * Cells: strings are always written as inline strings (never formulas, whatever they start
 * with), numbers as `<v>`, null (or "") clears the value and keeps the style. A replaced cell's
 * formula is dropped; when it was the master of a shared formula the next cell of the group
 * becomes the master (its formula shifted), and xl/calcChain.xml is removed as Excel does.
 */
import type { CellValue } from "../core/grid";
import type { AreaFormat, SheetPlan, WritePlan } from "../core/plan/types";
import type { Bytes } from "./zip-parts";
import { cellRef, normalRange } from "../core/a1";
import { Package } from "./ooxml/package";
import { relsPathOf } from "./ooxml/rels";
import { Styles, type StyleChange } from "./ooxml/styles";
import { quoteSheet, Workbook, type SheetInfo } from "./ooxml/workbook";
import { SheetDoc, skeleton } from "./ooxml/worksheet";
import { applyPageSetup } from "./ooxml/page-setup";
import { addValidations } from "./ooxml/validations";
import { addHighlights } from "./ooxml/highlights";
import { freezePanes } from "./ooxml/freeze";
import { readWorkbookBytes } from "./read";

export { shiftFormula } from "./ooxml/formula";

const HAS_FORMULA = /<(?:[A-Za-z_][\w.-]*:)?f[\s>/]/;

/**
 * The workbook `original` with the plan's writes applied. Only the parts that must change are
 * rewritten (the plan's sheets, styles.xml when new formats are needed, workbook.xml / its rels /
 * [Content_Types].xml for a new sheet, calcChain.xml removed when a formula cell was replaced);
 * every other part comes out with the same bytes, in the same zip order.
 */
export async function applyPlan(original: Bytes, plan: WritePlan): Promise<Uint8Array<ArrayBuffer>> {
  const pkg = await Package.load(original);
  const wb = await Workbook.load(pkg);
  const styles = new Styles(pkg, wb);
  await styles.init();
  let dropCalcChain = false;
  const others = new OtherSheets(pkg, wb);

  for (const sp of plan.sheets) {
    let info = wb.find(sp.sheet);
    let xml: string;
    let fresh = false;
    if (sp.delete) {
      if (info) {
        if (!/\/worksheet$/.test(info.relType)) throw new Error(`sheet ${sp.sheet} is not a worksheet`);
        const old = info.path && pkg.find(info.path) ? await pkg.text(pkg.find(info.path)!) : "";
        if (HAS_FORMULA.test(old)) dropCalcChain = true;
        await wb.removeSheet(info);
      }
      continue;
    }
    if (info) {
      if (!info.path || !/\/worksheet$/.test(info.relType) || !pkg.find(info.path)) throw new Error(`sheet ${sp.sheet} is not a worksheet`);
      info.path = pkg.find(info.path)!;
      if (sp.create && sp.replace) {
        const old = await pkg.text(info.path);
        if (HAS_FORMULA.test(old)) dropCalcChain = true;
        pkg.remove(relsPathOf(info.path));
        xml = skeleton(wb.mainNs);
        fresh = true;
      } else xml = await pkg.text(info.path);
    } else if (sp.create) {
      info = await wb.addSheet(sp.sheet, sp.state);
      xml = skeleton(wb.mainNs);
      fresh = true;
    } else throw new Error(`sheet not found: ${sp.sheet}`);

    // Styles read from other sheets (the target's font) before this one's writes.
    const faces = await others.faces(sp);
    const styleOf = await others.styleLookup(sp);
    const doc = new SheetDoc(xml, sp.sheet);
    for (const w of sp.writes) doc.write(w, styles, styleOf);
    for (const f of sp.formats ?? []) applyFormat(doc, f, styles, faces);
    for (const cw of sp.columnWidths ?? []) doc.setColumnWidth(cw.col + 1, cw.width);
    // Validations go on new sheets and onto existing ones (appended to staff's own).
    addValidations(doc, sp.validations ?? []);
    if (fresh) {
      if (sp.merges?.length) doc.addMerges(sp.merges);
      for (const h of sp.rowHeights ?? []) doc.setRowHeight(h.row + 1, h.height);
      if (sp.pageSetup) applyPageSetup(doc, sp.pageSetup);
      if (sp.freeze) freezePanes(doc, sp.freeze.rows, sp.freeze.cols);
      addHighlights(doc, sp.highlights ?? [], styles);
    }
    if (doc.formulaRemoved) dropCalcChain = true;
    pkg.setText(info.path!, doc.serialize());
    others.forget(sp.sheet);
    const titles = fresh ? sp.pageSetup?.titleRows : undefined;
    if (titles) await wb.setPrintTitleRows(info, titles.top + 1, titles.bottom + 1);
  }

  for (const n of plan.names ?? []) {
    if (!wb.find(n.sheet)) throw new Error(`sheet not found: ${n.sheet}`);
    const b = normalRange(n.area);
    await wb.setDefinedName(n.name, `${quoteSheet(n.sheet)}!${cellRef(b.top, b.left, true)}:${cellRef(b.bottom, b.right, true)}`);
  }
  if (dropCalcChain) await wb.removeCalcChain();
  await styles.flush();
  return pkg.bytes();
}

function applyFormat(doc: SheetDoc, f: AreaFormat, styles: Styles, faces: Map<string, number>): void {
  const change: StyleChange = {
    border: f.borders,
    fontName: f.font?.name,
    fontSize: f.font?.size,
    bold: f.font?.bold,
    faceOf: f.font?.from ? faces.get(cellKey(f.font.from.sheet, f.font.from.row, f.font.from.col)) : undefined,
    horizontal: f.horizontal,
    vertical: f.vertical,
    wrap: f.wrap,
  };
  const box = normalRange(f.area);
  // restyle counts as the file does, from 1.
  for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) doc.restyle(r + 1, c + 1, change, styles);
}

const cellKey = (sheet: string, row: number, col: number) => `${sheet}\u0000${row},${col}`;

/** The worksheets a plan's sheet takes looks from (styleFrom on a sheet, a font from a cell), parsed once each. */
class OtherSheets {
  private docs = new Map<string, SheetDoc>();

  constructor(
    private readonly pkg: Package,
    private readonly wb: Workbook,
  ) {}

  private async doc(name: string): Promise<SheetDoc> {
    const key = name.toLowerCase();
    let doc = this.docs.get(key);
    if (!doc) {
      const info: SheetInfo | undefined = this.wb.find(name);
      const path = info?.path ? this.pkg.find(info.path) : null;
      if (!info || !path || !/\/worksheet$/.test(info.relType)) throw new Error(`sheet not found: ${name}`);
      this.docs.set(key, (doc = new SheetDoc(await this.pkg.text(path), name)));
    }
    return doc;
  }

  /** A sheet just written is read again when a later one takes a look from it. */
  forget(name: string): void {
    this.docs.delete(name.toLowerCase());
  }

  /** The style index of each `font.from` cell of the plan's formats, keyed by cellKey (0-based). */
  async faces(sp: SheetPlan): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const f of sp.formats ?? []) {
      const from = f.font?.from;
      if (from) out.set(cellKey(from.sheet, from.row, from.col), (await this.doc(from.sheet)).styleAt(from.row + 1, from.col + 1));
    }
    return out;
  }

  /** styleAt on the other sheets the plan's writes copy from (1-based), loaded up front. */
  async styleLookup(sp: SheetPlan): Promise<(sheet: string, r: number, c: number) => number> {
    const names = new Set(sp.writes.map((w) => w.styleFrom?.sheet).filter((s): s is string => s !== undefined));
    const docs = new Map<string, SheetDoc>();
    for (const n of names) docs.set(n, await this.doc(n));
    return (sheet, r, c) => docs.get(sheet)!.styleAt(r, c);
  }
}

/**
 * The current values of the given cells (0-based) on a sheet, as Office.js reports them —
 * strings, numbers (dates as serial numbers), booleans, error texts (`#N/A`); null for an empty or
 * missing cell — read through the same reader (src/xlsx/read) the hosts read the workbook with, so
 * a plan's `expect` is checked against values read the way they were computed.
 */
export async function readCellValues(bytes: Bytes, sheet: string, cells: { row: number; col: number }[]): Promise<CellValue[]> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const grids = readWorkbookBytes(data).sheets;
  const grid = grids.find((g) => g.sheet === sheet) ?? grids.find((g) => g.sheet.toLowerCase() === sheet.toLowerCase());
  if (!grid) throw new Error(`sheet not found: ${sheet}`);
  return cells.map(({ row, col }) => {
    const v = grid.values[row - grid.origin.row]?.[col - grid.origin.col];
    return v === undefined || v === "" ? null : v;
  });
}

/** The names of the workbook's sheets, in tab order. */
export async function sheetNames(bytes: Bytes): Promise<string[]> {
  const pkg = await Package.load(bytes);
  return (await Workbook.load(pkg)).sheets.map((s) => s.name);
}
