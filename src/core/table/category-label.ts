/**
 * Category labels that carry their points, as the national 自评表 prints them: `产出指标(50分)`,
 * `产出指标（50分）`, `效益指标 30分`. The label is the category (looked up in the taxonomy without
 * the points); the points are the category's stated weight (level-weight-total, DESIGN §4).
 */
import { cleanText } from "../normalize";

export interface CategoryLabel {
  /** The category without its points: `产出指标`. */
  label: string;
  /** The stated points, or null when the label states none. */
  points: number | null;
}

// After cleanText (half-width brackets, single spaces): a name, then the points in brackets, or
// after a space, or right behind the name with 分. `产出指标(50)` counts too: the brackets say it.
const WITH_POINTS = /^(.*?[^\d\s(])\s*(?:\(\s*(\d+(?:\.\d+)?)\s*分?\s*\)|\s(\d+(?:\.\d+)?)\s*分|(\d+(?:\.\d+)?)\s*分)$/;

export function splitCategoryLabel(text: string): CategoryLabel {
  const t = cleanText(text);
  const m = WITH_POINTS.exec(t);
  if (!m) return { label: t, points: null };
  const points = Number(m[2] ?? m[3] ?? m[4]);
  return Number.isFinite(points) ? { label: m[1].trim(), points } : { label: t, points: null };
}
