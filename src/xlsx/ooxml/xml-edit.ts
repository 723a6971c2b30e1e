/**
 * Edits on XML text that keep everything else as written: attributes set or removed in one start
 * tag, a child inserted, elements removed; and a canonical form to tell two elements apart by
 * meaning rather than by spelling (styles.xml items are reused when they mean the same).
 */
import { escapeAttr } from "./escape";
import { children, malformed, parseAttrs, textContent, type XEl } from "./xml";

/** A start tag with some attributes set (string) or removed (null); others kept as written. */
export function setAttrs(tag: string, changes: Record<string, string | null>): string {
  const m = /^<([^\s/>]+)([\s\S]*?)\s*(\/?)>$/.exec(tag);
  if (!m) throw malformed(`not a start tag: ${tag.slice(0, 40)}`);
  const parts: string[] = [];
  const done = new Set<string>();
  for (const a of parseAttrs(m[2])) {
    if (Object.prototype.hasOwnProperty.call(changes, a.name)) {
      if (done.has(a.name)) continue;
      done.add(a.name);
      const v = changes[a.name];
      if (v !== null) parts.push(` ${a.name}="${escapeAttr(v)}"`);
    } else parts.push(" " + a.raw);
  }
  for (const [k, v] of Object.entries(changes)) if (!done.has(k) && v !== null) parts.push(` ${k}="${escapeAttr(v)}"`);
  return `<${m[1]}${parts.join("")}${m[3]}>`;
}

/** An element (as text) with its start tag's attributes changed. */
export function setElAttrs(xml: string, el: XEl, changes: Record<string, string | null>): string {
  return setAttrs(xml.slice(el.start, el.openEnd), changes) + xml.slice(el.openEnd, el.end);
}

/** `<a .../>` → `<a ...>`. */
export function openForm(tag: string): string {
  return tag.replace(/\s*\/>$/, ">");
}

/** Insert `content` as the last (or first) child of the element `el` of `xml`. */
export function insertChild(xml: string, el: XEl, content: string, first = false): string {
  if (el.selfClosing) return xml.slice(0, el.start) + openForm(xml.slice(el.start, el.openEnd)) + content + `</${el.name}>` + xml.slice(el.end);
  const at = first ? el.openEnd : el.closeStart;
  return xml.slice(0, at) + content + xml.slice(at);
}

/** The text without the given elements (offsets into it, as children() found them). */
export function removeElements(xml: string, els: readonly XEl[]): string {
  let out = xml;
  for (const el of [...els].sort((a, b) => b.start - a.start)) out = out.slice(0, el.start) + out.slice(el.end);
  return out;
}

/** A canonical form of an element (names, sorted attributes, children; whitespace ignored). */
export function canonical(xml: string): string {
  const out: string[] = [];
  const walk = (from: number, to: number) => {
    for (const el of children(xml, from, to)) {
      const attrs = parseAttrs(el.attrText)
        .map((a) => `${a.name}=${a.value}`)
        .sort();
      out.push(`<${el.name} ${attrs.join(" ")}>`);
      if (!el.selfClosing) {
        const inner = children(xml, el.openEnd, el.closeStart);
        if (inner.length) walk(el.openEnd, el.closeStart);
        else out.push(textContent(xml, el.openEnd, el.closeStart));
      }
      out.push("</>");
    }
  };
  walk(0, xml.length);
  return out.join("");
}
