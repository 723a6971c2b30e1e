/**
 * The standalone page: open an .xlsx (file input or drag and drop), see its sheets and cells, and
 * run the SAME task pane as Excel (src/taskpane App) against the browser host; then Download the
 * scored workbook. Everything happens in this tab: nothing is uploaded.
 */
import { Suspense, lazy, useCallback, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type DragEvent } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { FolderOpenRegular } from "@fluentui/react-icons";
import type { CellRange, Issue, Lang } from "../core";
import { App, type PaneLayout } from "../ui/App";
import { LanguageSwitch } from "../ui/components/LanguageSwitch";
import { stringsFor } from "../ui/i18n";
import { createResultsChannel, type ResultsChannel } from "../ui/results-channel";
import { saveBytes } from "./download";
import type { WorkbookFileError } from "./open-file";
import { SheetGrid, colOf, rowOf } from "./SheetGrid";
import { SheetTabs } from "./SheetTabs";
import { RECORD_SHEET } from "../core";
import { pageStrings, type PageStrings } from "./strings";
import type { WebHost } from "./web-host";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", minHeight: "100vh", minWidth: "0", backgroundColor: tokens.colorNeutralBackground2 },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    "@media (max-width: 699px)": { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
  },
  brand: { display: "flex", flexDirection: "column", minWidth: "0" },
  title: { margin: "0", fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  privacy: { margin: "0", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  fileBar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS, minWidth: "0" },
  dropZone: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    minWidth: "0",
    maxWidth: "100%",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  dropActive: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  openLabel: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  headerEnd: { display: "flex", flexDirection: "column", alignItems: "flex-end", gap: tokens.spacingVerticalS, minWidth: "0" },
  introActions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM },
  introPart: { marginTop: tokens.spacingVerticalL },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  downloadBox: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS, minWidth: "0", maxWidth: "280px" },
  messages: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0` },
  workspace: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    alignItems: "start",
    "@media (max-width: 699px)": { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}` },
    "@media (min-width: 700px)": { gridTemplateColumns: "minmax(300px, 2fr) minmax(0, 3fr)", columnGap: tokens.spacingHorizontalL },
    "@media (min-width: 1400px)": { gridTemplateColumns: "minmax(420px, 1fr) minmax(0, 2fr)" },
  },
  paneCol: {
    minWidth: "0",
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    overflow: "hidden",
    "@media (min-width: 700px)": { position: "sticky", top: tokens.spacingVerticalM, maxHeight: `calc(100vh - 2 * ${tokens.spacingVerticalM})`, overflowY: "auto" },
  },
  bookCol: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: "0",
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    "@media (max-width: 699px)": { padding: tokens.spacingHorizontalS },
  },
  bookHeading: { margin: "0", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  legend: { margin: "0", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  detail: {
    fontSize: tokens.fontSizeBase300,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    overflowWrap: "anywhere",
    // Kept in the page when empty (a live region must exist before it speaks), just unseen.
    ":empty": { padding: "0", backgroundColor: "transparent" },
  },
  detailList: { margin: "0", paddingInlineStart: tokens.spacingHorizontalL },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  intro: {
    margin: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    padding: tokens.spacingHorizontalL,
    maxWidth: "720px",
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    "@media (max-width: 699px)": { margin: tokens.spacingHorizontalS, padding: tokens.spacingHorizontalM },
  },
  introText: { margin: "0", fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase400 },
  dialogText: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, "& p": { margin: "0" } },
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

/** The workbook open in the page, with the pane's results; a new key remounts the pane. */
interface OpenBook {
  host: WebHost;
  results: ResultsChannel;
  key: number;
}

/** The question asked before unsaved scored work would be replaced (§8: 保存 / 放弃 / 取消). */
interface PendingOpen {
  /** The file that would replace the current workbook. */
  name: string;
  /** Replace it (after Save has downloaded the scored workbook, or on Discard); 取消 just closes. */
  proceed: () => void;
}

export interface WebAppProps {
  /** The language the page starts in (`?lang=`, else the browser's); its switch changes it. */
  lang: Lang;
}

/** The pane in the page: results in one column (a side column), 下载 after Score, the page's own language switch. */
const WEB_LAYOUT: PaneLayout = { results: "stacked", afterScore: "download", languageSwitch: false };

const RuleExplainer = lazy(() => import(/* webpackChunkName: "explainer" */ "../ui/components/RuleExplainer"));
const Help = lazy(() => import(/* webpackChunkName: "help" */ "../ui/components/Help"));

const noSubscribe = () => () => undefined;

export function WebApp({ lang: startLang }: WebAppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(startLang);
  const [introPart, setIntroPart] = useState<"explainer" | "help" | null>(null);
  const t = pageStrings(lang);
  const pane = stringsFor(lang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = pageStrings(lang).documentTitle;
  }, [lang]);
  // The open workbook stays until another one has opened: a file that cannot be read, or a
  // question answered 取消, leaves it, its results and its unsaved state as they were (§8).
  const [book, setBook] = useState<OpenBook | null>(null);
  const [loading, setLoading] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingOpen | null>(null);
  const [dragging, setDragging] = useState(false);
  const [lastError, setLastError] = useState<{ name: string; message: string; kept: string | null } | null>(null);
  const opened = useRef(0);
  const bookRef = useRef<OpenBook | null>(null);
  bookRef.current = book;
  const inputId = useId();
  const dropHintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const unsaved = useSyncExternalStore(book?.host.subscribe ?? noSubscribe, () => book?.host.view().unsaved ?? false);

  const load = useCallback(
    async (file: File) => {
      const ticket = ++opened.current;
      setLastError(null);
      setLoading(file.name);
      // What the user agreed to give up (or nothing, when nothing was unsaved): Score run again on
      // the old workbook while this one loads is new work, and is asked about again below.
      const before = bookRef.current;
      const agreed = before?.host.bytes();
      let host: WebHost;
      try {
        // exceljs and the workbook patcher load with the first file, not with the page.
        const { openWorkbookFile } = await import(/* webpackChunkName: "workbook" */ "./web-host");
        host = await openWorkbookFile(file, { lang });
      } catch (err) {
        if (ticket !== opened.current) return; // a later file was chosen meanwhile
        setLoading(null);
        setLastError({ name: file.name, message: openErrorText(err, file.name, lang), kept: bookRef.current?.host.fileName ?? null });
        return;
      }
      if (ticket !== opened.current) return;
      setLoading(null);
      const next: OpenBook = { host, results: createResultsChannel(), key: ticket };
      const now = bookRef.current;
      if (now && now === before && now.host.view().unsaved && now.host.bytes() !== agreed) {
        setPending({ name: file.name, proceed: () => setBook(next) });
        return;
      }
      setBook(next);
    },
    [lang],
  );

  const openFile = useCallback(
    (file: File) => {
      const current = bookRef.current;
      if (current?.host.view().unsaved) setPending({ name: file.name, proceed: () => void load(file) });
      else void load(file);
    },
    [load],
  );

  const answer = (choice: "save" | "discard" | "cancel") => {
    const question = pending;
    setPending(null);
    if (!question) return;
    if (choice === "cancel") return;
    const current = bookRef.current;
    if (choice === "save" && current) download(current.host);
    question.proceed();
  };

  // Leaving or reloading the page with unsaved scored work: the browser's own prompt asks.
  useEffect(() => {
    if (!unsaved) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = true; // browsers before preventDefault was honoured here (Chrome < 119)
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  // A file dropped anywhere on the page opens it; the browser must not navigate to it instead.
  useEffect(() => {
    const stop = (e: Event) => e.preventDefault();
    window.addEventListener("dragover", stop);
    window.addEventListener("drop", stop);
    return () => {
      window.removeEventListener("dragover", stop);
      window.removeEventListener("drop", stop);
    };
  }, []);

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer?.files?.[0];
    if (file) openFile(file);
  };
  const onDragOver = (e: DragEvent<HTMLDivElement>) => {
    if (!Array.from(e.dataTransfer?.types ?? []).includes("Files")) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = "copy";
    if (!dragging) setDragging(true);
  };
  const onDragLeave = (e: DragEvent<HTMLDivElement>) => {
    if (e.currentTarget.contains(e.relatedTarget as Node | null)) return;
    setDragging(false);
  };

  const host = book?.host ?? null;

  // No className on the provider: Fluent copies it onto every portal (the dialog below).
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page} onDragOver={onDragOver} onDragLeave={onDragLeave} onDrop={onDrop}>
        <header className={styles.header}>
          <div className={styles.brand}>
            <h1 className={styles.title}>{t.appTitle}</h1>
            <p className={styles.privacy}>{t.privacy}</p>
          </div>
          <div className={styles.headerEnd}>
          <LanguageSwitch lang={lang} onChange={setLang} />
          <div className={styles.fileBar}>
            <div className={mergeClasses(styles.dropZone, dragging && styles.dropActive)} data-testid="drop-zone">
              {/* A Fluent button in the page's language; the file input it opens stays in the page
                  (outside tools look for an input accepting .xlsx, DESIGN §8), out of sight, out of
                  the Tab order and of the accessibility tree: the button is the one control. */}
              <Button appearance={book ? "secondary" : "primary"} icon={<FolderOpenRegular />} aria-describedby={dropHintId} onClick={() => inputRef.current?.click()}>
                {t.openLabel}
              </Button>
              <input
                id={inputId}
                ref={inputRef}
                className={styles.srOnly}
                tabIndex={-1}
                aria-hidden="true"
                type="file"
                accept=".xlsx"
                onChange={(e) => {
                  const file = e.currentTarget.files?.[0];
                  e.currentTarget.value = ""; // choosing the same file again opens it again
                  if (file) openFile(file);
                }}
              />
              <span id={dropHintId} className={styles.hint}>
                {dragging ? t.dropNow : t.dropHint}
              </span>
            </div>
            {host && <DownloadButton host={host} t={t} hintId={hintId} />}
          </div>
          </div>
        </header>

        {(loading !== null || lastError) && (
          <div className={styles.messages}>
            {loading !== null && <Spinner size="small" label={t.opening(loading)} />}
            {lastError && (
              <MessageBar intent="error" layout="multiline" politeness="assertive" data-testid="open-error">
                <MessageBarBody>
                  <MessageBarTitle>{t.openFailed}</MessageBarTitle>
                  {lastError.message}
                  {lastError.kept !== null && ` ${t.keptOpen(lastError.kept)}`}
                </MessageBarBody>
                <MessageBarActions>
                  <Button size="small" onClick={() => setLastError(null)}>
                    {t.dismiss}
                  </Button>
                </MessageBarActions>
              </MessageBar>
            )}
          </div>
        )}

        {book ? (
          <div className={styles.workspace}>
            <div className={styles.paneCol}>
              <App key={book.key} host={book.host} results={book.results} layout={WEB_LAYOUT} lang={lang} onLanguageChange={setLang} />
            </div>
            <Workbook key={book.key} host={book.host} t={t} lang={lang} />
          </div>
        ) : (
          loading === null && (
            // The page's main landmark until a workbook opens (then the pane's <main> is).
            <main className={styles.intro} aria-label={t.appTitle}>
              <p className={styles.introText}>{t.intro}</p>
              {/* The explainer and 使用说明 need no workbook: here before one is open. */}
              <div className={styles.introActions}>
                {(["explainer", "help"] as const).map((part) => (
                  <Button key={part} appearance="subtle" aria-pressed={introPart === part} onClick={() => setIntroPart(introPart === part ? null : part)}>
                    {pane.pages[part]}
                  </Button>
                ))}
              </div>
              {introPart && (
                <div className={styles.introPart} lang={lang}>
                  <Suspense fallback={<p className={styles.introText}>{pane.loadingPart}</p>}>
                    {introPart === "explainer" ? <RuleExplainer lang={lang} /> : <Help lang={lang} afterScore="download" />}
                  </Suspense>
                </div>
              )}
            </main>
          )
        )}

        <Dialog open={pending !== null} modalType="alert" onOpenChange={(_, data) => !data.open && answer("cancel")}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{t.unsavedTitle}</DialogTitle>
              <DialogContent className={styles.dialogText}>
                <p>{host && pending ? t.unsavedBody(host.fileName, pending.name) : null}</p>
                <p>{host ? t.unsavedChoices(host.downloadName()) : null}</p>
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" onClick={() => answer("save")}>
                  {t.saveFirst}
                </Button>
                <Button onClick={() => answer("discard")}>{t.discard}</Button>
                <Button onClick={() => answer("cancel")}>{t.cancel}</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      </div>
    </FluentProvider>
  );
}

/** Download the workbook as it is now; from then on nothing is unsaved until the next Score. */
function download(host: WebHost): void {
  saveBytes(host.bytes(), host.downloadName());
  host.markSaved();
}

function DownloadButton({ host, t, hintId }: { host: WebHost; t: PageStrings; hintId: string }) {
  const styles = useStyles();
  const view = useSyncExternalStore(host.subscribe, host.view);
  const name = host.downloadName();
  return (
    <div className={styles.downloadBox}>
      <Button appearance={view.unsaved ? "primary" : "secondary"} disabledFocusable={!view.changed} aria-describedby={hintId} onClick={() => download(host)}>
        {t.download}
      </Button>
      <span id={hintId} className={styles.hint} role="status">
        {!view.changed ? t.downloadHint : view.unsaved ? t.downloadReady(name) : t.downloaded(name)}
      </span>
    </div>
  );
}

function Workbook({ host, t, lang }: { host: WebHost; t: PageStrings; lang: Lang }) {
  const styles = useStyles();
  const view = useSyncExternalStore(host.subscribe, host.view);
  const pane = useMemo(() => stringsFor(lang), [lang]);
  // Score's very hidden ownership record is not a sheet staff see (Excel does not show it either).
  const names = view.sheets.map((s) => s.grid.sheet).filter((n) => n !== RECORD_SHEET);
  const [active, setActive] = useState<string>(() => names[0] ?? "");
  const baseId = useId();
  const tabId = (i: number) => `${baseId}-tab-${i}`;

  // A selection (from the pane's issue list or a click in the grid) brings its sheet forward.
  const [seenSeq, setSeenSeq] = useState(0);
  const selection = view.selection;
  if (selection && selection.seq !== seenSeq) {
    setSeenSeq(selection.seq);
    if (selection.sheet !== active && names.includes(selection.sheet)) setActive(selection.sheet);
  }
  const shownSheet = names.includes(active) ? active : (names[0] ?? "");
  const index = names.indexOf(shownSheet);
  const sheet = view.sheets[index];
  const flags = view.flags.get(shownSheet);
  const selectedHere = selection && selection.sheet === shownSheet ? { address: selection.address, seq: selection.seq } : null;
  const issuesHere = selectedHere ? issuesAt(flags, selectedHere.address, sheet?.grid.merges ?? []) : [];

  return (
    <section className={styles.bookCol} aria-label={t.workbookLabel}>
      <h2 className={styles.bookHeading}>{t.currentFile(host.fileName)}</h2>
      <SheetTabs
        sheets={names}
        selected={shownSheet}
        label={t.sheetsLabel}
        suffix={(name) => (view.flags.get(name)?.size ? ` (${view.flags.get(name)!.size})` : "")}
        tabId={tabId}
        panelId={`${baseId}-panel`}
        onSelect={setActive}
      />
      {view.flags.size > 0 && <p className={styles.legend}>{t.flagLegend}</p>}
      <div className={styles.detail} aria-live="polite" data-testid="cell-detail">
        {selectedHere &&
          (issuesHere.length ? (
            <>
              <strong>{t.cellIssues(selectedHere.address)}</strong>
              <ul className={styles.detailList}>
                {issuesHere.map((issue, i) => (
                  <li key={i}>
                    {`${pane.severity[issue.severity]} `}
                    <code className={styles.code}>{issue.code}</code>
                    {` ${issue.message}`}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            t.selected(shownSheet, selectedHere.address)
          ))}
      </div>
      <div id={`${baseId}-panel`} role="tabpanel" aria-labelledby={index >= 0 ? tabId(index) : undefined}>
        {sheet && (
          <SheetGrid
            key={shownSheet}
            view={sheet}
            flags={flags}
            selected={selectedHere}
            t={t}
            severityName={pane.severity}
            labelledBy={index >= 0 ? tabId(index) : undefined}
            onSelectCell={(address) => void host.selectCell(shownSheet, address)}
          />
        )}
      </div>
    </section>
  );
}

/** The issues shown for a selected cell: its own, or its merge's when it lies inside one. */
function issuesAt(flags: ReadonlyMap<string, Issue[]> | undefined, address: string, merges: readonly CellRange[]): Issue[] {
  if (!flags) return [];
  const own = flags.get(address);
  if (own) return own;
  const inside = (m: CellRange, a: string) => rowOf(a) >= m.top && rowOf(a) <= m.bottom && colOf(a) >= m.left && colOf(a) <= m.right;
  const merge = merges.find((m) => inside(m, address));
  if (!merge) return [];
  return [...flags].filter(([a]) => inside(merge, a)).flatMap(([, issues]) => issues);
}

/** What to tell the user when a file cannot be opened: always a sentence, never a stack. */
function openErrorText(err: unknown, name: string, lang: Lang): string {
  // By name: the class lives in the lazily loaded workbook chunk.
  if (err instanceof Error && err.name === "WorkbookFileError") return (err as WorkbookFileError).text(lang);
  return lang === "en"
    ? `“${name}” could not be read as an .xlsx workbook. Open it in Excel, save it again as “Excel Workbook (*.xlsx)”, and try again.`
    : `无法把「${name}」读取为 .xlsx 工作簿。请在 Excel 中打开，重新另存为「Excel 工作簿 (*.xlsx)」后再试。`;
}
