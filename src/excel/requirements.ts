/**
 * The Excel requirement sets the adapter uses, checked at run time so older Excel degrades
 * instead of failing (Office.context.requirements.isSetSupported):
 *
 *   ExcelApi 1.4   getItemOrNullObject, getUsedRangeOrNullObject, getIntersectionOrNullObject — reading
 *   ExcelApi 1.5   worksheets.getFirst / getNextOrNullObject — the first read before the sheet list is known
 *   ExcelApi 1.6   application.suspendApiCalculationUntilNextSync — writing
 *   ExcelApi 1.8   runtime.enableEvents — events off while writing
 *   ExcelApi 1.9   range.copyFrom, get/setCellProperties, getSpecialCells — flags and styleFrom
 *   ExcelApi 1.13  range.getMergedAreasOrNullObject — merged areas in the grid
 *   ExcelApi 1.18  notes — the message on hover of a flagged cell
 *   SharedRuntime 1.1  Office.addin.showAsTaskpane — the ribbon opens the pane on its results
 */
export type ExcelApiVersion = "1.4" | "1.5" | "1.6" | "1.8" | "1.9" | "1.13" | "1.18";

export const READ_MINIMUM: ExcelApiVersion = "1.5";

export function supports(set: "ExcelApi" | "SharedRuntime", version: string): boolean {
  try {
    return typeof Office !== "undefined" && Boolean(Office.context?.requirements?.isSetSupported(set, version));
  } catch {
    return false;
  }
}

export const excelApi = (version: ExcelApiVersion): boolean => supports("ExcelApi", version);
