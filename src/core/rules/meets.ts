/**
 * Does an actual value meet the target (DESIGN §5 "Meeting a target")?
 *
 * Numbers: `=` means at least the target (twelve reports planned, thirteen done, is met);
 * `>=` `>` `<=` `<` as written; no operator (or 定性 with a number) means at least.
 * Percent targets: the actual is in percent units (98 means 98 %); the caller converts a
 * fraction (0.98) before it gets here, because only the caller knows how the cell was shown.
 *
 * Words: met by the same word or a better grade on one scale (WORD_GRADES below). 合格 is met
 * by 合格, 良/良好 and 优/优秀 (a good grade is a pass) but not by 中 (中 is a middling result,
 * below a pass target on the national 优良中差 scale). `不定期` (irregular) is met by at least
 * one piece of work: a numeric actual ≥ 1.
 */
import { nameKey, toHalfWidth } from "../normalize";
import type { Operator, Target } from "../indicator";
import { parseDate, ymdFromSerial } from "../log/dates";
import { dateTargetSerial, type DateTarget } from "../table/date-target";

/** A qualitative word's place: `rank` orders grades for meeting a target, `share` is the
 * national default's share of the full points (DESIGN §5: 优 → N, 良 → 0.8N, 中 → 0.6N …). */
export interface WordGrade {
  rank: number;
  share: number;
}

const TOP: WordGrade = { rank: 4, share: 1 };
const GOOD: WordGrade = { rank: 3, share: 0.8 };
const PASS: WordGrade = { rank: 2.5, share: 1 };
/** 基本合格: nearly a pass — scored like 良 (0.8) but not meeting a 合格 target. */
const NEAR_PASS: WordGrade = { rank: 2.2, share: 0.8 };
const FAIR: WordGrade = { rank: 2, share: 0.6 };
const FAIL: WordGrade = { rank: 0, share: 0 };

/**
 * Known words. Looked up exactly, else by the longest known word the text contains, so
 * `不合格` (FAIL) wins over `合格` (PASS) and `基本完成` over `完成`.
 */
export const WORD_GRADES: Record<string, WordGrade> = {
  优: TOP,
  优秀: TOP,
  达成: TOP,
  达成年度指标: TOP,
  达成预期指标: TOP,
  已达成: TOP,
  完成: TOP,
  已完成: TOP,
  全部完成: TOP,
  按时完成: TOP,
  按期完成: TOP,
  按计划完成: TOP,
  达标: TOP,
  达到: TOP,
  达到标准: TOP,
  正确: TOP,
  准确: TOP,
  是: TOP,
  有: TOP,
  及时: TOP,
  齐全: TOP,
  健全: TOP,
  充分: TOP,
  到位: TOP,
  满意: TOP,
  良: GOOD,
  良好: GOOD,
  较好: GOOD,
  基本达成: GOOD,
  基本完成: GOOD,
  基本达标: GOOD,
  基本达到: GOOD,
  基本合格: NEAR_PASS,
  基本正确: GOOD,
  基本满意: GOOD,
  基本齐全: GOOD,
  基本健全: GOOD,
  合格: PASS,
  中: FAIR,
  中等: FAIR,
  一般: FAIR,
  部分达成: FAIR,
  部分完成: FAIR,
  部分达到: FAIR,
  差: FAIL,
  较差: FAIL,
  未达成: FAIL,
  未完成: FAIL,
  未达标: FAIL,
  未达到: FAIL,
  不达标: FAIL,
  不合格: FAIL,
  不正确: FAIL,
  错误: FAIL,
  否: FAIL,
  无: FAIL,
  没有: FAIL,
  不及时: FAIL,
  不齐全: FAIL,
  不健全: FAIL,
  不充分: FAIL,
  不满意: FAIL,
  不到位: FAIL,
};

const WORDS_LONGEST_FIRST = Object.keys(WORD_GRADES).sort((a, b) => b.length - a.length);

/** Targets that ask for "some, any number": met by at least one entry. */
const IRREGULAR = /^(不定期|不定时|不定量|若干|按需|按实际|根据需要|视情况)$/;

/** `不定期` and its kin: a target word that any number of entries (≥ 1) meets. */
export function isIrregularTarget(word: string): boolean {
  return IRREGULAR.test(nameKey(word));
}

/** The grade of a qualitative word, or null when it is not a known grade word. */
export function wordGrade(word: string): WordGrade | null {
  const w = nameKey(word);
  if (w === "") return null;
  if (w in WORD_GRADES) return WORD_GRADES[w];
  // `没有完成`, `未按时完成`, `不准确`: a negated good word is a failing grade.
  const negated = /^(尚未|没有|不|未|没|无|非)(.+)$/.exec(w);
  if (negated) {
    const g = wordGrade(negated[2]);
    if (g !== null && g.rank > FAIL.rank) return FAIL;
  }
  for (const k of WORDS_LONGEST_FIRST) {
    // One-character grades (优, 差, 是 …) only count alone: `差旅` is not a grade.
    if (k.length > 1 && w.includes(k)) return WORD_GRADES[k];
  }
  return null;
}

/** An actual as a number: numbers as they are, numeric text (`98%`, `1,200`, `１２`) read. */
export function actualNumber(actual: number | string | null): number | null {
  if (actual === null) return null;
  if (typeof actual === "number") return Number.isFinite(actual) ? actual : null;
  const t = toHalfWidth(actual).replace(/[\s,，]/g, "").replace(/%$/, "");
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return null;
  return Number(t);
}

/** Float-tolerant comparisons: 0.1 + 0.2 meets a target of 0.3. */
const EPS = 1e-9;

function compare(operator: Operator | null, a: number, t: number): boolean {
  switch (operator) {
    case ">":
      return a > t + EPS;
    case "<=":
      return a <= t + EPS;
    case "<":
      return a < t - EPS;
    default: // "=", ">=", "定性", none: at least the target
      return a >= t - EPS;
  }
}

/** True/false when it can tell; null when the actual or the target is missing or unreadable. */
export function meetsTarget(
  operator: Operator | null,
  target: Target | null,
  actual: number | string | null,
): boolean | null {
  if (actual === null || target === null) return null;
  if (typeof actual === "string" && nameKey(actual) === "") return null;
  if (target.kind === "date") return meetsDate(operator, target, actual);
  const a = actualNumber(actual);
  if (target.kind === "number") {
    if (a !== null) return compare(operator, a, target.value);
    // A word against a number (`正确` for `>= 100 %`): only a top or failing grade can tell.
    const g = wordGrade(String(actual));
    if (g === null) return null;
    return g.share === 1;
  }
  const targetWord = nameKey(target.word);
  if (isIrregularTarget(targetWord)) {
    if (a !== null) return a >= 1 - EPS;
    const g = wordGrade(String(actual));
    return g === null ? null : g.share === 1;
  }
  if (a !== null) return null; // a number says nothing about 合格 / 优
  const actualWord = nameKey(String(actual));
  if (actualWord === targetWord) return true;
  const ga = wordGrade(actualWord);
  const gt = wordGrade(targetWord);
  if (ga === null) return null;
  if (gt === null) return ga.rank === FAIL.rank ? false : null;
  return ga.rank >= gt.rank;
}

/**
 * A date target (DESIGN §2): met when the actual date (a serial, or a date as text) is on the
 * target's side of it — on or before for `<=` (the default), on or after for `>=`. A target
 * without a year is in the actual's year.
 */
function meetsDate(operator: Operator | null, target: DateTarget, actual: number | string): boolean | null {
  const serial = parseDate(typeof actual === "number" ? actual : null, typeof actual === "string" ? actual : "");
  if (serial === null) return null;
  const deadline = dateTargetSerial(target, Number(ymdFromSerial(serial).slice(0, 4)));
  return operator === ">=" || operator === ">" ? serial >= deadline : Math.floor(serial) <= deadline;
}
