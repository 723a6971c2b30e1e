/**
 * Numbers as finance staff write them in rule texts: `12`, `１２`, `0.04`, `十二`, `一百零五`,
 * `两千`, `一万二千`, `半`, `一点五`, `1.5万`, `二〇二二`. Rule texts mix all of these
 * (`每超过一个百分点扣1分`), so the parser reads every number through here.
 */
import { toHalfWidth } from "../normalize";

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Multipliers below 万: they scale the digit before them inside one 万-section. */
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

/** The characters a Chinese numeral is made of (used to build the rule grammar's patterns). */
export const CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万";

/**
 * A number pattern (no capture group) for the rule grammar: Arabic digits with an optional
 * decimal part, or a run of Chinese numerals (with an optional `点` decimal), or `半`.
 * Multipliers after Arabic digits (`1.5万`) are left out on purpose: in rule texts `1万元` is
 * one 万元, a unit, not ten thousand 元.
 */
export const NUMBER_PATTERN =
  `(?:\\d+(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]+(?:点[零〇一二两三四五六七八九]+)?|半)`;

/** Integer part of a Chinese numeral: `一万二千三百零五` → 12305; null when it is not one. */
function chineseInteger(s: string): number | null {
  if (s === "") return null;
  // Digit-by-digit writing (`二〇二二`, `一二`): no multipliers, more than one digit.
  if (s.length > 1 && [...s].every((c) => c in DIGITS)) {
    return Number([...s].map((c) => DIGITS[c]).join(""));
  }
  let total = 0; // completed 亿 / 万 sections
  let section = 0; // the current section below 万
  let digit: number | null = null; // a digit waiting for its multiplier
  let lastUnit = 1; // multiplier of the previous small unit, for `一百五` = 150
  for (const c of s) {
    if (c in DIGITS) {
      digit = DIGITS[c];
    } else if (c in SMALL_UNITS) {
      const unit = SMALL_UNITS[c];
      // `十二` starts with a bare 十: one ten.
      section += (digit ?? 1) * unit;
      digit = null;
      lastUnit = unit;
    } else if (c in BIG_UNITS) {
      const unit = BIG_UNITS[c];
      section += digit ?? 0;
      if (section === 0) section = 1; // `万` alone
      total = (total + section) * unit;
      section = 0;
      digit = null;
      lastUnit = unit;
    } else {
      return null;
    }
  }
  if (digit !== null) {
    // A trailing digit right after a multiplier is the colloquial short form: `一百五` = 150,
    // `三万五` = 35000; after `零` (`一百零五`) it is a plain unit digit.
    const prev = s[s.length - 2];
    const abbreviated = prev !== undefined && prev !== "零" && prev !== "〇" && !(prev in DIGITS);
    section += abbreviated && lastUnit >= 100 ? digit * (lastUnit / 10) : digit;
  }
  return total + section;
}

/**
 * Read a number written in Arabic digits (half or full width), Chinese numerals, or a mix of
 * Arabic digits and a Chinese multiplier (`1.5万`). Returns null for anything else.
 */
export function parseNumeral(text: string): number | null {
  const s = toHalfWidth(text).replace(/[\s,，]/g, "");
  if (s === "") return null;
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return Number(s);
  if (s === "半" || s === "一半") return 0.5;
  // `1.5万`, `3千`: digits scaled by a Chinese multiplier.
  const mixed = /^(\d+(?:\.\d+)?)([十百千万亿]+)$/.exec(s);
  if (mixed) {
    let value = Number(mixed[1]);
    for (const c of mixed[2]) value *= SMALL_UNITS[c] ?? BIG_UNITS[c];
    return roundFloat(value);
  }
  // `一点五`: integer part, then each decimal digit.
  const [intPart, decPart, ...rest] = s.split("点");
  if (rest.length > 0) return null;
  const whole = chineseInteger(intPart);
  if (whole === null) return null;
  if (decPart === undefined) return whole;
  if (decPart === "" || ![...decPart].every((c) => c in DIGITS)) return null;
  return Number(`${whole}.${[...decPart].map((c) => DIGITS[c]).join("")}`);
}

/** Remove binary float noise (`1.5 × 10000` stays 15000, not 15000.000000002). */
function roundFloat(x: number): number {
  return Number(x.toPrecision(12));
}
