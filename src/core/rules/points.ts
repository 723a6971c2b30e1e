/**
 * Where a rule text states points: the total it is worth (`12分，…`, `满分10分`, `最高5分`) and
 * the clauses that award points (`质量合格得7分`, `≥90%,计5分`, `差不得分`).
 */
import { NUM, num, trimClause } from "./ruleText";

interface Span {
  start: number;
  end: number;
}

/** Explicit statements of the total: each pattern's first group is the number. */
const TOTAL_PATTERNS: RegExp[] = [
  // The whole text is a number of points: `15分`, `5`.
  new RegExp(`^${NUM}分?$`),
  // Points first: `12分，完成1期得1分`, `计5分;…`, `分值5分:…`.
  new RegExp(`^(?:计|共|分值|满分|总分)?:?${NUM}分(?=$|[,;:.\\])、])`),
  // In brackets anywhere: `[7分]`, `(满分12分)`.
  new RegExp(`[\\[(](?:分值|满分|共|计)?:?${NUM}分[\\])]`),
  // Named: `满分10分`, `分值为5分`, `最高12分`, `上限5分`, `共10分`.
  new RegExp(
    `(?:总分值|满分值|分值|满分|总分|权重分?|本项目|本项|本指标|该项|该指标|共计|共|合计|最高|最多|至多|上限|封顶)(?:为|是|:|得|计)?${NUM}分(?![钟值数])`,
  ),
  // Named without 分: `分值:5`, `满分10`.
  new RegExp(`(?:分值|满分|权重|总分)(?:为|是|:)?(\\d+(?:\\.\\d+)?)(?![\\d.%\\u4e00-\\u9fff])`),
  // Points then the word: `12分为满分`, `5分封顶`.
  new RegExp(`${NUM}分(?:为满分|封顶|为上限|为限)`),
];

/**
 * The total the text states (the largest when it states several), and the text with those
 * statements blanked out so the body can be read on its own.
 */
export function extractTotal(s: string): { total: number | null; body: string } {
  let total: number | null = null;
  const spans: Span[] = [];
  for (const re of TOTAL_PATTERNS) {
    const g = new RegExp(re.source, "g");
    for (const m of s.matchAll(g)) {
      const v = num(m[1]);
      if (!Number.isFinite(v)) continue;
      total = total === null ? v : Math.max(total, v);
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return { total, body: blank(s, spans) };
}

/** Replace spans by a separator so the clauses around them stay apart. */
export function blank(s: string, spans: Span[]): string {
  if (spans.length === 0) return s;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const sp of sorted) {
    if (sp.start < at) {
      at = Math.max(at, sp.end);
      continue;
    }
    out += s.slice(at, sp.start) + ",";
    at = sp.end;
  }
  return out + s.slice(at);
}

/** One clause that awards points: its condition, then the points (`满分` → null). */
export interface PointsMark {
  /** The condition before the points, trimmed of separators (`质量合格`, `≥90%`). */
  cond: string;
  /** Points awarded, or null for `得满分`; 0 for `不得分`. */
  points: number | null;
  /** `扣N分`: the points are taken off the full points. */
  deduct: boolean;
  /** `(8分至10分)`, `(30-45)`: the points are a range (points is its high end). */
  range?: { low: number; high: number };
}

/**
 * A points range: `(8分至10分)`, `得8-10分`, `(2-4分)`, `(30-45)` — in brackets, or with 分
 * after it and 得 / 计 before it, so a band condition (`80%-90%`) is never read as one. A bracket
 * followed by 得 / 计 is a condition (`良好(80-89分)得4分`: a score threshold), not points.
 */
const RANGE_MARK = new RegExp(
  `[(\\[](?:得|计)?${NUM}分?(?:至|到|-)${NUM}分?[)\\]](?!得|计|给|扣|为|记)|(?:得|计|给)${NUM}分?(?:至|到|-)${NUM}分`,
  "g",
);

const MARK = new RegExp(
  `(不得分|不计分|不加分|不给分|得满分|计满分|给满分|满分)|(扣除|扣减|扣|得|计|记|加|给|为|:)?${NUM}分(?![钟值数])`,
  "g",
);

/** A Chinese number with no `得`/`计` before it is points only at a clause start (`十分重要`). */
const CLAUSE_START = /^$|[,;:、.)\]]$/;
/**
 * Points with no `得`/`计` before them end their clause (`优秀5分,良好4分`); otherwise they are
 * something else: a score threshold (`90分以上`), or the adverb in `十分重要`.
 */
const CLAUSE_END = /^$|^[,;、.\]]/;

/** Every points clause of the body, in order. */
export function scanMarks(body: string): PointsMark[] {
  const marks: PointsMark[] = [];
  let prevEnd = 0;
  // Points ranges first; their spans are blanked for the single marks below (same length, so
  // positions stay put).
  const ranges: { start: number; end: number; low: number; high: number }[] = [];
  for (const m of body.matchAll(RANGE_MARK)) {
    const a = num(m[1] ?? m[3]);
    const b = num(m[2] ?? m[4]);
    if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
    ranges.push({ start: m.index, end: m.index + m[0].length, low: Math.min(a, b), high: Math.max(a, b) });
  }
  let rest = body;
  for (const r of ranges) rest = rest.slice(0, r.start) + "#".repeat(r.end - r.start) + rest.slice(r.end);
  const found: { index: number; length: number; mark: () => PointsMark | null }[] = ranges.map((r) => ({
    index: r.start,
    length: r.end - r.start,
    mark: () => ({ cond: "", points: r.high, deduct: false, range: { low: r.low, high: r.high } }),
  }));
  for (const m of rest.matchAll(MARK)) found.push({ index: m.index, length: m[0].length, mark: () => singleMark(rest, m) });
  found.sort((x, y) => x.index - y.index);
  for (const f of found) {
    const mark = f.mark();
    if (!mark) continue;
    mark.cond = trimClause(body.slice(prevEnd, f.index));
    marks.push(mark);
    prevEnd = f.index + f.length;
  }
  return marks;
}

/** One `得N分` / `N分` / `不得分` match as a mark (its condition is filled in by the caller), or null. */
function singleMark(body: string, m: RegExpMatchArray): PointsMark | null {
  const [whole, word, prefix, n] = m;
  const index = m.index ?? 0;
  if (word === undefined && prefix === undefined) {
    const after = body.slice(index + whole.length, index + whole.length + 1);
    if (!CLAUSE_END.test(after)) return null;
    const before = body.slice(Math.max(0, index - 1), index);
    if (/^[^\d]/.test(n) && !CLAUSE_START.test(before)) return null;
  }
  let points: number | null;
  if (word !== undefined) points = /满分/.test(word) ? null : 0;
  else points = num(n);
  if (points !== null && !Number.isFinite(points)) return null;
  return { cond: "", points, deduct: prefix !== undefined && prefix.startsWith("扣") };
}

/** The most any awarding clause gives (`得20分` in `达到95%得20分,每减少…`), or null. */
export function largestAward(marks: PointsMark[]): number | null {
  let best: number | null = null;
  for (const m of marks) {
    if (m.deduct || m.points === null) continue;
    if (best === null || m.points > best) best = m.points;
  }
  return best;
}
