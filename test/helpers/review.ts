/** The review issues (DESIGN §4 审核) of a grid, as raw typed data: code, place and parameters. */
import type { Grid } from "../../src/core/grid";
import { analyzeWorkbook } from "../../src/core/analyze";
import { DEFAULT_CATEGORY_WEIGHTS, type CategoryWeights } from "../../src/core/checks/review";

export function reviewIssues(grid: Grid, weights: CategoryWeights = DEFAULT_CATEGORY_WEIGHTS) {
  return analyzeWorkbook({ sheets: [grid] }, { review: { weights } })
    .issues.filter((i) => i.code.startsWith("review-"))
    .map(({ code, severity, row, column, field, indicator, params }) => ({ code, severity, row, column, field, ...(indicator ? { indicator } : {}), params }));
}
