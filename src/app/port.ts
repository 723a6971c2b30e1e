/**
 * The host port: what the task pane and the ribbon commands need from a host. Excel implements it
 * with Office.js (src/excel), the standalone page with exceljs in the browser (src/web), and tests
 * with a fake. Hosts only move grids in and write plans out; the core decides everything else.
 */
import type { Issue, Lang, ScoreOptions, ScoreReport, ScoringProfile, ValidationReport, WorkbookGrids, WritePlan } from "../core";

export interface SheetChoice {
  /** The target sheet (项目绩效目标表); undefined = detect. */
  targetSheet?: string;
  /** The log sheet (完成情况台账); undefined = detect. */
  logSheet?: string;
  /** The scoring profile's name (DESIGN §10: a built-in, `default` … ); undefined = `default`. */
  profile?: string;
}

/** The chosen built-in profile; a name this add-in does not know (a newer add-in's) scores by `default`. */
export function profileOf(choice: SheetChoice, builtin: (name: string) => ScoringProfile | null): ScoringProfile | undefined {
  return (choice.profile && builtin(choice.profile)) || undefined;
}

/**
 * The core's options for Validate and Score from the pane's choice: the controller's, and a
 * host's that runs the core itself (runCore), so both score by the same sheets and profile.
 */
export function coreOptions(choice: SheetChoice, lang: Lang, builtin: (name: string) => ScoringProfile | null): ScoreOptions {
  return { sheet: choice.targetSheet, logSheet: choice.logSheet, lang, profile: profileOf(choice, builtin) };
}

export type Progress = (done: number, total: number) => void;

/** The two actions whose analysis a host may run itself (runCore). */
export type CoreOp = "validate" | "score";
export type CoreReport<Op extends CoreOp> = Op extends "score" ? ScoreReport : ValidationReport;

/**
 * Validate's or Score's analysis run by the host, where its workbook already is (the web page's
 * Web Worker: a 1,000-indicator workbook's analysis would hold the page's thread for half a second,
 * DESIGN §8). The same options as the core's (controller.ts coreOptions), the same report; for
 * "score" the host has also applied the report's plan, with applyPlan's StaleWorkbookError.
 */
export type CoreRunner = <Op extends CoreOp>(op: Op, choice: SheetChoice, lang: Lang, onProgress?: Progress) => Promise<CoreReport<Op>>;

/**
 * A host with runCore also puts it on the grids readWorkbook returns, under this key: a wrapper
 * of the port that forwards only the methods it knows (the pane's, src/ui/use-pane.ts) passes
 * the grids through, so the controller still finds it. Not enumerable: JSON and copies drop it.
 */
export const CORE_RUNNER: unique symbol = Symbol.for("jixiao.coreRunner");
export type HostGrids = WorkbookGrids & { [CORE_RUNNER]?: CoreRunner };

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
  /**
   * Optional: run Validate's and Score's analysis in the host (see CoreRunner). Hosts without it
   * (Excel: Office.js is on the pane's thread anyway) get the core run on readWorkbook's grids.
   */
  runCore?: CoreRunner;
}

/** The sheet changed between Score's read and its write: the user must score again. */
export class StaleWorkbookError extends Error {
  constructor(readonly sheet: string, readonly address: string) {
    super(`Sheet ${sheet} changed at ${address} while scoring`);
    this.name = "StaleWorkbookError";
  }
}
