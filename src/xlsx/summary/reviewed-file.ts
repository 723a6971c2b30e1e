/**
 * One file as `jixiao review` saw it: the line `--json` prints for it and the row the summary
 * makes of it (DESIGN §6, §11). A file that could not be reviewed carries its one-line reason.
 */
export type Verdict = "pass" | "revise" | "unreadable";

/** 结论 as the summary shows it. */
export const VERDICT_LABEL: Record<Verdict, string> = { pass: "通过", revise: "需修改", unreadable: "无法读取" };

/** An issue as the CLI's JSON carries it (src/cli/json.ts IssueJson): what the summary lists. */
export interface ReviewedIssue {
  code: string;
  severity: string;
  sheet: string;
  row: number;
  column: string;
  message: string;
}

export interface ReviewedFile {
  file: string;
  /** pass: no errors and no review warnings; revise: either; unreadable: no table or not readable. */
  verdict: Verdict;
  /** The title block's 单位 (单位名称 / 主管部门 / 实施单位), "" when it names none. */
  unit: string;
  /** The title block's 项目名称, "" when it names none. */
  project: string;
  /** The scoring profile's name (DESIGN §6: every report names it). */
  profile?: string;
  sheet?: string;
  valid?: boolean;
  stats?: { indicators: number; errors: number; warnings: number; totalWeight: number };
  /** Only when the file has actual values (a log sheet or a typed 实际完成值). */
  score?: { total: number | null; max: number; complete: boolean; grade: string | null };
  issues?: ReviewedIssue[];
  /** Why the file could not be reviewed (unreadable only). */
  error?: string;
}
