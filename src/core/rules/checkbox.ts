/**
 * Check-box grades (DESIGN §5 form 6): `优☐ 良☐ 中☐ 差☐`, the boxes scanned as `□` or `口`. The
 * text names the grades but no points: each grade earns the national default share of the full
 * points (优 1, 良 0.8, 中 0.6, 差 0 — the lower edges of the national bands).
 */
import type { Grade } from "./types";
import { wordGrade } from "./meets";

// A grade word, then a box. `口` is also a common character, so it counts as a box only after a
// word that is a grade.
const BOXED = /([\u4e00-\u9fff]{1,4}?)(?:☐|□|▢|❑|☑|■|√|口)/g;

export function readCheckboxGrades(body: string): Grade[] | null {
  const grades: Grade[] = [];
  for (const m of body.matchAll(BOXED)) {
    const word = m[1].replace(/^(评价为|等级|等次|结果)/, "");
    const g = wordGrade(word);
    if (g === null) continue;
    if (!grades.some((x) => x.word === word)) grades.push({ word, points: null, share: g.share });
  }
  return grades.length >= 2 ? grades : null;
}
