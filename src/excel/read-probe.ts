/**
 * What a read keeps per sheet while it runs (read.ts): the bands of rows asked, the merge bands,
 * the protection answers. Shared by the read's steps (read-merges.ts, read-locks.ts,
 * read-assemble.ts); nothing here talks to Excel.
 */
import type { Rect } from "./addresses";

export interface Band {
  top: number;
  bottom: number;
  range: Excel.Range;
  /** True for an intersection with the used range (its position is loaded), false for an exact block. */
  intersect: boolean;
}

/**
 * The merged areas of rows [top, bottom] (ExcelApi 1.13). Asked in bands of their own, not for the
 * whole used range: Excel answers at most 512 areas per call ("more than 512 … will fail to return
 * the result"), which a table merged two columns per field passes at about 50 rows; and the answer
 * names the sheet in every area, which for the whole of a large table passed Excel on the web's
 * 5 MB. A band is at most mergeBandRows(columns) high, so it cannot hold more than the limit.
 *
 * What a band answers is not every merge it touches: Excel names only the areas whose top-left
 * cell is in the range (office-js #3611), cut at the range's edge (office-js #1590). A 一级指标
 * merged down over rows 20–40 comes back from a band of rows 1–23 as rows 20–23, and from the band
 * of rows 24–46 not at all — rows 24–40 would read as rows with no 一级指标. So (mergedAreas below):
 * bands overlap by one row, which tells a merge ending on a band's last row (complete) from one
 * running past it (cut); beside the full-width bands (which show how far right a merge reaches)
 * come one-column bands 512 rows high (which show how far down it reaches — a one-column range
 * holds at most one area per row), in two sets half a band apart; and a merge still cut after both (over 511 rows) gets a look
 * of its own in the follow-up sync (`look`: a strip over its columns from its top row).
 */
export interface MergeBand {
  top: number;
  /** The range's last row (sheet coordinates; a band of a not-yet-known used range is cut at its end too). */
  bottom: number;
  areas: Excel.RangeAreas;
  /** A one-column band: it shows how far down a merge reaches, not how far right. */
  column?: boolean;
}

export interface Probe {
  ws: Excel.Worksheet;
  used: Excel.Range;
  visible: Excel.RangeAreas | null;
  /** WorksheetProtection (ExcelApi 1.2), loaded with everything else in the first sync. */
  protection: Excel.WorksheetProtection;
  bands: Band[];
  mergeBands: MergeBand[];
  /** Strips asked for merges a band answered cut (they cover no rows for `uncovered`). */
  mergeLooks: MergeBand[];
  cellBytes: number;
  /**
   * The flag sheet: read as `formulas`, not values — its records hold live references
   * (`=ISREF('项目表'!K6)`, flags.ts) whose formula text Excel rewrites when rows move, whatever
   * the calculation mode; values, text and number formats of it are never used.
   */
  formulas: boolean;
  /** Used ranges of column blocks of a wide sheet (WIDE_COLS), asked in a follow-up. */
  columns?: Excel.Range[];
  /** The columns that hold the data of a wide sheet, once the column blocks answered (null: none). */
  trimmed?: Rect | null;
  /** Format › Protection › Locked of the whole used range: true, false, or null when its cells differ. */
  usedLocked: Excel.FormatProtection;
  /** When they differ on a protected sheet: the same per column of the used range. */
  lockColumns?: { col: number; protection: Excel.FormatProtection }[];
  /** Columns whose cells still differ: each cell's `locked`, in strips. */
  lockCells?: { col: number; top: number; cells: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[];
  /** A protected sheet's unlocked cells, grid coordinates, once known. */
  unlocked?: { r: number; c: number }[];
  /** The cells of wholly unlocked columns, while mixed columns are being asked cell by cell. */
  lockColumnsUnlocked?: { r: number; c: number }[];
}
