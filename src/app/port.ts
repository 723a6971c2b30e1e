/**
 * The host port: what the task pane and the ribbon commands need from a host. Excel implements it
 * with Office.js (src/excel), the standalone page with exceljs in the browser (src/web), and tests
 * with a fake. Hosts only move grids in and write plans out; the core decides everything else.
 */
import type { Issue, Lang, WorkbookGrids, WritePlan } from "../core";

export interface SheetChoice {
  /** The target sheet (项目绩效目标表); undefined = detect. */
  targetSheet?: string;
  /** The log sheet (完成情况台账); undefined = detect. */
  logSheet?: string;
  /** The scoring profile's name (DESIGN §10: a built-in, `default` … ); undefined = `default`. */
  profile?: string;
}

export type Progress = (done: number, total: number) => void;

export interface HostPort {
  /** Sheet names in tab order. */
  listSheets(): Promise<string[]>;
  /** Read the named sheets (all when omitted) as grids: values, text, formats, merges. */
  readWorkbook(sheets?: string[], onProgress?: Progress): Promise<WorkbookGrids>;
  /**
   * Apply a write plan. Before writing, the host compares each plan's `expect` cells with the
   * sheet and throws StaleWorkbookError when they changed since the read.
   */
  applyPlan(plan: WritePlan, onProgress?: Progress): Promise<void>;
  /**
   * Mark each issue's cell (error red, warning amber, info blue), reversibly, replacing any flags
   * of a previous Validate in the same round trip; never changes values.
   */
  flagIssues(issues: Issue[]): Promise<void>;
  /** Restore every flagged cell's format exactly as it was, and remove the score lines' flags. */
  clearFlags(): Promise<void>;
  /** Select a cell (`Q11`) on a sheet, so the user sees it. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Sheet choices remembered in the workbook. */
  loadSettings(): Promise<SheetChoice>;
  saveSettings(choice: SheetChoice): Promise<void>;
  /** The UI language: Office's display language (en → English), else zh-CN. */
  language(): Lang;
}

/** The sheet changed between Score's read and its write: the user must score again. */
export class StaleWorkbookError extends Error {
  constructor(readonly sheet: string, readonly address: string) {
    super(`Sheet ${sheet} changed at ${address} while scoring`);
    this.name = "StaleWorkbookError";
  }
}
