/**
 * The pane's state as one value and the one function that changes it: every event (the host
 * listed its sheets, an action started, Validate returned, the ribbon published a result, staff
 * switched the language …) is a typed action, and paneReducer says what the pane looks like next.
 * Pure: no React, no host, no core import — tested on its own (pane-state.test.ts).
 *
 * What depends on the language (titles, notices, what screen readers hear) is kept as data and
 * worded at render time, so a switch to English rewords everything already on show.
 */
import type { Lang, ScoreReport, ValidationReport } from "../core";
import type { LastResult } from "../app/last-result";
import type { SheetChoice } from "../app/port";
import type { MonitorRun } from "../app/year-actions";
import type { DetectedSheets } from "./detect-sheets";

export type Action = "validate" | "score" | "clear" | "clearScore" | "logTemplate" | "monitor";

export type ShownResult =
  | { kind: "validate"; report: ValidationReport }
  | { kind: "score"; report: ScoreReport }
  /** 监控's table, with the issues of the table and log it read (`report`). */
  | { kind: "monitor"; report: ValidationReport; run: Omit<MonitorRun, "report"> };

/** A scoring profile the pane offers (DESIGN §10): its name, and its label in each language. */
export interface ProfileChoice {
  name: string;
  label: Record<Lang, string>;
}

/** What failed: an action, or one of the pane's own steps (reading the workbook, selecting, saving the choice). */
export type Failure = Action | "load" | "select" | "settings";

export interface PaneError {
  failed: Failure;
  /** Already readable (the host's or the core's sentence); never a stack. */
  message: string;
}

/** What the pane says after 清除标记 / 清除评分 (worded at render time). */
export type Notice =
  | { kind: "cleared" }
  | { kind: "clearedScore"; keptCells: number; keptSheets: string[] }
  /** After 新建台账: the log sheet made (or, `listOnly`, its dropdown's list brought up to date). */
  | { kind: "logTemplate"; sheet: string; names: number; listOnly: boolean };

/** What screen readers hear when an action ends (worded at render time). */
export type Announcement =
  | { kind: "validated"; errors: number; warnings: number }
  | { kind: "scored"; total: number | null; grade: ScoreReport["score"]["grade"]; unscored: number }
  | { kind: "monitored"; green: number; yellow: number; red: number }
  | { kind: "notice"; notice: Notice }
  | { kind: "failed"; failed: Failure };

/** The pane's pages: the actions and results, the rule explainer, 使用说明. */
export type PaneView = "main" | "explainer" | "help";

export interface PaneModel {
  lang: Lang;
  sheets: string[];
  /** Of the sheets, those named like a log: not offered as the target. */
  logNamed: string[];
  /** The choice as remembered (may name a sheet that is gone: effectiveChoice drops it). */
  saved: SheetChoice;
  /** Staff picked a sheet before the remembered choice arrived: theirs wins. */
  picked: boolean;
  detected: DetectedSheets | null;
  busy: Action | null;
  /** 0..1, or undefined while the host has not reported progress yet (indeterminate). */
  progress: number | undefined;
  shown: ShownResult | null;
  error: PaneError | null;
  notice: Notice | null;
  announcement: Announcement | null;
  view: PaneView;
  /** The built-in scoring profiles, once the core has loaded (empty until then). */
  profiles: ProfileChoice[];
  /** 监控's date as the date field holds it (`2022-06-30`; empty when cleared). */
  asOf: string;
}

export type PaneEvent =
  | { type: "sheets-listed"; sheets: string[]; logNamed: string[] }
  | { type: "settings-loaded"; choice: SheetChoice }
  | { type: "detected"; detected: DetectedSheets }
  | { type: "sheet-chosen"; field: keyof SheetChoice; sheet: string | undefined }
  | { type: "started"; action: Action }
  | { type: "progressed"; done: number; total: number }
  | { type: "validated"; report: ValidationReport }
  | { type: "scored"; report: ScoreReport; unscored: number }
  | { type: "flags-cleared" }
  | { type: "score-cleared"; keptCells: number; keptSheets: string[] }
  | { type: "log-made"; sheet: string; names: number; listOnly: boolean }
  | { type: "monitored"; run: MonitorRun }
  | { type: "profiles-listed"; profiles: ProfileChoice[] }
  | { type: "as-of-changed"; asOf: string }
  | { type: "failed"; failed: Failure; message: string }
  | { type: "finished" }
  /** Published by the ribbon commands (or another mount of the pane). */
  | { type: "result-received"; result: LastResult }
  | { type: "error-dismissed" }
  | { type: "language-changed"; lang: Lang }
  /** The report on show, its messages reworded in the new language. */
  | { type: "relocalized"; shown: ShownResult }
  | { type: "view-opened"; view: PaneView };

/** `asOf`: the date field's first value (the hosts pass today). */
export function initialModel(lang: Lang, last: LastResult | undefined, asOf = ""): PaneModel {
  return {
    lang,
    sheets: [],
    logNamed: [],
    saved: {},
    picked: false,
    detected: null,
    busy: null,
    progress: undefined,
    shown: shownOf(last),
    error: last && !last.ok ? { failed: last.action, message: last.message.trim() } : null,
    notice: null,
    announcement: null,
    view: "main",
    profiles: [],
    asOf,
  };
}

export function paneReducer(state: PaneModel, event: PaneEvent): PaneModel {
  switch (event.type) {
    case "sheets-listed":
      // A new list only when the names changed (no re-render every time a picker opens).
      return sameNames(state.sheets, event.sheets) ? state : { ...state, sheets: event.sheets, logNamed: event.logNamed };
    case "settings-loaded":
      return state.picked ? state : { ...state, saved: event.choice };
    case "detected":
      return { ...state, detected: event.detected };
    case "sheet-chosen": {
      const saved: SheetChoice = { ...state.saved };
      if (event.sheet === undefined) delete saved[event.field];
      else saved[event.field] = event.sheet;
      return { ...state, saved, picked: true };
    }
    case "started":
      // One action at a time: a second start while one runs changes nothing.
      if (state.busy) return state;
      return { ...state, busy: event.action, progress: undefined, error: null, notice: null, view: "main" };
    case "progressed":
      return { ...state, progress: event.total > 0 ? Math.min(1, Math.max(0, event.done / event.total)) : undefined };
    case "validated":
      return {
        ...state,
        shown: { kind: "validate", report: event.report },
        announcement: { kind: "validated", errors: event.report.stats.errors, warnings: event.report.stats.warnings },
      };
    case "scored":
      return {
        ...state,
        shown: { kind: "score", report: event.report },
        announcement: { kind: "scored", total: event.report.score.total, grade: event.report.score.grade, unscored: event.unscored },
      };
    case "flags-cleared": {
      const notice: Notice = { kind: "cleared" };
      return { ...state, notice, announcement: { kind: "notice", notice } };
    }
    case "log-made": {
      const notice: Notice = { kind: "logTemplate", sheet: event.sheet, names: event.names, listOnly: event.listOnly };
      return { ...state, notice, announcement: { kind: "notice", notice } };
    }
    case "monitored": {
      const { report, ...run } = event.run;
      const count = (light: string) => run.monitor.indicators.filter((i) => i.light === light).length;
      return { ...state, shown: { kind: "monitor", report, run }, announcement: { kind: "monitored", green: count("green"), yellow: count("yellow"), red: count("red") } };
    }
    case "profiles-listed":
      return { ...state, profiles: event.profiles };
    case "as-of-changed":
      return { ...state, asOf: event.asOf };
    case "score-cleared": {
      const notice: Notice = { kind: "clearedScore", keptCells: event.keptCells, keptSheets: event.keptSheets };
      return { ...state, shown: null, notice, announcement: { kind: "notice", notice } };
    }
    case "failed":
      return { ...state, error: { failed: event.failed, message: event.message }, announcement: isAction(event.failed) ? { kind: "failed", failed: event.failed } : state.announcement };
    case "finished":
      return { ...state, busy: null, progress: undefined };
    case "result-received": {
      const shown = shownOf(event.result);
      if (shown) return { ...state, shown, error: null, notice: null };
      const r = event.result as Extract<LastResult, { ok: false }>;
      return { ...state, error: { failed: r.action, message: r.message.trim() } };
    }
    case "error-dismissed":
      return { ...state, error: null };
    case "language-changed":
      return event.lang === state.lang ? state : { ...state, lang: event.lang };
    case "relocalized":
      // Only the report it was made from: one that arrived since stays as it came.
      return state.shown && state.shown.report.issues.length === event.shown.report.issues.length && state.shown.kind === event.shown.kind ? { ...state, shown: event.shown } : state;
    case "view-opened":
      return { ...state, view: event.view };
  }
}

/**
 * The one primary button (DESIGN: one primary action at a time): 校验 until a report says the
 * table is fit to score (no errors), then 评分; after 监控, 监控 (again, for another date).
 */
export function primaryAction(state: Pick<PaneModel, "shown">): "validate" | "score" | "monitor" {
  const shown = state.shown;
  if (!shown) return "validate";
  if (shown.kind === "score" || shown.kind === "monitor") return shown.kind;
  return shown.report.valid ? "score" : "validate";
}

/** What the next-step line says, as data (worded by i18n's nextStep). */
export type NextStep =
  | { kind: "start"; targetFound: boolean | null }
  | { kind: "fix"; errors: number }
  | { kind: "score"; logFound: boolean | null; warnings: number }
  | { kind: "scored-incomplete"; unscored: number }
  | { kind: "scored" }
  | { kind: "cleared" }
  | { kind: "monitored"; sheet: string };

export function nextStep(state: Pick<PaneModel, "shown" | "detected" | "notice">, unscored: (r: ScoreReport) => number): NextStep {
  const shown = state.shown;
  if (!shown) {
    if (state.notice?.kind === "clearedScore") return { kind: "cleared" };
    return { kind: "start", targetFound: state.detected === null ? null : state.detected.target !== undefined };
  }
  if (shown.kind === "monitor") return { kind: "monitored", sheet: shown.run.sheet };
  if (shown.kind === "score") {
    const n = unscored(shown.report);
    return n > 0 ? { kind: "scored-incomplete", unscored: n } : { kind: "scored" };
  }
  if (!shown.report.valid) return { kind: "fix", errors: shown.report.stats.errors };
  return { kind: "score", logFound: state.detected === null ? null : state.detected.log !== undefined, warnings: shown.report.stats.warnings };
}

/** Sheets that can be the target: not a log sheet (by its name). */
export function targetCandidates(state: Pick<PaneModel, "sheets" | "logNamed">): string[] {
  return state.sheets.filter((s) => !state.logNamed.includes(s));
}

/** Sheets that can be the log: not the target, not a 绩效自评表 Score writes. */
export function logCandidates(state: Pick<PaneModel, "sheets">, target: string | undefined): string[] {
  return state.sheets.filter((s) => s !== target && !/^绩效自评表(（评分\d*）)?$/.test(s));
}

function isAction(f: Failure): f is Action {
  return f === "validate" || f === "score" || f === "clear" || f === "clearScore" || f === "logTemplate" || f === "monitor";
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

function shownOf(result: LastResult | undefined): ShownResult | null {
  if (!result || !result.ok) return null;
  return result.action === "validate" ? { kind: "validate", report: result.report } : { kind: "score", report: result.report };
}

/** The remembered choice, less sheets that are gone (renamed or deleted since): those mean "detect". */
export function effectiveChoice(saved: SheetChoice, sheets: readonly string[]): SheetChoice {
  const keep = (s: string | undefined) => s !== undefined && (sheets.length === 0 || sheets.includes(s));
  const choice: SheetChoice = {};
  if (keep(saved.targetSheet)) choice.targetSheet = saved.targetSheet;
  if (keep(saved.logSheet)) choice.logSheet = saved.logSheet;
  // The profile is no sheet: it stays whatever the workbook's sheets are.
  if (saved.profile) choice.profile = saved.profile;
  return choice;
}
