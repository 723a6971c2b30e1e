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

/** A name that still starts with the template's numbering (`指标1：新建堤防长度`, `指标2工程资金金额`). */
export function hasTemplatePrefix(name: string): boolean {
  return /^指标\d+[:：、.]?(?=\S)/.test(nameKey(name)) && !TEMPLATE.test(nameKey(name));
}
