/** `[Content_Types].xml`: the content type of a part, and Overrides added or removed as text. */
import { escapeAttr } from "./escape";
import { attr, childrenOf, local, prefixOf, rootOf, type XEl } from "./xml";
import { insertChild, removeElements } from "./xml-edit";

export const CONTENT_TYPES = "[Content_Types].xml";
export const WORKSHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
export const STYLES_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

function overridesOf(xml: string, part: string): XEl[] {
  const name = "/" + part.replace(/^\/+/, "").toLowerCase();
  return childrenOf(xml, rootOf(xml)).filter((el) => local(el.name) === "Override" && (attr(el.attrText, "PartName") ?? "").toLowerCase() === name);
}

/** A part's content type: its Override, else the Default for its extension; null when neither. */
export function contentTypeOf(xml: string, part: string): string | null {
  const override = overridesOf(xml, part)[0];
  if (override) return attr(override.attrText, "ContentType") ?? null;
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  const def = childrenOf(xml, rootOf(xml)).find((el) => local(el.name) === "Default" && (attr(el.attrText, "Extension") ?? "").toLowerCase() === ext);
  return def ? (attr(def.attrText, "ContentType") ?? null) : null;
}

/** The text with an Override for `part` (unchanged when it has one). */
export function addOverride(xml: string, part: string, contentType: string): string {
  if (overridesOf(xml, part).length) return xml;
  const root = rootOf(xml);
  return insertChild(xml, root, `<${prefixOf(root.name)}Override PartName="/${escapeAttr(part)}" ContentType="${contentType}"/>`);
}

/** The text without the Overrides for `part`. */
export function removeOverride(xml: string, part: string): string {
  return removeElements(xml, overridesOf(xml, part));
}
