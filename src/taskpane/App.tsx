/**
 * The task pane: the same component serves Excel (an Office.js host), the standalone web page (an
 * exceljs host) and tests (a fake host). It talks to the workbook only through the HostPort.
 */
import {
  Button,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { HostPort } from "../app/port";
import { LOG_SHEET_NAME } from "../core/log/read-log";
import { ActionBar } from "./ActionBar";
import { IssueList } from "./IssueList";
import { sharedResults, type ResultsChannel } from "./results-channel";
import { ScoreSummary } from "./ScoreSummary";
import { SheetPicker } from "./SheetPicker";
import { usePane } from "./use-pane";

const useStyles = makeStyles({
  // On a wrapper inside the provider, never on the provider: Fluent copies the provider's class onto
  // the portals it mounts (the pickers' lists), which would then cover the page white.
  page: { minHeight: "100%", backgroundColor: tokens.colorNeutralBackground1 },
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
  // Columns by the room the pane has, not by the window: one column in a 320 px task pane, two
  // side by side when the pane (or the web page's column) is wide enough.
  pickers: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 14rem), 1fr))",
    rowGap: tokens.spacingVerticalS,
    columnGap: tokens.spacingHorizontalL,
  },
  results: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 22rem), 1fr))",
    rowGap: tokens.spacingVerticalXL,
    columnGap: tokens.spacingHorizontalXXL,
    alignItems: "start",
  },
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

/** Sheets that can be the target: not a log sheet (by its name). */
export function targetCandidates(sheets: string[]): string[] {
  return sheets.filter((s) => !LOG_SHEET_NAME.test(s));
}

/** Sheets that can be the log: not the target, not a 绩效自评表 Score writes. */
export function logCandidates(sheets: string[], target: string | undefined): string[] {
  return sheets.filter((s) => s !== target && !/^绩效自评表(（评分\d*）)?$/.test(s));
}

export interface AppProps {
  host: HostPort;
  /** Where results are shared with the ribbon commands; tests pass their own. */
  results?: ResultsChannel;
}

export function App({ host, results = sharedResults }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <Pane host={host} results={results} />
      </div>
    </FluentProvider>
  );
}

function Pane({ host, results }: { host: HostPort; results: ResultsChannel }) {
  const styles = useStyles();
  const pane = usePane(host, results);
  const { t, shown, detected, busy, error, notice } = pane;
  const autoLabel = (sheet: string | undefined) => (detected === null ? t.auto : sheet ? t.autoDetected(sheet) : t.autoNotFound);

  return (
    <main className={styles.root} lang={pane.lang}>
      <h1 className={styles.srOnly}>{t.appTitle}</h1>
      <ActionBar t={t} busy={busy} onRun={(action) => void pane.run(action)} />
      <div className={styles.pickers}>
        <SheetPicker
          label={t.targetSheet}
          sheets={targetCandidates(pane.sheets)}
          value={pane.choice.targetSheet}
          autoLabel={autoLabel(detected?.target)}
          onChange={(sheet) => pane.chooseSheet("targetSheet", sheet)}
          onOpen={pane.refreshSheets}
        />
        <SheetPicker
          label={t.logSheet}
          sheets={logCandidates(pane.sheets, pane.choice.targetSheet)}
          value={pane.choice.logSheet}
          autoLabel={autoLabel(detected?.log)}
          onChange={(sheet) => pane.chooseSheet("logSheet", sheet)}
          onOpen={pane.refreshSheets}
        />
      </div>
      {busy && (
        <Field label={t.working[busy]}>
          <ProgressBar value={pane.progress} max={1} />
        </Field>
      )}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{error.title}</MessageBarTitle>
            {error.message}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={pane.dismissError}>
              {t.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.srOnly} aria-live="polite" role="status">
        {pane.announcement}
      </div>
      {shown && (
        <div className={styles.results}>
          {shown.kind === "score" && <ScoreSummary score={shown.report.score} t={t} />}
          <IssueList report={shown.report} t={t} onSelect={pane.selectIssue} />
        </div>
      )}
    </main>
  );
}
