/**
 * The pane's own words, in Simplified Chinese (the default) and English, chosen by
 * host.language(). Issue messages are not here: they come from the core's locales, already in the
 * chosen language. The action names 校验 / 评分 / 清除标记 and the score line `总分 93` are public:
 * outside tools look for them, so they stay exactly as written.
 */
import type { Grade, Lang, Severity, UnscoredReason } from "../core";
// Straight from the module (not the core's index): the first paint must not pull in the core.
import { notGradedText, notScoredText, reasonText } from "../core/score/reasons";
import type { Action, Announcement, Failure, NextStep, Notice } from "./pane-state";

export type { Action } from "./pane-state";

/** Where the scored workbook goes after Score: already in Excel, or the web page's 下载. */
export type AfterScore = "in-workbook" | "download";

export interface PaneStrings {
  appTitle: string;
  actions: Record<Action, string>;
  actionsLabel: string;
  /** While an action runs (next to the progress bar). */
  working: Record<Action, string>;
  /** The title of the message bar when an action failed. */
  failed: Record<Action, string>;
  /** The title of the message bar for a failure of the pane's own steps. */
  failedStep: Record<Exclude<Failure, Action>, string>;
  /** Sheet pickers. */
  targetSheet: string;
  logSheet: string;
  /** The scoring-profile picker (DESIGN §10), and what it says before the profiles have loaded. */
  profile: string;
  profileDefault: string;
  auto: string;
  autoDetected: (sheet: string) => string;
  autoNotFound: string;
  /** Issues. */
  issuesHeading: string;
  severity: Record<Severity, string>;
  filterLabel: string;
  rowHeading: (row: number, indicator: string | undefined, sheet: string | undefined) => string;
  /** An issue about a whole sheet (no table found, no log) or the whole table (weights): no cell. */
  sheetHeading: (sheet: string) => string;
  tableHeading: (sheet: string | undefined) => string;
  /** Where an issue without a cell points, in place of `A1`. */
  scopeLabel: Record<"sheet" | "table", string>;
  goToSheet: (sheet: string) => string;
  summary: (indicators: number, errors: number, warnings: number) => string;
  valid: string;
  invalid: string;
  noIssues: string;
  allFiltered: string;
  goToCell: (cell: string) => string;
  /** Score. */
  scoreHeading: string;
  /** Followed by a space and the total: `总分 93`. Outside tools look for exactly this text. */
  total: string;
  outOf: (max: string) => string;
  gradeLabel: string;
  gradeName: Record<Grade, string>;
  /** Where the grade goes when the score is incomplete: `未评定（2 项未能评分）`. */
  notGraded: (unscored: number) => string;
  incomplete: string;
  incompleteHint: string;
  chartTitle: string;
  chartSummary: (bars: { label: string; score: string; full: string }[]) => string;
  barTitle: (label: string, score: string, full: string) => string;
  budget: string;
  detailsHeading: string;
  colIndicator: string;
  colActual: string;
  colScore: string;
  noScore: string;
  /** An unscored indicator's cell: `未评分：台账中没有该指标的记录` (the reason by its code). */
  notScored: (reason: UnscoredReason | undefined) => string;
  /** One line of the incomplete warning: `专报报送数：台账中没有该指标的记录`. */
  unscoredItem: (name: string, reason: UnscoredReason | undefined) => string;
  /** Outcomes. */
  cleared: string;
  /** After 清除评分: what went, and what staff wrote since that was kept. */
  clearedScore: (keptCells: number, keptSheets: string[]) => string;
  validated: (errors: number, warnings: number) => string;
  /** After 新建台账: the log made, or only its dropdown's list updated. */
  logMade: (sheet: string, names: number, listOnly: boolean) => string;
  /** After 监控, for screen readers: the lights counted. */
  monitored: (green: number, yellow: number, red: number) => string;
  /**
   * Said to screen readers; deliberately not `总分 N`, which must appear once on the page. `total`
   * is null when nothing could be scored, `grade` when the score is incomplete (`unscored` items).
   */
  scored: (total: string | null, grade: string | null, unscored: number) => string;
  /** The one line under the buttons that says what to do now. */
  nextStep: (step: NextStep, afterScore: AfterScore) => string;
  notice: (notice: Notice) => string;
  announce: (a: Announcement) => string;
  /** The pane's pages. */
  pages: { main: string; explainer: string; help: string };
  pagesLabel: string;
  back: string;
  /** The language switch: each language named in itself. */
  languageLabel: string;
  languageName: Record<Lang, string>;
  loadingPart: string;
  /** Errors. */
  stale: string;
  wrongSheetHint: string;
  genericError: string;
  dismiss: string;
}

const zhCleared = "已清除标记。";
const zhClearedScore = (cells: number, sheets: string[]) =>
  "已清除评分：得分行、得分合计、评分填入的值和评分生成的工作表已移除。" +
  (cells ? `评分后手工修改过的 ${cells} 个单元格已保留。` : "") +
  (sheets.length ? `「${sheets.join("」「")}」中已填写偏差原因分析，该表已保留。` : "");
const enClearedScore = (cells: number, sheets: string[]) =>
  "Score cleared: the score lines, the total, the values Score filled in and the sheets it created are gone." +
  (cells ? ` ${cells} cell(s) edited by hand since scoring were kept.` : "") +
  (sheets.length ? ` ${sheets.map((s) => `"${s}"`).join(", ")} kept: it holds 偏差原因分析 staff wrote.` : "");

/** What screen readers hear, from the pane's words in one language. */
function announceWith(t: PaneStrings, a: Announcement): string {
  switch (a.kind) {
    case "validated":
      return t.validated(a.errors, a.warnings);
    case "monitored":
      return t.monitored(a.green, a.yellow, a.red);
    case "scored":
      return t.scored(a.total === null ? null : formatNumber(a.total), a.grade === null ? null : t.gradeName[a.grade], a.unscored);
    case "notice":
      return t.notice(a.notice);
    case "failed":
      return a.failed === "load" || a.failed === "select" || a.failed === "settings" ? t.failedStep[a.failed] : t.failed[a.failed];
  }
}

const zhCN: PaneStrings = {
  appTitle: "绩效目标表助手",
  actions: { validate: "校验", score: "评分", clear: "清除标记", clearScore: "清除评分", logTemplate: "新建台账", monitor: "监控" },
  actionsLabel: "操作",
  working: { validate: "正在校验…", score: "正在评分…", clear: "正在清除标记…", clearScore: "正在清除评分…", logTemplate: "正在新建台账…", monitor: "正在监控…" },
  failed: { validate: "校验未完成", score: "评分未完成", clear: "清除标记未完成", clearScore: "清除评分未完成", logTemplate: "新建台账未完成", monitor: "监控未完成" },
  failedStep: { load: "无法读取工作簿", select: "无法定位到单元格", settings: "无法保存所选设置" },
  targetSheet: "目标表",
  logSheet: "完成情况台账",
  profile: "评分方案",
  profileDefault: "默认",
  auto: "自动检测",
  autoDetected: (sheet) => `自动检测（${sheet}）`,
  autoNotFound: "自动检测（未找到）",
  issuesHeading: "校验结果",
  severity: { error: "错误", warning: "警告", info: "提示" },
  filterLabel: "按类别筛选问题",
  rowHeading: (row, indicator, sheet) => [sheet, `第 ${row} 行`, indicator].filter(Boolean).join(" · "),
  sheetHeading: (sheet) => `工作表「${sheet}」`,
  tableHeading: (sheet) => (sheet ? `「${sheet}」 · 整张表` : "整张表"),
  scopeLabel: { sheet: "工作表", table: "整张表" },
  goToSheet: (sheet) => `转到工作表「${sheet}」`,
  summary: (indicators, errors, warnings) => `${indicators} 个指标 · ${errors} 个错误 · ${warnings} 个警告`,
  valid: "校验通过",
  invalid: "需要修改",
  noIssues: "没有发现问题。",
  allFiltered: "所选类别中没有问题。",
  goToCell: (cell) => `定位到 ${cell}`,
  scoreHeading: "评分结果",
  total: "总分",
  outOf: (max) => `/ ${max}`,
  gradeLabel: "等级",
  gradeName: { 优: "优", 良: "良", 中: "中", 差: "差" },
  notGraded: (unscored) => notGradedText(unscored, "zh-CN"),
  incomplete: "数据不完整",
  incompleteHint: "部分指标未能计分，原因见下方各指标得分。补充后请重新评分。",
  chartTitle: "各一级指标得分",
  chartSummary: (bars) => `各一级指标得分：${bars.map((b) => `${b.label} ${b.score} 分（满分 ${b.full} 分）`).join("，")}`,
  barTitle: (label, score, full) => `${label}：得分 ${score}，满分 ${full}`,
  budget: "预算执行",
  detailsHeading: "各指标得分",
  colIndicator: "指标",
  colActual: "实际完成值",
  colScore: "得分 / 满分",
  noScore: "未计分",
  notScored: (reason) => notScoredText(reason, "zh-CN"),
  unscoredItem: (name, reason) => `${name}：${reason ? reasonText(reason, "zh-CN") : "未评分"}`,
  cleared: zhCleared,
  clearedScore: (cells, sheets) => zhClearedScore(cells, sheets),
  validated: (errors, warnings) => `校验完成：${errors} 个错误，${warnings} 个警告。`,
  logMade: (sheet, names, listOnly) =>
    listOnly
      ? `已有台账「${sheet}」：只更新了三级指标下拉列表（目标表的 ${names} 个指标）。`
      : `已添加台账「${sheet}」：三级指标可从下拉列表选择（目标表的 ${names} 个指标）。`,
  monitored: (green, yellow, red) => `监控完成：确定能 ${green} 项，有可能 ${yellow} 项，完全不可能 ${red} 项。`,
  scored: (total, grade, unscored) =>
    grade !== null && total !== null
      ? `评分完成：${total} 分，等级${grade}。`
      : `评分完成：${total === null ? "" : `${total} 分，`}${notGradedText(unscored, "zh-CN")}。`,
  nextStep: (step, afterScore) => {
    switch (step.kind) {
      case "start":
        return step.targetFound === false
          ? "没有找到项目绩效目标表：请在「目标表」中选择填写指标的工作表，然后点击「校验」。"
          : "下一步：点击「校验」，检查目标表的格式和内容。";
      case "fix":
        return `有 ${step.errors} 个错误需要修改：点击下方的问题可定位到单元格，改好后再点「校验」。`;
      case "score":
        return step.logFound === false
          ? "校验通过。评分需要完成情况台账（或「实际完成值」列）：补充后点击「评分」。"
          : `校验通过${step.warnings ? `（${step.warnings} 个警告可先查看）` : ""}。下一步：点击「评分」，根据完成情况台账计算得分。`;
      case "scored-incomplete":
        return `还有 ${step.unscored} 项未能评分：按下方原因补充台账后，再点「评分」。`;
      case "scored":
        return afterScore === "download"
          ? "得分已写入各指标，并已生成「绩效自评表」。下一步：点击「下载」保存评分后的工作簿。"
          : "得分已写入各指标，并已生成「绩效自评表」。请检查后保存工作簿。";
      case "cleared":
        return "评分已清除。需要时可重新点击「校验」和「评分」。";
      case "monitored":
        return `已生成「${step.sheet}」：点击表中的指标可定位到它的行，请填写偏差原因分析和完成目标的措施。`;
    }
  },
  notice: (n) => (n.kind === "cleared" ? zhCleared : n.kind === "logTemplate" ? zhCN.logMade(n.sheet, n.names, n.listOnly) : zhClearedScore(n.keptCells, n.keptSheets)),
  announce: (a) => announceWith(zhCN, a),
  pages: { main: "校验与评分", explainer: "评分标准解读", help: "使用说明" },
  pagesLabel: "页面",
  back: "返回",
  languageLabel: "界面语言",
  languageName: { "zh-CN": "中文", en: "English" },
  loadingPart: "正在加载…",
  stale: "工作表在评分期间被修改，请重新评分。",
  wrongSheetHint: "请在上方选择正确的工作表，或选择“自动检测”。",
  genericError: "发生了意外错误。请重试；如果问题仍然存在，请关闭并重新打开任务窗格。",
  dismiss: "关闭",
};

const en: PaneStrings = {
  appTitle: "Performance target assistant",
  actions: { validate: "Validate", score: "Score", clear: "Clear marks", clearScore: "Clear score", logTemplate: "New log sheet", monitor: "Monitor" },
  actionsLabel: "Actions",
  working: { validate: "Validating…", score: "Scoring…", clear: "Clearing marks…", clearScore: "Clearing the score…", logTemplate: "Making the log sheet…", monitor: "Monitoring…" },
  failed: {
    validate: "Validate did not finish",
    score: "Score did not finish",
    clear: "Clear did not finish",
    clearScore: "Clear score did not finish",
    logTemplate: "New log sheet did not finish",
    monitor: "Monitor did not finish",
  },
  failedStep: { load: "Could not read the workbook", select: "Could not go to the cell", settings: "Could not save the choice" },
  targetSheet: "Target sheet",
  logSheet: "Log sheet",
  profile: "Scoring profile",
  profileDefault: "default",
  auto: "Detect automatically",
  autoDetected: (sheet) => `Detect automatically (${sheet})`,
  autoNotFound: "Detect automatically (none found)",
  issuesHeading: "Validation",
  severity: { error: "Error", warning: "Warning", info: "Info" },
  filterLabel: "Filter issues by severity",
  rowHeading: (row, indicator, sheet) => [sheet, `Row ${row}`, indicator].filter(Boolean).join(" · "),
  sheetHeading: (sheet) => `Sheet “${sheet}”`,
  tableHeading: (sheet) => (sheet ? `“${sheet}” · whole table` : "Whole table"),
  scopeLabel: { sheet: "sheet", table: "whole table" },
  goToSheet: (sheet) => `Go to sheet “${sheet}”`,
  summary: (indicators, errors, warnings) =>
    `${indicators} indicator${indicators === 1 ? "" : "s"} · ${errors} error${errors === 1 ? "" : "s"} · ${warnings} warning${warnings === 1 ? "" : "s"}`,
  valid: "Valid",
  invalid: "Needs changes",
  noIssues: "No issues found.",
  allFiltered: "No issues in the selected categories.",
  goToCell: (cell) => `Go to ${cell}`,
  scoreHeading: "Score",
  total: "Total",
  outOf: (max) => `/ ${max}`,
  gradeLabel: "Grade",
  gradeName: { 优: "优 (excellent)", 良: "良 (good)", 中: "中 (fair)", 差: "差 (poor)" },
  notGraded: (unscored) => notGradedText(unscored, "en"),
  incomplete: "Data incomplete",
  incompleteHint: "Some indicators could not be scored; the reasons are in the score per indicator below. Fill them in and score again.",
  chartTitle: "Score by first-level indicator",
  chartSummary: (bars) => `Score by first-level indicator: ${bars.map((b) => `${b.label} ${b.score} of ${b.full}`).join(", ")}`,
  barTitle: (label, score, full) => `${label}: ${score} of ${full} points`,
  budget: "Budget execution",
  detailsHeading: "Score per indicator",
  colIndicator: "Indicator",
  colActual: "Actual",
  colScore: "Score / full",
  noScore: "not scored",
  notScored: (reason) => notScoredText(reason, "en"),
  unscoredItem: (name, reason) => `${name}: ${reason ? reasonText(reason, "en") : "not scored"}`,
  cleared: "Marks cleared.",
  clearedScore: (cells, sheets) => enClearedScore(cells, sheets),
  validated: (errors, warnings) => `Validate finished: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}.`,
  logMade: (sheet, names, listOnly) =>
    listOnly
      ? `The workbook has a log (${sheet}): only the 三级指标 dropdown's list was updated (the table's ${names} indicators).`
      : `Log sheet ${sheet} added: pick each 三级指标 from its dropdown (the table's ${names} indicators).`,
  monitored: (green, yellow, red) => `Monitor finished: ${green} certain, ${yellow} possible, ${red} impossible.`,
  scored: (total, grade, unscored) =>
    grade !== null && total !== null
      ? `Score finished: ${total} points, grade ${grade}.`
      : `Score finished: ${total === null ? "no points" : `${total} points`}, ${notGradedText(unscored, "en")}.`,
  nextStep: (step, afterScore) => {
    switch (step.kind) {
      case "start":
        return step.targetFound === false
          ? "No performance target table found: choose the sheet with the indicators under Target sheet, then click Validate."
          : "Next: click Validate to check the target table.";
      case "fix":
        return `${step.errors} error${step.errors === 1 ? "" : "s"} to fix: click an issue below to go to its cell, then click Validate again.`;
      case "score":
        return step.logFound === false
          ? "Valid. Score needs the log sheet (完成情况台账) or a 实际完成值 column: add it, then click Score."
          : `Valid${step.warnings ? ` (${step.warnings} warning${step.warnings === 1 ? "" : "s"} worth a look)` : ""}. Next: click Score to compute the scores from the log.`;
      case "scored-incomplete":
        return `${step.unscored} indicator${step.unscored === 1 ? "" : "s"} could not be scored: complete the log as the reasons below say, then click Score again.`;
      case "scored":
        return afterScore === "download"
          ? "Each indicator has its score now, and the 绩效自评表 sheet is made. Next: click Download to keep the scored workbook."
          : "Each indicator has its score now, and the 绩效自评表 sheet is made. Check it, then save the workbook.";
      case "cleared":
        return "Score cleared. Click Validate and Score again when you need them.";
      case "monitored":
        return `${step.sheet} is made: click an indicator in the table to go to its row, and fill in 偏差原因分析 and 完成目标的措施 there.`;
    }
  },
  notice: (n) => (n.kind === "cleared" ? "Marks cleared." : n.kind === "logTemplate" ? en.logMade(n.sheet, n.names, n.listOnly) : enClearedScore(n.keptCells, n.keptSheets)),
  announce: (a) => announceWith(en, a),
  pages: { main: "Validate and score", explainer: "Rule explainer", help: "Help" },
  pagesLabel: "Pages",
  back: "Back",
  languageLabel: "Language",
  languageName: { "zh-CN": "中文", en: "English" },
  loadingPart: "Loading…",
  stale: "The sheet was changed while scoring. Please score again.",
  wrongSheetHint: "Choose the right sheet above, or choose “Detect automatically”.",
  genericError: "Something unexpected went wrong. Try again; if it keeps happening, close and reopen the task pane.",
  dismiss: "Dismiss",
};

const STRINGS: Record<Lang, PaneStrings> = { "zh-CN": zhCN, en };

export function stringsFor(lang: Lang): PaneStrings {
  return STRINGS[lang] ?? zhCN;
}

/** Numbers as the core rounds them (two decimals at most), never with grouping separators. */
export function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}
