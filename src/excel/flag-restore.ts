/**
 * Putting the previous flags' cells back (flags.ts): each saved run copied back to where its rows
 * are now, and a merged area whose size changed given its fill and font colour from its backup.
 */
import { a1, parseAddress, rectAddress, rectCols, rectRows, type Rect } from "./addresses";
import { ACTION_BYTES, type SyncBatch } from "./payload";
import type { FlagRecord, LiveRef } from "./flag-records";
import { FLAG_SHEET } from "./read";

/** A merged area's original fill and font colour (from its backup's top-left cell), by backup address. */
export type Looks = Map<string, { fill: string | null; font: string | null }>;

export const sameShape = (a: Rect, b: Rect) => rectRows(a) === rectRows(b) && rectCols(a) === rectCols(b);

/** Records of merged areas whose size changed since they were flagged: their restore needs a look at the backup. */
function resizedMerges(records: FlagRecord[]): FlagRecord[] {
  return records.filter((r) => {
    if (r.kind !== "fmt" || !r.merged || r.gone || !r.backup) return false;
    const now = parseAddress(r.address);
    const saved = parseAddress(r.backup);
    return Boolean(now && saved && !sameShape(now, saved));
  });
}

/** Loads (one sync) the fill and font colour saved for each merged area that changed size. */
export async function loadLooks(context: Excel.RequestContext, records: FlagRecord[]): Promise<{ looks: Looks; syncs: number }> {
  const looks: Looks = new Map();
  const wanted = resizedMerges(records);
  if (wanted.length === 0) return { looks, syncs: 0 };
  const flagWs = context.workbook.worksheets.getItem(FLAG_SHEET);
  const results = wanted.map((r) => {
    const corner = parseAddress(r.backup!)!;
    return { backup: r.backup!, props: flagWs.getRange(a1(corner.top, corner.left)).getCellProperties({ format: { fill: { color: true, pattern: true }, font: { color: true } } }) };
  });
  await context.sync();
  for (const { backup, props } of results) {
    const f = props.value[0]?.[0]?.format;
    looks.set(backup, { fill: !f?.fill || f.fill.pattern === "None" ? null : f.fill.color ?? null, font: f?.font?.color ?? null });
  }
  return { looks, syncs: 1 };
}

/**
 * The copies that put a run's saved rows back where its rows are now: consecutive rows still
 * consecutive go in one copy; a row deleted since is skipped; a row inserted inside the run since
 * gets the saved look of the row above it (what Excel gave it, had the run not been flagged).
 */
function runCopies(rec: FlagRecord, backup: Rect): { from: Rect; to: LiveRef }[] {
  const rows = rec.rows ?? [];
  const copies: { from: Rect; to: LiveRef }[] = [];
  const backupRow = (i: number): Rect => ({ top: backup.top + i, bottom: backup.top + i, left: backup.left, right: backup.right });
  let i = 0;
  while (i < rows.length) {
    const first = rows[i];
    if (!first) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] && rows[j + 1]!.sheet === first.sheet && rows[j + 1]!.rect.top === rows[j]!.rect.bottom + 1 && rows[j + 1]!.rect.left === first.rect.left) j++;
    copies.push({ from: { ...backupRow(i), bottom: backup.top + j }, to: { sheet: first.sheet, rect: { ...first.rect, bottom: rows[j]!.rect.bottom } } });
    // rows between this group and the next surviving row: inserted since, inside the run
    const next = rows.slice(j + 1).find((r): r is LiveRef => Boolean(r));
    if (next && next.sheet === first.sheet && next.rect.top > rows[j]!.rect.bottom + 1)
      for (let g = rows[j]!.rect.bottom + 1; g < next.rect.top; g++) copies.push({ from: backupRow(j), to: { sheet: first.sheet, rect: { ...first.rect, top: g, bottom: g } } });
    i = j + 1;
  }
  return copies;
}

/** Queues the restoring of recorded flags: formats copied back, Jixiao's own notes deleted. */
export async function queueRestore(context: Excel.RequestContext, records: FlagRecord[], batch: SyncBatch, withNotes: boolean, looks: Looks): Promise<void> {
  if (records.length === 0) return;
  const flagWs = context.workbook.worksheets.getItemOrNullObject(FLAG_SHEET);
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet = (name: string) => {
    let ws = sheets.get(name);
    if (ws === undefined) sheets.set(name, (ws = context.workbook.worksheets.getItemOrNullObject(name)));
    return ws;
  };
  for (const rec of records) {
    if (rec.gone) continue; // its cells were deleted: nothing left to put back
    const now = parseAddress(rec.address);
    if (!now) continue;
    if (rec.kind === "note") {
      if (!withNotes) continue;
      await batch.reserve(ACTION_BYTES * 2);
      // a null object when the user deleted the note: delete() on it does nothing
      sheet(rec.sheet).notes.getItemOrNullObject(rec.address).delete();
      continue;
    }
    const backup = rec.backup ? parseAddress(rec.backup) : null;
    if (!backup) continue;
    if (sameShape(now, backup) || !rec.rows) {
      await batch.reserve(ACTION_BYTES * 3);
      sheet(rec.sheet).getRange(rec.address).copyFrom(flagWs.getRange(rec.backup!), "Formats");
    } else if (rec.merged) {
      const look = looks.get(rec.backup!);
      if (!look) continue;
      await batch.reserve(ACTION_BYTES * 4);
      const target = sheet(rec.sheet).getRange(rec.address);
      if (look.fill === null) target.format.fill.clear();
      else target.format.fill.color = look.fill;
      if (look.font !== null) target.format.font.color = look.font;
    } else {
      for (const { from, to } of runCopies(rec, backup)) {
        await batch.reserve(ACTION_BYTES * 3);
        sheet(to.sheet).getRange(rectAddress(to.rect)).copyFrom(flagWs.getRange(rectAddress(from)), "Formats");
      }
    }
  }
}
