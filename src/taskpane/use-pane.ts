/**
 * The pane's state and actions, apart from how they look: sheet choices (detected, overridden,
 * remembered through the host), the running action and its progress, the report on show, and
 * what went wrong. Everything goes through the HostPort, so Excel, the web page and tests share it.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Issue, Lang, ScoreReport, ValidationReport, WorkbookGrids } from "../core";
import { unscoredCount } from "../core";
import { runClearFlags, runClearScore, runScore, runValidate } from "../app/controller";
import { RECORD_SHEET } from "../core";
import type { LastResult } from "../app/last-result";
import type { HostPort, Progress, SheetChoice } from "../app/port";
import { detectSheets, type DetectedSheets } from "./detect-sheets";
import { errorText } from "./error-message";
import { formatNumber, stringsFor, type Action, type PaneStrings } from "./i18n";
import { issueCell } from "./issue-groups";
import type { ResultsChannel } from "./results-channel";

export type ShownResult = { kind: "validate"; report: ValidationReport } | { kind: "score"; report: ScoreReport };

export interface PaneError {
  title: string;
  message: string;
}

export interface PaneState {
  lang: Lang;
  t: PaneStrings;
  sheets: string[];
  /** The choice in effect: a remembered sheet that no longer exists counts as "detect". */
  choice: SheetChoice;
  detected: DetectedSheets | null;
  busy: Action | null;
  /** 0..1, or undefined while the host has not reported progress yet (indeterminate). */
  progress: number | undefined;
  shown: ShownResult | null;
  error: PaneError | null;
  notice: string | null;
  /** Said to screen readers when an action ends. */
  announcement: string;
  run(action: Action): Promise<void>;
  chooseSheet(field: keyof SheetChoice, sheet: string | undefined): void;
  refreshSheets(): void;
  selectIssue(issue: Issue): void;
  dismissError(): void;
}

export function usePane(host: HostPort, results: ResultsChannel): PaneState {
  const lang = useMemo(() => languageOf(host), [host]);
  const t = stringsFor(lang);

  const [sheets, setSheets] = useState<string[]>([]);
  const [saved, setSaved] = useState<SheetChoice>({});
  const [detected, setDetected] = useState<DetectedSheets | null>(null);
  const [busy, setBusy] = useState<Action | null>(null);
  const [progress, setProgress] = useState<number | undefined>(undefined);
  const [shown, setShown] = useState<ShownResult | null>(() => shownOf(results.last()));
  const [error, setError] = useState<PaneError | null>(() => errorOf(results.last(), t));
  const [notice, setNotice] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");

  // Async actions read the latest values through refs, not through stale closures.
  const sheetsRef = useRef(sheets);
  const savedRef = useRef(saved);
  const busyRef = useRef(false);
  const gridsRef = useRef<WorkbookGrids | null>(null);
  /** The user picked a sheet before the remembered choice arrived: theirs wins. */
  const pickedRef = useRef(false);
  sheetsRef.current = sheets;
  savedRef.current = saved;

  /** A new list only when the names changed (no re-render every time a picker opens). */
  // The very hidden ownership record is Score's bookkeeping, never a sheet to pick.
  const updateSheets = useCallback((all: string[]) => {
    const names = all.filter((n) => n !== RECORD_SHEET);
    setSheets((prev) => (sameNames(prev, names) ? prev : names));
  }, []);

  const fail = useCallback((title: string, err: unknown) => setError({ title, message: errorText(err, lang, t) }), [lang, t]);

  // Results published by the ribbon commands (or by another mount of the pane).
  useEffect(() => {
    return results.subscribe((result) => {
      const next = shownOf(result);
      if (next) {
        setShown(next);
        setError(null);
        setNotice(null);
      } else {
        setError(errorOf(result, t));
      }
    });
  }, [results, t]);

  // Sheets and remembered choices first, then (in the background) what detection would pick.
  useEffect(() => {
    let alive = true;
    (async () => {
      let names: string[];
      let remembered: SheetChoice;
      try {
        [names, remembered] = await Promise.all([host.listSheets(), host.loadSettings()]);
      } catch (err) {
        if (alive) fail(t.failedLoad, err);
        return;
      }
      if (!alive) return;
      setSheets(names);
      if (!pickedRef.current) {
        savedRef.current = remembered ?? {};
        setSaved(savedRef.current);
      }
      try {
        const wb = await host.readWorkbook();
        if (!alive) return;
        gridsRef.current = wb;
        setDetected(detectSheets(wb, effectiveChoice(savedRef.current, names)));
      } catch {
        // Detection is a courtesy: the pickers then just say 自动检测, and Validate reports problems.
      }
    })();
    return () => {
      alive = false;
    };
  }, [host, fail, t]);

  const run = useCallback(
    async (action: Action) => {
      if (busyRef.current) return;
      busyRef.current = true;
      setBusy(action);
      setProgress(undefined);
      setError(null);
      setNotice(null);
      const choice = effectiveChoice(savedRef.current, sheetsRef.current);
      const port = capturingReads(host, (wb) => (gridsRef.current = wb));
      const onProgress: Progress = (done, total) => setProgress(total > 0 ? Math.min(1, Math.max(0, done / total)) : undefined);
      try {
        if (action === "validate") {
          const report = await runValidate(port, choice, onProgress);
          show({ kind: "validate", report });
          setAnnouncement(t.validated(report.stats.errors, report.stats.warnings));
        } else if (action === "score") {
          const report = await runScore(port, choice, onProgress);
          show({ kind: "score", report });
          const { total, grade } = report.score;
          setAnnouncement(t.scored(total === null ? null : formatNumber(total), grade === null ? null : t.gradeName[grade], unscoredCount(report.score)));
        } else if (action === "clear") {
          await runClearFlags(port);
          setNotice(t.cleared);
          setAnnouncement(t.cleared);
        } else {
          const cleared = await runClearScore(port, choice);
          const said = t.clearedScore(cleared.keptCells.length, cleared.keptSheets);
          setShown(null);
          setNotice(said);
          setAnnouncement(said);
        }
      } catch (err) {
        fail(t.failed[action], err);
        setAnnouncement(t.failed[action]);
      } finally {
        busyRef.current = false;
        setBusy(null);
        setProgress(undefined);
        if (gridsRef.current) setDetected(detectSheets(gridsRef.current, choice));
        // Score may have added its 绩效自评表: keep the pickers' list current.
        host.listSheets().then(updateSheets, () => undefined);
      }

      function show(result: ShownResult) {
        setShown(result);
        const at = Date.now();
        results.publish(result.kind === "validate" ? { action: "validate", ok: true, report: result.report, at } : { action: "score", ok: true, report: result.report, at });
      }
    },
    [host, results, t, fail, updateSheets],
  );

  const chooseSheet = useCallback(
    (field: keyof SheetChoice, sheet: string | undefined) => {
      pickedRef.current = true;
      const next: SheetChoice = { ...savedRef.current };
      if (sheet === undefined) delete next[field];
      else next[field] = sheet;
      savedRef.current = next;
      setSaved(next);
      host.saveSettings(next).catch((err: unknown) => fail(t.failedSettings, err));
      if (gridsRef.current) setDetected(detectSheets(gridsRef.current, effectiveChoice(next, sheetsRef.current)));
    },
    [host, fail, t],
  );

  const refreshSheets = useCallback(() => {
    host.listSheets().then(updateSheets, () => undefined);
  }, [host, updateSheets]);

  const selectIssue = useCallback(
    (issue: Issue) => {
      host.selectCell(issue.sheet, issueCell(issue)).catch((err: unknown) => fail(t.failedSelect, err));
    },
    [host, fail, t],
  );

  const dismissError = useCallback(() => setError(null), []);

  return {
    lang,
    t,
    sheets,
    choice: effectiveChoice(saved, sheets),
    detected,
    busy,
    progress,
    shown,
    error,
    notice,
    announcement,
    run,
    chooseSheet,
    refreshSheets,
    selectIssue,
    dismissError,
  };
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

/** The remembered choice, less sheets that are gone (renamed or deleted since): those mean "detect". */
export function effectiveChoice(saved: SheetChoice, sheets: readonly string[]): SheetChoice {
  const keep = (s: string | undefined) => s !== undefined && (sheets.length === 0 || sheets.includes(s));
  const choice: SheetChoice = {};
  if (keep(saved.targetSheet)) choice.targetSheet = saved.targetSheet;
  if (keep(saved.logSheet)) choice.logSheet = saved.logSheet;
  return choice;
}

function languageOf(host: HostPort): Lang {
  try {
    return host.language() === "en" ? "en" : "zh-CN";
  } catch {
    return "zh-CN";
  }
}

function shownOf(result: LastResult | undefined): ShownResult | null {
  if (!result || !result.ok) return null;
  return result.action === "validate" ? { kind: "validate", report: result.report } : { kind: "score", report: result.report };
}

/** A ribbon command's failure: its message is the host's readable one (or a plain sentence). */
function errorOf(result: LastResult | undefined, t: PaneStrings): PaneError | null {
  if (!result || result.ok) return null;
  return { title: t.failed[result.action], message: result.message.trim() || t.genericError };
}

/** The host, remembering the grids the last action read (detection reuses them: no second read). */
function capturingReads(host: HostPort, onRead: (wb: WorkbookGrids) => void): HostPort {
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
    language: () => host.language(),
  };
}
