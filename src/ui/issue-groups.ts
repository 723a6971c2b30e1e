/**
 * The issue list's shape: issues grouped by the sheet row they are on (`第 10 行 · 指标名`), in the
 * report's order (target sheet first, then by row), each with the cell the pane selects. The core's
 * messages name no cell (issue 17): the pane shows the cell beside each message.
 */
import type { Issue, IssueCode, Severity } from "../core";

/**
 * Where an issue points: a cell, a whole row (a row's issue with no column), the whole table
 * (weights that do not add up, a missing column) or a whole sheet (no table on it, no log). The
 * last two have no cell staff could fix, so the pane names the table or sheet instead of `A1`.
 */
export type IssueScope = "cell" | "row" | "table" | "sheet";

const SHEET_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>(["table-not-found", "log-sheet-not-found", "log-column-missing"]);
const TABLE_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>([
  "column-missing",
  "weight-total",
  "level-weight-total",
  "sheet-protected",
  "review-too-few",
  "review-category-missing",
  "review-qualitative-share",
  "review-weight-profile",
]);

export function issueScope(issue: Pick<Issue, "code" | "column">): IssueScope {
  if (issue.column) return "cell";
  if (SHEET_CODES.has(issue.code)) return "sheet";
  if (TABLE_CODES.has(issue.code)) return "table";
  return "row";
}

export interface IssueGroup {
  key: string;
  /** Row groups are per sheet row; table and sheet issues are grouped per sheet, under no row. */
  scope: "row" | "table" | "sheet";
  sheet: string;
  row: number;
  /** The indicator named by the row's issues, when any does. */
  indicator?: string;
  issues: Issue[];
}

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/**
 * The cell the pane selects for an issue (`S10`); a whole-row issue selects the row's first cell,
 * a table or sheet issue the sheet's first (the pane shows 整张表 / 工作表 for those, not the cell).
 */
export function issueCell(issue: Issue): string {
  return `${issue.column || "A"}${issue.row}`;
}

export function countBySeverity(issues: readonly Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;
  return counts;
}

/** Groups by (sheet, row) in first-seen order; only the issues whose severity is shown. */
export function groupIssues(issues: readonly Issue[], shown: ReadonlySet<Severity>): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    if (!shown.has(issue.severity)) continue;
    const s = issueScope(issue);
    const scope = s === "cell" ? "row" : s;
    const key = scope === "row" ? `${issue.sheet}\u0000${issue.row}` : `${issue.sheet}\u0000${scope}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, scope, sheet: issue.sheet, row: issue.row, issues: [] };
      groups.set(key, group);
    }
    group.indicator ??= issue.indicator || undefined;
    group.issues.push(issue);
  }
  return [...groups.values()];
}
