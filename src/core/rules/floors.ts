/**
 * How far a deduction may go: `扣完为止` (down to 0), `扣满5分为止` / `最多扣5分` (at most 5 off),
 * `扣至2分为止` / `最低2分` (never below 2). These clauses are read and then blanked out, so the
 * rest of the grammar never mistakes `扣完20分` for a per-step deduction.
 */
import { blank } from "./points";
import { NUM, num } from "./ruleText";

export interface DeductionLimits {
  /** Lowest score the deduction can reach. */
  floor: number;
  /** Most that can be taken off, or null. */
  maxDeduction: number | null;
  /** `扣完20分为止` names the points being used up: the full points when nothing else says. */
  exhausted: number | null;
  /** The text without the limit clauses. */
  body: string;
}

const MAX_DEDUCTION = [
  new RegExp(`(?:直至)?扣(?:完|满|够|足|光)${NUM}分(?:为止|即止|止)?`, "g"),
  new RegExp(`(?:累计)?(?:最多|最高|至多|上限|封顶)(?:扣除|扣减|扣)${NUM}分(?:为止|止)?`, "g"),
  new RegExp(`扣分(?:上限|最多|最高|至多|<=|封顶)(?:为|是|:)?${NUM}分`, "g"),
];
const FLOOR = [
  new RegExp(`扣(?:至|到)${NUM}分(?:为止|即止|止)?`, "g"),
  new RegExp(`最低(?:得|为|计|是)?${NUM}分`, "g"),
];
/** `扣完为止`, `扣完本项分值为止`, `直至扣完`: down to zero. */
const TO_ZERO = /(?:直至|直到)?扣(?:完|光)(?:[^,;\d]{0,10}?(?:为止|即止|止))?/g;

export function extractLimits(body: string): DeductionLimits {
  let maxDeduction: number | null = null;
  let exhausted: number | null = null;
  let floor = 0;
  const spans: { start: number; end: number }[] = [];
  for (const [i, re] of MAX_DEDUCTION.entries()) {
    for (const m of body.matchAll(re)) {
      const v = num(m[1]);
      if (!Number.isFinite(v)) continue;
      maxDeduction = maxDeduction === null ? v : Math.min(maxDeduction, v);
      if (i === 0) exhausted = exhausted === null ? v : Math.max(exhausted, v);
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  for (const re of FLOOR) {
    for (const m of body.matchAll(re)) {
      const v = num(m[1]);
      if (!Number.isFinite(v)) continue;
      floor = Math.max(floor, v);
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  const rest = blank(body, spans);
  const zeroSpans: { start: number; end: number }[] = [];
  for (const m of rest.matchAll(TO_ZERO)) {
    zeroSpans.push({ start: m.index, end: m.index + m[0].length });
  }
  return { floor, maxDeduction, exhausted, body: blank(rest, zeroSpans) };
}
