/** The national grade bands of 绩效自评 (DESIGN §5): 优 90–100, 良 80–89, 中 60–79, 差 below 60. */
import type { Grade } from "../report";

export function gradeOf(total: number, max: number): Grade {
  const pct = max > 0 ? (total / max) * 100 : 0;
  if (pct >= 90) return "优";
  if (pct >= 80) return "良";
  if (pct >= 60) return "中";
  return "差";
}
