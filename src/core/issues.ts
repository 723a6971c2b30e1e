/**
 * Issue codes are a stable public vocabulary (DESIGN §4): tests, reviewers and outside tools rely
 * on them. Each code has one severity; messages live in ./locales, keyed by code.
 */
import type { Field } from "./indicator";

export const ISSUE_SEVERITY = {
  // table
  "table-not-found": "error",
  "column-missing": "error", // warning for operator / unit / attribute (see checks/columns.ts)
  "weight-total": "error",
  "level-weight-total": "error",
  // indicator rows
  "name-missing": "error",
  "level1-invalid": "error",
  "level2-invalid": "error",
  "operator-invalid": "error",
  "target-missing": "error",
  "target-not-number": "error",
  "target-out-of-range": "error",
  "target-suspicious": "warning",
  "unit-missing": "error",
  "unit-mismatch": "warning",
  "attribute-invalid": "error",
  "attribute-mismatch": "error",
  "rule-missing": "error",
  "rule-unparsed": "error",
  "rule-default": "info",
  "rule-judgement": "info",
  "rule-inconsistent": "error",
  "duplicate-indicator": "error",
  "content-duplicate": "warning",
  "source-missing": "warning",
  placeholder: "error", // warning for a whole leftover template row (checks/placeholder.ts)
  "formula-uncached": "warning",
  "score-differs": "warning",
  "sheet-protected": "warning",
  "score-out-of-band": "error", // a staff-chosen 定性 得分 outside its band (scoring profile, DESIGN §10)
  // log rows
  "log-sheet-not-found": "info", // error when Score was asked
  "log-column-missing": "error",
  "log-unknown-indicator": "warning",
  "log-value-invalid": "error",
  "log-date-invalid": "warning",
  "log-no-entries": "warning",
  // review checks (审核): only with the review on (jixiao review, the pane's 审核 setting)
  "review-too-few": "warning",
  "review-category-missing": "warning",
  "review-input-as-output": "warning",
  "review-qualitative-share": "warning",
  "review-cost-standard": "warning",
  "review-weight-profile": "warning",
} as const;

export type IssueCode = keyof typeof ISSUE_SEVERITY;
export type Severity = "error" | "warning" | "info";
export const ISSUE_CODES = Object.keys(ISSUE_SEVERITY) as IssueCode[];

/** Values a message may interpolate; kept apart from the message text (zod style). */
export type IssueParams = Record<string, string | number>;

/** An issue before its message is rendered: plain typed data. */
export interface RawIssue {
  code: IssueCode;
  severity: Severity;
  sheet: string;
  /** 1-based row number as Excel shows it. */
  row: number;
  /** Column letter(s) as Excel shows them; "" when the issue is about the whole row or table. */
  column: string;
  field?: Field | "log";
  indicator?: string;
  params: IssueParams;
}

/** An issue as reports carry it: a RawIssue plus its message in the chosen language. */
export interface Issue extends Omit<RawIssue, "params"> {
  message: string;
  params?: IssueParams;
}

export type { Lang } from "./lang";
