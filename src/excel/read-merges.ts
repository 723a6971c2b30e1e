/**
 * Merged areas in a read (ExcelApi 1.13): the merge bands and looks queued (see MergeBand in
 * read-probe.ts for why bands overlap and come in two sets), and the merges their answers name.
 */
import { parseAreaList, rectAddress, rowsAddress, type Rect } from "./addresses";
import { ACTION_BYTES, type SyncBatch } from "./payload";
import type { Probe } from "./read-probe";

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
export const MERGE_MARGIN_COLS = 16;
const LAST_COL = 16383;
/** Bytes a merge band may answer with: 512 areas of ~40 bytes ('Sheet'!A1:B1). */
const MERGE_ANSWER_BYTES = MERGED_AREAS_LIMIT * 40;

/**
 * Merge bands over rows [top, bottom]: of the used range (not yet known), or of a known one.
 * Each band is mergeBandRows high and starts one row before the last one ended (the overlap
 * row tells a cut merge from one ending there); a second set starts half a band lower.
 */
export async function queueMerges(batch: SyncBatch, probe: Probe, top: number, bottom: number, cols: number, used: Rect | null): Promise<void> {
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
}

/** A look at a merge a band answered cut: its columns, from its top row down as far as is safe. */
export async function queueLook(batch: SyncBatch, probe: Probe, used: Rect, m: Rect): Promise<void> {
  // Rows m.top..m.bottom of these columns are all this one merge, so the strip holds at most
  // 1 + extra × width areas: under Excel's 512.
  const width = m.right - m.left + 1;
  const extra = Math.max(1, Math.floor((MERGED_AREAS_LIMIT - 1) / width));
  const bottom = Math.min(used.bottom, m.bottom + extra);
  await batch.reserve(ACTION_BYTES * 2 + MERGE_ANSWER_BYTES);
  const areas = probe.ws.getRange(rectAddress({ top: m.top, bottom, left: m.left, right: m.right })).getMergedAreasOrNullObject();
  areas.load("address");
  probe.mergeLooks.push({ top: m.top, bottom, areas });
}

/**
 * The merged areas the answers so far name, each once (by its top-left cell), with `cut` when no
 * answer showed where it ends: every range that named it ended on or before its last row seen,
 * short of the used range's last row. `answered` leaves out bands queued but not synced yet.
 */
export function mergedAreas(probe: Probe, used: Rect, answered = Infinity): { rect: Rect; cut: boolean }[] {
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
