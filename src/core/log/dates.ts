/** Dates in log sheets: Excel serial numbers, or text as staff type it (2022-03-31, 2022年3月31日). */

const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

export function serialFromYmd(y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - EPOCH) / DAY;
}

export function ymdFromSerial(serial: number): string {
  const dt = new Date(EPOCH + Math.round(serial) * DAY);
  return dt.toISOString().slice(0, 10);
}

/** A date cell → serial number, or null when it is not a date. Empty cells are handled by callers. */
export function parseDate(value: unknown, text: string): number | null {
  // Serial numbers between 1900 and 9999 (what Office.js and our exceljs reader hand over).
  if (typeof value === "number") return value >= 1 && value < 2_958_466 ? value : null;
  const t = text.trim().replace(/\s+/g, "");
  const m = /^(\d{4})[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?|月)?$/.exec(t);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = m[3] === undefined ? 1 : Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const serial = serialFromYmd(y, mo, d);
  // Reject 2022-02-31: the round trip must give the same month.
  return ymdFromSerial(serial).slice(5, 7) === String(mo).padStart(2, "0") ? serial : null;
}
