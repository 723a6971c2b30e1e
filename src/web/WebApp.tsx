/**
 * The standalone page: open an .xlsx (file input or drag and drop), see its sheets and cells, and
 * run the SAME task pane as Excel (src/taskpane App) against the browser host; then Download the
 * scored workbook. Everything happens in this tab: nothing is uploaded.
 */
import { Suspense, lazy, useCallback, useEffect, useId, useRef, useState, useSyncExternalStore, type DragEvent } from "react";
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
  mergeClasses,
  webLightTheme,
} from "@fluentui/react-components";
import { ProgressBar } from "@fluentui/react-progress";
import { FolderOpenRegular } from "@fluentui/react-icons";
import type { Lang } from "../core";
import { App, type PaneLayout } from "../ui/App";
import { LanguageSwitch } from "../ui/components/LanguageSwitch";
import { stringsFor } from "../ui/i18n";
import { createResultsChannel, type ResultsChannel } from "../ui/results-channel";
import { download, DownloadButton } from "./DownloadButton";
import type { WorkbookFileError } from "./open-file";
import { usePageStyles } from "./page-styles";
import { pageStrings } from "./strings";
import type { WebHost } from "./web-host";
import { Workbook } from "./Workbook";

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
  const styles = usePageStyles();
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
  // The open's progress, 0..1 (the worker's steps: checked, parsed, grids made, shown); undefined before the first.
  const [openProgress, setOpenProgress] = useState<number | undefined>(undefined);
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
  const openingId = useId();
  const unsaved = useSyncExternalStore(book?.host.subscribe ?? noSubscribe, () => book?.host.view().unsaved ?? false);

  const load = useCallback(
    async (file: File) => {
      const ticket = ++opened.current;
      setLastError(null);
      setLoading(file.name);
      setOpenProgress(undefined);
      // What the user agreed to give up (or nothing, when nothing was unsaved): Score run again on
      // the old workbook while this one loads is new work, and is asked about again below.
      const before = bookRef.current;
      const agreed = before?.host.bytes();
      let host: WebHost;
      try {
        // exceljs and the workbook patcher load with the first file, not with the page.
        const { openWorkbookFile } = await import(/* webpackChunkName: "workbook" */ "./web-host");
        const onProgress = (done: number, total: number) => ticket === opened.current && setOpenProgress(total > 0 ? Math.min(1, done / total) : undefined);
        host = await openWorkbookFile(file, { lang, onProgress });
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
            {loading !== null && (
              <div className={styles.opening} role="status">
                <span id={openingId}>{t.opening(loading)}</span>
                <ProgressBar value={openProgress} max={1} aria-labelledby={openingId} />
              </div>
            )}
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

/** What to tell the user when a file cannot be opened: always a sentence, never a stack. */
function openErrorText(err: unknown, name: string, lang: Lang): string {
  // By name: the class lives in the lazily loaded workbook chunk.
  if (err instanceof Error && err.name === "WorkbookFileError") return (err as WorkbookFileError).text(lang);
  return lang === "en"
    ? `“${name}” could not be read as an .xlsx workbook. Open it in Excel, save it again as “Excel Workbook (*.xlsx)”, and try again.`
    : `无法把「${name}」读取为 .xlsx 工作簿。请在 Excel 中打开，重新另存为「Excel 工作簿 (*.xlsx)」后再试。`;
}
