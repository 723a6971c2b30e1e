import type { IssueCode, RawIssue } from "../issues";

/** One message per issue code: what is wrong and how to fix it, for the staff member. */
export type MessageMap = Record<IssueCode, (issue: RawIssue) => string>;

/** Read a message parameter as text. */
export function p(issue: RawIssue, key: string): string {
  const v = issue.params[key];
  return v === undefined ? "" : String(v);
}
