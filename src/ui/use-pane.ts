/**
 * The pane's state (one reducer, ./pane-state.ts) wired to the host: sheet choices (detected,
 * overridden, remembered through the host), the running action and its progress, the report on
 * show, what went wrong, the language. Everything goes through the HostPort, so Excel, the web
 * page and tests share it. The core loads on first use (./load-core.ts), not with the page.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import type { Issue, Lang, WorkbookGrids } from "../core";
import type { HostPort, Progress, SheetChoice } from "../app/port";
import { errorText } from "./error-message";
import { stringsFor, type PaneStrings } from "./i18n";
import { issueCell } from "./issue-groups";
import { loadCore, type CoreActions } from "./load-core";
import { effectiveChoice, initialModel, paneReducer, type Action, type Failure, type PaneModel, type PaneView, type ShownResult } from "./pane-state";
import type { ResultsChannel } from "./results-channel";

export { effectiveChoice } from "./pane-state";
export type { ShownResult } from "./pane-state";

export interface PaneState extends PaneModel {
  t: PaneStrings;
  /** The choice in effect: a remembered sheet that no longer exists counts as "detect". */
  choice: SheetChoice;
  run(action: Action): Promise<void>;
  chooseSheet(field: keyof SheetChoice, sheet: string | undefined): void;
  /** The scoring profile by name; `default` (or undefined) forgets the choice. */
  chooseProfile(name: string | undefined): void;
  /** 监控's date, as the date field holds it. */
  setAsOf(asOf: string): void;
  /** A row of the monitoring table: selects that indicator's row on the 绩效监控表. */
  selectMonitorRow(index: number): void;
  refreshSheets(): void;
  selectIssue(issue: Issue): void;
  dismissError(): void;
  setLanguage(lang: Lang): void;
  openView(view: PaneView): void;
}

export interface PaneOptions {
  /** The language when the page decides it (the web page's switch); else the host's, then the pane's own switch. */
  lang?: Lang;
}

export function usePane(host: HostPort, results: ResultsChannel, opts: PaneOptions = {}): PaneState {
  const [state, dispatch] = useReducer(paneReducer, undefined, () => initialModel(opts.lang ?? languageOf(host), results.last(), todayText()));
  const t = stringsFor(state.lang);

  // Async actions read the latest state through a ref, not through stale closures.
  const stateRef = useRef(state);
  stateRef.current = state;
  const busyRef = useRef(false);
  const gridsRef = useRef<WorkbookGrids | null>(null);

  // Which sheets the pickers offer is the core's call (the log-name pattern, the ownership record).
  const listed = useCallback((all: string[]) => loadCore().then((core) => dispatch({ type: "sheets-listed", ...core.listedSheets(all) })), []);
  const fail = useCallback(
    (failed: Parameters<typeof failedEvent>[0], err: unknown) => dispatch(failedEvent(failed, errorText(err, stateRef.current.lang, stringsFor(stateRef.current.lang)))),
    [],
  );

  // A language the page decides (its own switch) follows the page.
  useEffect(() => {
    if (opts.lang) dispatch({ type: "language-changed", lang: opts.lang });
  }, [opts.lang]);

  // The report on show, reworded when the language changes (issues keep their parameters).
  const shownLang = useRef(state.lang);
  useEffect(() => {
    if (shownLang.current === state.lang) return;
    shownLang.current = state.lang;
    const shown = stateRef.current.shown;
    if (!shown) return;
    loadCore().then((core) => dispatch({ type: "relocalized", shown: relocalize(core, shown, state.lang) }), () => undefined);
  }, [state.lang]);

  // Results published by the ribbon commands (or by another mount of the pane).
  useEffect(() => results.subscribe((result) => dispatch({ type: "result-received", result })), [results]);

  // Sheets and remembered choices first, then (in the background) what detection would pick.
  useEffect(() => {
    let alive = true;
    (async () => {
      let names: string[];
      let remembered: SheetChoice;
      try {
        [names, remembered] = await Promise.all([host.listSheets(), host.loadSettings()]);
      } catch (err) {
        if (alive) fail("load", err);
        return;
      }
      if (!alive) return;
      dispatch({ type: "settings-loaded", choice: remembered ?? {} });
      await listed(names).catch(() => undefined);
      if (!alive) return;
      void loadCore().then((core) => dispatch({ type: "profiles-listed", profiles: core.profileChoices() }), () => undefined);
      if (!alive) return;
      try {
        const [wb, core] = await Promise.all([host.readWorkbook(), loadCore()]);
        if (!alive) return;
        gridsRef.current = wb;
        const saved = stateRef.current.picked ? stateRef.current.saved : (remembered ?? {});
        dispatch({ type: "detected", detected: core.detectSheets(wb, effectiveChoice(saved, names)) });
      } catch {
        // Detection is a courtesy: the pickers then just say 自动检测, and Validate reports problems.
      }
    })();
    return () => {
      alive = false;
    };
  }, [host, fail, listed]);

  const run = useCallback(
    async (action: Action) => {
      if (busyRef.current) return;
      busyRef.current = true;
      dispatch({ type: "started", action });
      const choice = effectiveChoice(stateRef.current.saved, stateRef.current.sheets);
      const lang = stateRef.current.lang;
      const port = paneHost(host, lang, (wb) => (gridsRef.current = wb));
      const onProgress: Progress = (done, total) => dispatch({ type: "progressed", done, total });
      let core: CoreActions | null = null;
      let redetect = false;
      try {
        core = await loadCore();
        const outcome = await core.runPaneAction(action, port, choice, stateRef.current.asOf, onProgress);
        dispatch(outcome.event);
        if (outcome.publish) results.publish(outcome.publish);
        redetect = outcome.redetect === true;
      } catch (err) {
        fail(action, err);
      } finally {
        busyRef.current = false;
        dispatch({ type: "finished" });
        if (core && gridsRef.current) dispatch({ type: "detected", detected: core.detectSheets(gridsRef.current, choice) });
        // 新建台账 made the log detection looks for: read again so the log picker names it.
        if (core && redetect) {
          const c = core;
          port.readWorkbook().then((wb) => dispatch({ type: "detected", detected: c.detectSheets(wb, choice) }), () => undefined);
        }
        // Score, 新建台账 and 监控 add sheets: keep the pickers' list current.
        host.listSheets().then(listed, () => undefined);
      }
    },
    [host, results, fail, listed],
  );

  const chooseSheet = useCallback(
    (field: keyof SheetChoice, sheet: string | undefined) => {
      dispatch({ type: "sheet-chosen", field, sheet });
      const next: SheetChoice = { ...stateRef.current.saved };
      if (sheet === undefined) delete next[field];
      else next[field] = sheet;
      host.saveSettings(next).catch((err: unknown) => fail("settings", err));
      const wb = gridsRef.current;
      if (wb) void loadCore().then((core) => dispatch({ type: "detected", detected: core.detectSheets(wb, effectiveChoice(next, stateRef.current.sheets)) }), () => undefined);
    },
    [host, fail],
  );

  const chooseProfile = useCallback((name: string | undefined) => chooseSheet("profile", name === "default" ? undefined : name), [chooseSheet]);
  const setAsOf = useCallback((asOf: string) => dispatch({ type: "as-of-changed", asOf }), []);
  const selectMonitorRow = useCallback(
    (index: number) => {
      const shown = stateRef.current.shown;
      const cell = shown?.kind === "monitor" ? shown.run.cells[index] : undefined;
      if (shown?.kind !== "monitor" || !cell) return;
      host.selectCell(shown.run.sheet, cell).catch((err: unknown) => fail("select", err));
    },
    [host, fail],
  );

  const refreshSheets = useCallback(() => {
    host.listSheets().then(listed, () => undefined);
  }, [host, listed]);

  const selectIssue = useCallback(
    (issue: Issue) => {
      host.selectCell(issue.sheet, issueCell(issue)).catch((err: unknown) => fail("select", err));
    },
    [host, fail],
  );

  const dismissError = useCallback(() => dispatch({ type: "error-dismissed" }), []);
  const setLanguage = useCallback((lang: Lang) => dispatch({ type: "language-changed", lang }), []);
  const openView = useCallback((view: PaneView) => dispatch({ type: "view-opened", view }), []);
  const choice = useMemo(() => effectiveChoice(state.saved, state.sheets), [state.saved, state.sheets]);

  return { ...state, t, choice, run, chooseSheet, chooseProfile, setAsOf, selectMonitorRow, refreshSheets, selectIssue, dismissError, setLanguage, openView };
}

/** Today in the pane's time zone, as the date field holds it: `2022-06-30`. */
export function todayText(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function failedEvent(failed: Failure, message: string) {
  return { type: "failed", failed, message } as const;
}

function languageOf(host: HostPort): Lang {
  try {
    return host.language() === "en" ? "en" : "zh-CN";
  } catch {
    return "zh-CN";
  }
}

/** The report's issues in another language: each message rendered again from its code and parameters. */
function relocalize(core: CoreActions, shown: ShownResult, lang: Lang): ShownResult {
  const issues = shown.report.issues.map((i) => (i.params ? core.renderIssue({ ...i, params: i.params }, lang) : i));
  if (shown.kind === "monitor") return { ...shown, report: { ...shown.report, issues } };
  return shown.kind === "validate" ? { kind: "validate", report: { ...shown.report, issues } } : { kind: "score", report: { ...shown.report, issues } };
}

/**
 * The host as the pane uses it: in the pane's language (the switch may differ from the host's),
 * remembering the grids the last action read (detection reuses them: no second read).
 */
function paneHost(host: HostPort, lang: Lang, onRead: (wb: WorkbookGrids) => void): HostPort {
  return {
    listSheets: () => host.listSheets(),
    readWorkbook: async (sheets, onProgress) => {
      const wb = await host.readWorkbook(sheets, onProgress);
      if (!sheets) onRead(wb);
      return wb;
    },
    applyPlan: (plan, onProgress) => host.applyPlan(plan, onProgress),
    flagIssues: (issues) => host.flagIssues(issues),
    clearFlags: () => host.clearFlags(),
    selectCell: (sheet, address) => host.selectCell(sheet, address),
    loadSettings: () => host.loadSettings(),
    saveSettings: (choice) => host.saveSettings(choice),
    language: () => lang,
  };
}
