/**
 * The monitoring calendar (DESIGN §9): how much of the project's year has passed on the as-of date.
 * Elapsed days count 1 January through the as-of date inclusive, so 30 June 2022 is day 181 of 365
 * and 29 February 2024 is day 60 of 366.
 */
import { serialFromYmd, ymdFromSerial } from "../log/dates";

export interface YearProgress {
  /** The project's year. */
  year: number;
  /** The as-of date as an Excel serial and as `2022-06-30`. */
  asOf: number;
  asOfText: string;
  /** 1 January through the as-of date, inclusive. */
  elapsedDays: number;
  daysInYear: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** The year's progress on `asOf` (a serial), or null when the date lies outside `year`. */
export function yearProgress(year: number, asOf: number): YearProgress | null {
  const day = Math.floor(asOf);
  const first = serialFromYmd(year, 1, 1);
  const elapsedDays = day - first + 1;
  const total = daysInYear(year);
  if (elapsedDays < 1 || elapsedDays > total) return null;
  return { year, asOf: day, asOfText: ymdFromSerial(day), elapsedDays, daysInYear: total };
}

/** `2022-08-31` (also `2022/8/31`, `2022年8月31日`) → serial, or null when it is no calendar date. */
export function parseAsOf(text: string): number | null {
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const serial = serialFromYmd(y, mo, d);
  // 2022-02-30 is not a date: the round trip must give the same day back.
  return ymdFromSerial(serial) === `${m[1]}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}` ? serial : null;
}
