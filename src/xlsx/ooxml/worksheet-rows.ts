/**
 * The rows of a worksheet part being patched (worksheet.ts): rows and cells as nodes that keep
 * their text, read only as far as a write needs, and written back as they were unless changed.
 * Rows and columns count from 1 here, as the XML does (`<row r="3">`, column 1 is A).
 */
import type { CellRange } from "../../core/grid";
import { cellRef, formatRange, parseCell } from "../../core/a1";
import { escapeAttr, escapeText } from "./escape";
import { shiftFormula } from "./formula";
import { attr, children, local, prefixOf, readStartTag, rootOf, type Attr, type XEl } from "./xml";
import { openForm, setAttrs, setElAttrs } from "./xml-edit";

export interface CellNode {
  kind: "c";
  col: number;
  hasRef: boolean;
  raw: string;
}

export interface RowNode {
  kind: "row";
  r: number;
  hasRef: boolean;
  name: string;
  tag: string;
  selfClosing: boolean;
  inner: string;
  closeTag: string;
  items: (CellNode | string)[] | null;
}

export function cellParts(raw: string): { el: XEl; kids: XEl[] } {
  const el = rootOf(raw);
  return { el, kids: el.selfClosing ? [] : children(raw, el.openEnd, el.closeStart) };
}

/** The rows of a `<sheetData>` element and the text between them, in their order; cells unsplit. */
export function parseRows(xml: string, sd: XEl, P: string): (RowNode | string)[] {
  const items: (RowNode | string)[] = [];
  let pos = sd.openEnd;
  let last = 0;
  for (const el of children(xml, sd.openEnd, sd.closeStart)) {
    if (el.start > pos) items.push(xml.slice(pos, el.start));
    pos = el.end;
    if (el.name !== P + "row") {
      items.push(xml.slice(el.start, el.end));
      continue;
    }
    const rAttr = attr(el.attrText, "r");
    const r = rAttr !== undefined && /^\d+$/.test(rAttr) ? Number(rAttr) : last + 1;
    last = r;
    const row: RowNode = {
      kind: "row",
      r,
      hasRef: rAttr !== undefined,
      name: el.name,
      tag: xml.slice(el.start, el.openEnd),
      selfClosing: el.selfClosing,
      inner: xml.slice(el.openEnd, el.closeStart),
      closeTag: el.selfClosing ? `</${el.name}>` : xml.slice(el.closeStart, el.end),
      items: null,
    };
    items.push(row);
  }
  if (pos < sd.closeStart) items.push(xml.slice(pos, sd.closeStart));
  return items;
}

/** A row's cells and the text between them, split out the first time they are needed (kept on the row). */
export function cellsOf(row: RowNode, P: string): (CellNode | string)[] {
  if (row.items) return row.items;
  const items: (CellNode | string)[] = [];
  const inner = row.inner;
  let pos = 0;
  let last = 0;
  for (const el of children(inner, 0, inner.length)) {
    if (el.start > pos) items.push(inner.slice(pos, el.start));
    pos = el.end;
    const raw = inner.slice(el.start, el.end);
    if (el.name !== P + "c") {
      items.push(raw);
      continue;
    }
    const ref = attr(el.attrText, "r");
    const p = ref !== undefined ? parseCell(ref) : null;
    const col = p ? p.col + 1 : last + 1;
    last = col;
    items.push({ kind: "c", col, hasRef: p !== null, raw });
  }
  if (pos < inner.length) items.push(inner.slice(pos));
  row.items = items;
  return items;
}

/**
 * A new cell put in its place in the row: every cell gets its `r` once cells must be told apart,
 * and the row's spans hint stays true.
 */
export function insertCell(row: RowNode, cell: CellNode, P: string): void {
  const items = cellsOf(row, P);
  if (items.some((x) => typeof x !== "string" && !x.hasRef))
    for (const x of items)
      if (typeof x !== "string" && !x.hasRef) {
        const el = rootOf(x.raw);
        x.raw = setElAttrs(x.raw, el, { r: cellRef(row.r - 1, x.col - 1) });
        x.hasRef = true;
      }
  let at = items.findIndex((x) => (typeof x !== "string" && x.col > cell.col) || (typeof x === "string" && x.trimStart().startsWith("<")));
  if (at < 0) at = items.length;
  items.splice(at, 0, cell);
  // Keep the row's spans hint true.
  const spans = attr(readStartTag(row.tag, 0).attrText, "spans");
  if (spans !== undefined) {
    const ranges = spans
      .trim()
      .split(/\s+/)
      .map((s) => s.split(":").map(Number));
    if (!ranges.some(([a, b]) => a <= cell.col && cell.col <= b)) {
      const lo = Math.min(cell.col, ...ranges.map((x) => x[0]).filter(Number.isFinite));
      const hi = Math.max(cell.col, ...ranges.map((x) => x[1] ?? x[0]).filter(Number.isFinite));
      row.tag = setAttrs(row.tag, { spans: `${lo}:${hi}` });
    }
  }
}

/** The master of shared formula `si` was overwritten: make the next cell of the group master. */
export function moveSharedMaster(rows: RowNode[], sheetPrefix: string, old: { si: string; formula: string; attrs: Attr[] }, r0: number, c0: number): void {
  const group: { row: RowNode; cell: CellNode; f: XEl }[] = [];
  for (const row of [...rows].sort((a, b) => a.r - b.r)) {
    if (!row.items && !row.inner.includes("shared")) continue;
    const cells = cellsOf(row, sheetPrefix).filter((x): x is CellNode => typeof x !== "string");
    for (const cell of [...cells].sort((a, b) => a.col - b.col)) {
      const f = cellParts(cell.raw).kids.find((k) => local(k.name) === "f");
      if (f && attr(f.attrText, "t") === "shared" && attr(f.attrText, "si") === old.si) group.push({ row, cell, f });
    }
  }
  if (!group.length) return;
  const first = group[0];
  const box = group.reduce<CellRange>(
    (b, g) => ({ top: Math.min(b.top, g.row.r - 1), left: Math.min(b.left, g.cell.col - 1), bottom: Math.max(b.bottom, g.row.r - 1), right: Math.max(b.right, g.cell.col - 1) }),
    { top: first.row.r - 1, left: first.cell.col - 1, bottom: first.row.r - 1, right: first.cell.col - 1 },
  );
  const formula = shiftFormula(old.formula, first.row.r - r0, first.cell.col - c0);
  const P = prefixOf(first.f.name);
  const extra = old.attrs
    .filter((a) => !["t", "ref", "si"].includes(a.name))
    .map((a) => " " + a.raw)
    .join("");
  const f = `<${P}f t="shared" ref="${formatRange(box)}" si="${escapeAttr(old.si)}"${extra}>${escapeText(formula)}</${P}f>`;
  first.cell.raw = first.cell.raw.slice(0, first.f.start) + f + first.cell.raw.slice(first.f.end);
}

/** A row as text: as it was written when none of its cells was split out. */
export function serializeRow(row: RowNode): string {
  if (!row.items) return row.selfClosing ? row.tag : row.tag + row.inner + row.closeTag;
  const inner = row.items.map((x) => (typeof x === "string" ? x : x.raw)).join("");
  if (row.selfClosing && !inner) return row.tag;
  return (row.selfClosing ? openForm(row.tag) : row.tag) + inner + row.closeTag;
}
