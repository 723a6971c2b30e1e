/**
 * Relationships parts (`_rels/*.rels`, OPC): part names — a part's folder, its rels part, a
 * target resolved against its folder — and the relationships themselves, read and edited as text.
 * One copy for the patcher, the reader's protection pass and the CLI's package limits.
 */
import { escapeAttr } from "./escape";
import { attr, childrenOf, local, prefixOf, rootOf } from "./xml";
import { insertChild, removeElements } from "./xml-edit";

/** The relationship namespaces of transitional and Strict OOXML (r:id on `<sheet>`). */
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_NS_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships";

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/`. */
export function dirOf(path: string): string {
  const k = path.lastIndexOf("/");
  return k < 0 ? "" : path.slice(0, k + 1);
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPathOf(part: string): string {
  return `${dirOf(part)}_rels/${part.slice(dirOf(part).length)}.rels`;
}

/** A relationship's Target (a URI: `%20` decoded, `..` and `.` resolved) as a part name. */
export function resolveTarget(baseDir: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(t);
  } catch {
    /* keep as written */
  }
  const joined = t.startsWith("/") ? t.slice(1) : baseDir + t;
  const parts: string[] = [];
  for (const p of joined.split("/")) {
    if (p === "" || p === ".") continue;
    if (p === "..") parts.pop();
    else parts.push(p);
  }
  return parts.join("/");
}

export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export const EMPTY_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;

export function parseRels(xml: string): Rel[] {
  const root = rootOf(xml);
  return childrenOf(xml, root)
    .filter((el) => local(el.name) === "Relationship")
    .map((el) => ({
      id: attr(el.attrText, "Id") ?? "",
      type: attr(el.attrText, "Type") ?? "",
      target: attr(el.attrText, "Target") ?? "",
      external: attr(el.attrText, "TargetMode") === "External",
    }));
}

/** Id → part name for the internal relationships of `part` (its rels part's text given). */
export function relTargets(relsXml: string, part: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of parseRels(relsXml)) if (!r.external && r.id && r.target) out.set(r.id, resolveTarget(dirOf(part), r.target));
  return out;
}

/** The workbook part the package's root relationships (`_rels/.rels`) name, or null. */
export function officeDocumentOf(rootRelsXml: string): string | null {
  const doc = parseRels(rootRelsXml).find((r) => /\/officeDocument$/.test(r.type) && !r.external && r.target);
  return doc ? resolveTarget("", doc.target) : null;
}

/** The rels text with a relationship added under a fresh `rIdN`. */
export function addRelationship(xml: string, type: string, target: string): { xml: string; id: string } {
  const rels = parseRels(xml);
  const ids = new Set(rels.map((r) => r.id));
  let n = rels.reduce((m, r) => Math.max(m, /^rId(\d+)$/.test(r.id) ? Number(r.id.slice(3)) : 0), 0) + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const root = rootOf(xml);
  const P = prefixOf(root.name);
  return { xml: insertChild(xml, root, `<${P}Relationship Id="${id}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"/>`), id };
}

/** The rels text without the relationships `drop` picks, and those it dropped. */
export function removeRelationships(xml: string, drop: (r: Rel) => boolean): { xml: string; removed: Rel[] } {
  const root = rootOf(xml);
  const removed: Rel[] = [];
  const els = childrenOf(xml, root).filter((el) => {
    if (local(el.name) !== "Relationship") return false;
    const r = { id: attr(el.attrText, "Id") ?? "", type: attr(el.attrText, "Type") ?? "", target: attr(el.attrText, "Target") ?? "", external: attr(el.attrText, "TargetMode") === "External" };
    if (!drop(r)) return false;
    removed.push(r);
    return true;
  });
  return { xml: removeElements(xml, els), removed };
}
