/**
 * The issue list's shape: issues grouped by the sheet row they are on (`第 10 行 · 指标名`), in the
 * report's order (target sheet first, then by row), each with the cell the pane selects.
 */
import type { Issue, Severity } from "../core";

export interface IssueGroup {
  key: string;
  sheet: string;
  row: number;
  /** The indicator named by the row's issues, when any does. */
  indicator?: string;
  issues: Issue[];
}

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** The cell an issue points at (`S10`); a whole-row or whole-table issue points at column A. */
export function issueCell(issue: Issue): string {
  return `${issue.column || "A"}${issue.row}`;
}

/** The message without the `S10：` prefix the core puts in front (the pane shows the cell apart). */
export function messageBody(issue: Issue): string {
  const cell = `${issue.column}${issue.row}`;
  if (!issue.column) return issue.message;
  for (const sep of ["：", ": ", ":"]) if (issue.message.startsWith(cell + sep)) return issue.message.slice(cell.length + sep.length);
  return issue.message;
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
    const key = `${issue.sheet}\u0000${issue.row}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, sheet: issue.sheet, row: issue.row, issues: [] };
      groups.set(key, group);
    }
    group.indicator ??= issue.indicator || undefined;
    group.issues.push(issue);
  }
  return [...groups.values()];
}
