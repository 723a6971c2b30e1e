/** level1-invalid / level2-invalid: the 一级 must be in the taxonomy, the 二级 one of its children. */
import { isPlaceholder, issueAt, type IndicatorCheck } from "./context";

export const checkLevels: IndicatorCheck = (ind, ctx) => {
  if (ctx.table.columns.level1 === undefined) return []; // column-missing says it once
  if (!ctx.taxonomy.isLevel1(ind.level1)) {
    if (isPlaceholder(ctx, ind, "level1")) return [];
    return [issueAt(ctx, ind, "level1-invalid", "level1", { value: ind.level1, allowed: ctx.taxonomy.level1Names().join("、") })];
  }
  if (ctx.table.columns.level2 === undefined || isPlaceholder(ctx, ind, "level2")) return [];
  if (!ctx.taxonomy.isChild(ind.level1, ind.level2)) {
    const parents = ctx.taxonomy.parentsOf(ind.level2);
    return [issueAt(ctx, ind, "level2-invalid", "level2", { value: ind.level2, level1: ind.level1, parents: parents.join("、") })];
  }
  return [];
};
