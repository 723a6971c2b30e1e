/**
 * The Excel host: HostPort with Office.js. It only moves grids in (read.ts) and write plans and
 * flags out (write.ts, flags.ts); the core decides everything else.
 *
 * Round trips (context.sync calls), measured by test/excel:
 *   Validate = 1 read + 1 write (flags, and the previous flags restored, in that one write)
 *   Score    = 1 read + 1 check (the `expect` cells re-read) + 1 write
 *   Clear    = 1 read of the flag sheet + 1 write, then Score's clear plan when there are score lines
 *   新建台账 / 监控 = 1 read + 1 check + 1 write (validations, names, lights, frozen header in that write;
 *            an Excel without the ExcelApi sets they need is told so before anything is sent)
 * for 10 rows and for 20,000 rows alike on Excel for Windows and Mac. On Excel on the web, where
 * one sync may carry at most 5 MB, big workbooks take as many syncs as their size needs
 * (payload.ts). One more sync: flagging when the workbook has notes Jixiao did not write
 * (flags.ts), and a read that finds sheets it had not guessed (read.ts).
 *
 * The adapter remembers between calls, in memory only: the sheet layout (names and used ranges,
 * so the next read is planned without asking first), the merged areas and the flag records of
 * the last read (so flagging needs no read of its own). Nothing here is needed for correctness:
 * with no memory, each step asks Excel.
 */
import type { Issue, Lang, WorkbookGrids, WritePlan } from "../core";
import type { HostPort, Progress, SheetChoice } from "../app/port";
import type { Rect } from "./addresses";
import { a1, parseAddress } from "./addresses";
import { classify, ExcelHostError, friendlyError, hostError, lockedCellsError } from "./errors";
import { clearIn, flagIn, recordsOf, type FlagRecord } from "./flags";
import { DEFAULT_CELL_BYTES, syncBudget } from "./payload";
import { COLD_CHAIN, FLAG_SHEET, readSheets, type SheetLayout } from "./read";
import { excelApi, READ_MINIMUM } from "./requirements";
import { loadChoice, saveChoice, uiLanguage } from "./settings";

export interface ExcelHostOptions {
  /** Bytes one sync may carry; default: 4 MB on Excel on the web, unlimited elsewhere. */
  syncBudget?: number;
}

/** What the host remembers from its last look at the workbook. */
interface Memory {
  layout: SheetLayout[] | null;
  names: string[];
  merges: Map<string, Rect[]>;
  records: FlagRecord[] | null;
  noteCount: number | null;
  /** Sheets the last read found protected. */
  protectedSheets: Set<string>;
  /** Their unlocked cells (`row,col`, sheet coordinates), as the last read found them. */
  unlocked: Map<string, Set<string>>;
}

export interface ExcelHost extends HostPort {
  /** Syncs of the last call (for tests and the log). */
  readonly lastSyncs: number;
}

export function createExcelHost(options: ExcelHostOptions = {}): ExcelHost {
  const memory: Memory = { layout: null, names: [], merges: new Map(), records: null, noteCount: null, protectedSheets: new Set(), unlocked: new Map() };
  let lastSyncs = 0;
  const budget = () => options.syncBudget ?? syncBudget();
  const lang = (): Lang => uiLanguage();

  async function run<T>(fn: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    if (!excelApi(READ_MINIMUM)) throw hostError("unsupported", lang());
    try {
      return await Excel.run(fn);
    } catch (error) {
      throw friendlyError(error, lang());
    }
  }

  /**
   * A plan as a protected sheet takes it: values into unlocked cells only. A write to a locked cell
   * is refused before anything is sent (lockedCellsError names them); formats, widths and merges
   * are left out, since a protected sheet refuses them even on unlocked cells (WorksheetProtection
   * Options.allowFormatCells is off unless the author allowed it) and would stop the batch part-way.
   */
  function forProtection(plan: WritePlan): WritePlan {
    return {
      ...plan,
      sheets: plan.sheets.map((sp) => {
        const open = memory.unlocked.get(sp.sheet);
        if (!memory.protectedSheets.has(sp.sheet) || sp.create || sp.delete || !open) return sp;
        const locked = sp.writes.filter((w) => !open.has(`${w.row},${w.col}`));
        if (locked.length) throw lockedCellsError(sp.sheet, locked.map((w) => a1(w.row, w.col)), lang());
        return { sheet: sp.sheet, create: false, writes: sp.writes.map(({ row, col, value }) => ({ row, col, value })), ...(sp.expect ? { expect: sp.expect } : {}) };
      }),
    };
  }

  /**
   * A write that failed with AccessDenied: the code says neither whether a sheet is protected or the
   * workbook read-only, and the message is in Office's language (German Excel's words match none of
   * ours), so the workbook is asked — one sync, only after such a failure — and the error worded by
   * what it answers. Anything else, or a question that fails itself, keeps the original error.
   */
  async function explainDenied(error: unknown, sheets: string[]): Promise<unknown> {
    if (classify(error).code !== "AccessDenied") return error;
    try {
      const kind = await Excel.run(async (context) => {
        const readOnly = excelApi("1.8") ? (context.workbook.load("readOnly"), context.workbook) : null;
        const probes = sheets.map((name) => {
          const ws = context.workbook.worksheets.getItemOrNullObject(name);
          ws.protection.load("protected");
          return ws;
        });
        await context.sync();
        if (readOnly?.readOnly) return "read-only" as const;
        return probes.some((ws) => !ws.isNullObject && ws.protection.protected) ? ("protected" as const) : null;
      });
      if (!kind) return error;
      const worded = hostError(kind, lang());
      return new ExcelHostError(worded.message, kind, "AccessDenied", error);
    } catch {
      return error;
    }
  }

  /** A write (plan, flags, clear): as run(), with AccessDenied explained (explainDenied). */
  async function runWrite<T>(fn: (context: Excel.RequestContext) => Promise<T>, sheets: string[]): Promise<T> {
    if (!excelApi(READ_MINIMUM)) throw hostError("unsupported", lang());
    try {
      return await Excel.run(fn);
    } catch (error) {
      throw friendlyError(await explainDenied(error, sheets), lang());
    }
  }

  async function read(wanted: string[] | undefined, onProgress: Progress | undefined, careful: boolean): Promise<WorkbookGrids> {
    const outcome = await Excel.run((context) => readSheets(context, { wanted, layout: memory.layout, budget: budget(), careful, onProgress }));
    lastSyncs += outcome.syncs;
    memory.layout = outcome.layout;
    memory.names = outcome.names;
    memory.merges = new Map(
      outcome.grids.map((g) => [
        g.sheet,
        g.merges.map((m) => ({ top: m.top + g.origin.row, left: m.left + g.origin.col, bottom: m.bottom + g.origin.row, right: m.right + g.origin.col })),
      ]),
    );
    memory.records = outcome.names.includes(FLAG_SHEET) ? recordsOf(outcome.flagSheet) : [];
    memory.noteCount = outcome.noteCount;
    memory.protectedSheets = new Set(outcome.grids.filter((g) => g.protection).map((g) => g.sheet));
    memory.unlocked = new Map(outcome.grids.filter((g) => g.protection).map((g) => [g.sheet, new Set(g.protection!.unlocked.map(({ r, c }) => `${r + g.origin.row},${c + g.origin.col}`))]));
    const grids = wanted ? outcome.grids.filter((g) => wanted.includes(g.sheet)) : outcome.grids;
    return { sheets: grids };
  }

  /** Keeps the cached layout in step with what a plan wrote, so the next read needs no follow-up. */
  function rememberPlan(plan: WritePlan): void {
    if (!memory.layout) return;
    for (const sp of plan.sheets) {
      if (!sp.writes.length) continue;
      let top = Infinity;
      let left = Infinity;
      let bottom = -1;
      let right = -1;
      for (const w of sp.writes) {
        top = Math.min(top, w.row);
        left = Math.min(left, w.col);
        bottom = Math.max(bottom, w.row);
        right = Math.max(right, w.col);
      }
      const found = memory.layout.find((l) => l.name === sp.sheet);
      if (found && !(sp.create && sp.replace)) {
        const u = found.used ?? { top, left, bottom, right };
        found.used = { top: Math.min(u.top, top), left: Math.min(u.left, left), bottom: Math.max(u.bottom, bottom), right: Math.max(u.right, right) };
      } else if (found) {
        found.used = { top, left, bottom, right };
      } else {
        memory.layout.push({ name: sp.sheet, used: { top, left, bottom, right }, cellBytes: DEFAULT_CELL_BYTES });
        memory.names.push(sp.sheet);
      }
    }
  }

  /** The flag sheet as flagging left it: kept (emptied) once it exists, so it stays in the names. */
  function rememberFlags(records: FlagRecord[], exists: boolean): void {
    memory.records = records;
    memory.names = memory.names.filter((n) => n !== FLAG_SHEET);
    if (exists) memory.names.push(FLAG_SHEET);
    if (!memory.layout) return;
    memory.layout = memory.layout.filter((l) => l.name !== FLAG_SHEET);
    if (exists) {
      // records in A–F, one live reference per saved row in G
      const rows = Math.max(records.length + 1, records.reduce((n, r) => n + (r.rows?.length ?? 0), 0));
      memory.layout.push({ name: FLAG_SHEET, used: records.length ? { top: 0, left: 0, bottom: rows - 1, right: 6 } : null, cellBytes: 60 });
    }
  }

  const host: ExcelHost = {
    get lastSyncs() {
      return lastSyncs;
    },

    async listSheets() {
      lastSyncs = 0;
      // One sync: the sheet list plus, through the getFirst/getNext chain, each sheet's used
      // range — so the first Validate after the pane opens is planned without asking.
      return run(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name");
        const chain: { ws: Excel.Worksheet; used: Excel.Range }[] = [];
        let ws = worksheets.getFirst();
        for (let i = 0; i < COLD_CHAIN; i++) {
          if (i > 0) ws = ws.getNextOrNullObject();
          ws.load("name");
          const used = ws.getUsedRangeOrNullObject(true);
          used.load("address");
          chain.push({ ws, used });
        }
        await context.sync();
        lastSyncs = 1;
        const names = worksheets.items.map((w) => w.name);
        const sizes = new Map<string, Rect | null>();
        for (const { ws, used } of chain) if (!ws.isNullObject) sizes.set(ws.name, used.isNullObject ? null : parseAddress(used.address));
        const previous = new Map((memory.layout ?? []).map((l) => [l.name, l]));
        memory.layout = names
          .filter((n) => sizes.has(n))
          .map((name) => ({ name, used: sizes.get(name) ?? null, cellBytes: previous.get(name)?.cellBytes ?? DEFAULT_CELL_BYTES }));
        memory.names = names;
        return names.filter((n) => n !== FLAG_SHEET);
      });
    },

    async readWorkbook(sheets?: string[], onProgress?: Progress) {
      lastSyncs = 0;
      if (!excelApi(READ_MINIMUM)) throw hostError("unsupported", lang());
      try {
        return await read(sheets, onProgress, false);
      } catch (error) {
        // Excel on the web refused the size we guessed: read again, measuring first, in small blocks.
        if (classify(error).kind !== "too-big") throw friendlyError(error, lang());
        try {
          return await read(sheets, onProgress, true);
        } catch (again) {
          throw friendlyError(again, lang());
        }
      }
    },

    async applyPlan(plan: WritePlan, onProgress?: Progress) {
      lastSyncs = 0;
      const allowed = forProtection(plan);
      // The writer (cells, merges, dropdowns, lights, names) loads with the first write, not with
      // the pane: the pane's first paint is held to a budget (taskpane_gz_kb in bench/run.mjs).
      const { applyPlanTo } = await import(/* webpackChunkName: "excel-write" */ "./write");
      const syncs = await runWrite(
        (context) => applyPlanTo(context, allowed, { budget: budget(), mergesOf: (s) => memory.merges.get(s), onProgress, lang: lang() }),
        plan.sheets.map((s) => s.sheet),
      );
      lastSyncs = syncs;
      rememberPlan(plan);
    },

    async flagIssues(issues: Issue[]) {
      lastSyncs = 0;
      if (!excelApi("1.9")) {
        // copyFrom (the saved formats) needs ExcelApi 1.9: older Excel gets no flags, the pane
        // lists the issues.
        console.warn("Jixiao: cell flags need ExcelApi 1.9; the issues are listed in the pane only.");
        return;
      }
      if (memory.records === null) {
        // Not read in this session yet: learn the previous flags and the sheet list first.
        await host.readWorkbook();
      }
      const outcome = await runWrite((context) =>
        flagIn(
          context,
          issues,
          { names: memory.names, merges: memory.merges, records: memory.records ?? [], noteCount: memory.noteCount, protectedSheets: memory.protectedSheets },
          { budget: budget(), lang: lang() },
        ),
        memory.names,
      );
      lastSyncs += outcome.syncs;
      // Jixiao's own notes changed: keep the workbook's note count in step (the next read recounts).
      const notesOf = (records: FlagRecord[]) => records.filter((r) => r.kind === "note").length;
      if (memory.noteCount !== null) memory.noteCount += notesOf(outcome.records) - notesOf(memory.records ?? []);
      rememberFlags(outcome.records, outcome.flagSheet);
    },

    async clearFlags() {
      lastSyncs = 0;
      if (!excelApi("1.9")) return;
      const cleared = await runWrite((context) => clearIn(context, { budget: budget() }), memory.names);
      lastSyncs = cleared.syncs;
      rememberFlags([], cleared.flagSheet);
    },

    async selectCell(sheet: string, address: string) {
      lastSyncs = 0;
      await run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await context.sync();
      });
      lastSyncs = 1;
    },

    async loadSettings(): Promise<SheetChoice> {
      return loadChoice();
    },

    async saveSettings(choice: SheetChoice) {
      await saveChoice(choice);
    },

    language(): Lang {
      return lang();
    },
  };
  return host;
}

let shared: ExcelHost | undefined;

/**
 * The one Excel host of this runtime. The task pane and the ribbon commands share a runtime
 * (manifest: SharedRuntime), so they share this host and its memory of the workbook: the layout
 * the pane read when it opened makes the ribbon's Validate a single read.
 */
export function excelHost(): ExcelHost {
  shared ??= createExcelHost();
  return shared;
}
