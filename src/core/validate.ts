/** Validate (DESIGN §4): the analysis as a report of {valid, stats, issues}. Changes nothing. */
import type { WorkbookGrids } from "./grid";
import type { Lang } from "./issues";
import { renderIssue } from "./locales";
import type { ValidationReport } from "./report";
import { analyzeWorkbook, type AnalyzeOptions, type Analysis } from "./analyze";
import { fullPointsOf } from "./points";

export interface ValidateOptions extends AnalyzeOptions {
  lang?: Lang;
}

export function validateWorkbook(wb: WorkbookGrids, opts: ValidateOptions = {}): ValidationReport {
  return reportOf(analyzeWorkbook(wb, opts), opts.lang);
}

export function reportOf(analysis: Analysis, lang: Lang = "zh-CN"): ValidationReport {
  const issues = analysis.issues.map((i) => renderIssue(i, lang));
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.filter((i) => i.severity === "warning").length;
  const indicators = analysis.table?.indicators ?? [];
  const totalWeight = indicators.reduce((a, ind) => a + (fullPointsOf(ind, analysis.rules) ?? 0), 0);
  return {
    sheet: analysis.target.sheet,
    valid: errors === 0,
    stats: { indicators: indicators.length, errors, warnings, totalWeight: Math.round(totalWeight * 100) / 100 },
    issues,
  };
}
