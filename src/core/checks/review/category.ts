/**
 * Which of the national categories an indicator belongs to, for the review checks (DESIGN §4).
 * Reads the 一级 label by its start, so `产出指标(50分)` and `产出指标` are the same category, and
 * knows the older edition where 满意度 sits under 效益指标 as its 二级
 * (`社会公众或服务对象满意度指标`, DESIGN §2).
 */
import type { Indicator } from "../../indicator";
import { nameKey } from "../../normalize";

export type Category = "output" | "benefit" | "satisfaction" | "cost" | "other";

export function categoryOf(ind: Pick<Indicator, "level1" | "level2">): Category {
  const l1 = nameKey(ind.level1);
  if (l1.startsWith("产出")) return "output";
  if (l1.startsWith("效益")) return nameKey(ind.level2).includes("满意度") ? "satisfaction" : "benefit";
  if (l1.startsWith("满意度")) return "satisfaction";
  if (l1.startsWith("成本")) return "cost";
  return "other";
}
