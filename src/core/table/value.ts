/**
 * Reading 指标性质 and 指标值 cells: operators in every width and spelling, and targets that are
 * numbers, percentages (typed `98%` or 0.98 formatted as %) or words, possibly combined with an
 * operator and a unit in one 指标值及单位 cell (`≥80M`, `10辆`, `≤90万元`, `98%以上`).
 */
import type { Operator, Target } from "../indicator";
import { cleanText, nameKey, toHalfWidth } from "../normalize";

// Whole words and symbols, longest first within a comparison. `以上` / `以下` / `以内` stand alone
// in an operator cell; in a value they follow the number (handled below).
const OPERATOR_WORDS: [RegExp, Operator][] = [
  [/^(>=|≥|≧|=>|大于等于|大于或等于|不低于|不少于|不小于|及以上|以上)/, ">="],
  [/^(<=|≤|≦|=<|小于等于|小于或等于|不高于|不超过|不大于|不多于|及以下|以下|以内)/, "<="],
  [/^(>|大于|高于|超过|多于)/, ">"],
  [/^(<|小于|低于|少于)/, "<"],
  [/^(=|==|等于|达到)/, "="],
  [/^定性/, "定性"],
];

/** Half-width forms, plus the small forms ﹦ ﹤ ﹥ (U+FE66, U+FE64, U+FE65) that half-width mapping leaves alone. */
export function operatorForms(s: string): string {
  return toHalfWidth(s).replace(/\uFE66/g, "=").replace(/\uFE64/g, "<").replace(/\uFE65/g, ">");
}

/** 正向 / 反向 (正向指标, 反向指标): the direction an 一体化 export puts in 指标性质. */
export function parseDirection(text: string): "正向" | "反向" | null {
  const t = nameKey(text);
  if (t === "正向" || t === "正向指标") return "正向";
  if (t === "反向" || t === "反向指标") return "反向";
  return null;
}

/** Normalise an operator cell: returns the operator, null for an empty cell, or "invalid". */
export function parseOperator(text: string): Operator | null | "invalid" {
  const t = nameKey(operatorForms(text));
  if (t === "" || t === "空") return null;
  for (const [re, op] of OPERATOR_WORDS) {
    const m = re.exec(t);
    if (m && m[0].length === t.length) return op;
  }
  return "invalid";
}

/** Units spelled out in words that mean the same symbol. */
export function normalizeUnit(unit: string): string {
  const u = nameKey(unit);
  if (u === "百分比" || u === "百分点" || u === "%" || u === "％") return "%";
  return u === "空" ? "" : u;
}

export interface ParsedValue {
  target: Target | null;
  /** An operator found inside the value (`≥80M`, `98%以上`), else null. */
  operator: Operator | null;
  /** A unit found inside the value (`M`, `辆`, `%`), else "". */
  unit: string;
}

const NUMBER = /^([+-]?\d[\d,]*(?:\.\d+)?|[+-]?\.\d+)/;

/**
 * Parse a 指标值 cell. `value` is the raw cell value, `text` what Excel displays, `format` the
 * number format: a number formatted as a percentage (0.98 shown as 98%) becomes 98 with percent.
 */
export function parseTargetValue(value: unknown, text: string, format = ""): ParsedValue {
  if (typeof value === "number" && Number.isFinite(value)) {
    const shownAsPercent = /%/.test(format) || /%\s*$/.test(text);
    if (!shownAsPercent) return { target: { kind: "number", value, percent: false }, operator: null, unit: "" };
    const percent = inPercent(value, 10);
    if (percent !== null) return { target: { kind: "number", value: percent, percent: true }, operator: null, unit: "%" };
    // A number too large to be a percentage (±1e308 shown as %): read what the cell shows.
  }
  const raw = cleanText(typeof value === "string" ? value : text);
  if (raw === "" || raw === "空") return { target: null, operator: null, unit: "" };
  let rest = operatorForms(raw).replace(/\s+/g, "");
  let operator: Operator | null = null;
  for (const [re, op] of OPERATOR_WORDS) {
    if (op === "定性") continue;
    const m = re.exec(rest);
    if (m && NUMBER.test(rest.slice(m[0].length))) {
      operator = op;
      rest = rest.slice(m[0].length);
      break;
    }
  }
  const num = NUMBER.exec(rest);
  if (!num) {
    // `公里`, `≧ %`: the template's unit (and operator) with the number never filled in.
    const unitOnly = unitOnlyValue(rest);
    if (unitOnly) return { target: null, operator: unitOnly.operator, unit: unitOnly.unit };
    return { target: { kind: "word", word: raw }, operator: null, unit: "" };
  }
  let tail = rest.slice(num[0].length);
  // `98%以上` / `90万元以内`: a trailing word that states the comparison.
  const after = /(以上|及以上|以下|及以下|以内)$/.exec(tail);
  if (after) {
    operator = operator ?? (after[1].endsWith("以上") ? ">=" : "<=");
    tail = tail.slice(0, -after[1].length);
  }
  const unit = normalizeUnit(tail);
  // A number followed by more words than a unit ("12期左右完成") is not a clean target.
  if (tail.length > 6 || /\d/.test(tail)) return { target: { kind: "word", word: raw }, operator: null, unit: "" };
  const value_ = Number(num[0].replace(/,/g, ""));
  // 400 digits typed into a cell are a number too large to be one (Infinity): keep the words.
  if (!Number.isFinite(value_)) return { target: { kind: "word", word: raw }, operator: null, unit: "" };
  return { target: { kind: "number", value: value_, percent: unit === "%" }, operator, unit };
}

/** Units a 指标值 cell may hold on their own (a value whose number was never filled in). */
const BARE_UNITS = new Set([
  "%", "百分比", "公里", "km", "千米", "米", "m", "平方米", "㎡", "亩", "万亩", "人", "万人", "人次", "个", "项", "次", "期", "篇",
  "件", "场", "条", "台", "套", "辆", "户", "家", "所", "座", "处", "份", "天", "日", "月", "年", "小时", "元", "万元", "亿元", "吨", "万吨",
]);

function unitOnlyValue(rest: string): { operator: Operator | null; unit: string } | null {
  let operator: Operator | null = null;
  let t = rest;
  for (const [re, op] of OPERATOR_WORDS) {
    const m = re.exec(t);
    if (m && op !== "定性") {
      operator = op;
      t = t.slice(m[0].length);
      break;
    }
  }
  return BARE_UNITS.has(t.toLowerCase()) ? { operator, unit: normalizeUnit(t) } : null;
}

/**
 * A fraction as Excel stores a percentage (0.985) in percent units (98.5), rounded to `digits`
 * decimals; null when × 100 overflows (a cell holding ±1e308 formatted as a percentage).
 */
export function inPercent(fraction: number, digits: number): number | null {
  const p = fraction * 100;
  return Number.isFinite(p) ? round(p, digits) : null;
}

/** Round away binary noise (0.98 × 100 = 98.00000000000001). */
export function round(n: number, digits = 10): number {
  const f = 10 ** digits;
  const scaled = n * f;
  // Past 2^53 a number has no decimals left to round, and n * f may overflow to Infinity.
  return Math.abs(scaled) < Number.MAX_SAFE_INTEGER ? Math.round(scaled) / f : n;
}
