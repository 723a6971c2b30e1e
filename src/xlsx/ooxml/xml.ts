/**
 * A minimal XML scanner over strings, for the package patcher: it finds elements by offsets in
 * the text as written, so everything it does not change is copied byte for byte. It reads any
 * attribute order, any namespace prefix (`x:` as the Open XML SDK writes), comments, CDATA,
 * processing instructions and self-closing elements. No DOMParser: it runs in Node and browsers.
 */
import { decodeXml } from "./escape";

/** An element found in a string: offsets of its start tag, content and end. */
export interface XEl {
  name: string;
  /** Index of `<`. */
  start: number;
  /** Index just after the start tag's `>`. */
  openEnd: number;
  /** Index of the end tag's `<` (openEnd when self-closing). */
  closeStart: number;
  /** Index just after the element. */
  end: number;
  selfClosing: boolean;
  /** The attributes as written (between the name and `>` / `/>`). */
  attrText: string;
}

export function malformed(what: string): Error {
  return new Error(`malformed XML: ${what}`);
}

/** The index just after the next `needle` from `from`. */
export function after(xml: string, needle: string, from: number): number {
  const k = xml.indexOf(needle, from);
  if (k < 0) throw malformed(`missing ${needle}`);
  return k + needle.length;
}

export function readStartTag(xml: string, lt: number): { name: string; attrText: string; end: number; selfClosing: boolean } {
  const n = xml.length;
  let i = lt + 1;
  while (i < n) {
    const ch = xml.charCodeAt(i);
    if (ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 47 || ch === 62) break;
    i++;
  }
  const name = xml.slice(lt + 1, i);
  if (!name) throw malformed(`tag without a name at ${lt}`);
  const attrStart = i;
  while (i < n) {
    const ch = xml.charCodeAt(i);
    if (ch === 34 || ch === 39) {
      const q = xml.indexOf(ch === 34 ? '"' : "'", i + 1);
      if (q < 0) throw malformed(`unterminated attribute in <${name}>`);
      i = q + 1;
      continue;
    }
    if (ch === 62) break;
    i++;
  }
  if (i >= n) throw malformed(`unterminated <${name}>`);
  const selfClosing = xml.charCodeAt(i - 1) === 47;
  return { name, attrText: xml.slice(attrStart, selfClosing ? i - 1 : i), end: i + 1, selfClosing };
}

/** The child elements of the content between `from` and `to` (nested content skipped). */
export function children(xml: string, from: number, to: number): XEl[] {
  const out: XEl[] = [];
  let i = from;
  let depth = 0;
  let cur: XEl | null = null;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0 || lt >= to) break;
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === 33 /* ! */) {
      if (xml.startsWith("<!--", lt)) i = after(xml, "-->", lt + 4);
      else if (xml.startsWith("<![CDATA[", lt)) i = after(xml, "]]>", lt + 9);
      else i = after(xml, ">", lt);
      continue;
    }
    if (c1 === 63 /* ? */) {
      i = after(xml, "?>", lt + 2);
      continue;
    }
    if (c1 === 47 /* / */) {
      const gt = after(xml, ">", lt);
      depth--;
      if (depth < 0) throw malformed(`unexpected ${xml.slice(lt, gt)}`);
      if (depth === 0 && cur) {
        cur.closeStart = lt;
        cur.end = gt;
        out.push(cur);
        cur = null;
      }
      i = gt;
      continue;
    }
    const tag = readStartTag(xml, lt);
    if (depth === 0) {
      cur = { name: tag.name, start: lt, openEnd: tag.end, closeStart: tag.end, end: tag.end, selfClosing: tag.selfClosing, attrText: tag.attrText };
      if (tag.selfClosing) {
        out.push(cur);
        cur = null;
      } else depth = 1;
    } else if (!tag.selfClosing) depth++;
    i = tag.end;
  }
  if (cur) throw malformed(`unclosed <${cur.name}>`);
  return out;
}

/** The children of an element (none when it is self-closing). */
export function childrenOf(xml: string, el: XEl): XEl[] {
  return el.selfClosing ? [] : children(xml, el.openEnd, el.closeStart);
}

export function rootOf(xml: string): XEl {
  const root = children(xml, 0, xml.length)[0];
  if (!root) throw malformed("no root element");
  return root;
}

/** `x:row` → `row`. */
export function local(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

/** `x:row` → `x:`, `row` → ``. */
export function prefixOf(name: string): string {
  const k = name.indexOf(":");
  return k < 0 ? "" : name.slice(0, k + 1);
}

export interface Attr {
  name: string;
  value: string;
  /** The attribute as written, `name="value"`. */
  raw: string;
}

export function parseAttrs(text: string): Attr[] {
  const out: Attr[] = [];
  const re = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ name: m[1], value: decodeXml(m[2] ?? m[3] ?? ""), raw: m[0] });
  return out;
}

export function attr(text: string, name: string): string | undefined {
  return parseAttrs(text).find((a) => a.name === name)?.value;
}

/** A boolean attribute as SpreadsheetML reads it: absent (for `<b/>`), `1` or `true` is on. */
export const truthy = (v: string | undefined) => v === undefined || v === "1" || v === "true";

/** The namespace URI bound to an element name's prefix, from the given attribute texts. */
export function nsOf(name: string, ...attrTexts: string[]): string | undefined {
  const p = prefixOf(name);
  const decl = p ? `xmlns:${p.slice(0, -1)}` : "xmlns";
  for (const t of attrTexts) {
    const v = attr(t, decl);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** The text of an element's content: character data and CDATA, tags skipped. */
export function textContent(xml: string, from: number, to: number): string {
  let out = "";
  let i = from;
  while (i < to) {
    const lt = xml.indexOf("<", i);
    if (lt < 0 || lt >= to) {
      out += decodeXml(xml.slice(i, to));
      break;
    }
    out += decodeXml(xml.slice(i, lt));
    if (xml.startsWith("<![CDATA[", lt)) {
      const e = xml.indexOf("]]>", lt);
      out += xml.slice(lt + 9, e);
      i = e + 3;
    } else if (xml.startsWith("<!--", lt)) i = after(xml, "-->", lt);
    else i = after(xml, ">", lt);
  }
  return out;
}
