/**
 * The standalone page's host: the HostPort over an .xlsx held in the browser's memory. The one
 * reader every host uses (src/xlsx/read, SheetJS) reads the bytes into grids; a write plan patches
 * the bytes themselves (applyPlan from src/xlsx, which keeps every other part of the file as it
 * was) and the grids are read again, so Download gives the scored workbook. Both run in a Web
 * Worker where the browser has one (src/web/worker), so a large workbook never freezes the tab. Flags and the selected cell are view state for the grid on
 * the page: they never change the bytes. Sheet choices live in localStorage, per file name.
 *
 * Nothing leaves the browser: no fetch, no upload, no storage beyond the sheet choice.
 */
import { CORE_RUNNER, StaleWorkbookError, type CoreReport, type CoreRunner, type HostGrids, type HostPort, type Progress, type SheetChoice } from "../app/port";
import type { Grid, Issue, Lang, ScoreReport, WorkbookGrids, WritePlan } from "../core";
import { parseSheetChoice } from "../app/settings";
import { currentLanguage } from "./language";
import { checkFileSize } from "./open-file";
import { isCompoundFile } from "../xlsx/read/kind";
import { defaultEngine, type WorkbookEngine } from "./worker/client";
import type { DocRef } from "./worker/core-run";
import type { SheetView } from "./worker/engine";

/** One sheet as the grid view shows it: its grid and column widths (Excel's character units). */
export type { SheetView } from "./worker/engine";

export interface CellSelection {
  sheet: string;
  /** `S10` */
  address: string;
  /** Grows with every selectCell, so selecting the same cell twice still scrolls to it. */
  seq: number;
}

/** What the page renders; replaced (never mutated) on every change, for useSyncExternalStore. */
export interface WebView {
  sheets: SheetView[];
  /** Flagged issues by sheet, then by cell address (`S10`). */
  flags: ReadonlyMap<string, ReadonlyMap<string, Issue[]>>;
  selection: CellSelection | null;
  /** A write plan (Score or Clear) has changed the bytes since the file was opened. */
  changed: boolean;
  /**
   * A write plan has changed the bytes since the file was opened or last downloaded (markSaved):
   * opening another file or leaving the page would lose that work, so the page asks first (§8).
   */
  unsaved: boolean;
}

export interface WebHost extends HostPort {
  readonly fileName: string;
  /**
   * A format read for reports only (Excel 97–2003 .xls, DESIGN §6 Files): validated and scored,
   * but Score's plan is not written into it and Download refuses, saying to save as .xlsx first.
   */
  readonly readOnly: boolean;
  /** The workbook as it is now (scored, when Score has run). */
  bytes(): Uint8Array;
  /** The name Download saves under: `<name>-评分.xlsx`. */
  downloadName(): string;
  /** The bytes as they are now have been downloaded: nothing unsaved until the next write plan. */
  markSaved(): void;
  view(): WebView;
  subscribe(listener: () => void): () => void;
}

export interface WebHostOptions {
  /** The UI language; default from the page (`?lang=`, then the browser's language). */
  lang?: Lang;
  /** Where the sheet choices are kept; default window.localStorage (memory when unavailable). */
  storage?: Pick<Storage, "getItem" | "setItem"> | null;
  /** Who reads and patches the bytes; default a Web Worker, in place where there is none. */
  engine?: WorkbookEngine;
  /** Progress of reading the file (done, total). */
  onProgress?: Progress;
}

const SETTINGS_PREFIX = "jixiao:web:sheets:";

/** Numbers the workbooks this page opens, for the engine's kept sheets (core-run.ts). */
let documents = 0;

/**
 * Open a file the user chose or dropped. A file over the size limit is refused before its bytes
 * are read (reading them could take the tab down); throws WorkbookFileError with a readable reason.
 */
export async function openWorkbookFile(file: Pick<File, "name" | "size" | "arrayBuffer">, opts: WebHostOptions = {}): Promise<WebHost> {
  checkFileSize(file.size, file.name);
  return createWebHost(new Uint8Array(await file.arrayBuffer()), file.name, opts);
}

/** Open `bytes` (an .xlsx named `fileName`); throws WorkbookFileError with a readable reason. */
export async function createWebHost(bytes: Uint8Array, fileName: string, opts: WebHostOptions = {}): Promise<WebHost> {
  let current: Uint8Array = bytes.slice();
  const engine = opts.engine ?? (await defaultEngine());
  // The engine keeps this workbook's sheets by document and version (a version per applied plan),
  // so Validate and Score run on them where they were read, without reading the bytes again.
  const doc: DocRef = { doc: ++documents, version: 0 };
  let sheets = await engine.open(current, fileName, opts.onProgress, { ...doc });
  opts.onProgress?.(4, 4);
  // An Excel 97–2003 file is read for its report; Score's plan cannot be written into it.
  const readOnly = isCompoundFile(current);
  let flags: Map<string, Map<string, Issue[]>> = new Map();
  let selection: CellSelection | null = null;
  let changed = false;
  let unsaved = false;
  let seq = 0;
  let view: WebView = { sheets, flags, selection, changed, unsaved };
  const listeners = new Set<() => void>();
  const lang = opts.lang ?? currentLanguage();
  const storage = opts.storage === undefined ? defaultStorage() : opts.storage;
  const memory = new Map<string, string>();
  const settingsKey = SETTINGS_PREFIX + fileName;

  const publish = () => {
    view = { sheets, flags, selection, changed, unsaved };
    for (const l of [...listeners]) l();
  };

  /** A plan the engine wrote into the bytes it was sent (version `sent`): the page takes them on. */
  const adopt = (sent: DocRef, plan: WritePlan, next: { bytes: Uint8Array; sheets: SheetView[] }) => {
    // Another plan landed meanwhile (the pane runs one action at a time; this is the guard): the
    // bytes this one patched are no longer the workbook's, so it must be scored again.
    if (sent.version !== doc.version) throw new StaleWorkbookError(plan.sheets[0]?.sheet ?? "", "A1");
    current = next.bytes;
    sheets = next.sheets;
    doc.version++;
    changed = true;
    unsaved = true;
    // Flags on sheets a plan replaced (a previous 绩效自评表) no longer point at anything.
    for (const sp of plan.sheets) if (sp.create && sp.replace) flags.delete(sp.sheet);
    flags = new Map(flags);
    publish();
  };

  const runCore: CoreRunner = async (op, choice, reportLang, onProgress) => {
    const sent = { ...doc };
    const steps = op === "score" ? 4 : 2;
    const answer = await engine.core({ action: op, doc: sent, bytes: current, fileName, sheetNames: sheets.map((s) => s.grid.sheet), choice, lang: reportLang }, onProgress);
    if (answer.written) adopt(sent, (answer.report as ScoreReport).plan, answer.written);
    onProgress?.(steps, steps);
    return answer.report as CoreReport<typeof op>;
  };

  return {
    fileName,
    readOnly,
    bytes: () => current,
    downloadName: () => scoredFileName(fileName),
    markSaved() {
      if (!unsaved) return;
      unsaved = false;
      publish();
    },
    view: () => view,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    async listSheets() {
      return sheets.map((s) => s.grid.sheet);
    },

    // No progress: a copy of what the page holds, done at once (the work is runCore's, which reports).
    async readWorkbook(names?: string[]): Promise<WorkbookGrids> {
      const chosen = sheets.filter((s) => !names || names.includes(s.grid.sheet));
      // A copy: the view keeps its own grids whatever the caller does with these. They carry
      // runCore for the controller through wrappers of this port (port.ts CORE_RUNNER).
      const wb: HostGrids = { sheets: chosen.map((s) => cloneGrid(s.grid)) };
      Object.defineProperty(wb, CORE_RUNNER, { value: runCore, enumerable: false });
      return wb;
    },

    async applyPlan(plan: WritePlan, onProgress?: Progress): Promise<void> {
      if (plan.sheets.length === 0) return;
      if (readOnly) throw new Error(readOnlyText(fileName, lang));
      const names = sheets.map((s) => s.grid.sheet);
      const sent = { ...doc };
      const next = await engine.apply(current, plan, fileName, names, onProgress, sent);
      adopt(sent, plan, next);
    },

    runCore,

    async flagIssues(issues: Issue[]): Promise<void> {
      const next = new Map<string, Map<string, Issue[]>>();
      for (const issue of issues) {
        if (!issue.sheet || !issue.row) continue;
        const address = `${issue.column || "A"}${issue.row}`;
        let bySheet = next.get(issue.sheet);
        if (!bySheet) next.set(issue.sheet, (bySheet = new Map()));
        const list = bySheet.get(address);
        if (list) list.push(issue);
        else bySheet.set(address, [issue]);
      }
      flags = next;
      publish();
    },

    async clearFlags(): Promise<void> {
      flags = new Map();
      publish();
    },

    async selectCell(sheet: string, address: string): Promise<void> {
      if (!sheets.some((s) => s.grid.sheet === sheet)) throw new Error(lang === "en" ? `There is no sheet “${sheet}” in this workbook.` : `工作簿中没有工作表「${sheet}」。`);
      if (!/^[A-Z]{1,3}[1-9]\d*$/.test(address)) throw new Error(lang === "en" ? `“${address}” is not a cell address.` : `「${address}」不是单元格地址。`);
      selection = { sheet, address, seq: ++seq };
      publish();
    },

    async loadSettings(): Promise<SheetChoice> {
      let raw: string | null = memory.get(settingsKey) ?? null;
      try {
        raw = storage?.getItem(settingsKey) ?? raw;
      } catch {
        // Storage blocked (private mode, policy): the in-memory copy serves this visit.
      }
      return parseSheetChoice(raw);
    },

    async saveSettings(choice: SheetChoice): Promise<void> {
      const clean = parseSheetChoice(choice);
      const raw = JSON.stringify(clean);
      memory.set(settingsKey, raw);
      try {
        storage?.setItem(settingsKey, raw);
      } catch {
        // As above: remembered for this visit only.
      }
    },

    language: () => lang,
  };
}

/** `项目.xlsx` → `项目-评分.xlsx` (an .xlsm keeps its extension: Excel refuses a renamed macro workbook). */
export function scoredFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "");
  const m = /^(.*?)(\.xlsm|\.xlsx)?$/i.exec(base);
  const stem = (m?.[1] || "workbook").replace(/-评分$/, "");
  const ext = m?.[2]?.toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx";
  return `${stem}-评分${ext}`;
}

/** Why a read-only file (.xls) cannot take a write plan: the way forward, as the CLI's `--out` says it. */
export function readOnlyText(fileName: string, lang: Lang): string {
  const name = fileName.replace(/^.*[\\/]/, "");
  return lang === "en"
    ? `“${name}” is an Excel 97–2003 (.xls) file: it can be validated and scored here, but the scored workbook cannot be written into it. Save it as .xlsx in Excel or WPS, open that file here, and score it again.`
    : `「${name}」是 Excel 97-2003 (.xls) 文件，可以校验和评分，但评分结果无法写回该文件。请在 Excel 或 WPS 中另存为 .xlsx，再在此打开该文件并重新评分。`;
}

function cloneGrid(grid: Grid): Grid {
  return {
    sheet: grid.sheet,
    origin: { ...grid.origin },
    values: grid.values.map((r) => r.slice()),
    text: grid.text?.map((r) => r.slice()),
    numberFormats: grid.numberFormats?.map((r) => r.slice()),
    merges: grid.merges.map((m) => ({ ...m })),
    hiddenRows: grid.hiddenRows?.slice(),
  };
}

function defaultStorage(): Pick<Storage, "getItem" | "setItem"> | null {
  try {
    return typeof window !== "undefined" && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}
