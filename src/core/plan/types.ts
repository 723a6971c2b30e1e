/**
 * A write plan: everything Score (or Clear) wants changed in the workbook, as plain data. Hosts
 * apply it — Office.js in Excel (src/excel/write.ts), the package patcher in the CLI and the web
 * page (src/xlsx/apply-plan.ts) — and never
 * decide what to write themselves. Coordinates are 0-based on the sheet (A1 is row 0, col 0).
 */

export interface CellWrite {
  row: number;
  col: number;
  /** Strings are always written as text, never as formulas, whatever they start with. */
  value: string | number | null;
  /** Excel number format for the cell (`0.00`, `0%`), when it should change. */
  numberFormat?: string;
  /**
   * Copy the look (font, fill, borders, alignment, number format) of this cell, e.g. a new header
   * from its neighbour; on `sheet` when given (another sheet of the workbook), else this one.
   */
  styleFrom?: { row: number; col: number; sheet?: string };
  bold?: boolean;
  wrap?: boolean;
}

/** A cell on a named sheet (0-based). */
export interface SheetCell {
  sheet: string;
  row: number;
  col: number;
}

/** A rectangle of cells, 0-based and inclusive. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A look applied to every cell of an area, empty ones included (a printed form's grid lines
 * are on its empty cells too). Applied after the writes, on top of what they set; what is left
 * undefined stays as it is.
 */
export interface AreaFormat {
  area: Area;
  /** Thin lines on every side of every cell (inside lines included). */
  borders?: "thin";
  font?: {
    /** The face (name and size) of this cell: 绩效自评表 in the target sheet's font (DESIGN §12). */
    from?: SheetCell;
    name?: string;
    /** Points; over `from`'s size. */
    size?: number;
    bold?: boolean;
  };
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "center" | "bottom";
  wrap?: boolean;
}

/** How a new sheet prints (页面设置). */
export interface PageSetup {
  orientation: "landscape" | "portrait";
  paper: "A4";
  /** Fit to this many pages wide, as many pages tall as it takes (缩放 › 调整为 N 页宽). */
  fitToWidth?: number;
  /** Rows (0-based, inclusive) repeated at the top of every page (打印标题 › 顶端标题行). */
  titleRows?: { top: number; bottom: number };
  /** Centred between the side margins (居中方式 › 水平). */
  centerHorizontally?: boolean;
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
  /** Looks over areas (borders, font, alignment, wrap), applied after the writes. */
  formats?: AreaFormat[];
  /** Row heights in points, where wrapped text needs more than one line (new sheets only). */
  rowHeights?: { row: number; height: number }[];
  /** Printing (new sheets only). */
  pageSetup?: PageSetup;
  /** Dropdowns and date checks (new sheets, or added to an existing sheet's areas). */
  validations?: Validation[];
  /**
   * Conditional fills: a cell of the area whose value equals `equals` shows `fill` (RGB hex) —
   * the monitoring lights, which follow the judgement when staff change it.
   */
  highlights?: { area: Area; equals: string; fill: string }[];
  /** Rows (and columns) frozen at the top (left) of a new sheet: the log's header stays in view. */
  freeze?: { rows: number; cols?: number };
  /**
   * Cells whose current values the plan was computed from: a host re-reads them just before
   * writing and refuses to write when they changed (stale results, DESIGN: nothing lost).
   */
  expect?: { row: number; col: number; value: string | number | boolean | null }[];
}

/**
 * A data validation (数据验证) over an area: a dropdown of words or of the cells a defined name
 * refers to, or dates in a range. `warning` lets staff keep a value of their own after a prompt
 * (偏差原因分析: the five categories, or their own words); `stop` refuses it.
 */
export interface Validation {
  area: Area;
  rule: { list: string[] } | { listName: string } | { dateFrom: number; dateTo: number };
  errorStyle: "stop" | "warning";
  /** Excel's message for a value outside the rule (title ≤ 32, message ≤ 255 characters). */
  error?: { title: string; message: string };
}

/** A workbook-level defined name over an area of a sheet (the log's indicator list). */
export interface DefinedName {
  name: string;
  sheet: string;
  area: Area;
}

export interface WritePlan {
  sheets: SheetPlan[];
  /** Defined names to add or replace (by name). */
  names?: DefinedName[];
}
