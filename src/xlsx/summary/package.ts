/**
 * The summary workbook as an OOXML package, written from scratch with JSZip (DESIGN §11): content
 * types, the package and workbook relationships, the workbook with its sheets and defined names
 * (the autofilter's _FilterDatabase, the header rows printed on every page), styles, and one part
 * per sheet. Nothing is read from or copied out of the inputs.
 */
import JSZip from "jszip";
import { columnLetter } from "../../core/grid";
import { sheetRef, sheetXml, type SheetSpec } from "./sheet-part";
import { stylesXml } from "./styles";
import { xmlAttr, xmlText } from "./xml";

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface PackageMeta {
  /** The document's title (docProps/core.xml). */
  title: string;
  created: Date;
}

function contentTypes(sheets: number): string {
  const overrides = Array.from(
    { length: sheets },
    (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join("");
  return (
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    overrides +
    "</Types>"
  );
}

function workbookXml(sheets: SheetSpec[]): string {
  const names: string[] = [];
  sheets.forEach((s, i) => {
    if (s.headerRow === undefined) return;
    const top = s.headerRow + 1;
    if (s.autoFilter) {
      const range = `$A$${top}:$${columnLetter(s.columns.length - 1)}$${Math.max(top, s.rows.length)}`;
      names.push(`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${sheetRef(s.name)}${range}</definedName>`);
    }
    names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${sheetRef(s.name)}$${top}:$${top}</definedName>`);
  });
  return (
    XML_HEAD +
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${sheets.map((s, i) => `<sheet name="${xmlAttr(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets>` +
    (names.length ? `<definedNames>${names.join("")}</definedNames>` : "") +
    "</workbook>"
  );
}

function workbookRels(sheets: number): string {
  const rels = Array.from({ length: sheets }, (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  rels.push(`<Relationship Id="rId${sheets + 1}" Type="${REL}/styles" Target="styles.xml"/>`);
  return XML_HEAD + `<Relationships xmlns="${PKG_REL}">${rels.join("")}</Relationships>`;
}

function rootRels(): string {
  return (
    XML_HEAD +
    `<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    "</Relationships>"
  );
}

function coreXml(meta: PackageMeta): string {
  const when = meta.created.toISOString().replace(/\.\d{3}Z$/, "Z");
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlText(meta.title)}</dc:title><dc:creator>jixiao</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

/** The workbook's bytes: the sheets in order, the first one selected. */
export async function writeWorkbook(sheets: SheetSpec[], meta: PackageMeta): Promise<Uint8Array> {
  const zip = new JSZip();
  // A fixed entry date: the same summary makes the same bytes (the creation time is in core.xml).
  const date = new Date(Date.UTC(2000, 0, 1));
  const add = (name: string, text: string) => zip.file(name, text, { date });
  add("[Content_Types].xml", contentTypes(sheets.length));
  add("_rels/.rels", rootRels());
  add("docProps/core.xml", coreXml(meta));
  add("xl/workbook.xml", workbookXml(sheets));
  add("xl/_rels/workbook.xml.rels", workbookRels(sheets.length));
  add("xl/styles.xml", stylesXml());
  sheets.forEach((s, i) => add(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s, i === 0)));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
