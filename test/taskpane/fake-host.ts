/**
 * A HostPort over in-memory grids, for the task pane's tests. It records every call, applies
 * write plans to its grids (refusing stale ones, as real hosts do), and can be told to fail.
 */
import type { HostPort, Progress, SheetChoice } from "../../src/app/port";
import { StaleWorkbookError } from "../../src/app/port";
import type { CellValue, Grid, Issue, Lang, WorkbookGrids, WritePlan } from "../../src/core";
import { columnLetter } from "../../src/core";
import { gridsFromWorkbook } from "../xlsx/exceljs-grids";
import { buildSeedWorkbook, buildTidyWorkbook, type SeedWorkbookOptions } from "../fixtures/workbooks";

export type HostMethod = Exclude<keyof HostPort, "language">;

export interface HostCall {
  method: HostMethod;
  args: unknown[];
}

export interface FakeHostOptions {
  lang?: Lang;
  settings?: SheetChoice;
}

export class FakeHost implements HostPort {
  readonly calls: HostCall[] = [];
  settings: SheetChoice;
  lang: Lang;
  /** Issues currently flagged (the last flagIssues, emptied by clearFlags). */
  flagged: Issue[] = [];
  /** Errors to throw (rejected promises) per method, e.g. `host.fail.readWorkbook = new Error(…)`. */
  fail: Partial<Record<HostMethod, unknown>> = {};
  /** Awaited inside readWorkbook after the progress callbacks (tests hold an action mid-way). */
  readGate: Promise<void> | null = null;

  constructor(
    public grids: WorkbookGrids,
    opts: FakeHostOptions = {},
  ) {
    this.lang = opts.lang ?? "zh-CN";
    this.settings = { ...opts.settings };
  }

  callsTo(method: HostMethod): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  async listSheets(): Promise<string[]> {
    this.record("listSheets", []);
    return this.grids.sheets.map((g) => g.sheet);
  }

  async readWorkbook(sheets?: string[], onProgress?: Progress): Promise<WorkbookGrids> {
    this.record("readWorkbook", [sheets]);
    const chosen = this.grids.sheets.filter((g) => !sheets || sheets.includes(g.sheet));
    chosen.forEach((_, i) => onProgress?.(i + 1, chosen.length));
    if (this.readGate) await this.readGate;
    return JSON.parse(JSON.stringify({ sheets: chosen })) as WorkbookGrids;
  }

  async applyPlan(plan: WritePlan, onProgress?: Progress): Promise<void> {
    this.record("applyPlan", [plan]);
    for (const sp of plan.sheets) {
      const grid = this.grids.sheets.find((g) => g.sheet === sp.sheet);
      for (const e of sp.expect ?? []) {
        const now = grid ? cellOf(grid, e.row, e.col) : null;
        if (!same(now, e.value)) throw new StaleWorkbookError(sp.sheet, `${columnLetter(e.col)}${e.row + 1}`);
      }
    }
    plan.sheets.forEach((sp, i) => {
      let grid = this.grids.sheets.find((g) => g.sheet === sp.sheet);
      if (sp.delete) {
        if (grid) this.grids.sheets.splice(this.grids.sheets.indexOf(grid), 1);
        onProgress?.(i + 1, plan.sheets.length);
        return;
      }
      if (!grid || (sp.create && sp.replace)) {
        if (grid) this.grids.sheets.splice(this.grids.sheets.indexOf(grid), 1);
        grid = { sheet: sp.sheet, origin: { row: 0, col: 0 }, values: [], text: [], merges: [] };
        this.grids.sheets.push(grid);
      }
      for (const w of sp.writes) setCell(grid, w.row, w.col, w.value);
      onProgress?.(i + 1, plan.sheets.length);
    });
  }

  async flagIssues(issues: Issue[]): Promise<void> {
    this.record("flagIssues", [issues]);
    this.flagged = issues;
  }

  async clearFlags(): Promise<void> {
    this.record("clearFlags", []);
    this.flagged = [];
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    this.record("selectCell", [sheet, address]);
  }

  async loadSettings(): Promise<SheetChoice> {
    this.record("loadSettings", []);
    return { ...this.settings };
  }

  async saveSettings(choice: SheetChoice): Promise<void> {
    this.record("saveSettings", [choice]);
    this.settings = { ...choice };
  }

  language(): Lang {
    return this.lang;
  }

  private record(method: HostMethod, args: unknown[]): void {
    this.calls.push({ method, args });
    const failure = this.fail[method];
    if (failure !== undefined) throw failure;
  }
}

function cellOf(grid: Grid, row: number, col: number): CellValue {
  const v = grid.values[row - grid.origin.row]?.[col - grid.origin.col];
  return v === undefined ? null : v;
}

function same(a: CellValue, b: CellValue): boolean {
  const empty = (v: CellValue) => v === null || v === "";
  return (empty(a) && empty(b)) || a === b;
}

function setCell(grid: Grid, row: number, col: number, value: CellValue): void {
  const r = row - grid.origin.row;
  const c = col - grid.origin.col;
  while (grid.values.length <= r) grid.values.push([]);
  const vRow = grid.values[r];
  while (vRow.length <= c) vRow.push("");
  vRow[c] = value;
  if (grid.text) {
    while (grid.text.length <= r) grid.text.push([]);
    const tRow = grid.text[r];
    while (tRow.length <= c) tRow.push("");
    tRow[c] = value === null ? "" : String(value);
  }
}

/** The seed workbook (项目绩效目标表 + 完成情况台账) as a host would read it. */
export function seedGrids(opts: SeedWorkbookOptions = {}): WorkbookGrids {
  return gridsFromWorkbook(buildSeedWorkbook(opts));
}

/** The tidy table (sheet 绩效目标) as a host would read it. */
export function tidyGrids(): WorkbookGrids {
  return gridsFromWorkbook(buildTidyWorkbook());
}

/** Sets a cell by its Excel address (`G10`) in a grid of the workbook. */
export function setGridCell(wb: WorkbookGrids, sheet: string, address: string, value: CellValue): void {
  const grid = wb.sheets.find((g) => g.sheet === sheet);
  if (!grid) throw new Error(`no sheet ${sheet}`);
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`bad address ${address}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  setCell(grid, Number(m[2]) - 1, col - 1, value);
}
