/**
 * The two actions of the year that are not Validate or Score, as host-independent steps like
 * ./controller.ts: 新建台账 (the log sheet made for staff, DESIGN §3) and 监控 (mid-year
 * monitoring and its 绩效监控表, DESIGN §9). The task pane, the ribbon and the web page call these.
 */
import type { LogTemplateResult } from "../core/log/template";
import type { MonitorResult } from "../core/monitor/monitor";
import type { ValidationReport } from "../core";
import { profileOf, type HostPort, type Progress, type SheetChoice } from "./port";

/**
 * Loaded with the first action, not with the page (the pane's first paint is budgeted,
 * taskpane_gz_kb in bench/run.mjs); one chunk with the rest of the core (same chunk name).
 */
const core = () => import(/* webpackChunkName: "core" */ "../core");
const monitorCore = () => import(/* webpackChunkName: "core" */ "../core/monitor/monitor");
const calendar = () => import(/* webpackChunkName: "core" */ "../core/monitor/calendar");
const templateCore = () => import(/* webpackChunkName: "core" */ "../core/log/template");

/**
 * The as-of date cannot be used: not a date, or outside the project's year. Apart from the core's
 * InputError because the pane adds "choose the right sheet" to those, which would mislead here.
 */
export class AsOfDateError extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
    this.name = "AsOfDateError";
  }
}

/** No indicator table to monitor: the table-not-found issue's sentence, in both languages. */
export class TableMissingError extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
    this.name = "TableMissingError";
  }
}

/** 新建台账: the log sheet with its dropdowns, or (a log exists) its indicator list brought up to date. */
export async function runLogTemplate(port: HostPort, choice: SheetChoice = {}, onProgress?: Progress): Promise<Omit<LogTemplateResult, "plan">> {
  const [wb, { analyzeWorkbook }, { logTemplatePlan }] = await Promise.all([port.readWorkbook(undefined, onProgress), core(), templateCore()]);
  const { plan, ...result } = logTemplatePlan(wb, analyzeWorkbook(wb, { sheet: choice.targetSheet, logSheet: choice.logSheet }));
  await port.applyPlan(plan, onProgress);
  return result;
}

/** What 监控 found, and where each indicator's row landed on the 绩效监控表. */
export interface MonitorRun {
  monitor: MonitorResult;
  /** The same issues Validate reports (monitoring reads the same table and log). */
  report: ValidationReport;
  /** The sheet written: 绩效监控表, or 绩效监控表（监控） beside one Monitor did not make. */
  sheet: string;
  /** Per indicator (monitor.indicators' order), its 三级指标 cell on that sheet (`C9`). */
  cells: string[];
  /** The profile used (its name). */
  profile: string;
}

/** 监控 as of `asOf` (`2022-06-30`, or an Excel serial): monitors and writes the 绩效监控表. */
export async function runMonitor(port: HostPort, choice: SheetChoice, asOf: string | number, onProgress?: Progress): Promise<MonitorRun> {
  const [wb, { analyzeWorkbook, builtinProfile, reportOf, readRecord, columnLetter, InputError }, { monitorAnalysis }, { parseAsOf }, { monitorPlan }] = await Promise.all([
    port.readWorkbook(undefined, onProgress),
    core(),
    monitorCore(),
    calendar(),
    import(/* webpackChunkName: "core" */ "../core/monitor/monitor-sheet"),
  ]);
  const serial = typeof asOf === "number" ? asOf : parseAsOf(asOf);
  if (typeof asOf === "string" && !asOf.trim())
    throw new AsOfDateError("请先选择监控日（年-月-日，如 2022-06-30），再点击「监控」。", "Choose the as-of date (year-month-day, e.g. 2022-06-30) first, then click Monitor.");
  if (serial === null)
    throw new AsOfDateError(
      `监控日「${asOf}」不是日期：请选择或填写年-月-日，如 2022-06-30。`,
      `The as-of date "${asOf}" is not a date: choose one, or write it as year-month-day, e.g. 2022-06-30.`,
    );
  const profile = profileOf(choice, builtinProfile);
  // monitorWorkbook's three steps, so that a refused date is told apart from a sheet problem.
  const analysis = analyzeWorkbook(wb, { sheet: choice.targetSheet, logSheet: choice.logSheet, profile, forScore: true });
  const lang = port.language();
  const report = reportOf(analysis, lang);
  if (!analysis.table) {
    const first = (l: "zh-CN" | "en") => reportOf(analysis, l).issues[0]?.message;
    throw new TableMissingError(first("zh-CN") ?? "没有找到指标表。", first("en") ?? "No indicator table was found.");
  }
  let monitor: MonitorResult;
  try {
    monitor = monitorAnalysis(analysis, serial);
  } catch (err) {
    if (err instanceof InputError) throw new AsOfDateError(err.message, err.messageEn);
    throw err;
  }
  const plan = monitorPlan(wb, analysis, monitor, readRecord(wb));
  await port.applyPlan(plan, onProgress);
  const sheetPlan = plan.sheets[0];
  return { monitor, report, sheet: sheetPlan.sheet, cells: indicatorCells(sheetPlan.writes, monitor.indicators.length, columnLetter), profile: profile?.name ?? "default" };
}

/**
 * The indicators' rows on the written sheet: after the header row (三级指标 in column C), one row per
 * indicator in order — read from the plan, which is where the sheet's layout is decided.
 */
function indicatorCells(writes: { row: number; col: number; value: unknown }[], count: number, letter: (col: number) => string): string[] {
  const NAME_COL = 2;
  const header = writes.find((w) => w.col === NAME_COL && w.value === "三级指标");
  if (!header) return [];
  const rows = writes.filter((w) => w.col === NAME_COL && w.row > header.row).map((w) => w.row);
  return rows.slice(0, count).map((r) => `${letter(NAME_COL)}${r + 1}`);
}
