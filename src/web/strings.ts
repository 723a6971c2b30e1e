/**
 * The standalone page's own words (the pane brings its own, src/taskpane/i18n.ts). 下载 / Download
 * is public: outside tools look for a button with exactly that name.
 */
import type { Lang } from "../core";

export interface PageStrings {
  documentTitle: string;
  appTitle: string;
  privacy: string;
  openLabel: string;
  dropHint: string;
  dropNow: string;
  opening: (name: string) => string;
  openFailed: string;
  /** After a failed open, when a workbook was already open: it stays (§8). */
  keptOpen: (name: string) => string;
  dismiss: string;
  /** The Download button's accessible name: exactly 下载 / Download. */
  download: string;
  downloadHint: string;
  downloadReady: (name: string) => string;
  downloaded: (name: string) => string;
  /** A file read for reports only (.xls): Download is refused, with the way forward. */
  downloadReadOnly: string;
  currentFile: (name: string) => string;
  sheetsLabel: string;
  gridLabel: (sheet: string) => string;
  rowNumbers: string;
  emptySheet: string;
  rowsShown: (from: number, to: number, total: number) => string;
  colsShown: (shown: number, total: number) => string;
  previousRows: string;
  nextRows: string;
  cellIssues: (cell: string) => string;
  selected: (sheet: string, cell: string) => string;
  noIssueAtCell: (cell: string) => string;
  flagLegend: string;
  paneLabel: string;
  workbookLabel: string;
  intro: string;
  /** Asked before opening another file over unsaved scored work (§8: 保存 / 放弃 / 取消). */
  unsavedTitle: string;
  unsavedBody: (current: string, next: string) => string;
  unsavedChoices: (downloadName: string) => string;
  /** Downloads the scored workbook, then opens the other file. */
  saveFirst: string;
  /** Opens the other file without downloading. */
  discard: string;
  /** Keeps the current workbook as it is. */
  cancel: string;
}

const zhCN: PageStrings = {
  documentTitle: "绩效目标表助手（网页版）",
  appTitle: "绩效目标表助手",
  privacy: "文件只在本机浏览器中处理，不会上传。",
  openLabel: "打开工作簿（.xlsx）",
  dropHint: "或把 .xlsx 文件拖放到这里",
  dropNow: "松开鼠标即可打开",
  opening: (name) => `正在打开「${name}」…`,
  openFailed: "无法打开文件",
  keptOpen: (name) => `当前打开的「${name}」保持不变。`,
  dismiss: "关闭",
  download: "下载",
  downloadHint: "评分后可下载带得分的工作簿。",
  downloadReady: (name) => `下载为「${name}」。`,
  downloaded: (name) => `已下载「${name}」。`,
  downloadReadOnly: ".xls 文件只能校验和评分，不能下载评分后的工作簿。请在 Excel 或 WPS 中另存为 .xlsx，再打开该文件评分后下载。",
  currentFile: (name) => `当前文件：${name}`,
  sheetsLabel: "工作表",
  gridLabel: (sheet) => `工作表「${sheet}」`,
  rowNumbers: "行号",
  emptySheet: "此工作表是空的。",
  rowsShown: (from, to, total) => `显示第 ${from}–${to} 行，共 ${total} 行。`,
  colsShown: (shown, total) => `只显示前 ${shown} 列（共 ${total} 列）。`,
  previousRows: "上一页",
  nextRows: "下一页",
  cellIssues: (cell) => `${cell} 的问题`,
  selected: (sheet, cell) => `已定位到「${sheet}」的 ${cell}。`,
  noIssueAtCell: (cell) => `${cell} 没有校验问题。`,
  flagLegend: "标记：红色为错误，黄色为警告，蓝色为提示。点击标记的单元格查看问题。",
  paneLabel: "校验与评分",
  workbookLabel: "工作簿内容",
  intro: "打开项目绩效目标表（.xlsx），点击「校验」检查格式问题，点击「评分」根据完成情况台账计算得分，然后「下载」评分后的工作簿。",
  unsavedTitle: "评分结果尚未下载",
  unsavedBody: (current, next) => `当前工作簿「${current}」已评分但尚未下载，打开「${next}」将丢弃这些修改。是否继续？`,
  unsavedChoices: (downloadName) => `「保存」先下载为「${downloadName}」再打开；「放弃」不下载直接打开；「取消」留在当前工作簿。`,
  saveFirst: "保存",
  discard: "放弃",
  cancel: "取消",
};

const en: PageStrings = {
  documentTitle: "Performance target assistant (web)",
  appTitle: "Performance target assistant",
  privacy: "Your file is processed in this browser only. Nothing is uploaded.",
  openLabel: "Open a workbook (.xlsx)",
  dropHint: "or drop an .xlsx file here",
  dropNow: "Release to open the file",
  opening: (name) => `Opening “${name}”…`,
  openFailed: "Could not open the file",
  keptOpen: (name) => `“${name}” is still open, unchanged.`,
  dismiss: "Dismiss",
  download: "Download",
  downloadHint: "Score first to download the workbook with its scores.",
  downloadReady: (name) => `Downloads as “${name}”.`,
  downloaded: (name) => `Downloaded “${name}”.`,
  downloadReadOnly: "An .xls file can be validated and scored, but no scored workbook can be downloaded. Save it as .xlsx in Excel or WPS, open that file, score it and download.",
  currentFile: (name) => `File: ${name}`,
  sheetsLabel: "Sheets",
  gridLabel: (sheet) => `Sheet “${sheet}”`,
  rowNumbers: "Row",
  emptySheet: "This sheet is empty.",
  rowsShown: (from, to, total) => `Showing rows ${from}–${to} of ${total}.`,
  colsShown: (shown, total) => `Showing the first ${shown} of ${total} columns.`,
  previousRows: "Previous rows",
  nextRows: "Next rows",
  cellIssues: (cell) => `Issues at ${cell}`,
  selected: (sheet, cell) => `Selected ${cell} on “${sheet}”.`,
  noIssueAtCell: (cell) => `No validation issues at ${cell}.`,
  flagLegend: "Marks: red for errors, amber for warnings, blue for notes. Select a marked cell to see its issues.",
  paneLabel: "Validate and score",
  workbookLabel: "Workbook",
  intro: "Open a performance target table (.xlsx), click Validate to check it, Score to compute the scores from the work log, then Download the scored workbook.",
  unsavedTitle: "Scores not downloaded",
  unsavedBody: (current, next) => `The scored workbook “${current}” has not been downloaded; opening “${next}” discards its changes. Continue?`,
  unsavedChoices: (downloadName) => `Save downloads it as “${downloadName}” first, then opens the other file; Discard opens it without downloading; Cancel keeps the current workbook.`,
  saveFirst: "Save",
  discard: "Discard",
  cancel: "Cancel",
};

export function pageStrings(lang: Lang): PageStrings {
  return lang === "en" ? en : zhCN;
}
