/**
 * Edits on single styles.xml items, as text: a `<font>` made bold or given another face, an `<xf>`
 * given an alignment, and the thin all-round `<border>` of a printed form. Each returns its input
 * unchanged when it already says so, so no new item is added for nothing.
 */
import { escapeAttr } from "./escape";
import { attr, childrenOf, local, prefixOf, rootOf, truthy } from "./xml";
import { insertChild, removeElements, setElAttrs } from "./xml-edit";

export function setBold(font: string, on: boolean): string {
  const el = rootOf(font);
  const P = prefixOf(el.name);
  const b = childrenOf(font, el).find((c) => local(c.name) === "b");
  const isOn = b !== undefined && truthy(attr(b.attrText, "val"));
  if (on === isOn) return font;
  if (b) return font.slice(0, b.start) + (on ? `<${P}b/>` : "") + font.slice(b.end);
  return insertChild(font, el, `<${P}b/>`, true);
}

/** What makes a font's face: Excel reads the name, size, family, charset and theme scheme together. */
const FACE = ["sz", "name", "family", "charset", "scheme"];

/**
 * `font` with the face of `source` (another font item's text): name, size, family, charset and
 * scheme taken from it, the rest (bold, colour, underline …) kept. A scheme left from the old
 * face would make Excel show the theme's font instead of the name.
 */
export function setFace(font: string, source: string): string {
  const el = rootOf(font);
  const P = prefixOf(el.name);
  const src = rootOf(source);
  const face = childrenOf(source, src)
    .filter((c) => FACE.includes(local(c.name)))
    .map((c) => `<${P}${local(c.name)}${c.attrText.replace(/\s+$/, "")}/>`)
    .join("");
  const without = removeElements(font, childrenOf(font, el).filter((c) => FACE.includes(local(c.name))));
  const out = insertChild(without, rootOf(without), face);
  return sameChildren(out, font) ? font : out;
}

/** `font` with a size (points) and / or a name set; a name drops the theme scheme (see setFace). */
export function setFontParts(font: string, parts: { name?: string; size?: number }): string {
  let out = font;
  const P = prefixOf(rootOf(font).name);
  const set = (tag: string, value: string) => {
    const el = rootOf(out);
    const old = childrenOf(out, el).filter((c) => local(c.name) === tag);
    const item = `<${P}${tag} val="${escapeAttr(value)}"/>`;
    if (old.length === 1 && attr(old[0].attrText, "val") === value) return;
    // In place when there is one (Excel's order: sz before color and name), else at the end.
    if (old.length === 1) out = out.slice(0, old[0].start) + item + out.slice(old[0].end);
    else out = insertChild(removeElements(out, old), rootOf(removeElements(out, old)), item);
  };
  if (parts.size !== undefined) set("sz", String(parts.size));
  if (parts.name !== undefined) {
    set("name", parts.name);
    out = removeElements(out, childrenOf(out, rootOf(out)).filter((c) => local(c.name) === "scheme"));
  }
  return out;
}

export interface AlignmentChange {
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "center" | "bottom";
  wrap?: boolean;
}

/** `xf` with its `<alignment>` changed (created as the first child, as the schema orders it). */
export function setAlignment(xf: string, change: AlignmentChange): string {
  const el = rootOf(xf);
  const P = prefixOf(el.name);
  const al = childrenOf(xf, el).find((c) => local(c.name) === "alignment");
  const now = al?.attrText ?? "";
  const set: Record<string, string | null> = {};
  if (change.wrap !== undefined) {
    const isOn = attr(now, "wrapText") !== undefined && truthy(attr(now, "wrapText"));
    if (change.wrap !== isOn) set.wrapText = change.wrap ? "1" : null;
  }
  // `center` is spelt the same in SpreadsheetML; Excel's default (general / bottom) is no attribute.
  if (change.horizontal !== undefined && (attr(now, "horizontal") ?? "general") !== change.horizontal) set.horizontal = change.horizontal;
  if (change.vertical !== undefined && (attr(now, "vertical") ?? "bottom") !== change.vertical) set.vertical = change.vertical === "bottom" ? null : change.vertical;
  if (!Object.keys(set).length) return xf;
  let out: string;
  if (al) out = xf.slice(0, al.start) + setElAttrs(xf, al, set) + xf.slice(al.end);
  else {
    const attrs = Object.entries(set)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => ` ${k}="${v}"`)
      .join("");
    out = insertChild(xf, el, `<${P}alignment${attrs}/>`, true);
  }
  return setElAttrs(out, rootOf(out), { applyAlignment: "1" });
}

/** A thin black line on the four sides (the borders of a printed form; colour 64 is Excel's automatic). */
export function thinBorder(P: string): string {
  const side = (s: string) => `<${P}${s} style="thin"><${P}color indexed="64"/></${P}${s}>`;
  return `<${P}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${P}diagonal/></${P}border>`;
}

function sameChildren(a: string, b: string): boolean {
  const key = (x: string) =>
    childrenOf(x, rootOf(x))
      .map((c) => `${local(c.name)}:${attr(c.attrText, "val") ?? ""}:${attr(c.attrText, "theme") ?? ""}:${attr(c.attrText, "rgb") ?? ""}`)
      .sort()
      .join("|");
  return key(a) === key(b);
}
