/**
 * Text normalisation shared by every reader: the same indicator typed with full-width brackets,
 * a stray space or a line break inside the cell must compare equal.
 */

/** Full-width ASCII variants (！ to ～) map to ASCII by a fixed offset; the ideographic space to " ". */
export function toHalfWidth(s: string): string {
  let out = "";
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else out += ch;
  }
  return out;
}

/** Trim, half-width, and collapse inner whitespace and line breaks to single spaces. */
export function cleanText(s: string): string {
  return toHalfWidth(s).replace(/[\s\u00a0\u200b]+/g, " ").trim();
}

/**
 * Text as staff should see it again: width forms kept as written, but line breaks inside a cell
 * (`编撰网络舆情分析\n研判报告期数`) joined — between Chinese characters without a space — and runs
 * of spaces collapsed.
 */
export function displayText(s: string): string {
  return s
    .replace(/\s*[\r\n]+\s*/g, (m, offset: number, all: string) => (/[\x21-\x7e]/.test(all[offset - 1] ?? "") && /[\x21-\x7e]/.test(all[offset + m.length] ?? "") ? " " : ""))
    .replace(/[ \t\u00a0\u3000]+/g, " ")
    .trim();
}

/** A key for comparing names: half-width, no whitespace at all, lower-case Latin. */
export function nameKey(s: string): string {
  return toHalfWidth(s).replace(/[\s\u00a0\u200b]+/g, "").toLowerCase();
}

/** `空` (empty) — the template's way of saying a cell is empty — and blanks are both empty. */
export function isEmptyText(s: string): boolean {
  const t = nameKey(s);
  return t === "" || t === "空";
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
