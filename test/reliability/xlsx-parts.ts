/** Reading an .xlsx package in tests: which zip part holds which sheet, and a cell's XML. */
import { readTextPart } from "../../src/xlsx/zip-parts";
import { columnLetter } from "../../src/core/grid";

/** The zip part of each sheet, by sheet name (xl/workbook.xml and its relationships). */
export async function sheetParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const wbXml = (await readTextPart(bytes, "xl/workbook.xml")) ?? "";
  const rels = (await readTextPart(bytes, "xl/_rels/workbook.xml.rels")) ?? "";
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const m of wbXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    if (name && rid && targets.has(rid)) out.set(name.replace(/&amp;/g, "&"), targets.get(rid)!);
  }
  return out;
}

/** The `<c r="…">…</c>` element of a cell (0-based row and column) in a sheet's XML, or null. */
export function cellXml(sheetXml: string, row: number, col: number): string | null {
  const ref = `${columnLetter(col)}${row + 1}`;
  const m = new RegExp(`<(?:\\w+:)?c\\b[^>]*\\br="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?c>)`).exec(sheetXml);
  return m ? m[0] : null;
}
