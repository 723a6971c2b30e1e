/**
 * The Excel requirement sets the adapter uses, checked at run time so older Excel degrades
 * instead of failing (Office.context.requirements.isSetSupported):
 *
 *   ExcelApi 1.4   getItemOrNullObject, getUsedRangeOrNullObject, getIntersectionOrNullObject — reading
 *   ExcelApi 1.5   worksheets.getFirst / getNextOrNullObject — the first read before the sheet list is known
 *   ExcelApi 1.4   workbook.names.add / getItemOrNullObject — the log's indicator list by name
 *   ExcelApi 1.6   application.suspendApiCalculationUntilNextSync — writing; conditionalFormats — the lights
 *   ExcelApi 1.7   worksheet.freezePanes, NamedItem.formula — the frozen header, a defined name updated
 *   ExcelApi 1.8   runtime.enableEvents — events off while writing; range.dataValidation — dropdowns
 *   ExcelApi 1.9   range.copyFrom, get/setCellProperties, getSpecialCells — flags and styleFrom
 *   ExcelApi 1.13  range.getMergedAreasOrNullObject — merged areas in the grid
 *   ExcelApi 1.18  notes — the message on hover of a flagged cell
 *   SharedRuntime 1.1  Office.addin.showAsTaskpane — the ribbon opens the pane on its results
 */
import type { WritePlan } from "../core/plan/types";

export type ExcelApiVersion = "1.4" | "1.5" | "1.6" | "1.7" | "1.8" | "1.9" | "1.13" | "1.18";

export const READ_MINIMUM: ExcelApiVersion = "1.5";

export function supports(set: "ExcelApi" | "SharedRuntime", version: string): boolean {
  try {
    return typeof Office !== "undefined" && Boolean(Office.context?.requirements?.isSetSupported(set, version));
  } catch {
    return false;
  }
}

export const excelApi = (version: ExcelApiVersion): boolean => supports("ExcelApi", version);

/**
 * What a write plan cannot do without (DESIGN §3, §9): the controls staff rely on — dropdowns and
 * date checks, the indicator list's name, the lights, the frozen header. Older Excel refuses the
 * whole batch at the first of them, so they are asked for before anything is sent: a log without
 * its dropdown is no log. (Page setup, ExcelApi 1.9, is not among them: older Excel prints the
 * sheet with its defaults, and styleFrom without 1.9 leaves a new header unstyled.)
 */
export type PlanFeature = "validations" | "names" | "highlights" | "freeze" | "name-update";

export const FEATURE_API: Record<PlanFeature, ExcelApiVersion> = {
  validations: "1.8",
  names: "1.4",
  highlights: "1.6",
  freeze: "1.7",
  "name-update": "1.7",
};

/** The features of `plan` the running Excel lacks (name-update is known only after the check sync). */
export function planFeatures(plan: WritePlan): PlanFeature[] {
  const out: PlanFeature[] = [];
  if (plan.names?.length) out.push("names");
  for (const sp of plan.sheets) {
    if (sp.delete) continue;
    if (sp.validations?.length) out.push("validations");
    if (sp.highlights?.length) out.push("highlights");
    if (sp.freeze && (sp.freeze.rows > 0 || (sp.freeze.cols ?? 0) > 0)) out.push("freeze");
  }
  return [...new Set(out)];
}

export function missingFeatures(features: Iterable<PlanFeature>): PlanFeature[] {
  return [...new Set(features)].filter((f) => !excelApi(FEATURE_API[f]));
}
