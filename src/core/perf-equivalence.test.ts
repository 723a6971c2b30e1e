/**
 * The performance rewrites (docs/benchmarks.md) must give the same answers as the plain code they
 * replaced: kept here as oracles and compared on random input with fast-check.
 */
import fc from "fast-check";
import { cleanText, displayText, editDistance, editDistanceWithin, isEmptyText, nameKey, toHalfWidth } from "./normalize";
import { closestName, nameSuggester } from "./log/aggregate";
import type { Indicator } from "./indicator";

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

  it("closestName and nameSuggester pick the same name as a full scan", () => {
    fc.assert(fc.property(fc.array(text(10), { maxLength: 25 }), fc.array(text(10), { minLength: 1, maxLength: 5 }), (names, queries) => {
      const indicators = names.map((name) => ({ name }) as Indicator);
      const suggest = nameSuggester(indicators);
      for (const q of queries) {
        expect(suggest(q)).toBe(closestNameOracle(names, q));
        expect(closestName(indicators, q)).toBe(closestNameOracle(names, q));
      }
    }), { numRuns: 500 });
  });
});
