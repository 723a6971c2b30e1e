/**
 * The flag sheet's records (layout 2, flags.ts): what they hold, reading them back from the sheet's
 * formulas (each record's live `=ISREF(…)` reference says where its cells are now), and writing them.
 */
import type { Grid, Severity } from "../core";
import { parseAddress, parseSheetRef, rectAddress, sheetPrefix, type Rect } from "./addresses";
import { ACTION_BYTES, BLOCK_BYTES, jsonBytes, type SyncBatch } from "./payload";

export const MARKER = "jixiao-flags";
export const LAYOUT_VERSION = "2";
/** Column of the per-row live references (G), beside the saved formats. */
export const ROW_REF_COL = 6;
/** First column of the saved formats on the flag sheet (H). */
export const BACKUP_COL = 7;

/** Where a flagged area or one of its rows is now. */
export interface LiveRef {
  sheet: string;
  rect: Rect;
}

export interface FlagRecord {
  kind: "fmt" | "note";
  /** The sheet the cells are on now (the reference follows a rename). */
  sheet: string;
  /** The flagged area (`fmt`) or the noted cell (`note`) where it is now, e.g. `K6:L6`, `K6`. */
  address: string;
  /** Where its formats are saved on the flag sheet (`fmt` only). */
  backup?: string;
  severity?: Severity;
  /** The area is one merged area (flagged and saved whole). */
  merged?: boolean;
  /** Its cells were deleted since (the reference reads #REF!): nothing left to restore. */
  gone?: boolean;
  /** Where each row of the saved formats belongs now (null: that row was deleted); `fmt` only. */
  rows?: (LiveRef | null)[];
}


export const ISREF = /^=ISREF\((.*)\)$/i;

/** The live reference in `=ISREF(…)`: undefined when the cell holds none, null when it reads #REF!. */
export function liveRef(formula: unknown): LiveRef | null | undefined {
  if (typeof formula !== "string") return undefined;
  const m = ISREF.exec(formula.trim());
  if (!m) return undefined;
  return parseSheetRef(m[1]);
}

/**
 * The flag sheet's records, from its grid as read — its `formulas` (read.ts reads the flag sheet
 * that way), so each record says where its cells are now. A layout-1 sheet (A1 text only) is
 * taken as written.
 */
export function recordsOf(grid: Grid | null): FlagRecord[] {
  if (!grid || grid.values.length === 0) return [];
  const at = (r: number, c: number): unknown => grid.values[r - grid.origin.row]?.[c - grid.origin.col];
  const text = (r: number, c: number) => {
    const v = at(r, c);
    return v === null || v === undefined ? "" : String(v);
  };
  if (text(0, 0) !== MARKER) return [];
  const last = grid.origin.row + grid.values.length - 1;
  const out: FlagRecord[] = [];
  for (let r = 1; r <= last; r++) {
    const kind = text(r, 0);
    if (kind !== "fmt" && kind !== "merged" && kind !== "note") continue;
    const severity = text(r, 4);
    const live = liveRef(at(r, 5));
    const rec: FlagRecord = {
      kind: kind === "note" ? "note" : "fmt",
      sheet: live ? live.sheet : text(r, 1),
      address: live ? rectAddress(live.rect) : text(r, 2),
      ...(severity === "error" || severity === "warning" || severity === "info" ? { severity } : {}),
    };
    if (live === null) rec.gone = true;
    if (kind !== "note") {
      rec.backup = text(r, 3);
      if (kind === "merged") rec.merged = true;
      const backup = parseAddress(rec.backup);
      if (backup && live !== undefined) {
        rec.rows = [];
        for (let i = backup.top; i <= backup.bottom; i++) rec.rows.push(liveRef(at(i, ROW_REF_COL)) ?? null);
      }
    }
    out.push(rec);
  }
  return out;
}

/** `=ISREF('项目表'!K6:L6)`: a reference Excel keeps pointing at the cells (flag sheet, column F and G). */
export const isRef = (sheet: string, rect: Rect) => `=ISREF(${sheetPrefix(sheet)}${rectAddress(rect)})`;

/** Queues `rows` into the flag sheet from row `top`, columns `left`…, as text or as formulas, in blocks under BLOCK_BYTES. */
export async function queueRows(flagWs: Excel.Worksheet, batch: SyncBatch, top: number, left: number, rows: string[][], as: "text" | "formulas"): Promise<void> {
  if (rows.length === 0) return;
  const perRow = Math.max(1, jsonBytes(rows.slice(0, 50)) / Math.min(rows.length, 50));
  const step = Math.max(1, Math.floor(BLOCK_BYTES / (perRow * 2)));
  for (let a = 0; a < rows.length; a += step) {
    const part = rows.slice(a, a + step);
    const range = flagWs.getRange(rectAddress({ top: top + a, bottom: top + a + part.length - 1, left, right: left + part[0].length - 1 }));
    await batch.reserve(ACTION_BYTES * 3 + jsonBytes(part) * 2);
    if (as === "text") {
      // text, so a sheet named 2022 does not come back as a number
      range.numberFormat = part.map((row) => row.map(() => "@"));
      range.values = part;
    } else {
      range.formulas = part;
    }
  }
}
