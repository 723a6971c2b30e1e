/**
 * xl/styles.xml: cell formats (cellXfs) derived from a base one — a number format, bold, a font
 * face, alignment, thin borders — by appending fonts, borders and xfs; existing items are never
 * changed or reordered (every cell already styled keeps its index), and an item that means the
 * same as one already there is reused.
 */
import type { Package } from "./package";
import type { Workbook } from "./workbook";
import { escapeAttr } from "./escape";
import { attr, children, local, prefixOf, rootOf, type XEl } from "./xml";
import { canonical, insertChild, setElAttrs } from "./xml-edit";
import { setAlignment, setBold, setFace, setFontParts, thinBorder, type AlignmentChange } from "./style-items";
import { STYLES_CT } from "./content-types";

const STYLE_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "# ?/?": 12,
  "# ??/??": 13,
  "@": 49,
};

function minimalStyles(ns: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<styleSheet xmlns="${ns}">` +
    `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`
  );
}

/** What a write changes in a cell's format; everything left undefined stays as the base has it. */
export interface StyleChange extends AlignmentChange {
  numberFormat?: string;
  bold?: boolean;
  fontName?: string;
  /** Points. */
  fontSize?: number;
  /** Take the font face (name, size, family, charset, scheme) of this cellXfs index: a cell elsewhere. */
  faceOf?: number;
  border?: "thin";
}

const changes = (c: StyleChange) =>
  c.numberFormat !== undefined || c.bold !== undefined || c.wrap !== undefined || c.fontName !== undefined || c.fontSize !== undefined ||
  c.faceOf !== undefined || c.border !== undefined || c.horizontal !== undefined || c.vertical !== undefined;

export class Styles {
  private xml: string | null = null;
  private path: string | null = null;
  private created = false;

  constructor(
    private readonly pkg: Package,
    private readonly wb: Workbook,
  ) {}

  async init(): Promise<void> {
    const path = await this.wb.partOfType("styles");
    const found = path ? this.pkg.find(path) : null;
    if (found) {
      this.path = found;
      this.xml = await this.pkg.text(found);
    }
  }

  async flush(): Promise<void> {
    if (this.xml === null) return;
    if (this.created && this.path) {
      await this.wb.addRel("styles", this.path);
      await this.wb.addContentTypeOverride(this.path, STYLES_CT);
    }
    if (this.path) this.pkg.setText(this.path, this.xml);
  }

  private ensure(): string {
    if (this.xml === null) {
      this.xml = minimalStyles(this.wb.mainNs);
      this.path = `${this.wb.dir}styles.xml`;
      this.created = true;
    }
    return this.xml;
  }

  /**
   * The part's elements, parsed once per version of its text: every styled write looks styles
   * up, and a workbook scored at scale makes thousands of them (parsing the whole part for each
   * was most of `jixiao score --out` on 1,000 indicators).
   */
  private parsed: { xml: string; root: XEl; items: Map<string, XEl[]> } | null = null;

  private current(): { xml: string; root: XEl; items: Map<string, XEl[]> } {
    const xml = this.ensure();
    if (this.parsed?.xml !== xml) this.parsed = { xml, root: rootOf(xml), items: new Map() };
    return this.parsed;
  }

  private root(): XEl {
    return this.current().root;
  }

  private get P(): string {
    return prefixOf(this.root().name);
  }

  private section(name: string): XEl | undefined {
    const root = this.root();
    if (root.selfClosing) return undefined;
    const tag = prefixOf(root.name) + name;
    return children(this.xml!, root.openEnd, root.closeStart).find((el) => el.name === tag);
  }

  private items(sectionName: string, itemName: string): XEl[] {
    const parsed = this.current();
    const key = `${sectionName}/${itemName}`;
    let found = parsed.items.get(key);
    if (!found) {
      const sec = this.section(sectionName);
      const tag = this.P + itemName;
      found = !sec || sec.selfClosing ? [] : children(parsed.xml, sec.openEnd, sec.closeStart).filter((el) => el.name === tag);
      parsed.items.set(key, found);
    }
    return found;
  }

  private itemText(sectionName: string, itemName: string, index: number): string | undefined {
    const el = this.items(sectionName, itemName)[index];
    return el ? this.xml!.slice(el.start, el.end) : undefined;
  }

  /** Append an item to a section (created in schema order when missing); its index. */
  private append(sectionName: string, itemName: string, itemXml: string): number {
    const P = this.P;
    let sec = this.section(sectionName);
    if (!sec) {
      const root = this.root();
      const order = STYLE_ORDER.indexOf(sectionName);
      const later = children(this.xml!, root.openEnd, root.closeStart).find((el) => prefixOf(el.name) === P && STYLE_ORDER.indexOf(local(el.name)) > order);
      const empty = `<${P}${sectionName} count="0"></${P}${sectionName}>`;
      this.xml = later ? this.xml!.slice(0, later.start) + empty + this.xml!.slice(later.start) : insertChild(this.xml!, root, empty);
      sec = this.section(sectionName)!;
    }
    const index = this.items(sectionName, itemName).length;
    this.xml = insertChild(this.xml!, sec, itemXml);
    sec = this.section(sectionName)!;
    if (attr(sec.attrText, "count") !== undefined) this.xml = this.xml.slice(0, sec.start) + setElAttrs(this.xml, sec, { count: String(index + 1) }) + this.xml.slice(sec.end);
    return index;
  }

  private findOrAppend(sectionName: string, itemName: string, itemXml: string): number {
    const want = canonical(itemXml);
    const items = this.items(sectionName, itemName);
    for (let i = 0; i < items.length; i++) if (canonical(this.xml!.slice(items[i].start, items[i].end)) === want) return i;
    return this.append(sectionName, itemName, itemXml);
  }

  private numFmtId(code: string): number {
    if (code.toLowerCase() === "general") return 0;
    if (Object.prototype.hasOwnProperty.call(BUILTIN_FORMATS, code)) return BUILTIN_FORMATS[code];
    let max = 163;
    for (const el of this.items("numFmts", "numFmt")) {
      const id = Number(attr(el.attrText, "numFmtId"));
      if (attr(el.attrText, "formatCode") === code) return id;
      if (Number.isFinite(id)) max = Math.max(max, id);
    }
    const id = max + 1;
    this.append("numFmts", "numFmt", `<${this.P}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }

  /** derive()'s answers: a form restyles thousands of cells the same few ways. */
  private derived = new Map<string, number>();

  /** The cellXfs index of `base` with the changes applied (base itself when nothing changes). */
  derive(base: number, change: StyleChange): number {
    if (!changes(change)) return base;
    const key = `${base}|${change.numberFormat}|${change.bold}|${change.wrap}|${change.fontName}|${change.fontSize}|${change.faceOf}|${change.border}|${change.horizontal}|${change.vertical}`;
    let index = this.derived.get(key);
    if (index === undefined) this.derived.set(key, (index = this.deriveNew(base, change)));
    return index;
  }

  private deriveNew(base: number, change: StyleChange): number {
    this.ensure();
    const P = this.P;
    if (!this.items("cellXfs", "xf").length) this.append("cellXfs", "xf", `<${P}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`);
    const xfCount = this.items("cellXfs", "xf").length;
    const baseIndex = base < xfCount ? base : 0;
    const baseXf = this.itemText("cellXfs", "xf", baseIndex)!;
    let xf = baseXf;
    const tag: Record<string, string> = {};
    const el = rootOf(xf);
    if (change.numberFormat !== undefined) {
      const id = this.numFmtId(change.numberFormat);
      if ((attr(el.attrText, "numFmtId") ?? "0") !== String(id)) {
        tag.numFmtId = String(id);
        tag.applyNumberFormat = "1";
      }
    }
    if (change.bold !== undefined || change.fontName !== undefined || change.fontSize !== undefined || change.faceOf !== undefined) {
      const fontId = Number(attr(el.attrText, "fontId") ?? "0");
      const font = this.fontText(fontId);
      let next = font;
      if (change.faceOf !== undefined) {
        const from = this.itemText("cellXfs", "xf", change.faceOf < xfCount ? change.faceOf : 0)!;
        next = setFace(next, this.fontText(Number(attr(rootOf(from).attrText, "fontId") ?? "0")));
      }
      next = setFontParts(next, { name: change.fontName, size: change.fontSize });
      if (change.bold !== undefined) next = setBold(next, change.bold);
      if (canonical(next) !== canonical(font)) {
        tag.fontId = String(this.findOrAppend("fonts", "font", next));
        tag.applyFont = "1";
      }
    }
    if (change.border !== undefined) {
      const borderId = String(this.findOrAppend("borders", "border", thinBorder(P)));
      if ((attr(el.attrText, "borderId") ?? "0") !== borderId) {
        tag.borderId = borderId;
        tag.applyBorder = "1";
      }
    }
    if (Object.keys(tag).length) xf = setElAttrs(xf, el, tag);
    xf = setAlignment(xf, { wrap: change.wrap, horizontal: change.horizontal, vertical: change.vertical });
    if (canonical(xf) === canonical(baseXf)) return baseIndex;
    return this.findOrAppend("cellXfs", "xf", xf);
  }

  /** The index of a differential format with a solid `rgb` fill (conditional formatting's look). */
  dxfFill(rgb: string): number {
    if (!/^[0-9A-Fa-f]{6}$/.test(rgb)) throw new RangeError(`fill colour must be RGB hex: ${rgb}`);
    this.ensure();
    const P = this.P;
    const color = `FF${rgb.toUpperCase()}`;
    return this.findOrAppend("dxfs", "dxf", `<${P}dxf><${P}fill><${P}patternFill><${P}bgColor rgb="${color}"/></${P}patternFill></${P}fill></${P}dxf>`);
  }

  private fontText(fontId: number): string {
    const P = this.P;
    return this.itemText("fonts", "font", fontId) ?? `<${P}font><${P}sz val="11"/></${P}font>`;
  }
}
