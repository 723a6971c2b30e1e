/**
 * The CLI's JSON documents, exactly as DESIGN §6 states them (outside tools parse these); their
 * public types and schemas are report-schema.ts's.
 */
import type { Issue } from "../core/issues";
import type { IssueJson, ValidateReportJson } from "./report-schema";
import type { ScoreResult, ValidationReport } from "../core/report";
import type { ScoringProfile } from "../core/profile";

export function issueJson(i: Issue): IssueJson {
  return {
    code: i.code,
    severity: i.severity,
    sheet: i.sheet,
    row: i.row,
    column: i.column,
    field: i.field ?? null,
    indicator: i.indicator ?? null,
    message: i.message,
  };
}

/** `profile`: the scoring profile's name the report was made under (DESIGN §6 `"profile": "default"`). */
export function reportJson(file: string, report: ValidationReport, score: ScoreResult | undefined, profile: ScoringProfile): ValidateReportJson & { score?: ScoreResult } {
  const doc: ValidateReportJson & { score?: ScoreResult } = {
    file,
    sheet: report.sheet,
    valid: report.valid,
    stats: report.stats,
    issues: report.issues.map(issueJson),
    profile: profile.name,
  };
  if (score) doc.score = score;
  return doc;
}
