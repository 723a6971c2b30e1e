/**
 * A write plan: everything Score (or Clear) wants changed in the workbook, as plain data. Hosts
 * apply it — Office.js in Excel, exceljs/zip patching in the CLI and the web page — and never
 * decide what to write themselves. Coordinates are 0-based on the sheet (A1 is row 0, col 0).
 */

export interface CellWrite {
  row: number;
  col: number;
  /** Strings are always written as text, never as formulas, whatever they start with. */
  value: string | number | null;
  /** Excel number format for the cell (`0.00`, `0%`), when it should change. */
  numberFormat?: string;
  /** Copy the look (font, fill, borders, alignment) of this cell, e.g. a new header from its neighbour. */
  styleFrom?: { row: number; col: number };
  bold?: boolean;
  wrap?: boolean;
}

export interface SheetPlan {
  sheet: string;
  /** True when the sheet does not exist yet and must be added (e.g. 绩效自评表). */
  create: boolean;
  /** With create: replace the sheet if it exists (a previous Score's 自评表). */
  replace?: boolean;
  /** With create: the new sheet's visibility (the ownership record is very hidden). */
  state?: "veryHidden";
  /** Remove the sheet (清除评分 removing the 自评表 Score created); writes are then ignored. */
  delete?: boolean;
  writes: CellWrite[];
  /** Areas to merge (new sheets only; existing merges are never touched). */
  merges?: { top: number; left: number; bottom: number; right: number }[];
  /** Column widths in characters, for new columns and sheets. */
  columnWidths?: { col: number; width: number }[];
  /**
   * Cells whose current values the plan was computed from: a host re-reads them just before
   * writing and refuses to write when they changed (stale results, DESIGN: nothing lost).
   */
  expect?: { row: number; col: number; value: string | number | boolean | null }[];
}

export interface WritePlan {
  sheets: SheetPlan[];
}
