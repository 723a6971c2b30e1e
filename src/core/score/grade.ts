/**
 * The grade bands of 绩效自评: nationally (DESIGN §5) 优 90–100, 良 80–89, 中 60–79, 差 below 60;
 * a scoring profile may set other edges (DESIGN §10 `grades`), in % of the maximum.
 */
import type { Grade } from "../report";
import type { ScoringProfile } from "../profile/schema";

const NATIONAL: ScoringProfile["grades"] = { excellent: 90, good: 80, fair: 60 };

export function gradeOf(total: number, max: number, edges: ScoringProfile["grades"] = NATIONAL): Grade {
  const pct = max > 0 ? (total / max) * 100 : 0;
  if (pct >= edges.excellent) return "优";
  if (pct >= edges.good) return "良";
  if (pct >= edges.fair) return "中";
  return "差";
}
