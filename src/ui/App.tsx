/**
 * The pane every host shows: Excel's task pane (an Office.js host), the standalone web page (a
 * browser host) and tests (a fake host). It talks to the workbook only through the HostPort. The
 * entry that mounts it (src/taskpane/, src/web/) owns the FluentProvider, as Microsoft's React
 * task-pane template does, and says how the pane is laid out (PaneLayout).
 *
 * What the first paint does not need loads later, each in a chunk of its own: the results (issue
 * list, score, chart), the rule explainer, 使用说明, and the core itself (./load-core.ts).
 */
import { Suspense, lazy, useEffect } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { HostPort } from "../app/port";
import { unscoredCount } from "../core/score/reasons";
import { ActionBar } from "./components/ActionBar";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { PageNav } from "./components/PageNav";
import { SheetPicker } from "./components/SheetPicker";
import type { AfterScore } from "./i18n";
import { logCandidates, nextStep, primaryAction, targetCandidates } from "./pane-state";
import { sharedResults, type ResultsChannel } from "./results-channel";
import { usePane, type PaneState } from "./use-pane";
import type { Lang } from "../core";


const loadResults = () => import(/* webpackChunkName: "results" */ "./components/Results");
const Results = lazy(loadResults);
// Message bars and the progress bar: only once something runs, fails or is cleared.
const loadFeedback = () => import(/* webpackChunkName: "feedback" */ "./components/Feedback");
const Banners = lazy(() => loadFeedback().then((m) => ({ default: m.Banners })));
const Working = lazy(() => loadFeedback().then((m) => ({ default: m.Working })));
const RuleExplainer = lazy(() => import(/* webpackChunkName: "explainer" */ "./components/RuleExplainer"));
const Help = lazy(() => import(/* webpackChunkName: "help" */ "./components/Help"));
// 监控's date field (Fluent's Field and Input) and the 评分方案 picker: not in the first paint.
const loadYearControls = () => import(/* webpackChunkName: "year-controls" */ "./components/YearControls");
const MonitorBar = lazy(() => loadYearControls().then((m) => ({ default: m.MonitorBar })));
const ProfilePicker = lazy(() => loadYearControls().then((m) => ({ default: m.ProfilePicker })));

const useStyles = makeStyles({
  root: {
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "1200px",
    marginInline: "auto",
    minWidth: "0",
  },
  top: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  // Columns by the room the pane has, not by the window: one column in a 320 px task pane, two
  // side by side when the pane (or the web page's column) is wide enough.
  pickers: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 14rem), 1fr))",
    rowGap: tokens.spacingVerticalS,
    columnGap: tokens.spacingHorizontalL,
  },
  next: { margin: "0", fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, color: tokens.colorNeutralForeground2 },
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: "0",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: "0",
  },
});

/** How the entry lays the pane out. */
export interface PaneLayout {
  /** "stacked": results in one column (the web page's side column); "auto": as wide as the pane allows. */
  results: "auto" | "stacked";
  /** What the next-step line says after Score: the workbook is Excel's, or the web page's 下载. */
  afterScore: AfterScore;
  /** The pane's own 中文 / English switch (the web page has one in its header instead). */
  languageSwitch: boolean;
}

export const EXCEL_LAYOUT: PaneLayout = { results: "auto", afterScore: "in-workbook", languageSwitch: true };

export interface AppProps {
  host: HostPort;
  /** Where results are shared with the ribbon commands; tests pass their own. */
  results?: ResultsChannel;
  layout?: PaneLayout;
  /** The language when the page decides it (the web page's switch); else the host's. */
  lang?: Lang;
  onLanguageChange?(lang: Lang): void;
}

export function App({ host, results = sharedResults, layout = EXCEL_LAYOUT, lang, onLanguageChange }: AppProps) {
  const styles = useStyles();
  const pane = usePane(host, results, { lang });
  const { t, detected, busy, view } = pane;
  const autoLabel = (sheet: string | undefined) => (detected === null ? t.auto : sheet ? t.autoDetected(sheet) : t.autoNotFound);
  const setLanguage = (l: Lang) => {
    pane.setLanguage(l);
    onLanguageChange?.(l);
  };

  // The results chunk loads while staff look at the first screen, so 校验 shows its report at once.
  useEffect(() => {
    const id = setTimeout(() => {
      void loadResults().catch(() => undefined);
      void loadFeedback().catch(() => undefined);
    }, 1500);
    return () => clearTimeout(id);
  }, []);

  return (
    <main className={styles.root} lang={pane.lang}>
      <h1 className={styles.srOnly}>{t.appTitle}</h1>
      <div className={styles.top}>
        <PageNav t={t} view={view} onOpen={pane.openView} />
        {layout.languageSwitch && <LanguageSwitch lang={pane.lang} onChange={setLanguage} />}
      </div>
      {view === "explainer" ? (
        <Suspense fallback={<p className={styles.next}>{t.loadingPart}</p>}>
          <RuleExplainer lang={pane.lang} />
        </Suspense>
      ) : view === "help" ? (
        <Suspense fallback={<p className={styles.next}>{t.loadingPart}</p>}>
          <Help lang={pane.lang} afterScore={layout.afterScore} />
        </Suspense>
      ) : (
        <MainView pane={pane} layout={layout} autoLabel={autoLabel} />
      )}
      {view !== "main" && (pane.error || pane.notice) && (
        <Suspense fallback={null}>
          <Banners pane={pane} />
        </Suspense>
      )}
      <div className={styles.srOnly} aria-live="polite" role="status">
        {pane.announcement ? t.announce(pane.announcement) : ""}
      </div>
      {busy && view !== "main" && (
        <Suspense fallback={null}>
          <Working label={t.working[busy]} progress={undefined} labelled={false} />
        </Suspense>
      )}
    </main>
  );
}

function MainView({ pane, layout, autoLabel }: { pane: PaneState; layout: PaneLayout; autoLabel: (sheet: string | undefined) => string }) {
  const styles = useStyles();
  const { t, detected, busy, shown } = pane;
  const step = nextStep(pane, (r) => unscoredCount(r.score));
  // One primary button: on the web page, after Score, that is the page's 下载.
  const primary = shown?.kind === "score" && layout.afterScore === "download" ? null : primaryAction(pane);
  const profileLabel = (name: string) => pane.profiles.find((p) => p.name === name)?.label[pane.lang] ?? name;
  return (
    <>
      <ActionBar t={t} busy={busy} primary={primary} onRun={(action) => void pane.run(action)} />
      <p className={styles.next} data-testid="next-step">
        {t.nextStep(step, layout.afterScore)}
      </p>
      <div className={styles.pickers}>
        <SheetPicker
          label={t.targetSheet}
          sheets={targetCandidates(pane)}
          value={pane.choice.targetSheet}
          autoLabel={autoLabel(detected?.target)}
          onChange={(sheet) => pane.chooseSheet("targetSheet", sheet)}
          onOpen={pane.refreshSheets}
        />
        <SheetPicker
          label={t.logSheet}
          sheets={logCandidates(pane, pane.choice.targetSheet)}
          value={pane.choice.logSheet}
          autoLabel={autoLabel(detected?.log)}
          onChange={(sheet) => pane.chooseSheet("logSheet", sheet)}
          onOpen={pane.refreshSheets}
        />
        <Suspense fallback={null}>
          <ProfilePicker t={t} lang={pane.lang} profiles={pane.profiles} value={pane.saved.profile} onChange={pane.chooseProfile} />
        </Suspense>
      </div>
      <Suspense fallback={null}>
        <MonitorBar t={t} lang={pane.lang} asOf={pane.asOf} busy={busy} primary={primary === "monitor"} onAsOf={pane.setAsOf} onRun={() => void pane.run("monitor")} />
      </Suspense>
      {(busy || pane.error || pane.notice) && (
        <Suspense fallback={busy ? <p className={styles.next}>{t.working[busy]}</p> : null}>
          {busy && <Working label={t.working[busy]} progress={pane.progress} labelled />}
          <Banners pane={pane} />
        </Suspense>
      )}
      {shown && (
        <Suspense fallback={<p className={styles.next}>{t.loadingPart}</p>}>
          <Results
            shown={shown}
            t={t}
            stacked={layout.results === "stacked"}
            onSelect={pane.selectIssue}
            lang={pane.lang}
            profileLabel={profileLabel}
            onSelectMonitorRow={pane.selectMonitorRow}
          />
        </Suspense>
      )}
    </>
  );
}

