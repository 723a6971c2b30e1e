/**
 * The core's public API: grids in, reports and write plans out. Pure TypeScript — no Office, no
 * DOM, no Node I/O — so every host (Excel, the CLI, the web page) runs the same code.
 */
import type { WorkbookGrids } from "./grid";
import type { Lang } from "./issues";
import type { ScoreReport } from "./report";
import { analyzeWorkbook, GENERATED_SHEETS, type AnalyzeOptions } from "./analyze";
import { reportOf } from "./validate";
import { scoreAnalysis } from "./score/score";
import { scorePlan } from "./plan/score-plan";
import { readRemarks } from "./plan/remarks";

export interface ScoreOptions extends AnalyzeOptions {
  lang?: Lang;
}

/** Score (DESIGN §5): validates first (the report carries the same issues), then scores and plans. */
export function scoreWorkbook(wb: WorkbookGrids, opts: ScoreOptions = {}): ScoreReport {
  const analysis = analyzeWorkbook(wb, { ...opts, forScore: true });
  const report = reportOf(analysis, opts.lang);
  const { result, scored } = scoreAnalysis(analysis, opts.lang);
  const previous = wb.sheets.find((g) => g.sheet === GENERATED_SHEETS[0]);
  const plan = scorePlan(analysis, result, scored, previous ? readRemarks(previous) : new Map());
  return { ...report, score: result, plan };
}

export { validateWorkbook, reportOf } from "./validate";
export { analyzeWorkbook, InputError, type Analysis, type AnalyzeOptions } from "./analyze";
export { clearScoresPlan } from "./plan/clear-plan";
export type { Grid, WorkbookGrids, CellValue, CellRange } from "./grid";
export { columnLetter, columnIndex } from "./grid";
export type { Issue, IssueCode, Severity, Lang, RawIssue } from "./issues";
export { ISSUE_CODES, ISSUE_SEVERITY } from "./issues";
export type { ValidationReport, ScoreReport, ScoreResult, IndicatorScore, BudgetScore, Grade, UnscoredReason } from "./report";
export { UNSCORED_REASON_CODES, reasonMessage, reasonText, notScoredText, notGradedText, gradeText, unscoredCount, type UnscoredReasonCode } from "./score/reasons";
export type { WritePlan, SheetPlan, CellWrite } from "./plan/types";
