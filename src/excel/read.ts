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
import type { Grid } from "../core/grid";
import { parseAddress, rowsAddress, rectAddress, type Rect } from "./addresses";
import { excelApi } from "./requirements";
import { ACTION_BYTES, CAREFUL_CELL_BYTES, DEFAULT_CELL_BYTES, rowsPerBlock, SyncBatch } from "./payload";
import { assemble, dataColumns, dropRefused, uncovered, usedRect } from "./read-assemble";
import { queueLocks as queueLocksIn } from "./read-locks";
import { COLD_MERGE_ROWS, mergedAreas, queueLook as queueLookIn, queueMerges as queueMergesIn } from "./read-merges";
import type { Probe } from "./read-probe";

// The read's steps live beside it: merges (read-merges.ts), a protected sheet's unlocked cells
// (read-locks.ts), assembling the grids (read-assemble.ts), the per-sheet state (read-probe.ts).
export { COLD_MERGE_ROWS, MERGED_AREAS_LIMIT, mergeBandRows } from "./read-merges";

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

  const queueMerges = async (probe: Probe, top: number, bottom: number, cols: number, used: Rect | null) => {
    if (withMerges) await queueMergesIn(batch, probe, top, bottom, cols, used);
  };
  const queueLook = (probe: Probe, used: Rect, m: Rect) => queueLookIn(batch, probe, used, m);
  const queueLocks = (probe: Probe, used: Rect) => queueLocksIn(batch, probe, used);

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
