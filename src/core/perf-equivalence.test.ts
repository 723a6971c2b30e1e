/**
 * The performance rewrites (docs/benchmarks.md) must give the same answers as the plain code they
 * replaced: kept here as oracles and compared on random input with fast-check.
 */
import fc from "fast-check";
import { cleanText, displayText, editDistance, editDistanceWithin, isEmptyText, lowerCase, nameKey, toHalfWidth } from "./normalize";
import { nameSuggester } from "./log/aggregate";
import type { Indicator } from "./indicator";
import { colCount, MergeIndex, numberFormatAt, rowCount, valueAt, type CellRange, type CellValue, type Grid } from "./grid";
import { AGGREGATIONS, findLogHeader, readLog, type Aggregation, type LogEntry } from "./log/read-log";
import { parseDate } from "./log/dates";
import { inPercent } from "./table/value";

/** toHalfWidth as first written: code point by code point. */
function toHalfWidthOracle(s: string): string {
  let out = "";
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else out += ch;
  }
  return out;
}

const cleanTextOracle = (s: string) => toHalfWidthOracle(s).replace(/[\s\u00a0\u200b]+/g, " ").trim();
const nameKeyOracle = (s: string) => toHalfWidthOracle(s).replace(/[\s\u00a0\u200b]+/g, "").toLowerCase();
const displayTextOracle = (s: string) =>
  s
    .replace(/\s*[\r\n]+\s*/g, (m, offset: number, all: string) => (/[\x21-\x7e]/.test(all[offset - 1] ?? "") && /[\x21-\x7e]/.test(all[offset + m.length] ?? "") ? " " : ""))
    .replace(/[ \t\u00a0\u3000]+/g, " ")
    .trim();

/** closestName as first written: a full scan with the plain distance. */
function closestNameOracle(names: string[], name: string): string | null {
  const key = nameKey(name);
  let best: { name: string; d: number } | null = null;
  for (const n of names) {
    if (!n) continue;
    const d = editDistance(key, nameKey(n));
    if (!best || d < best.d) best = { name: n, d };
  }
  return best && best.d <= Math.max(2, Math.ceil(key.length / 2)) ? best.name : null;
}

// Few distinct characters, so random strings are often close to each other.
const alphabet = ["报", "告", "期", "数", "第", "1", "2", "a", "（", "）", "(", ")", " ", "\u3000", "Ａ", "\n", "\ud83d\ude00", "\ud800"];
// Every character the fast paths must send the full way: whitespace as \s and trim() see it,
// U+200B, the edges of the full-width range, controls, and neighbours that must not be caught.
const edgy = [
  "空", " 空 ", "空\u200b",
  "\t", "\n", "\v", "\f", "\r", " ", "\u00a0", "\u1680", "\u2000", "\u200a", "\u200b", "\u200c", "\u2028", "\u2029",
  "\u202f", "\u205f", "\u3000", "\ufeff", "\uff00", "\uff01", "\uff5e", "\uff5f", "\u0001", "\u0085", "\u0180", "A", "空", "x", "。",
];
const edgyText = fc.array(fc.constantFrom(...edgy, ...alphabet), { maxLength: 12 }).map((a) => a.join(""));
const text = (max: number) => fc.array(fc.constantFrom(...alphabet), { maxLength: max }).map((a) => a.join(""));

describe("performance rewrites give the answers of the code they replaced", () => {
  it("toHalfWidth", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 40 }), edgyText, (a, b) => {
      expect(toHalfWidth(a)).toBe(toHalfWidthOracle(a));
      expect(toHalfWidth(b)).toBe(toHalfWidthOracle(b));
    }), { numRuns: 500 });
  });

  it("cleanText, nameKey, displayText, isEmptyText", () => {
    fc.assert(fc.property(fc.oneof(edgyText, fc.string({ unit: "binary", maxLength: 20 })), (t) => {
      expect(cleanText(t)).toBe(cleanTextOracle(t));
      expect(nameKey(t)).toBe(nameKeyOracle(t));
      expect(displayText(t)).toBe(displayTextOracle(t));
      const k = nameKeyOracle(t);
      expect(isEmptyText(t)).toBe(k === "" || k === "空");
      // readLog's shortcut: on clean text, isEmptyText is a comparison with "" and 空.
      const c = cleanTextOracle(t);
      expect(c === "" || c === "空").toBe(isEmptyText(c));
    }), { numRuns: 3000 });
  });

  it("editDistanceWithin is min(editDistance, bound)", () => {
    fc.assert(fc.property(text(14), text(14), fc.integer({ min: 0, max: 16 }), (a, b, bound) => {
      expect(editDistanceWithin(a, b, bound)).toBe(Math.min(editDistance(a, b), bound));
    }), { numRuns: 3000 });
  });

  it("nameSuggester picks the same name as a full scan", () => {
    fc.assert(fc.property(fc.array(text(10), { maxLength: 25 }), fc.array(text(10), { minLength: 1, maxLength: 5 }), (names, queries) => {
      const indicators = names.map((name) => ({ name }) as Indicator);
      const suggest = nameSuggester(indicators);
      for (const q of queries) {
        expect(suggest(q)).toBe(closestNameOracle(names, q));
      }
    }), { numRuns: 500 });
  });

  it("lowerCase is toLowerCase, for every UTF-16 unit and random text", () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      expect(lowerCase(ch)).toBe(ch.toLowerCase());
    }
    fc.assert(fc.property(fc.oneof(edgyText, fc.string({ unit: "binary", maxLength: 20 })), (t) => {
      expect(lowerCase(t)).toBe(t.toLowerCase());
    }), { numRuns: 1000 });
  });

  it("isEmptyText on whitespace, 空 and the edges of the CJK fast paths", () => {
    const chars = [...edgy, "\u3001", "\u9fff", "\ua000", "\u2fff", "\u0085", "\ufefe", "\uff5f", "Ｋ", "K", "空"];
    fc.assert(fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 6 }), (a) => {
      const t = a.join("");
      const k = nameKeyOracle(t);
      expect(isEmptyText(t)).toBe(k === "" || k === "空");
      expect(nameKey(t)).toBe(k);
      expect(cleanText(t)).toBe(cleanTextOracle(t));
    }), { numRuns: 3000 });
  });

  it("MergeIndex finds the same merge for every cell as the index first written", () => {
    const coord = fc.oneof(fc.integer({ min: -3, max: 12 }), fc.constantFrom(0.5, NaN, 2.5));
    const merge = fc.record({ top: coord, left: coord, bottom: coord, right: coord });
    fc.assert(fc.property(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 }), fc.array(merge, { maxLength: 8 }), (rows, cols, merges) => {
      const grid: Grid = { sheet: "s", origin: { row: 0, col: 0 }, values: Array.from({ length: rows }, () => new Array<CellValue>(cols).fill("")), merges };
      const fast = new MergeIndex(grid);
      const oracle = new MergeIndexOracle(grid);
      for (let r = -1; r <= rows + 1; r++) for (let c = -1; c <= cols + 2; c++) expect(fast.at(r, c)).toBe(oracle.at(r, c));
    }), { numRuns: 1000 });
  });

  it("readLog reads the same entries as the reader first written", () => {
    const text = fc.constantFrom("", " ", "空", "报告", "报告 ", "Ａ期", "98%", "98.5％", "1,200", "-3", "abc", "2022-03-31", "2022年13月", "2022/2/31", "求和", " 最新 ", "计数\n");
    const value = fc.oneof(text, fc.constantFrom(null, 0, 0.985, 1, 44651, -1, 1e308, Infinity, NaN, true));
    const format = fc.constantFrom("", "0%", "0.0%", "yyyy-mm-dd", "@");
    // Mostly a log header (name and value columns, others in any order), sometimes not one.
    const header = fc.oneof(
      fc.shuffledSubarray(["日期", "完成值", "备注", "汇总方式", "其他"]).map((rest) => ["三级指标", ...rest, ...(rest.includes("完成值") ? [] : ["完成值"])]),
      fc.shuffledSubarray(["日期", "三级指标", "完成值", "备注", "汇总方式", "其他"], { minLength: 2 }),
    );
    fc.assert(fc.property(header, fc.array(fc.array(fc.tuple(value, fc.option(text), format), { maxLength: 7 }), { maxLength: 12 }), fc.boolean(), fc.boolean(), (labels, body, withText, withFormats) => {
      const rows = [labels.map((l) => [l, l, ""] as const), ...body];
      const grid: Grid = {
        sheet: "台账",
        origin: { row: 2, col: 1 },
        values: rows.map((row) => row.map(([v]) => v as CellValue)),
        ...(withText ? { text: rows.map((row) => row.map(([, t]) => t as string)) } : {}),
        ...(withFormats ? { numberFormats: rows.map((row) => row.map(([, , f]) => f)) } : {}),
        merges: [],
      };
      // Every field of every entry, the ones read on demand (row, remark) included.
      const read = readLog(grid);
      const fields = (e: LogEntry) => ({ r: e.r, row: e.row, name: e.name, date: e.date, dateText: e.dateText, dateInvalid: e.dateInvalid, value: e.value, valueText: e.valueText, percent: e.percent, method: e.method, remark: e.remark });
      const oracle = readLogOracle(grid);
      expect(read && { ...read, entries: read.entries.map(fields) }).toEqual(oracle && { ...oracle, entries: oracle.entries.map(fields) });
    }), { numRuns: 2000 });
  });
});

/** MergeIndex as first written: clipped areas, then the cells of each (the later merge wins). */
class MergeIndexOracle {
  private dense: Int32Array | null = null;
  private sparse: Map<number, number> | null = null;
  private base = 0;
  private readonly width: number;
  constructor(private readonly grid: Grid) {
    const width = Math.max(colCount(grid), 1);
    this.width = width;
    const stride = width + 1;
    const indexed = (m: CellRange) => (m.bottom - m.top + 1) * (m.right - m.left + 1) <= 200_000;
    const rows = rowCount(grid);
    const areas = grid.merges.map((m) => ({ top: Math.max(0, m.top), left: Math.max(0, m.left), bottom: Math.min(m.bottom, rows - 1), right: Math.min(m.right, width) }));
    let lo = Infinity;
    let hi = -Infinity;
    let integral = true;
    for (const [i, m] of areas.entries()) {
      if (!indexed(grid.merges[i]) || m.bottom < m.top || m.right < m.left) continue;
      if (![m.top, m.left, m.bottom, m.right].every(Number.isInteger)) integral = false;
      lo = Math.min(lo, m.top * stride + m.left);
      hi = Math.max(hi, m.bottom * stride + m.right);
    }
    if (lo > hi) return;
    if (integral && hi - lo < 4_000_000) {
      this.dense = new Int32Array(hi - lo + 1);
      this.base = lo;
    } else this.sparse = new Map();
    areas.forEach((m, i) => {
      if (!indexed(grid.merges[i])) return;
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) {
          if (this.dense) this.dense[r * stride + c - lo] = i + 1;
          else this.sparse!.set(r * stride + c, i + 1);
        }
    });
  }
  at(r: number, c: number): CellRange | undefined {
    if (c > this.width) return undefined;
    const key = r * (this.width + 1) + c;
    let i: number | undefined;
    if (this.dense) {
      const k = key - this.base;
      i = k >= 0 && k < this.dense.length && Number.isInteger(k) ? this.dense[k] : 0;
    } else i = this.sparse?.get(key);
    return i ? this.grid.merges[i - 1] : undefined;
  }
}

/** readLog as first written: a closure per cell read, valueAt / numberFormatAt for every row. */
function readLogOracle(grid: Grid) {
  const header = findLogHeader(grid);
  if (!header) return null;
  const { columns } = header;
  const entries: LogEntry[] = [];
  const text = (r: number, c: number | undefined) => (c === undefined ? "" : cleanText(grid.text?.[r]?.[c] ?? String(valueAt(grid, r, c) ?? "")));
  for (let r = header.row + 1; r < rowCount(grid); r++) {
    const name = text(r, columns.name);
    const key = nameKeyOracle(name);
    if (key === "" || key === "空") continue;
    const dateText = text(r, columns.date);
    const dateValue = columns.date === undefined ? null : valueAt(grid, r, columns.date);
    const date = dateText === "" ? null : parseDate(dateValue, dateText);
    const valueText = text(r, columns.value);
    const raw = columns.value === undefined ? null : valueAt(grid, r, columns.value);
    const format = columns.value === undefined ? "" : numberFormatAt(grid, r, columns.value);
    const { value, percent } = readValueOracle(raw, valueText, format);
    const methodText = columns.method === undefined ? "" : nameKey(text(r, columns.method));
    entries.push({
      r,
      row: grid.origin.row + r + 1,
      name,
      date,
      dateText,
      dateInvalid: dateText !== "" && date === null,
      value,
      valueText,
      percent,
      method: (AGGREGATIONS as readonly string[]).includes(methodText) ? (methodText as Aggregation) : null,
      remark: text(r, columns.remark),
    });
  }
  return { grid, headerRow: header.row, columns, entries };
}

function readValueOracle(raw: unknown, text: string, format: string): { value: number | string | null; percent: boolean } {
  if (typeof raw === "number" && Number.isFinite(raw)) {
    if (!format.includes("%") && !text.endsWith("%")) return { value: raw, percent: false };
    const percent = inPercent(raw, 9);
    if (percent !== null) return { value: percent, percent: true };
  }
  if (text === "") return { value: null, percent: false };
  const t = text.replace(/\s+/g, "");
  if (t === "" || t === "空") return { value: null, percent: false };
  const m = /^([+-]?\d[\d,]*(?:\.\d+)?)(%|％)?$/.exec(t);
  if (m) return { value: Number(m[1].replace(/,/g, "")), percent: m[2] !== undefined };
  return { value: text, percent: false };
}
