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
import type { HostPort, Progress, SheetChoice } from "../app/port";
import type { Grid, Issue, Lang, WorkbookGrids, WritePlan } from "../core";
import { parseSheetChoice } from "../app/settings";
import { currentLanguage } from "./language";
import { checkFileSize } from "./open-file";
import { defaultEngine, type WorkbookEngine } from "./worker/client";
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
  let sheets = await engine.open(current, fileName, opts.onProgress);
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

  return {
    fileName,
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

    async readWorkbook(names?: string[], onProgress?: Progress): Promise<WorkbookGrids> {
      const chosen = sheets.filter((s) => !names || names.includes(s.grid.sheet));
      chosen.forEach((_, i) => onProgress?.(i + 1, chosen.length));
      // A copy: the view keeps its own grids whatever the caller does with these.
      return { sheets: chosen.map((s) => cloneGrid(s.grid)) };
    },

    async applyPlan(plan: WritePlan, onProgress?: Progress): Promise<void> {
      if (plan.sheets.length === 0) return;
      const names = sheets.map((s) => s.grid.sheet);
      const { bytes: next, sheets: nextSheets } = await engine.apply(current, plan, fileName, names, onProgress);
      current = next;
      sheets = nextSheets;
      changed = true;
      unsaved = true;
      // Flags on sheets a plan replaced (a previous 绩效自评表) no longer point at anything.
      for (const sp of plan.sheets) if (sp.create && sp.replace) flags.delete(sp.sheet);
      flags = new Map(flags);
      publish();
    },

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
