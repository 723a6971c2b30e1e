/**
 * The review checks (审核, DESIGN §4), in the order they run: on in `jixiao review` and with the
 * pane's 审核 setting, off in plain Validate. Each is one file with its source in a comment.
 */
import { checkTooFew } from "./too-few";
import { checkCategoryMissing } from "./category-missing";
import { checkInputAsOutput } from "./input-as-output";
import { checkQualitativeShare } from "./qualitative-share";
import { checkCostStandard } from "./cost-standard";
import { checkWeightProfile } from "./weight-profile";
import type { ReviewCheck } from "./context";

export const REVIEW_CHECKS: ReviewCheck[] = [
  checkTooFew,
  checkCategoryMissing,
  checkInputAsOutput,
  checkQualitativeShare,
  checkCostStandard,
  checkWeightProfile,
];

export { DEFAULT_CATEGORY_WEIGHTS, type CategoryWeights } from "./context";
export { REVIEW_CHECK_NOTES, type ReviewCheckNote } from "./sources";
