/**
 * Category labels that carry their points, as the national 自评表 prints them: `产出指标(50分)`,
 * `产出指标（50分）`, `效益指标 30分`. The label is the category (looked up in the taxonomy without
 * the points); the points are the category's stated weight (level-weight-total, DESIGN §4). The
 * blank form's tags (`(必填)`, `(选填)`) are not part of the label either.
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

/** The blank form's tags left in a label: `数量指标 (必填硬性指标)`, `经济效益 指标 (选填)`. */
const TEMPLATE_TAG = /\s*\((?:必填|选填|可选|非必填)(?:硬性)?(?:指标|项)?\)\s*$/;

export function splitCategoryLabel(text: string): CategoryLabel {
  const t = cleanText(text).replace(TEMPLATE_TAG, "");
  const m = WITH_POINTS.exec(t);
  if (!m) return { label: t, points: null };
  const points = Number(m[2] ?? m[3] ?? m[4]);
  return Number.isFinite(points) ? { label: m[1].trim(), points } : { label: t, points: null };
}
