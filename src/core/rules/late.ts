/**
 * How late an actual date is against a date target, in the unit a deduction counts
 * (`每延迟1天扣1分`, `每推迟一周扣1分`, `每延迟1个月扣1分`): per started unit, so one day past
 * the deadline is one month started (DESIGN §5). On time or early: 0.
 */
import type { Operator } from "../indicator";
import { parseDate, ymdFromSerial } from "../log/dates";
import { dateTargetSerial, type DateTarget } from "../table/date-target";

export function lateness(target: DateTarget, actual: number | string | null, unit: string, operator: Operator | null): number | null {
  if (actual === null) return null;
  const serial = parseDate(typeof actual === "number" ? actual : null, typeof actual === "string" ? actual : "");
  if (serial === null) return null;
  const day = Math.floor(serial);
  const deadline = dateTargetSerial(target, Number(ymdFromSerial(day).slice(0, 4)));
  // An on-or-after target (`2022年6月30日以后`) is "late" the other way: before the date.
  const days = operator === ">=" || operator === ">" ? deadline - day : day - deadline;
  if (days <= 0) return 0;
  if (unit === "周") return Math.ceil(days / 7);
  if (unit === "月" || unit === "个月") return monthsStarted(Math.min(day, deadline), Math.max(day, deadline));
  if (unit === "年") return Math.ceil(days / 365);
  return days; // 天, 日, 工作日 and anything else: days
}

/** The number of months started from `from` to `to` (serials): the smallest n with from + n months ≥ to. */
function monthsStarted(from: number, to: number): number {
  const [y, m, d] = ymdFromSerial(from).split("-").map(Number);
  for (let n = 1; n < 1200; n++) {
    const dt = new Date(Date.UTC(y, m - 1 + n, 1));
    const last = new Date(Date.UTC(dt.getUTCFullYear(), dt.getUTCMonth() + 1, 0)).getUTCDate();
    const candidate = Date.UTC(dt.getUTCFullYear(), dt.getUTCMonth(), Math.min(d, last));
    if ((candidate - Date.UTC(1899, 11, 30)) / 86_400_000 >= to) return n;
  }
  return 1200;
}
