/**
 * Issue codes are a stable public vocabulary (DESIGN §4): tests, reviewers and outside tools rely
 * on them. Each code has one severity; messages live in ./locales, keyed by code.
 */
import type { Field } from "./indicator";
import type { QualitativeGrade } from "./rules/formulas";

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

/**
 * Each code's parameters: the values its message interpolates, kept apart from the message text
 * (zod style: `{ code: "weight-total", total: 105, expected: 100 }` reads `total` as a number).
 * A check can only build the parameters its code takes, and a locale reads them typed.
 *
 * Parameters stay inside the core and its hosts: the CLI's JSON report (DESIGN §6) carries code,
 * severity, sheet, row, column, field, indicator and message, never params, so the booleans here
 * (which were 1 / 0 before issue 17) change no public shape. Hosts that re-render a message in
 * another language (the pane's language switch) hand back what the core gave them.
 */
export interface IssueParamsByCode {
  /** With `missing`: a header row that lacks one required column (DESIGN §4); without: no header at all. */
  "table-not-found": { missing: string; labels: string; spellings: string } | Record<string, never>;
  "column-missing": { label: string; spellings: string };
  /** `partial`: some points cannot be read, and the readable ones already exceed `expected`. */
  "weight-total": { total: number; expected: number; partial: boolean };
  "level-weight-total": { category: string; stated: number; total: number; partial: boolean };
  "name-missing": Record<string, never>;
  /** `value` "" when the row has no 一级 at all. */
  "level1-invalid": { value: string; allowed: string };
  /** `parents`: the 一级 the 二级 does belong to ("" when none). */
  "level2-invalid": { value: string; level1: string; parents: string };
  /** `value` "" for a quantitative row with no operator. */
  "operator-invalid": { value: string };
  /** `value`: the cell's text when it holds only a unit. */
  "target-missing": { value?: string };
  "target-not-number": { value: string };
  "target-out-of-range": { value: string; percent: boolean };
  /** `full`: `≥ 100%`; `equals`: `=` on a percentage. */
  "target-suspicious": { value: string; kind: "full" | "equals" };
  "unit-missing": Record<string, never>;
  "unit-mismatch": { ruleUnit: string; unit: string };
  "attribute-invalid": { value: string };
  "attribute-mismatch": { value: string; kind: "quantitative" | "qualitative" };
  "rule-missing": Record<string, never>;
  "rule-unparsed": Record<string, never>;
  "rule-default": { kind?: "qualitative" };
  "rule-judgement": { kind: "range" | "clauses" | "discretion"; detail: string };
  "rule-inconsistent":
    | { kind: "weight"; full: number; weight: number }
    | { kind: "per-unit"; points: number; step: number; target: number; atTarget: number; full: number };
  "duplicate-indicator": { firstRow: number };
  "content-duplicate": { firstRow: number; other: string };
  "source-missing": Record<string, never>;
  /** No kind: a field holding template text; `row`: a whole leftover row; `prefix` / `inside`: a name with the template's mark. */
  placeholder: { value: string; kind?: "row" } | { value: string; kind: "prefix" | "inside"; prefix: string };
  "formula-uncached": Record<string, never>;
  /** `typed`: the cell's text as staff typed it; `computed`: Score's value as shown (points rounded to two decimals, or a text). */
  "score-differs": { what: "actual" | "score"; typed: string; computed: string };
  /** `copy`: Score also wrote a 绩效自评表, where the scores can be read. */
  "sheet-protected": { cells: number; copy: boolean };
  /** `profile`: the scoring profile as staff see it, in the language the issue was made in. */
  "score-out-of-band": { typed: number; computed: number; grade: QualitativeGrade; low: number; high: number; profile: string };
  /** `typed`: the table has 实际完成值 staff typed, which Score will use. */
  "log-sheet-not-found": { typed: boolean };
  "log-column-missing": { labels: string };
  /** `suggestion`: the closest indicator name ("" when none is close). */
  "log-unknown-indicator": { name: string; suggestion: string };
  "log-value-invalid": { value: string };
  "log-date-invalid": { value: string };
  /** `log`: the log sheet's name. */
  "log-no-entries": { log: string };
  "review-too-few": { count: number; min: number };
  /** `note`: the [info] note for a missing 满意度指标 (DESIGN §4), not the [warning] rule. */
  "review-category-missing": { category: string; note?: boolean };
  "review-input-as-output": Record<string, never>;
  "review-qualitative-share": { qualitative: number; count: number };
  "review-cost-standard": Record<string, never>;
  "review-weight-profile": { category: string; points: number; expected: number };
}

// Every code has its parameters and nothing else has: a code added above without them fails here.
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : never;
const everyCodeHasParams: SameKeys<IssueParamsByCode, typeof ISSUE_SEVERITY> = true;
void everyCodeHasParams;

/** The parameters of any code (what a host holds without knowing which code it has). */
export type IssueParams = IssueParamsByCode[IssueCode];

/** Where an issue is and what it is about: everything of an issue but its code and parameters. */
export interface IssueSubject {
  severity: Severity;
  sheet: string;
  /** 1-based row number as Excel shows it. */
  row: number;
  /** Column letter(s) as Excel shows them; "" when the issue is about the whole row or table. */
  column: string;
  field?: Field | "log";
  indicator?: string;
}

/** An issue of one code before its message is rendered: plain typed data. */
export interface RawIssueOf<C extends IssueCode> extends IssueSubject {
  code: C;
  params: IssueParamsByCode[C];
}

/** An issue before its message is rendered, of any code: a union discriminated by `code`. */
export type RawIssue = { [C in IssueCode]: RawIssueOf<C> }[IssueCode];

/**
 * An issue as reports carry it: its code, where it is, and its message in the chosen language.
 * The message names no cell: hosts show the cell beside it (the CLI's cell column, the pane's
 * entry, the summary's 单元格). `params` are the values the message was rendered from.
 */
export interface Issue extends IssueSubject {
  code: IssueCode;
  message: string;
  params?: IssueParams;
}

export type { Lang } from "./lang";
