/**
 * The core's public API: grids in, reports and write plans out. Pure TypeScript — no Office, no
 * DOM, no Node I/O — so every host (Excel, the CLI, the web page) runs the same code.
 */
import type { WorkbookGrids } from "./grid";
import type { Lang } from "./issues";
import type { ScoreReport } from "./report";
import { analyzeWorkbook, sortIssues as sortedIssues, type AnalyzeOptions } from "./analyze";
import { reportOf } from "./validate";
import { scoreAnalysis } from "./score/score";
import { generatedSheetName, scorePlan, type ScorePlanContext } from "./plan/score-plan";
import { readRecord, RECORD_SHEET } from "./plan/ownership";
import { cellAddress } from "./grid";
import { ISSUE_SEVERITY } from "./issues";
import { readRemarks, readSignOff } from "./plan/remarks";

export interface ScoreOptions extends AnalyzeOptions {
  lang?: Lang;
}

/** Score (DESIGN §5): validates first (the report carries the same issues), then scores and plans. */
export function scoreWorkbook(wb: WorkbookGrids, opts: ScoreOptions = {}): ScoreReport {
  const analysis = analyzeWorkbook(wb, { ...opts, forScore: true });
  const record = readRecord(wb);
  const { result, scored, differs } = scoreAnalysis(analysis, opts.lang, record, opts.profile);
  // Staff's 偏差原因分析 come from the 自评表 Score made (the one it replaces), never another's.
  const own = generatedSheetName(wb, record);
  const previous = record.sheets.has(own) ? wb.sheets.find((g) => g.sheet === own) : undefined;
  const context: ScorePlanContext = { workbook: wb, record, remarks: previous ? readRemarks(previous) : new Map(), signOff: previous ? readSignOff(previous) : new Map(), profile: opts.profile };
  const plan = scorePlan(analysis, result, scored, context);
  if (context.protectedSkipped && analysis.table) {
    const t = analysis.table;
    const at = cellAddress(t.grid, t.header.row, 0);
    const copy = plan.sheets.some((s) => s.create && s.sheet !== RECORD_SHEET);
    differs.push({ code: "sheet-protected", severity: ISSUE_SEVERITY["sheet-protected"], sheet: t.grid.sheet, row: at.row, column: "", params: { cells: context.protectedSkipped, copy } });
  }
  // score-differs and sheet-protected (what Score kept or could not write) are part of the report.
  const report = reportOf({ ...analysis, issues: sortedIssues([...analysis.issues, ...differs], analysis.target.sheet) }, opts.lang);
  return { ...report, score: result, plan };
}

export { validateWorkbook, reportOf } from "./validate";
export { analyzeWorkbook, InputError, type Analysis, type AnalyzeOptions } from "./analyze";
export { clearScorePlan, type ClearResult } from "./plan/clear-plan";
export { readRecord, RECORD_SHEET, type OwnershipRecord } from "./plan/ownership";
export type { Grid, WorkbookGrids, CellValue, CellRange } from "./grid";
export { columnLetter, columnIndex } from "./grid";
export type { Issue, IssueCode, Severity, Lang, RawIssue } from "./issues";
export { ISSUE_CODES, ISSUE_SEVERITY } from "./issues";
export type { ValidationReport, ScoreReport, ScoreResult, IndicatorScore, BudgetScore, Grade, UnscoredReason } from "./report";
export { UNSCORED_REASON_CODES, reasonMessage, reasonText, notScoredText, notGradedText, gradeText, unscoredCount, type UnscoredReasonCode } from "./score/reasons";
export type { WritePlan, SheetPlan, CellWrite } from "./plan/types";
export {
  ProfileSchema,
  BUILTIN_PROFILES,
  BUILTIN_PROFILE_NAMES,
  DEFAULT_PROFILE,
  YITIHUA_PROFILE,
  BUDGET20_PROFILE,
  builtinProfile,
  parseProfile,
  problemText,
  profileLabel,
  type ScoringProfile,
  type ProfileProblem,
  type ProfileResult,
} from "./profile";
export { ADJUSTMENT_CODES, type AdjustmentCode, type ScoreAdjustment } from "./score/adjustments";
export { whatIfUnderProfile, type ProfileWhatIf } from "./score/what-if";
