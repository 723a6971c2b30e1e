/** Messages by locale: zh-CN first, en second. A new language adds a file here, never touches a check. */
import type { Issue, Lang, RawIssue } from "../issues";
import { en } from "./en";
import { zhCN } from "./zh-CN";
import type { MessageMap } from "./types";

export const MESSAGES: Record<Lang, MessageMap> = { "zh-CN": zhCN, en };

export function renderIssue(issue: RawIssue, lang: Lang = "zh-CN"): Issue {
  const { params, ...rest } = issue;
  return { ...rest, message: MESSAGES[lang][issue.code](issue), params };
}
