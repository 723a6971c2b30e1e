/**
 * Formula text moved as Excel moves it: when the master of a shared formula is overwritten, the
 * next cell of the group becomes the master and its formula is the master's shifted by the offset.
 */
import { columnIndex, columnLetter, LAST_COL, MAX_ROWS } from "../../core/a1";

/**
 * A formula's relative references moved by (dr, dc), as Excel does when a shared formula's master
 * moves: A1 refs, ranges, whole rows / columns; strings, quoted sheet names and structured refs
 * are left alone; a reference pushed off the sheet becomes #REF!.
 */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  let out = "";
  let i = 0;
  const n = formula.length;
  const cellRe = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?::(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7}))?/y;
  const colsRe = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})/y;
  const rowsRe = /(\$?)(\d{1,7}):(\$?)(\d{1,7})/y;
  const wordChar = (ch: string | undefined) => ch !== undefined && /[A-Za-z0-9_.\\]/.test(ch);
  const shiftRow = (abs: string, r: number) => (abs ? r : r + dr);
  const shiftCol = (abs: string, c: number) => (abs ? c : c + dc);
  // Rows as the formula writes them (1-based), columns as indexes (0-based).
  const okRow = (r: number) => r >= 1 && r <= MAX_ROWS;
  const okCol = (c: number) => c >= 0 && c <= LAST_COL;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      for (;;) {
        const k = formula.indexOf(ch, j);
        if (k < 0) {
          j = n;
          break;
        }
        if (formula[k + 1] === ch) j = k + 2;
        else {
          j = k + 1;
          break;
        }
      }
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    if (ch === "[") {
      let depth = 0;
      let j = i;
      for (; j < n; j++) {
        if (formula[j] === "[") depth++;
        else if (formula[j] === "]" && --depth === 0) break;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (!wordChar(formula[i - 1]) && formula[i - 1] !== "$") {
      const next = (end: number) => formula[end];
      const boundaryAfter = (end: number) => !wordChar(next(end)) && next(end) !== "(" && next(end) !== "!" && next(end) !== "[";
      cellRe.lastIndex = i;
      const m = cellRe.exec(formula);
      if (m && boundaryAfter(cellRe.lastIndex) && okCol(columnIndex(m[2])) && okRow(Number(m[4])) && (!m[6] || (okCol(columnIndex(m[6])) && okRow(Number(m[8]))))) {
        const one = (ac: string, c: string, ar: string, r: string) => {
          const nc = shiftCol(ac, columnIndex(c));
          const nr = shiftRow(ar, Number(r));
          return okRow(nr) && okCol(nc) ? `${ac}${columnLetter(nc)}${ar}${nr}` : null;
        };
        const a = one(m[1], m[2], m[3], m[4]);
        const b = m[6] ? one(m[5], m[6], m[7], m[8]) : "";
        out += a === null || b === null ? "#REF!" : m[6] ? `${a}:${b}` : a;
        i = cellRe.lastIndex;
        continue;
      }
      colsRe.lastIndex = i;
      const mc = colsRe.exec(formula);
      if (mc && boundaryAfter(colsRe.lastIndex) && okCol(columnIndex(mc[2])) && okCol(columnIndex(mc[4]))) {
        const a = shiftCol(mc[1], columnIndex(mc[2]));
        const b = shiftCol(mc[3], columnIndex(mc[4]));
        out += okCol(a) && okCol(b) ? `${mc[1]}${columnLetter(a)}:${mc[3]}${columnLetter(b)}` : "#REF!";
        i = colsRe.lastIndex;
        continue;
      }
      rowsRe.lastIndex = i;
      const mr = rowsRe.exec(formula);
      if (mr && boundaryAfter(rowsRe.lastIndex) && !/[0-9.]/.test(formula[i - 1] ?? "")) {
        const a = shiftRow(mr[1], Number(mr[2]));
        const b = shiftRow(mr[3], Number(mr[4]));
        out += okRow(a) && okRow(b) ? `${mr[1]}${a}:${mr[3]}${b}` : "#REF!";
        i = rowsRe.lastIndex;
        continue;
      }
    }
    // Not a reference here: copy a whole word (or one character) so we never start mid-word.
    let j = i + 1;
    if (wordChar(ch)) while (j < n && wordChar(formula[j])) j++;
    out += formula.slice(i, j);
    i = j;
  }
  return out;
}
