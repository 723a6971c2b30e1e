/**
 * Reading the workbook as grids: every sheet's used range (values only) — values, text, number
 * formats, merged areas and hidden rows — in as few round trips as the data allows.
 *
 * How one sync is enough (Validate = 1 read + 1 write, Score = 1 read + 1 check + 1 write, for
 * 10 rows and for 20,000 rows alike): a read usually needs the sheet names first, then the used
 * ranges' sizes, then the data — three round trips. Instead, everything is queued before the one
 * sync, with no answer needed in between:
 *
 * - Which sheets: the layout cached from the last read (or from listSheets when the pane opened),
 *   fetched by name with getItemOrNullObject; with no cache yet, a chain of
 *   worksheets.getFirst().getNextOrNullObject()… — proxies for "the first, second, … sheet",
 *   null past the last one. The sheet list is loaded in the same sync to catch sheets the chain or
 *   the cache missed.
 * - Which rows: bands of whole rows intersected with the used range
 *   (`usedRange.getIntersectionOrNullObject(sheet.getRange("1:1000"))`), so a band never reads a
 *   cell outside the used range, and bands past its end come back as null objects (a few bytes).
 *   With a cached layout the bands cover the cached rows plus some slack for rows added since;
 *   cold, they cover SPECULATIVE_ROWS rows.
 * - Band height: rows × columns × bytes per cell stays under BLOCK_BYTES (payload.ts), with the
 *   bytes per cell measured on the last read of that sheet (DEFAULT_CELL_BYTES before that).
 *
 * After the sync the used ranges are known; anything not yet covered (a sheet that grew past the
 * slack, a new sheet, more sheets than the chain) is read in a follow-up sync with exact blocks.
 * On Excel on the web the per-sync budget (4 MB) splits big reads into several syncs: the 5 MB
 * limit applies to the whole batch, so a 40 MB workbook cannot come in one there.
 */
import type { CellRange, CellValue, Grid } from "../core/grid";
import { parseAddress, parseAreaList, rowsAddress, rectAddress, type Rect } from "./addresses";
import { excelApi } from "./requirements";
import {
  ACTION_BYTES,
  CAREFUL_CELL_BYTES,
  DEFAULT_CELL_BYTES,
  jsonBytes,
  rowsPerBlock,
  SyncBatch,
} from "./payload";

/** The hidden sheet where flags keep the formats they replaced (flags.ts). Never shown to the core. */
export const FLAG_SHEET = "_jixiao_flags";

/** What the adapter remembers about a sheet between reads. */
export interface SheetLayout {
  name: string;
  /** The used range (values only), sheet coordinates; null when the sheet is empty. */
  used: Rect | null;
  /** Measured bytes per cell of values + text + numberFormat. */
  cellBytes: number;
  /** The used range Excel reports is far wider than its data (`used` is the data's columns): see WIDE_COLS. */
  wide?: boolean;
}

export interface ReadOptions {
  /** Sheets to read (the flag sheet is always read too); all when omitted. */
  wanted?: string[];
  /** The layout from the last read, or null (cold). */
  layout: SheetLayout[] | null;
  /** Bytes one sync may carry (payload.ts). */
  budget: number;
  /** After Excel refused a payload: no guessing, small blocks. */
  careful?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface ReadOutcome {
  /** The sheets for the core, in tab order, without the flag sheet. */
  grids: Grid[];
  /** Every sheet name in tab order, the flag sheet included. */
  names: string[];
  /** The flag sheet's grid, when the workbook has one. */
  flagSheet: Grid | null;
  /** Notes in the whole workbook (ExcelApi 1.18), or null when notes are not supported. */
  noteCount: number | null;
  layout: SheetLayout[];
  /** Syncs this read took. */
  syncs: number;
}

/** Sheets the cold chain probes before the sheet list is known. */
export const COLD_CHAIN = 12;
/** Rows a cold read guesses per sheet on the desktop, where one sync may carry any size. */
export const SPECULATIVE_ROWS = 25_000;
/** Columns assumed for a sheet not seen yet. */
const ASSUMED_COLS = 32;
/** Sheets assumed to hold data when a cold read on the web shares its budget between them. */
const ASSUMED_BUSY_SHEETS = 4;
const META_BYTES = 2048;

interface Band {
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
interface MergeBand {
  top: number;
  /** The range's last row (sheet coordinates; a band of a not-yet-known used range is cut at its end too). */
  bottom: number;
  areas: Excel.RangeAreas;
  /** A one-column band: it shows how far down a merge reaches, not how far right. */
  column?: boolean;
}

interface Probe {
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

/**
 * Which cells of a protected sheet Score may write: the unlocked ones (Format Cells › Protection ›
 * Locked off — what the sheet's author left for staff to fill in, typically the 实际完成值
 * column). Asked coarse to fine, so a sheet locked throughout (Excel's default) costs nothing: the
 * used range's `format.protection.locked` comes with the first sync (true, false, or null when its
 * cells differ); only where they differ does a follow-up ask per column, and one more per cell of
 * the columns that still differ (getCellProperties, LOCK_STRIP rows at a time).
 */
const LOCK_STRIP = 5000;
const LOCK_CELL_BYTES = 48;

/** Excel's limit on the merged areas one getMergedAreas call returns. */
export const MERGED_AREAS_LIMIT = 512;
/**
 * Rows per merge band for a sheet `cols` wide. Every cell of a band belongs to at most one merged
 * area, and an area reaching past the band's edge (a header merged beyond the used range's last
 * column) may have a single cell in it: so rows × cols ≤ 512 is the bound that always holds.
 */
export function mergeBandRows(cols: number): number {
  return Math.max(1, Math.floor(MERGED_AREAS_LIMIT / Math.max(1, cols)));
}
/**
 * A cold read (no layout known: a ribbon click before the pane opened) asks for merges over this
 * many rows of each sheet; a table starts near the top. Rows past it get theirs in the follow-up
 * read, once the used range is known, so a long sheet costs one more round trip there, not
 * hundreds of speculative requests for every sheet.
 */
export const COLD_MERGE_ROWS = 1000;
/** Columns past the used range's last one that merge bands look at. */
const MERGE_MARGIN_COLS = 16;
const LAST_COL = 16383;
/** Bytes a merge band may answer with: 512 areas of ~40 bytes ('Sheet'!A1:B1). */
const MERGE_ANSWER_BYTES = MERGED_AREAS_LIMIT * 40;

const LOADED = "values,text,numberFormat";

/**
 * Wide sheets. Excel's used range runs to the last cell holding anything: one stray value in
 * column XFD makes a 500-row table 16,384 columns wide — 8 million cells, where Excel reads no
 * more than five million per range ("on all platforms, a range is limited to five million cells
 * for get operations", and past it `values` comes back null, not as an error: office-js #4783),
 * and every row of it would travel as 16,384 cells. So a used range wider than WIDE_COLS is
 * first asked, in blocks of COLUMN_BLOCK columns, where its values are (Range.
 * getUsedRangeOrNullObject, a few bytes each); the grid then covers the cluster of columns with
 * the most data — columns less than COLUMN_GAP empty columns apart belong together — and a stray
 * value far away is left out of it (it is no part of a table). One more sync for such a sheet.
 */
export const WIDE_COLS = 256;
const COLUMN_BLOCK = 64;
const COLUMN_GAP = 64;

function slackRows(rows: number): number {
  return Math.min(2000, Math.max(100, Math.ceil(rows * 0.1)));
}

export async function readSheets(context: Excel.RequestContext, opts: ReadOptions): Promise<ReadOutcome> {
  const batch = new SyncBatch(context, opts.budget);
  const withMerges = excelApi("1.13");
  const withVisible = excelApi("1.9");
  const withNotes = excelApi("1.18");
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const noteCount = withNotes ? context.workbook.notes.getCount() : null;
  const cached = new Map((opts.careful ? [] : opts.layout ?? []).map((l) => [l.name, l]));
  const wanted = opts.wanted ? new Set([...opts.wanted, FLAG_SHEET]) : null;

  const probes: Probe[] = [];
  let totalBlocks = 0;
  let doneBlocks = 0;

  const newProbe = (ws: Excel.Worksheet, cellBytes: number, formulas = false): Probe => {
    ws.load("name");
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("address");
    // A protected sheet: Score writes on it only what staff may edit there (grid.protection).
    const protection = ws.protection;
    protection.load("protected");
    // eslint-disable-next-line office-addins/call-sync-before-read -- a navigation to the format proxy, not a read of a loaded value
    const usedLocked = used.format.protection;
    usedLocked.load("locked");
    const probe: Probe = { ws, used, visible: null, protection, bands: [], mergeBands: [], mergeLooks: [], cellBytes, formulas, usedLocked };
    if (withVisible) {
      probe.visible = used.getSpecialCellsOrNullObject("Visible");
      probe.visible.load("address");
    }
    probes.push(probe);
    return probe;
  };

  /**
   * Merge bands over rows [top, bottom]: of the used range (not yet known), or of a known one.
   * Each band is mergeBandRows high and starts one row before the last one ended (the overlap
   * row tells a cut merge from one ending there); a second set starts half a band lower.
   */
  const queueMerges = async (probe: Probe, top: number, bottom: number, cols: number, used: Rect | null) => {
    if (!withMerges) return;
    // Past the used range's last column too: a header merged over C1:V1 whose V column is empty
    // ends the used range (values only) at U, and Excel would answer it cut there.
    const rows = mergeBandRows(cols + MERGE_MARGIN_COLS);
    const step = Math.max(1, rows - 1);
    const queue = async (a: number) => {
      const b = used ? Math.min(used.bottom, a + rows - 1) : a + rows - 1;
      // A band of a known sheet reserves its largest possible answer; a cold guess, like its data
      // bands, only its request (most of it lies past the used range and answers null).
      await batch.reserve(ACTION_BYTES * 3 + (used ? MERGE_ANSWER_BYTES : 0));
      const range = used
        ? probe.ws.getRange(rectAddress({ top: a, bottom: b, left: used.left, right: Math.min(LAST_COL, used.right + MERGE_MARGIN_COLS) }))
        : probe.used.getResizedRange(0, MERGE_MARGIN_COLS).getIntersectionOrNullObject(probe.ws.getRange(rowsAddress(a, b)));
      const areas = range.getMergedAreasOrNullObject();
      areas.load("address");
      probe.mergeBands.push({ top: a, bottom: b, areas });
    };
    for (let a = top; a <= bottom; a += step) await queue(a);
    // One column at a time, MERGED_AREAS_LIMIT rows high (one area per row at most), overlapping by a row.
    const left = used ? used.left : 0;
    const right = used ? used.right : cols - 1;
    // A second set half a band lower sees whole a merge up to 256 rows high crossing an edge of the first.
    const starts: number[] = [];
    for (let a = top; a <= bottom; a += MERGED_AREAS_LIMIT - 1) starts.push(a);
    for (let a = top + MERGED_AREAS_LIMIT / 2; a <= bottom; a += MERGED_AREAS_LIMIT - 1) starts.push(a);
    for (let c = left; c <= right; c++)
      for (const a of starts) {
        const b = used ? Math.min(used.bottom, a + MERGED_AREAS_LIMIT - 1) : a + MERGED_AREAS_LIMIT - 1;
        await batch.reserve(ACTION_BYTES * 2 + (used ? MERGE_ANSWER_BYTES : 0));
        const strip = probe.ws.getRange(rectAddress({ top: a, bottom: b, left: c, right: c }));
        const areas = (used ? strip : probe.used.getIntersectionOrNullObject(strip)).getMergedAreasOrNullObject();
        areas.load("address");
        probe.mergeBands.push({ top: a, bottom: b, areas, column: true });
      }
  };

  /** A look at a merge a band answered cut: its columns, from its top row down as far as is safe. */
  const queueLook = async (probe: Probe, used: Rect, m: Rect) => {
    // Rows m.top..m.bottom of these columns are all this one merge, so the strip holds at most
    // 1 + extra × width areas: under Excel's 512.
    const width = m.right - m.left + 1;
    const extra = Math.max(1, Math.floor((MERGED_AREAS_LIMIT - 1) / width));
    const bottom = Math.min(used.bottom, m.bottom + extra);
    await batch.reserve(ACTION_BYTES * 2 + MERGE_ANSWER_BYTES);
    const areas = probe.ws.getRange(rectAddress({ top: m.top, bottom, left: m.left, right: m.right })).getMergedAreasOrNullObject();
    areas.load("address");
    probe.mergeLooks.push({ top: m.top, bottom, areas });
  };

  /** The next step of finding a protected sheet's unlocked cells (see LOCK_STRIP); true when it queued one. */
  const queueLocks = async (probe: Probe, used: Rect): Promise<boolean> => {
    const all = (r: Rect) => {
      const out: { r: number; c: number }[] = [];
      for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) out.push({ r: i - used.top, c: j - used.left });
      return out;
    };
    const whole = probe.trimmed === undefined ? probe.usedLocked.locked : null; // a wide sheet's answer covers columns not read
    if (whole === true) probe.unlocked = [];
    else if (whole === false) probe.unlocked = all(used);
    else if (!probe.lockColumns) {
      probe.lockColumns = [];
      for (let c = used.left; c <= used.right; c++) {
        await batch.reserve(ACTION_BYTES * 2);
        const protection = probe.ws.getRange(rectAddress({ top: used.top, bottom: used.bottom, left: c, right: c })).format.protection;
        protection.load("locked");
        probe.lockColumns.push({ col: c, protection });
      }
      return true;
    } else if (!probe.lockCells) {
      probe.lockCells = [];
      const unlocked: { r: number; c: number }[] = [];
      for (const { col, protection } of probe.lockColumns) {
        if (protection.locked === false) unlocked.push(...all({ top: used.top, bottom: used.bottom, left: col, right: col }));
        if (protection.locked !== null) continue;
        for (let a = used.top; a <= used.bottom; a += LOCK_STRIP) {
          const b = Math.min(used.bottom, a + LOCK_STRIP - 1);
          await batch.reserve(ACTION_BYTES * 2 + (b - a + 1) * LOCK_CELL_BYTES);
          const cells = probe.ws.getRange(rectAddress({ top: a, bottom: b, left: col, right: col })).getCellProperties({ format: { protection: true } });
          probe.lockCells.push({ col, top: a, cells });
        }
      }
      if (probe.lockCells.length === 0) probe.unlocked = unlocked;
      else {
        probe.unlocked = undefined;
        probe.lockColumnsUnlocked = unlocked;
        return true;
      }
    } else {
      const unlocked = [...(probe.lockColumnsUnlocked ?? [])];
      for (const { col, top, cells } of probe.lockCells)
        cells.value.forEach((row, i) => {
          if (row[0]?.format?.protection?.locked === false) unlocked.push({ r: top + i - used.top, c: col - used.left });
        });
      probe.unlocked = unlocked;
    }
    return false;
  };

  /** Where the values of a wide used range are: its used range per block of COLUMN_BLOCK columns. */
  const queueColumnBlocks = async (probe: Probe, used: Rect) => {
    probe.columns = [];
    for (let a = used.left; a <= used.right; a += COLUMN_BLOCK) {
      await batch.reserve(ACTION_BYTES * 2 + 64);
      const block = probe.ws.getRange(rectAddress({ top: used.top, bottom: used.bottom, left: a, right: Math.min(used.right, a + COLUMN_BLOCK - 1) })).getUsedRangeOrNullObject(true);
      block.load("address");
      probe.columns.push(block);
    }
  };

  /** Bands over rows [top, bottom] intersected with the (not yet known) used range. */
  const queueGuess = async (probe: Probe, top: number, bottom: number, cols: number, reserveData: boolean) => {
    const step = rowsPerBlock(cols, probe.cellBytes);
    for (let a = top; a <= bottom; a += step) {
      const b = Math.min(bottom, a + step - 1);
      await batch.reserve(ACTION_BYTES * 3 + (reserveData ? (b - a + 1) * cols * probe.cellBytes : 0));
      const range = probe.used.getIntersectionOrNullObject(probe.ws.getRange(rowsAddress(a, b)));
      // eslint-disable-next-line office-addins/no-empty-load -- it names them (LOADED); the rule reads only literals
      range.load(`${probe.formulas ? "formulas" : LOADED},rowIndex,columnIndex,rowCount,columnCount`);
      probe.bands.push({ top: a, bottom: b, range, intersect: true });
      totalBlocks++;
    }
    // A known layout (reserveData) has its real width; a cold guess asks over its first rows only.
    await queueMerges(probe, top, reserveData ? bottom : Math.min(bottom, top + COLD_MERGE_ROWS - 1), cols, null);
  };

  /** Exact blocks for rows [top, bottom] of a known used range. */
  const queueExact = async (probe: Probe, used: Rect, top: number, bottom: number) => {
    const cols = used.right - used.left + 1;
    const step = rowsPerBlock(cols, probe.cellBytes);
    for (let a = top; a <= bottom; a += step) {
      const b = Math.min(bottom, a + step - 1);
      await batch.reserve(ACTION_BYTES * 2 + (b - a + 1) * cols * probe.cellBytes);
      const range = probe.ws.getRange(rectAddress({ top: a, bottom: b, left: used.left, right: used.right }));
      // eslint-disable-next-line office-addins/no-empty-load -- it names them (LOADED); the rule reads only literals
      range.load(probe.formulas ? "formulas" : LOADED);
      probe.bands.push({ top: a, bottom: b, range, intersect: false });
      totalBlocks++;
    }
  };

  const sync = async () => {
    await batch.sync();
    doneBlocks = totalBlocks;
    opts.onProgress?.(doneBlocks, totalBlocks);
  };

  // ---- pass 1: everything we can guess, in one sync ------------------------------------------
  const careful = opts.careful ?? false;
  const coldRows = Number.isFinite(opts.budget)
    ? Math.max(50, Math.floor(opts.budget / (ASSUMED_BUSY_SHEETS * ASSUMED_COLS * DEFAULT_CELL_BYTES)))
    : SPECULATIVE_ROWS;
  if (cached.size > 0 || wanted) {
    const names = wanted ? [...wanted] : [...cached.keys()];
    for (const name of names) {
      const layout = cached.get(name);
      const probe = newProbe(worksheets.getItemOrNullObject(name), careful ? CAREFUL_CELL_BYTES : layout?.cellBytes ?? DEFAULT_CELL_BYTES, name === FLAG_SHEET);
      await batch.reserve(META_BYTES);
      if (careful) continue;
      if (layout?.used && (layout.wide || layout.used.right - layout.used.left + 1 > WIDE_COLS)) {
        // a wide sheet: its bands would run over the whole reported width; read once its columns are known
      } else if (layout?.used) {
        const u = layout.used;
        await queueGuess(probe, u.top, u.bottom + slackRows(u.bottom - u.top + 1), u.right - u.left + 1, true);
      } else if (!layout) {
        await queueGuess(probe, 0, coldRows - 1, ASSUMED_COLS, false);
      }
    }
  } else {
    // The flag sheet by name first (assembly takes the first probe of a name), so its formulas
    // come in this sync too; the chain reaches it as well, by values, and that read is dropped.
    const flagProbe = newProbe(worksheets.getItemOrNullObject(FLAG_SHEET), DEFAULT_CELL_BYTES, true);
    await batch.reserve(META_BYTES);
    if (!careful) await queueGuess(flagProbe, 0, coldRows - 1, ASSUMED_COLS, false);
    let ws = worksheets.getFirst();
    for (let i = 0; i < COLD_CHAIN; i++) {
      if (i > 0) ws = ws.getNextOrNullObject();
      const probe = newProbe(ws, careful ? CAREFUL_CELL_BYTES : DEFAULT_CELL_BYTES);
      await batch.reserve(META_BYTES);
      if (!careful) await queueGuess(probe, 0, coldRows - 1, ASSUMED_COLS, false);
    }
  }
  await sync();

  // ---- follow-ups: whatever the guess did not cover ------------------------------------------
  // More passes than data needs (one, rarely two): a merge longer than a look's strip takes one
  // pass per strip.
  for (let pass = 0; pass < 8; pass++) {
    let queued = false;
    const seen = new Set<string>();
    for (const probe of probes) {
      if (probe.ws.isNullObject) continue;
      seen.add(probe.ws.name);
      const reported = probe.used.isNullObject ? null : parseAddress(probe.used.address);
      if (!reported) continue;
      if (reported.right - reported.left + 1 > WIDE_COLS && probe.trimmed === undefined) {
        if (!probe.columns) {
          await queueColumnBlocks(probe, reported);
          queued = true;
          continue;
        }
        probe.trimmed = dataColumns(probe.columns);
      }
      dropRefused(probe);
      const used = usedRect(probe);
      if (!used) continue;
      if (probe.protection.protected && probe.unlocked === undefined && (await queueLocks(probe, used))) queued = true;
      for (const gap of uncovered(used, probe.bands)) {
        await queueExact(probe, used, gap.top, gap.bottom);
        queued = true;
      }
      if (withMerges) {
        const answered = probe.mergeBands.length;
        for (const gap of uncovered(used, probe.mergeBands.filter((b) => !b.column))) {
          await queueMerges(probe, gap.top, gap.bottom, used.right - used.left + 1, used);
          queued = true;
        }
        // Merges every band so far answered cut (none of this pass's new bands has answered yet:
        // a merge they will answer whole gets its look anyway — a few bytes).
        for (const m of mergedAreas(probe, used, answered)) {
          if (!m.cut) continue;
          await queueLook(probe, used, m.rect);
          queued = true;
        }
      }
    }
    for (const item of worksheets.items) {
      if (seen.has(item.name) || (wanted && !wanted.has(item.name))) continue;
      // A sheet the cache or the chain did not know: read it like a cold one.
      const probe = newProbe(worksheets.getItem(item.name), careful ? CAREFUL_CELL_BYTES : DEFAULT_CELL_BYTES, item.name === FLAG_SHEET);
      await batch.reserve(META_BYTES);
      if (!careful) await queueGuess(probe, 0, coldRows - 1, ASSUMED_COLS, false);
      queued = true;
    }
    if (!queued) break;
    await sync();
  }

  // ---- assemble ------------------------------------------------------------------------------
  const byName = new Map<string, { grid: Grid; layout: SheetLayout }>();
  for (const probe of probes) {
    if (probe.ws.isNullObject || byName.has(probe.ws.name)) continue;
    byName.set(probe.ws.name, assemble(probe));
  }
  const names = worksheets.items.map((w) => w.name);
  const grids: Grid[] = [];
  let flagSheet: Grid | null = null;
  for (const name of names) {
    const got = byName.get(name);
    if (!got) continue;
    if (name === FLAG_SHEET) flagSheet = got.grid;
    else grids.push(got.grid);
  }
  const layout = names.map((name) => byName.get(name)?.layout ?? cached.get(name) ?? { name, used: null, cellBytes: DEFAULT_CELL_BYTES });
  return { grids, names, flagSheet, noteCount: noteCount ? noteCount.value : null, layout, syncs: batch.syncs };
}

/**
 * The merged areas the answers so far name, each once (by its top-left cell), with `cut` when no
 * answer showed where it ends: every range that named it ended on or before its last row seen,
 * short of the used range's last row. `answered` leaves out bands queued but not synced yet.
 */
function mergedAreas(probe: Probe, used: Rect, answered = Infinity): { rect: Rect; cut: boolean }[] {
  const byCorner = new Map<string, { rect: Rect; cut: boolean }>();
  const looked = [...probe.mergeBands.slice(0, answered), ...probe.mergeLooks];
  for (const band of looked) {
    let isNull: boolean;
    try {
      isNull = band.areas.isNullObject;
    } catch {
      continue; // queued in this pass, not synced yet
    }
    if (isNull) continue;
    const edge = Math.min(band.bottom, used.bottom);
    for (const m of parseAreaList(band.areas.address)) {
      const cut = m.bottom >= edge && edge < used.bottom;
      const key = `${m.top},${m.left}`;
      const seen = byCorner.get(key);
      // Down: an answer that saw the merge end wins, else the furthest seen. Right: the widest
      // seen (full-width bands show it; one-column bands cannot).
      const right = Math.max(m.right, seen?.rect.right ?? -1);
      const down = !seen ? { bottom: m.bottom, cut } : !seen.cut ? { bottom: seen.rect.bottom, cut: false } : !cut ? { bottom: m.bottom, cut: false } : { bottom: Math.max(m.bottom, seen.rect.bottom), cut: true };
      byCorner.set(key, { rect: { top: m.top, left: m.left, bottom: down.bottom, right }, cut: down.cut });
    }
  }
  return [...byCorner.values()];
}

function usedRect(probe: Probe): Rect | null {
  if (probe.trimmed !== undefined) return probe.trimmed;
  if (probe.used.isNullObject) return null;
  return parseAddress(probe.used.address);
}

/** The data's columns of a wide sheet, from its column blocks' used ranges (WIDE_COLS). */
function dataColumns(blocks: Excel.Range[]): Rect | null {
  const rects = blocks.filter((b) => !b.isNullObject).map((b) => parseAddress(b.address)).filter((r): r is Rect => r !== null);
  const clusters: Rect[] = [];
  for (const r of rects.sort((a, b) => a.left - b.left)) {
    const last = clusters[clusters.length - 1];
    if (last && r.left - last.right - 1 < COLUMN_GAP) {
      clusters[clusters.length - 1] = { top: Math.min(last.top, r.top), left: last.left, bottom: Math.max(last.bottom, r.bottom), right: Math.max(last.right, r.right) };
    } else clusters.push({ ...r });
  }
  const area = (r: Rect) => (r.bottom - r.top + 1) * (r.right - r.left + 1);
  return clusters.reduce<Rect | null>((best, c) => (!best || area(c) > area(best) ? c : best), null);
}

/**
 * Drops the bands Excel answered with null `values` (over its five million cells per range): the
 * rows they were to cover count as not read, and are read again in exact blocks of the data's columns.
 */
function dropRefused(probe: Probe): void {
  probe.bands = probe.bands.filter((b) => {
    if (b.range.isNullObject) return true;
    const v = probe.formulas ? b.range.formulas : b.range.values;
    return v !== null && v !== undefined;
  });
}

/** Row ranges of `used` that no loaded band covers. */
function uncovered(used: Rect, bands: { top: number; bottom: number }[]): { top: number; bottom: number }[] {
  const spans = bands.map((b) => ({ top: b.top, bottom: b.bottom })).sort((a, b) => a.top - b.top);
  const gaps: { top: number; bottom: number }[] = [];
  let next = used.top;
  for (const s of spans) {
    if (s.bottom < next) continue;
    if (s.top > next) gaps.push({ top: next, bottom: Math.min(used.bottom, s.top - 1) });
    next = Math.max(next, s.bottom + 1);
    if (next > used.bottom) break;
  }
  if (next <= used.bottom) gaps.push({ top: next, bottom: used.bottom });
  return gaps.filter((g) => g.top <= g.bottom);
}

function assemble(probe: Probe): { grid: Grid; layout: SheetLayout } {
  const name = probe.ws.name;
  const used = usedRect(probe);
  if (!used) {
    return {
      grid: { sheet: name, origin: { row: 0, col: 0 }, values: [], text: [], numberFormats: [], merges: [], hiddenRows: [] },
      layout: { name, used: null, cellBytes: probe.cellBytes },
    };
  }
  const rows = used.bottom - used.top + 1;
  const cols = used.right - used.left + 1;
  const values: CellValue[][] = new Array(rows);
  const text: string[][] = new Array(rows);
  const numberFormats: string[][] = new Array(rows);
  let sampleBytes = 0;
  let sampleCells = 0;
  for (const band of probe.bands) {
    const r = band.range;
    if (r.isNullObject) continue;
    const top = band.intersect ? r.rowIndex : band.top;
    const left = band.intersect ? r.columnIndex : used.left;
    const v = (probe.formulas ? r.formulas : r.values) as CellValue[][] | null;
    if (!v) continue; // refused over the cell limit (dropRefused): its rows were read again
    const t = probe.formulas ? v.map((row) => row.map(String)) : r.text;
    const f = probe.formulas ? v.map((row) => row.map(() => "General")) : (r.numberFormat as string[][]);
    if (sampleCells < 5000 && v.length) {
      const n = Math.min(v.length, 20);
      sampleBytes += jsonBytes(v.slice(0, n)) + jsonBytes(t.slice(0, n)) + jsonBytes(f.slice(0, n));
      sampleCells += n * v[0].length;
    }
    for (let i = 0; i < v.length; i++) {
      const gr = top - used.top + i;
      if (gr < 0 || gr >= rows) continue;
      if (left === used.left && v[i].length === cols) {
        values[gr] = v[i];
        text[gr] = t[i];
        numberFormats[gr] = f[i];
      } else {
        values[gr] ??= new Array(cols).fill("");
        text[gr] ??= new Array(cols).fill("");
        numberFormats[gr] ??= new Array(cols).fill("General");
        for (let j = 0; j < v[i].length; j++) {
          const gc = left - used.left + j;
          if (gc < 0 || gc >= cols) continue;
          values[gr][gc] = v[i][j];
          text[gr][gc] = t[i][j];
          numberFormats[gr][gc] = f[i][j];
        }
      }
    }
  }
  for (let i = 0; i < rows; i++) {
    values[i] ??= new Array(cols).fill("");
    text[i] ??= new Array(cols).fill("");
    numberFormats[i] ??= new Array(cols).fill("General");
  }
  // Each merge once, as far down as any answer showed it (mergedAreas), in reading order.
  const merges: CellRange[] = mergedAreas(probe, used)
    .map(({ rect: m }) => ({
      top: Math.max(0, m.top - used.top),
      left: Math.max(0, m.left - used.left),
      bottom: m.bottom - used.top,
      right: m.right - used.left,
    }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
  let hiddenRows: number[] | undefined;
  if (probe.visible) {
    const shown = new Uint8Array(rows);
    if (!probe.visible.isNullObject)
      for (const area of parseAreaList(probe.visible.address))
        for (let r = Math.max(area.top, used.top); r <= Math.min(area.bottom, used.bottom); r++) shown[r - used.top] = 1;
    hiddenRows = [];
    for (let i = 0; i < rows; i++) if (!shown[i]) hiddenRows.push(i);
  }
  const cellBytes = sampleCells ? Math.max(8, Math.ceil(sampleBytes / sampleCells)) : probe.cellBytes;
  // A protected sheet: Score writes only its unlocked cells (queueLocks), and says what it left.
  const protection = probe.protection.protected ? { protection: { unlocked: probe.unlocked ?? [] } } : {};
  return {
    grid: { sheet: name, origin: { row: used.top, col: used.left }, values, text, numberFormats, merges, ...(hiddenRows ? { hiddenRows } : {}), ...protection },
    layout: { name, used, cellBytes: Math.max(cellBytes, DEFAULT_CELL_BYTES / 4), ...(probe.trimmed !== undefined ? { wide: true } : {}) },
  };
}
