/**
 * attribute-invalid: 指标属性 is neither 定量指标 nor 定性指标.
 * attribute-mismatch: 定量指标 with a qualitative target (合格, 良好), or 定性指标 with a numeric
 * comparison and a numeric target.
 */
import { isQualitativeWord } from "../qualitative";
import { isPlaceholder, issueAt, type IndicatorCheck } from "./context";

const ATTRIBUTES = new Set(["定量指标", "定性指标"]);

export const checkAttribute: IndicatorCheck = (ind, ctx) => {
  if (ctx.table.columns.attribute === undefined || isPlaceholder(ctx, ind, "attribute")) return [];
  if (!ATTRIBUTES.has(ind.attribute)) return [issueAt(ctx, ind, "attribute-invalid", "attribute", { value: ind.attribute })];
  const t = ind.target;
  if (ind.attribute === "定量指标" && t?.kind === "word" && isQualitativeWord(t.word))
    return [issueAt(ctx, ind, "attribute-mismatch", "attribute", { value: t.word, kind: "quantitative" })];
  if (ind.attribute === "定性指标" && t?.kind === "number" && ind.operator !== null && ind.operator !== "定性")
    return [issueAt(ctx, ind, "attribute-mismatch", "attribute", { value: ind.targetText, kind: "qualitative" })];
  return [];
};
