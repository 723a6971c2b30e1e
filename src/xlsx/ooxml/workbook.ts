/**
 * xl/workbook.xml and what hangs off it: the sheets and their parts, the workbook's relationships,
 * content types, defined names. Sheets are added (a new worksheet part that never joins the chart
 * sheets' folder) and removed (with their local names, as Excel does), calcChain dropped.
 */
import type { Package } from "./package";
import { escapeAttr, escapeText, cleanText } from "./escape";
import { attr, childrenOf, nsOf, parseAttrs, prefixOf, rootOf, local, type XEl } from "./xml";
import { insertChild, removeElements } from "./xml-edit";
import { addRelationship, dirOf, EMPTY_RELS, officeDocumentOf, parseRels, relsPathOf, removeRelationships, resolveTarget, REL_NS, REL_NS_STRICT, type Rel } from "./rels";
import { addOverride, CONTENT_TYPES, removeOverride, WORKSHEET_CT } from "./content-types";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

export interface SheetInfo {
  name: string;
  sheetId: number;
  rid: string;
  /** The worksheet part, or null when the relationship is missing or external. */
  path: string | null;
  relType: string;
}

/** Children of the workbook element in schema order (CT_Workbook), for placing definedNames. */
const WORKBOOK_ORDER = [
  "fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets", "functionGroups", "externalReferences",
  "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing",
  "fileRecoveryPr", "webPublishObjects", "extLst",
];

export class Workbook {
  private constructor(
    private readonly pkg: Package,
    readonly path: string,
    readonly relsPath: string,
    readonly sheets: SheetInfo[],
    readonly mainNs: string,
  ) {}

  get dir(): string {
    return dirOf(this.path);
  }

  static async load(pkg: Package): Promise<Workbook> {
    let path = "xl/workbook.xml";
    const rootRels = await pkg.textOrNull("_rels/.rels");
    if (rootRels) path = officeDocumentOf(rootRels) ?? path;
    const foundPath = pkg.find(path);
    if (!foundPath) throw new Error("not an Excel workbook: no workbook part");
    path = foundPath;
    const relsPath = pkg.find(relsPathOf(path)) ?? relsPathOf(path);
    const rels = parseRels((await pkg.textOrNull(relsPath)) ?? "<Relationships/>");
    const xml = await pkg.text(path);
    const root = rootOf(xml);
    const mainNs = nsOf(root.name, root.attrText) ?? MAIN_NS;
    const sheets: SheetInfo[] = [];
    for (const el of sheetEls(xml)) {
      const attrs = parseAttrs(el.attrText);
      const rid =
        attrs.find((a) => a.name.endsWith(":id") && [REL_NS, REL_NS_STRICT].includes(nsOf(a.name, el.attrText, root.attrText) ?? ""))?.value ??
        attrs.find((a) => a.name.endsWith(":id"))?.value ??
        "";
      const rel = rels.find((r) => r.id === rid);
      const target = rel && !rel.external ? resolveTarget(dirOf(path), rel.target) : null;
      sheets.push({
        name: attrs.find((a) => a.name === "name")?.value ?? "",
        sheetId: Number(attrs.find((a) => a.name === "sheetId")?.value ?? 0),
        rid,
        path: target ? (pkg.find(target) ?? target) : null,
        relType: rel?.type ?? "",
      });
    }
    return new Workbook(pkg, path, relsPath, sheets, mainNs);
  }

  find(name: string): SheetInfo | undefined {
    return this.sheets.find((s) => s.name === name) ?? this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  async rels(): Promise<Rel[]> {
    return parseRels((await this.pkg.textOrNull(this.relsPath)) ?? "<Relationships/>");
  }

  /** The part a relationship of the given type (last URI segment) points to. */
  async partOfType(type: string): Promise<string | null> {
    const rel = (await this.rels()).find((r) => r.type.endsWith("/" + type) && !r.external);
    return rel ? resolveTarget(this.dir, rel.target) : null;
  }

  private async relTypeBase(): Promise<string> {
    const any = (await this.rels()).find((r) => /\/(worksheet|styles|theme|sharedStrings)$/.test(r.type));
    return any ? any.type.replace(/\/[^/]*$/, "") : REL_NS;
  }

  /** Add a relationship from the workbook; returns its new unique Id. */
  async addRel(typeName: string, partPath: string): Promise<string> {
    const type = `${await this.relTypeBase()}/${typeName}`;
    const target = partPath.startsWith(this.dir) ? partPath.slice(this.dir.length) : "/" + partPath;
    let xml = await this.pkg.textOrNull(this.relsPath);
    if (xml === null) {
      xml = EMPTY_RELS;
      this.pkg.setText(this.relsPath, xml);
    }
    const added = addRelationship(xml, type, target);
    this.pkg.setText(this.relsPath, added.xml);
    return added.id;
  }

  /** Remove the workbook's relationships of a type; the internal parts they pointed to. */
  async removeRelsOfType(typeName: string): Promise<string[]> {
    const xml = await this.pkg.textOrNull(this.relsPath);
    if (xml === null) return [];
    const { xml: out, removed } = removeRelationships(xml, (r) => r.type.endsWith("/" + typeName));
    if (out !== xml) this.pkg.setText(this.relsPath, out);
    return removed.filter((r) => !r.external).map((r) => resolveTarget(this.dir, r.target));
  }

  async addContentTypeOverride(partPath: string, contentType: string): Promise<void> {
    await this.pkg.edit(CONTENT_TYPES, (xml) => addOverride(xml, partPath, contentType));
  }

  async removeContentTypeOverride(partPath: string): Promise<void> {
    if (this.pkg.find(CONTENT_TYPES)) await this.pkg.edit(CONTENT_TYPES, (xml) => removeOverride(xml, partPath));
  }

  /** Register a new worksheet part and its `<sheet>`; returns the part's path. */
  async addSheet(name: string, state?: "veryHidden"): Promise<SheetInfo> {
    checkSheetName(name);
    const names = this.pkg.names().map((n) => n.toLowerCase());
    // The folder of an existing worksheet — not of a chart sheet (xl/chartsheets/sheet1.xml),
    // which a new worksheet must never join: a later read would take it for a chart sheet.
    const existing = this.sheets.find((s) => s.path && /\/worksheet$/.test(s.relType) && /\/sheet\d+\.xml$/i.test(s.path));
    const dir = existing?.path ? dirOf(existing.path) : `${this.dir}worksheets/`;
    let n = 1;
    for (const p of names) {
      const m = /\/sheet(\d+)\.xml$/.exec(p);
      if (m && p.startsWith(dir.toLowerCase())) n = Math.max(n, Number(m[1]) + 1);
    }
    while (names.includes(`${dir}sheet${n}.xml`.toLowerCase())) n++;
    const path = `${dir}sheet${n}.xml`;
    const rid = await this.addRel("worksheet", path);
    const sheetId = this.sheets.reduce((m, s) => Math.max(m, s.sheetId), 0) + 1;

    const xml = await this.pkg.text(this.path);
    const root = rootOf(xml);
    const P = prefixOf(root.name);
    const sheetsEl = childrenOf(xml, root).find((el) => el.name === P + "sheets");
    if (!sheetsEl) throw new Error("workbook has no <sheets>");
    const relPrefix = parseAttrs(root.attrText).find((a) => a.name.startsWith("xmlns:") && (a.value === REL_NS || a.value === REL_NS_STRICT));
    const relNs = (await this.relTypeBase()).startsWith("http://purl.oclc.org") ? REL_NS_STRICT : REL_NS;
    const idAttr = relPrefix ? `${relPrefix.name.slice(6)}:id="${rid}"` : `xmlns:r="${relNs}" r:id="${rid}"`;
    const stateAttr = state ? ` state="${state}"` : "";
    this.pkg.setText(this.path, insertChild(xml, sheetsEl, `<${P}sheet name="${escapeAttr(name)}" sheetId="${sheetId}"${stateAttr} ${idAttr}/>`));
    await this.addContentTypeOverride(path, WORKSHEET_CT);
    const info: SheetInfo = { name, sheetId, rid, path, relType: `${await this.relTypeBase()}/worksheet` };
    this.sheets.push(info);
    return info;
  }

  /**
   * Remove a worksheet Score created: its `<sheet>`, relationship, part (and the part's rels),
   * content type, the defined names local to it; later sheets' local names and the active tab
   * shift down one, as Excel does when a sheet is deleted.
   */
  async removeSheet(info: SheetInfo): Promise<void> {
    const index = this.sheets.indexOf(info);
    let xml = await this.pkg.text(this.path);
    const P = prefixOf(rootOf(xml).name);
    const el = sheetEls(xml)[index];
    if (el) xml = xml.slice(0, el.start) + xml.slice(el.end);
    // Defined names local to later sheets shift down; those local to this one go.
    xml = xml.replace(new RegExp(`<${P}definedName\\b[^>]*?localSheetId="(\\d+)"[^>]*?(?:/>|>[\\s\\S]*?</${P}definedName>)`, "g"), (m, id: string) => {
      const n = Number(id);
      if (n === index) return "";
      return n > index ? m.replace(`localSheetId="${id}"`, `localSheetId="${n - 1}"`) : m;
    });
    xml = xml.replace(/(activeTab|firstSheet)="(\d+)"/g, (m, a: string, id: string) => (Number(id) >= index && Number(id) > 0 ? `${a}="${Number(id) - 1}"` : m));
    xml = xml.replace(new RegExp(`<${P}definedNames>\\s*</${P}definedNames>`), "");
    this.pkg.setText(this.path, xml);
    // Its relationship from the workbook.
    const rels = await this.pkg.textOrNull(this.relsPath);
    if (rels) {
      const { xml: out } = removeRelationships(rels, (r) => r.id === info.rid);
      if (out !== rels) this.pkg.setText(this.relsPath, out);
    }
    if (info.path) {
      const found = this.pkg.find(info.path);
      if (found) {
        this.pkg.remove(found);
        const partRels = this.pkg.find(relsPathOf(found));
        if (partRels) this.pkg.remove(partRels);
        await this.removeContentTypeOverride(found);
      }
    }
    this.sheets.splice(index, 1);
  }

  /**
   * Set a sheet's print titles (页面设置 › 工作表 › 顶端标题行): the `_xlnm.Print_Titles` name local
   * to it, rows `top`–`bottom` (1-based) repeated on every printed page. One such name per sheet:
   * an earlier one (a replaced 自评表's) is replaced.
   */
  async setPrintTitleRows(info: SheetInfo, top: number, bottom: number): Promise<void> {
    const index = this.sheets.indexOf(info);
    if (index < 0) throw new Error(`sheet not in workbook: ${info.name}`);
    await this.setDefinedName("_xlnm.Print_Titles", `${quoteSheet(info.name)}!$${top}:$${bottom}`, index);
  }

  /**
   * Add or replace the defined name `name` (for the sheet at `localSheetId`, or the workbook's when
   * absent) referring to `ref` (`'表'!$A$1:$A$11`). Names compare without case, as Excel's do.
   */
  async setDefinedName(name: string, ref: string, localSheetId?: number): Promise<void> {
    await this.pkg.edit(this.path, (xml) => {
      const root = rootOf(xml);
      const P = prefixOf(root.name);
      const scope = localSheetId === undefined ? "" : ` localSheetId="${localSheetId}"`;
      const el = `<${P}definedName name="${escapeAttr(name)}"${scope}>${escapeText(ref)}</${P}definedName>`;
      const names = childrenOf(xml, root).find((e) => e.name === P + "definedNames");
      if (!names) {
        const later = childrenOf(xml, root).find((e) => prefixOf(e.name) === P && WORKBOOK_ORDER.indexOf(local(e.name)) > WORKBOOK_ORDER.indexOf("definedNames"));
        const block = `<${P}definedNames>${el}</${P}definedNames>`;
        return later ? xml.slice(0, later.start) + block + xml.slice(later.start) : insertChild(xml, root, block);
      }
      const same = childrenOf(xml, names).filter(
        (e) => attr(e.attrText, "name")?.toLowerCase() === name.toLowerCase() && attr(e.attrText, "localSheetId") === (localSheetId === undefined ? undefined : String(localSheetId)),
      );
      const without = removeElements(xml, same);
      return insertChild(without, childrenOf(without, rootOf(without)).find((e) => e.name === P + "definedNames")!, el);
    });
  }

  /** Drop xl/calcChain.xml, its relationship and content type, as Excel does when formulas go. */
  async removeCalcChain(): Promise<void> {
    const targets = await this.removeRelsOfType("calcChain");
    if (!targets.length && this.pkg.find(`${this.dir}calcChain.xml`)) targets.push(`${this.dir}calcChain.xml`);
    for (const t of targets) {
      const found = this.pkg.find(t) ?? t;
      this.pkg.remove(found);
      await this.removeContentTypeOverride(found);
    }
  }
}

/** The `<sheet>` elements of workbook.xml, in tab order. */
function sheetEls(xml: string): XEl[] {
  const root = rootOf(xml);
  const P = prefixOf(root.name);
  const sheetsEl = childrenOf(xml, root).find((el) => el.name === P + "sheets");
  return sheetsEl ? childrenOf(xml, sheetsEl).filter((el) => el.name === P + "sheet") : [];
}

/** Excel's rules for a sheet name (≤ 31 characters, none of `: \ / ? * [ ]`, no edge quote). */
export function checkSheetName(name: string): void {
  if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'") || cleanText(name) !== name)
    throw new Error(`invalid sheet name: ${JSON.stringify(name)}`);
}

/** A sheet name as a reference writes it: quoted, inner quotes doubled (`'绩效自评表'!$5:$5`). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
