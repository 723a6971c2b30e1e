/**
 * Rules keyed on words (DESIGN §5 forms 3 and 6): one condition that earns the points
 * (`质量合格得7分`, `完成得5分，未完成不得分`) is all-or-nothing; several graded words
 * (`充分:3分;一般:1.5分;没有:0分`, `优得5分，良得4分，中得3分，差不得分`) are graded.
 */
import type { Grade } from "./types";
import type { PointsMark } from "./points";

/** Clauses that only say "otherwise": `否则不得分`, `未完成不得分`, `其他情况不得分`. */
const OTHERWISE = /^(否则|反之|未|如未|若未|如果未|其他|其余|其它|达不到|不能|如不|若不|除此|没有按)/;

/** A condition stated as its failing: `未按时完成`, `无分类`, `没有…`; group 1 is what is required. */
const NEGATED = /^(?:未|没有|不能|无|缺少|缺)(.+)$/;
/** A negation anywhere in a condition (`…未以正式文件颁发`). */
const NEGATION = /未|没有|不能|无|缺少|缺|不/;

/** Lead-ins that are not part of the grade word: `评价为优秀` is the grade `优秀`. */
const LEAD_IN = /^(如果|如|若|经|被)?(评价为|评定为|评为|结果为|等次为|等级为|考核为|认定为|为)/;

export type WordReading =
  | { kind: "all-or-nothing"; condition: string; points: number | null }
  | { kind: "graded"; grades: Grade[] };

function gradeWord(cond: string): string {
  return cond.replace(LEAD_IN, "") || cond;
}

/** Read the word clauses (conditions with no number range); null when there are none to read. */
export function readWords(marks: PointsMark[]): WordReading | null {
  // A condition is a word: `-` or `(` alone is leftover punctuation, not a grade.
  const words = marks.filter((m) => /[\p{L}]/u.test(m.cond));
  const awarding = words.filter((m) => !m.deduct && m.points !== 0);
  if (awarding.length === 0) {
    // `未按时完成不得分`, `无分类不得分`, or several such clauses: the conditions are the negations'
    // opposites, all worth the full points together.
    const zero = words.length > 0 && words.every((m) => !m.deduct && m.points === 0);
    if (zero && words.every((m) => NEGATION.test(m.cond)))
      return { kind: "all-or-nothing", condition: words.map((m) => m.cond.replace(NEGATED, "$1").replace(NEGATION, "")).join("、"), points: null };
    // `无批准扣5分,无登记扣3分`, `资料不齐全的,扣1分`: what each failing costs, off the full points.
    if (words.length > 0 && words.every((m) => m.deduct)) return { kind: "graded", grades: words.map((m) => ({ word: gradeWord(m.cond), points: m.points, deduct: true as const })) };
    return null;
  }
  const rest = words.filter((m) => !awarding.includes(m));
  // `…得2分;未定期研究扣1分`: a failing that costs part of the points is a grade, not "otherwise".
  const otherwise = (m: PointsMark) => OTHERWISE.test(m.cond) && (!m.deduct || m.points === null || (awarding[0].points !== null && m.points >= awarding[0].points));
  if (awarding.length === 1 && rest.every(otherwise)) {
    return { kind: "all-or-nothing", condition: awarding[0].cond, points: awarding[0].points };
  }
  const grades: Grade[] = [];
  for (const m of words) {
    const grade: Grade = { word: gradeWord(m.cond), points: m.points };
    if (m.deduct) grade.deduct = true;
    grades.push(grade);
  }
  return { kind: "graded", grades };
}
