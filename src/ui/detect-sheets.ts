/**
 * Which sheets "detect automatically" picks, so the pickers can say it (`自动检测（项目绩效目标表）`).
 * The core decides, exactly as it will when Validate or Score runs with no sheet chosen.
 */
import { analyzeWorkbook, type WorkbookGrids } from "../core";
import type { SheetChoice } from "../app/port";

export interface DetectedSheets {
  /** The target sheet auto-detection picks; undefined when no sheet has an indicator table. */
  target?: string;
  /** The log sheet auto-detection picks (given the chosen target, if any); undefined when none. */
  log?: string;
}

export function detectSheets(wb: WorkbookGrids, choice: SheetChoice = {}): DetectedSheets {
  const detected: DetectedSheets = {};
  try {
    const auto = analyzeWorkbook(wb);
    if (auto.table) detected.target = auto.target.sheet;
    const withTarget = choice.targetSheet !== undefined ? analyzeWorkbook(wb, { sheet: choice.targetSheet }) : auto;
    detected.log = withTarget.log?.grid.sheet;
  } catch {
    // A workbook the core cannot read at all: nothing detected; Validate will say why.
  }
  return detected;
}
