/**
 * Text normalisation shared by every reader: the same indicator typed with full-width brackets,
 * a stray space or a line break inside the cell must compare equal.
 */

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;
const halfOf = (ch: string) => (ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

/**
 * True when none of the functions below would change `s` (beyond lower-casing): no whitespace
 * as `\s` and trim() see it, no U+200B, no full-width form, no control character. Most cells
 * are such plain text, and a scan of their characters costs far less than the regular
 * expressions (the readers call these functions for every cell of a log with 200,000 rows).
 * Conservative: anything it is unsure of goes the full way.
 */
function plain(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xa0) {
      if (c <= 0x20) return false; // spaces and every control character
      continue;
    }
    if (isKeySpace(c) || (c >= 0xff01 && c <= 0xff5e)) return false;
  }
  return true;
}

/** Full-width ASCII variants (！ to ～) map to ASCII by a fixed offset; the ideographic space to " ". */
export function toHalfWidth(s: string): string {
  // Both ranges are single UTF-16 units (BMP), so a regex replace is the same as mapping code
  // point by code point, without building the string one character at a time.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) return s.replace(FULL_WIDTH, halfOf);
  }
  return s;
}

/** Trim, half-width, and collapse inner whitespace and line breaks to single spaces. */
export function cleanText(s: string): string {
  if (plain(s)) return s;
  return toHalfWidth(s).replace(/[\s\u00a0\u200b]+/g, " ").trim();
}

/**
 * Text as staff should see it again: width forms kept as written, but line breaks inside a cell
 * (`编撰网络舆情分析\n研判报告期数`) joined — between Chinese characters without a space — and runs
 * of spaces collapsed.
 */
export function displayText(s: string): string {
  if (plain(s)) return s;
  return s
    .replace(/\s*[\r\n]+\s*/g, (m, offset: number, all: string) => (/[\x21-\x7e]/.test(all[offset - 1] ?? "") && /[\x21-\x7e]/.test(all[offset + m.length] ?? "") ? " " : ""))
    .replace(/[ \t\u00a0\u3000]+/g, " ")
    .trim();
}

/** A key for comparing names: half-width, no whitespace at all, lower-case Latin. */
export function nameKey(s: string): string {
  if (plain(s)) return lowerCase(s);
  return lowerCase(toHalfWidth(s).replace(/[\s\u00a0\u200b]+/g, ""));
}

/**
 * s.toLowerCase(), without the call when no character has a lower case: ASCII other than A–Z,
 * and U+3001–U+9FFF (CJK punctuation, kana, ideographs). For Chinese text the call goes to ICU
 * and builds a new string, for every name the readers compare.
 */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80 ? c >= 0x41 && c <= 0x5a : c < 0x3001 || c > 0x9fff) return s.toLowerCase();
  }
  return s;
}

/** `空` (empty) — the template's way of saying a cell is empty — and blanks are both empty. */
export function isEmptyText(s: string): boolean {
  // nameKey(s) is "" or "空" exactly when s holds nothing but key whitespace and at most one 空
  // (half-width mapping and lower-casing make no 空 and no whitespace of anything else). So the
  // first other character decides, without building the key of a long rule text.
  let seen = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isKeySpace(c)) continue;
    if (c !== 0x7a7a /* 空 */ || seen) return false;
    seen = true;
  }
  return true;
}

/** What nameKey removes: `\s`, U+00A0 and U+200B, and U+3000 (a space after toHalfWidth). */
function isKeySpace(c: number): boolean {
  if (c < 0xa0) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  // Chinese text is all above U+3000, where U+FEFF is the only such space: one comparison.
  if (c > 0x3000) return c === 0xfeff;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** A header label's key: half-width, no spaces or punctuation, so 评（扣）分标准 = 评(扣)分 标准. */
export function labelKey(s: string): string {
  return toHalfWidth(s).replace(/[\s\u00a0\u200b()（）:：*＊、,，.。\-_]+/g, "");
}

/** Levenshtein distance, for suggesting the closest indicator name to a misspelt one. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  if (m === 0) return n;
  if (n === 0) return m;
  let prev = new Array<number>(n + 1);
  let cur = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[n];
}

/**
 * editDistance(a, b) when it is below `bound`, else `bound`: what a search for the closest name
 * needs once it has a candidate `bound` away. Only the diagonal band |i − j| < bound of the table
 * is filled (cells outside it are ≥ bound), and a row whose cells all reach the bound ends the
 * search, since no later row can come back under it.
 */
export function editDistanceWithin(a: string, b: string, bound: number): number {
  const m = a.length;
  const n = b.length;
  if (bound <= 0) return bound;
  if (Math.abs(m - n) >= bound) return bound;
  if (m === 0 || n === 0) return Math.max(m, n);
  if (a === b) return 0;
  let prev = rowBuffer(0, n + 1);
  let cur = rowBuffer(1, n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j < bound ? j : bound;
  for (let i = 1; i <= m; i++) {
    const lo = Math.max(1, i - bound + 1);
    const hi = Math.min(n, i + bound - 1);
    cur[lo - 1] = lo === 1 ? (i < bound ? i : bound) : bound;
    let rowMin = cur[lo - 1];
    const ai = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      let v = prev[j - 1] + (ai === b.charCodeAt(j - 1) ? 0 : 1);
      if (prev[j] + 1 < v) v = prev[j] + 1;
      if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
      if (v > bound) v = bound;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < n) cur[hi + 1] = bound;
    if (rowMin >= bound) return bound;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[n] < bound ? prev[n] : bound;
}

// Two reusable rows for editDistanceWithin, grown as needed (it is called thousands of times).
const rows: Int32Array[] = [new Int32Array(64), new Int32Array(64)];
function rowBuffer(which: 0 | 1, size: number): Int32Array {
  if (rows[which].length < size) rows[which] = new Int32Array(size * 2);
  return rows[which];
}
