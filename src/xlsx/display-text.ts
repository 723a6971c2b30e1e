/**
 * The text Excel would display for a value under a number format — what Office.js hands over as
 * `range.text` and exceljs does not compute. Only what the core needs to tell values apart:
 * percentages (0.98 → 98%), dates (serial → 2022-03-31), fixed decimals and plain numbers.
 */
import { ymdFromSerial } from "../core/log/dates";

export function displayText(value: unknown, numFmt: string | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "number") return String(value);
  const fmt = (numFmt ?? "").replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  if (fmt.includes("%")) return `${fixed(value * 100, decimalsOf(fmt))}%`;
  if (isDateFormat(fmt)) return ymdFromSerial(value);
  if (/0\.(0+)/.test(fmt)) return fixed(value, decimalsOf(fmt));
  return String(Math.round(value * 1e10) / 1e10);
}

export function isDateFormat(fmt: string): boolean {
  const f = fmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "").toLowerCase();
  return /(^|[^a-z])(y{2,4}|m{1,2}[-/.]d|d{1,2}[-/.]m)|yyyy|年|月|日/.test(f) && !/^[#0.,%]+$/.test(f);
}

function decimalsOf(fmt: string): number {
  const m = /0\.(0+)/.exec(fmt);
  return m ? m[1].length : 0;
}

function fixed(n: number, decimals: number): string {
  return (Math.round(n * 10 ** decimals) / 10 ** decimals).toFixed(decimals);
}
