/**
 * The review summary (汇总.xlsx, DESIGN §11) from the files `jixiao review` saw, in the order
 * given: 汇总 (a row per file with its 结论 coloured), 问题清单 (a row per issue), 说明 (the date,
 * the profile, the review checks and their sources).
 */
import { REVIEW_CHECK_NOTES } from "../../core/checks/review";
import { placedMessage } from "../../core/locales";
import type { Lang } from "../../core/lang";
import { writeWorkbook } from "./package";
import type { SheetCell, SheetSpec } from "./sheet-part";
import { VERDICT_LABEL, type ReviewedFile, type ReviewedIssue } from "./reviewed-file";
import type { CellStyle } from "./styles";

export interface SummaryMeta {
  /** When the review ran (说明's date). */
  date: Date;
  /** The scoring profile's name and what it sets (DESIGN §10). */
  profile: { name: string; description: string };
  /** How 文件 shows a file (e.g. relative to the folder it was found in); the path itself by default. */
  fileName?: (file: string) => string;
}

/** How many messages 主要问题 shows. */
export const MAIN_ISSUES = 3;

export const SUMMARY_HEADER = ["文件", "单位", "项目名称", "指标数", "错误", "警告", "分值合计", "得分", "等级", "结论", "主要问题"];
export const ISSUE_LIST_HEADER = ["文件", "工作表", "单元格", "代码", "级别", "说明"];

const SEVERITY_LABEL: Record<string, string> = { error: "错误", warning: "警告", info: "提示" };
const VERDICT_STYLE: Record<ReviewedFile["verdict"], CellStyle> = { pass: "pass", revise: "revise", unreadable: "unreadable" };

const text = (value: string | number | null | undefined, style: CellStyle = "text"): SheetCell => ({ value: value ?? null, style });
const num = (value: number | null | undefined): SheetCell => ({ value: value ?? null, style: "number" });
const header = (labels: string[]): SheetCell[] => labels.map((l) => text(l, "header"));

/**
 * Errors first, then the review's warnings (what makes a file 需修改), then the other warnings,
 * each in the table's order; notes ([info]) are not main problems. Each after its cell (`K9：…`):
 * the core's messages name none, and here a message stands without the 单元格 column beside it.
 */
export function mainIssues(f: ReviewedFile, lang: Lang = "zh-CN"): string {
  if (f.verdict === "unreadable") return f.error ?? "";
  const issues = f.issues ?? [];
  const review = (i: ReviewedIssue) => i.code.startsWith("review-");
  const ranked = [
    ...issues.filter((i) => i.severity === "error"),
    ...issues.filter((i) => i.severity === "warning" && review(i)),
    ...issues.filter((i) => i.severity === "warning" && !review(i)),
  ];
  const shown = ranked.slice(0, MAIN_ISSUES).map((i, k) => `${k + 1}. ${placedMessage(i, lang)}`);
  if (ranked.length > MAIN_ISSUES) shown.push(`（另有 ${ranked.length - MAIN_ISSUES} 条，见问题清单）`);
  return shown.join("\n");
}

/** The cell an issue points at as Excel names it (`F12`), or its row alone (`第 12 行`). */
export function cellName(i: Pick<ReviewedIssue, "row" | "column">): string {
  return i.column ? `${i.column}${i.row}` : `第 ${i.row} 行`;
}

function summaryRow(f: ReviewedFile, name: string): SheetCell[] {
  const s = f.stats;
  return [
    text(name),
    text(f.unit),
    text(f.project),
    num(s?.indicators),
    num(s?.errors),
    num(s?.warnings),
    num(s?.totalWeight),
    num(f.score?.total),
    text(f.score?.grade ?? null, "textCenter"),
    text(VERDICT_LABEL[f.verdict], VERDICT_STYLE[f.verdict]),
    text(mainIssues(f)),
  ];
}

function issueRows(f: ReviewedFile, name: string): SheetCell[][] {
  if (f.verdict === "unreadable" && !(f.issues ?? []).length) return [[text(name), text(""), text(""), text(""), text("错误", "textCenter"), text(f.error ?? "")]];
  return (f.issues ?? []).map((i) => [text(name), text(i.sheet), text(cellName(i), "textCenter"), text(i.code), text(SEVERITY_LABEL[i.severity] ?? i.severity, "textCenter"), text(i.message)]);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** 2026-12-03 13:15, local time (the officer's clock). */
export function dateText(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function notesRows(files: ReviewedFile[], meta: SummaryMeta): SheetCell[][] {
  const count = (v: ReviewedFile["verdict"]) => files.filter((f) => f.verdict === v).length;
  const pair = (label: string, value: string): SheetCell[] => [text(label, "label"), text(value)];
  return [
    [text("项目绩效目标表审核汇总 说明", "title")],
    [],
    pair("审核日期", dateText(meta.date)),
    pair("评分方案", `${meta.profile.name}：${meta.profile.description}`),
    pair("文件数", `${files.length} 个：通过 ${count("pass")}，需修改 ${count("revise")}，无法读取 ${count("unreadable")}`),
    pair("通过", "没有错误，也没有审核问题（其余警告和提示仍列在问题清单中，供参考）"),
    pair("需修改", "有错误，或有审核问题（代码以 review- 开头的警告）：请按问题清单修改后重新报送"),
    pair("无法读取", "文件无法打开、没有指标表或超出处理限制：原因见主要问题"),
    pair("得分、等级", "只在文件中有实际完成值（台账或实际完成值列）时给出"),
    [],
    header(["审核检查", "检查内容", "依据"]),
    ...REVIEW_CHECK_NOTES.map((n) => [text(n.code), text(n.what), text(n.source)]),
  ];
}

/** The three sheets, as plain descriptions (tests read them; summaryWorkbook writes them). */
export function summarySheets(files: ReviewedFile[], meta: SummaryMeta): SheetSpec[] {
  const notes = notesRows(files, meta);
  const name = meta.fileName ?? ((file: string) => file);
  return [
    {
      name: "汇总",
      rows: [header(SUMMARY_HEADER), ...files.map((f) => summaryRow(f, name(f.file)))],
      // Bounds in characters: long paths, unit and project names wrap within them.
      columns: [{ max: 34 }, { max: 24 }, { max: 28 }, { min: 7, max: 8 }, { min: 6, max: 6 }, { min: 6, max: 6 }, { min: 9, max: 10 }, { min: 6, max: 8 }, { min: 6, max: 6 }, { min: 9, max: 10 }, { min: 30, max: 56 }],
      headerRow: 0,
      autoFilter: true,
    },
    {
      name: "问题清单",
      rows: [header(ISSUE_LIST_HEADER), ...files.flatMap((f) => issueRows(f, name(f.file)))],
      columns: [{ max: 34 }, { max: 18 }, { min: 8, max: 10 }, { max: 26 }, { min: 6, max: 6 }, { min: 40, max: 80 }],
      headerRow: 0,
      autoFilter: true,
    },
    {
      name: "说明",
      rows: notes,
      columns: [{ min: 12, max: 26 }, { min: 30, max: 60 }, { min: 30, max: 60 }],
    },
  ];
}

/** The summary workbook's bytes. */
export function summaryWorkbook(files: ReviewedFile[], meta: SummaryMeta): Promise<Uint8Array> {
  return writeWorkbook(summarySheets(files, meta), { title: "项目绩效目标表审核汇总", created: meta.date });
}
