/**
 * Template text: what the blank form holds before staff fill it in (`指标1`, `……`, `XXX`, `待定`).
 * The reader uses it to tell a leftover template row from an indicator; the placeholder check,
 * to flag a field of a real indicator still holding it (DESIGN §2, §4).
 */
import { nameKey } from "../normalize";

const TEMPLATE = /^(指标\d*|…+|\.{3,}|。{3,}|x{2,}|X{2,}|待定|略|-+|—+)$/i;

/** True for template text other than `空` (which means empty everywhere). */
export function isTemplateText(text: string): boolean {
  return TEMPLATE.test(nameKey(text));
}


/**
 * Template marks left in a real name: the numbering in front (`指标1：`), or the value placeholder
 * inside (`苗木成活率(≥**%)`, `项目总投入(≥XX万元)`). Null when the name has none.
 */
export function templateMark(name: string): { kind: "prefix" | "inside"; mark: string } | null {
  const k = nameKey(name);
  if (TEMPLATE.test(k)) return null;
  const prefix = /^指标\d+[:：、.]?(?=\S)/.exec(k);
  if (prefix) return { kind: "prefix", mark: prefix[0] };
  const inside = /[(（]?[≥≤><=]*(?:\*{2,}|x{2,}|×{2,}|＊{2,})[^)）]*[)）]?/i.exec(name);
  return inside ? { kind: "inside", mark: inside[0] } : null;
}
