/** Messages by locale: zh-CN first, en second. A new language adds a file here, never touches a check. */
import type { Issue, IssueCode, IssueParams, Lang, RawIssue, RawIssueOf } from "../issues";
import { en } from "./en";
import { zhCN } from "./zh-CN";
import type { MessageMap } from "./types";

export const MESSAGES: Record<Lang, MessageMap> = { "zh-CN": zhCN, en };

/** One code's message, its parameters read as that code's (the map is keyed by the same code). */
function messageOf<C extends IssueCode>(map: MessageMap, issue: RawIssueOf<C>): string {
  const { code, params, ...subject } = issue;
  return map[code](params, subject);
}

/**
 * The issue with its message in `lang`. Takes what the core built, or an issue a host got from the
 * core and hands back to reword it in another language (its params are the ones it came with).
 */
export function renderIssue(issue: RawIssue | (Omit<Issue, "message" | "params"> & { params: IssueParams }), lang: Lang = "zh-CN"): Issue {
  const message = messageOf(MESSAGES[lang], issue as RawIssue);
  const { params, ...rest } = issue;
  return { ...rest, message, params };
}

/**
 * Codes whose issue is about a whole table or sheet (no table, a missing column, the points'
 * total, the review's counts): their messages say which, and no cell or row goes before them.
 */
const WHOLE_TABLE_CODES: ReadonlySet<string> = new Set<IssueCode>([
  "table-not-found",
  "column-missing",
  "weight-total",
  "sheet-protected",
  "log-sheet-not-found",
  "log-column-missing",
  "review-too-few",
  "review-category-missing",
  "review-qualitative-share",
  "review-weight-profile",
]);

/**
 * Where an issue is, for a host that shows its message on its own line (the summary's 主要问题):
 * the cell (`K9`), the row when it has no column (`第9行` / `Row 9`), or "" for a whole-table issue.
 */
export function issuePlace(issue: { code: string; row: number; column: string }, lang: Lang = "zh-CN"): string {
  if (WHOLE_TABLE_CODES.has(issue.code)) return "";
  if (issue.column) return `${issue.column}${issue.row}`;
  return lang === "en" ? `Row ${issue.row}` : `第${issue.row}行`;
}

/** The message after its place (`K9：没有填写指标值…`, `K9: No target value…`), as one line of text. */
export function placedMessage(issue: { code: string; row: number; column: string; message: string }, lang: Lang = "zh-CN"): string {
  const place = issuePlace(issue, lang);
  return place ? `${place}${lang === "en" ? ": " : "："}${issue.message}` : issue.message;
}
