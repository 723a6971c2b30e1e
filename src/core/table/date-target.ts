/**
 * Date targets (DESIGN §2), common for 时效指标: `2022年12月31日前`, `12月底前`, `≤2022.12`,
 * `2022年10月`, a cell formatted as a date, or a bare serial whose 度量单位 says 日期 / 时间.
 * `前 / 以前 / 之前 / 截止 / ≤` mean on or before; `后 / 以后 / ≥` on or after; no word means on or
 * before. A month without a day means its last day; a date without a year is in the project's year.
 */
import { serialFromYmd, ymdFromSerial } from "../log/dates";
import { nameKey, toHalfWidth } from "../normalize";

export interface DateTarget {
  kind: "date";
  /** null when the text names no year (`12月底前`): the project's year. */
  year: number | null;
  month: number;
  day: number;
}

export interface ParsedDate {
  target: DateTarget;
  /** `<=` on or before (the default), `>=` on or after. */
  operator: "<=" | ">=";
}

const BEFORE = /^(≤|<=|<|截止|截至|截止到|不晚于|不迟于|于|在)/;
const AFTER = /^(≥|>=|>|不早于)/;
const BEFORE_END = /(前|以前|之前|止|以内|内|前完成|完成)$/;
const AFTER_END = /(后|以后|之后|起)$/;

// The date itself, once the words around it are gone. Groups: year, month, day, 底/末.
const FORMS: RegExp[] = [
  /^(\d{4})年(\d{1,2})月(?:(\d{1,2})[日号]|(底|末|份)?)$/,
  /^()(\d{1,2})月(?:(\d{1,2})[日号]|(底|末|份)?)$/,
  /^(\d{4})[.\-/](\d{1,2})(?:[.\-/](\d{1,2}))?()$/,
];
const YEAR_END = /^(?:(\d{4})年)?(?:年底|年末|底|末)$/;

/** Units that say a bare number is a date serial. */
const DATE_UNITS = new Set(["日期", "时间", "年月日", "完成时间", "时限"]);

export function isDateUnit(unit: string): boolean {
  return DATE_UNITS.has(nameKey(unit));
}

/** True for a number format that shows a date (yyyy-mm-dd, m/d/yy, 年月日), not a time or a percentage. */
export function isDateFormat(format: string): boolean {
  const f = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[yd]/i.test(f) || /年|月|日/.test(format) || (/m/i.test(f) && !/h|s|0|#/i.test(f));
}

/** A date target read from a 指标值 cell, or null when the cell does not hold a date. */
export function parseDateTarget(value: unknown, text: string, format: string, unit: string): ParsedDate | null {
  if (typeof value === "number" && Number.isFinite(value)) {
    const serialLike = value >= 1 && value < 2_958_466 && Number.isInteger(Math.round(value * 1e6) / 1e6);
    if (serialLike && (isDateFormat(format) || (isDateUnit(unit) && value > 20_000 && value < 80_000))) return fromSerial(value);
    return null;
  }
  let t = nameKey(toHalfWidth(typeof value === "string" ? value : text));
  if (t === "") return null;
  let operator: "<=" | ">=" = "<=";
  let worded = false;
  const after = AFTER.exec(t);
  const before = after ? null : BEFORE.exec(t);
  if (after || before) {
    operator = after ? ">=" : "<=";
    t = t.slice((after ?? before)![0].length);
    worded = true;
  }
  const endAfter = AFTER_END.exec(t);
  const endBefore = endAfter ? null : BEFORE_END.exec(t);
  if (endAfter || endBefore) {
    if (endAfter) operator = ">=";
    t = t.slice(0, t.length - (endAfter ?? endBefore)![0].length);
    worded = true;
  }
  const ye = YEAR_END.exec(t);
  if (ye && (ye[1] || worded)) return { target: { kind: "date", year: ye[1] ? Number(ye[1]) : null, month: 12, day: 31 }, operator };
  for (const [i, form] of FORMS.entries()) {
    const m = form.exec(t);
    if (!m) continue;
    // `2022.12` is a number as much as a date: a date only with a word around it or a date unit.
    if (i === 2 && !worded && !isDateUnit(unit)) return null;
    const year = m[1] ? Number(m[1]) : null;
    const month = Number(m[2]);
    if (month < 1 || month > 12 || (year !== null && (year < 1990 || year > 2100))) return null;
    const last = lastDay(year ?? 2001, month); // 2001: no leap year, so 2月 ends on the 28th
    const day = m[3] ? Number(m[3]) : year === null && month === 2 ? 28 : last;
    if (day < 1 || day > (year === null && month === 2 ? 29 : last)) return null;
    return { target: { kind: "date", year, month, day }, operator };
  }
  return null;
}

function fromSerial(serial: number): ParsedDate {
  const [y, m, d] = ymdFromSerial(serial).split("-").map(Number);
  return { target: { kind: "date", year: y, month: m, day: d }, operator: "<=" };
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The target's Excel serial, with `year` standing in when the target names none. */
export function dateTargetSerial(t: DateTarget, year: number): number {
  return serialFromYmd(t.year ?? year, t.month, t.day);
}

/** `2022-12-31` (or `12-31` without a year), for reports. */
export function dateTargetText(t: DateTarget): string {
  const md = `${String(t.month).padStart(2, "0")}-${String(t.day).padStart(2, "0")}`;
  return t.year === null ? md : `${t.year}-${md}`;
}
