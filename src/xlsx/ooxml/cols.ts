/**
 * A worksheet's `<cols>`: the style a column gives cells typed into it, and a column's width set
 * by splitting a `<col min max>` span only where needed (its other columns keep what they had).
 */
import { attr, childrenOf, local, rootOf } from "./xml";
import { openForm, setElAttrs } from "./xml-edit";

/** The style index `<cols>` gives column `c` (1-based), when it gives one. */
export function columnStyle(cols: string, c: number): number | undefined {
  for (const col of childrenOf(cols, rootOf(cols))) {
    if (local(col.name) !== "col") continue;
    const min = Number(attr(col.attrText, "min"));
    const max = Number(attr(col.attrText, "max"));
    if (min <= c && c <= max) {
      const s = attr(col.attrText, "style");
      return s !== undefined ? Number(s) : undefined;
    }
  }
  return undefined;
}

/** A `<col>` for one column with a custom width (characters, four decimals as Excel keeps them). */
export function colXml(P: string, c: number, width: number): string {
  return `<${P}col min="${c}" max="${c}" width="${widthText(width)}" customWidth="1"/>`;
}

function widthText(width: number): string {
  return String(Math.round(width * 10000) / 10000);
}

/** `<cols>` (its text) with column `c` (1-based) given `width`; its span split around it when needed. */
export function withColumnWidth(raw: string, c: number, width: number, P: string): string {
  const w = widthText(width);
  const newCol = colXml(P, c, width);
  const el = rootOf(raw);
  const pieces: string[] = [el.selfClosing ? openForm(raw.slice(el.start, el.openEnd)) : raw.slice(el.start, el.openEnd)];
  let pos = el.openEnd;
  let done = false;
  for (const col of childrenOf(raw, el)) {
    pieces.push(raw.slice(pos, col.start));
    pos = col.end;
    const text = raw.slice(col.start, col.end);
    if (local(col.name) !== "col" || done) {
      pieces.push(text);
      continue;
    }
    const min = Number(attr(col.attrText, "min"));
    const max = Number(attr(col.attrText, "max"));
    if (c < min) {
      pieces.push(newCol, text);
      done = true;
    } else if (min <= c && c <= max) {
      const own = rootOf(text);
      if (min < c) pieces.push(setElAttrs(text, own, { min: String(min), max: String(c - 1) }));
      pieces.push(setElAttrs(text, own, { min: String(c), max: String(c), width: w, customWidth: "1" }));
      if (c < max) pieces.push(setElAttrs(text, own, { min: String(c + 1), max: String(max) }));
      done = true;
    } else pieces.push(text);
  }
  if (el.selfClosing) {
    pieces.push(newCol, `</${el.name}>`);
  } else {
    pieces.push(raw.slice(pos, el.closeStart));
    if (!done) pieces.push(newCol);
    pieces.push(raw.slice(el.closeStart, el.end));
  }
  return pieces.join("");
}
