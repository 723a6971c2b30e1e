/**
 * Flags: Validate marks each issue's cell so it is seen at a glance — error red (#FFC7CE fill,
 * dark red font), warning amber (#FFEB9C), info blue (#DDEBF7) — with the message on hover as a
 * note (ExcelApi 1.18; without notes the pane carries the message). Clear puts every flagged cell
 * back exactly as it was. Flags never write into a cell value of the user's sheets (DESIGN §5).
 *
 * Where the originals are kept: a very hidden worksheet, `_jixiao_flags`, saved with the workbook,
 * so Clear works after save and reopen, on any machine, in any Excel. (Document settings were
 * the other candidate; they hold a few hundred KB of JSON at most and only in the add-in's own
 * store, while a sheet holds any number of flags and can hold formats.) Its layout (version 2):
 *
 *   A1 `jixiao-flags`, B1 the layout version (2)
 *   rows 2…  one record per flagged area or note: A kind (`fmt` | `merged` | `note`), B sheet and
 *            C address as flagged, D backup address, E severity, F `=ISREF('项目表'!K6:L6)`:
 *            the live reference to the cells
 *   column G on the backup rows: `=ISREF('项目表'!K6)`, the live reference to the one row of the
 *            area whose formats that backup row holds
 *   columns H… the saved formats: each flagged area's formats are copied there (`copyFrom`
 *            "Formats", ExcelApi 1.9) before it is painted, and copied back by Clear.
 *
 * Records that follow rows: staff insert and delete rows between Validate and Clear. Excel
 * rewrites every formula's references when the cells they point at move (and writes #REF! when
 * they are deleted), so F and G say where the flagged cells are now — read back as `formulas`,
 * which do not depend on calculation (a workbook in manual calculation mode still answers the
 * moved reference). A1 text would point at whatever cells took the old place. Rows inserted
 * inside a flagged run took the flag's look from the row above (Excel's "Format Same As Above");
 * Clear gives them the original look of the row above them instead. A merged area whose size
 * changed (rows inserted or deleted inside it) gets its fill and font colour back from its
 * backup's top-left cell — the two things a flag changes — since copying a backup of another size
 * would cut through the merge.
 *
 * The flag sheet is made once and then kept and emptied (Range.clear), never deleted and added
 * again: `Worksheet.delete` (and `Worksheet.visibility` on Windows and Mac) are among the APIs
 * that do not support undo, and calling one clears the user's undo stack ("Undo capabilities with
 * the Excel JavaScript API") — Validate and Clear would take staff's Ctrl+Z history with them.
 *
 * The order within a flagging batch is what keeps a failure part-way harmless: Excel stops a
 * batch at its first failing action and rolls nothing back, and on Excel on the web one flagging
 * may take several syncs. So: the previous flags restored, the flag sheet emptied, the formats
 * saved, the records written, and only then the cells painted and the notes added. Whatever
 * fails — a protected sheet, a payload Excel refuses, a sync that never returns — every painted
 * cell already has its record and its saved formats, and every record points at saved formats.
 *
 * Copying the formats rather than reading fill and font colours keeps everything exactly: no fill
 * stays no fill (reading gives #FFFFFF), theme colours, patterns, borders and number formats stay
 * as they were, and nothing has to travel to the add-in and back — so the whole flag step is one
 * write sync, with no read of the originals at all. A flagged cell in a merged area is flagged
 * (and saved) as the whole merged area.
 *
 * Notes: a cell can hold one note, and adding a second fails the batch. Jixiao never touches a note
 * it did not write: it records `note` rows for its own, and before adding, compares the workbook's
 * note count (read with the data) with its own. When the workbook has notes of its own, one extra
 * sync asks, for the cells about to be flagged, whether they carry one; those get the colour but
 * no note. At most NOTE_LIMIT notes are written (errors first): the pane lists every issue anyway.
 *
 * Round trips: flagging = 1 write sync (2 when the workbook has notes Jixiao did not write, one
 * more when a merged flagged area changed size); the previous Validate's flags are restored in
 * that same sync. Clear = 1 read + 1 write.
 */
import type { Grid, Issue, Lang, Severity } from "../core";
import { a1, parseAddress, rectAddress, rectCols, rectRows, type Rect } from "./addresses";
import { ACTION_BYTES, SyncBatch } from "./payload";
import { FLAG_SHEET } from "./read";
import { excelApi } from "./requirements";
import { BACKUP_COL, isRef, LAYOUT_VERSION, MARKER, queueRows, recordsOf, ROW_REF_COL, type FlagRecord, type LiveRef } from "./flag-records";
import { flagTargets, type FlagContext } from "./flag-targets";
import { loadLooks, queueRestore } from "./flag-restore";

// The parts beside it: the records (flag-records.ts), what to paint (flag-targets.ts), the restore (flag-restore.ts).
export { recordsOf, type FlagRecord, type LiveRef } from "./flag-records";
export { flagTargets, NOTE_LIMIT, type FlagArea, type FlagContext, type FlagNote } from "./flag-targets";

export const FLAG_FILL: Record<Severity, string> = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" };
export const FLAG_FONT: Record<Severity, string> = { error: "#9C0006", warning: "#9C5700", info: "#1F4E78" };

export interface FlagRun {
  records: FlagRecord[];
  syncs: number;
  /** Notes left out because the cell had a note of its own (shown in the pane only). */
  skippedNotes: number;
  /** Whether the flag sheet exists after this run (it is kept, emptied, once made). */
  flagSheet: boolean;
}

/**
 * Replaces the previous flags with flags for `issues`. Queues everything on `context` and syncs
 * (once; twice when the workbook has notes Jixiao did not write).
 */
export async function flagIn(
  context: Excel.RequestContext,
  issues: readonly Issue[],
  ctx: FlagContext,
  opts: { budget: number; lang: Lang },
): Promise<FlagRun> {
  const withNotes = excelApi("1.18") && ctx.noteCount !== null;
  const { areas, notes: wanted } = flagTargets(issues, ctx, opts.lang);
  let notes = withNotes ? wanted : [];
  let syncs = 0;
  let skippedNotes = 0;

  // Notes the user wrote: only asked for when the workbook has more notes than Jixiao's own.
  const ours = new Set(ctx.records.filter((r) => r.kind === "note" && !r.gone).map((r) => `${r.sheet}\u0000${r.address}`));
  if (notes.length && (ctx.noteCount ?? 0) > ours.size) {
    const probes = notes
      .filter((n) => !ours.has(`${n.sheet}\u0000${a1(n.row, n.col)}`))
      .map((n) => {
        const note = context.workbook.worksheets.getItem(n.sheet).notes.getItemOrNullObject(a1(n.row, n.col));
        note.load("content");
        return { n, note };
      });
    if (probes.length) {
      await context.sync();
      syncs++;
      const taken = new Set(probes.filter((p) => !p.note.isNullObject).map((p) => p.n));
      skippedNotes = taken.size;
      notes = notes.filter((n) => !taken.has(n));
    }
  }
  const looked = await loadLooks(context, ctx.records);
  syncs += looked.syncs;

  const canMuteEvents = excelApi("1.8");
  if (canMuteEvents) context.runtime.enableEvents = false;
  const batch = new SyncBatch(context, opts.budget);
  const records: FlagRecord[] = [];
  const hadSheet = ctx.names.includes(FLAG_SHEET);
  const needSheet = areas.length > 0 || notes.length > 0;
  try {
    // 1. the previous flags put back (from the saved formats, still on the flag sheet)
    await queueRestore(context, ctx.records, batch, withNotes, looked.looks);
    // 2. the flag sheet emptied (kept: no undo-stack wipe), or made the first time it is needed
    let flagWs: Excel.Worksheet | null = null;
    if (hadSheet) {
      flagWs = context.workbook.worksheets.getItem(FLAG_SHEET);
      await batch.reserve(ACTION_BYTES * 2);
      flagWs.getRange().clear();
    } else if (needSheet) {
      flagWs = context.workbook.worksheets.add(FLAG_SHEET);
      flagWs.visibility = "VeryHidden";
    }
    if (flagWs && needSheet) {
      const sheets = new Map<string, Excel.Worksheet>();
      const sheet = (name: string) => {
        let ws = sheets.get(name);
        if (!ws) sheets.set(name, (ws = context.workbook.worksheets.getItem(name)));
        return ws;
      };
      // 3. the formats saved, area by area
      const rowRefs: string[][] = [];
      for (const area of areas) {
        const backup: Rect = { top: rowRefs.length, bottom: rowRefs.length + rectRows(area.rect) - 1, left: BACKUP_COL, right: BACKUP_COL + rectCols(area.rect) - 1 };
        const rows: LiveRef[] = [];
        for (let r = area.rect.top; r <= area.rect.bottom; r++) {
          const row = { ...area.rect, top: r, bottom: r };
          rows.push({ sheet: area.sheet, rect: row });
          rowRefs.push([isRef(area.sheet, row)]);
        }
        await batch.reserve(ACTION_BYTES * 3);
        flagWs.getRange(rectAddress(backup)).copyFrom(sheet(area.sheet).getRange(rectAddress(area.rect)), "Formats");
        records.push({ kind: "fmt", sheet: area.sheet, address: rectAddress(area.rect), backup: rectAddress(backup), severity: area.severity, ...(area.merged ? { merged: true } : {}), rows });
      }
      for (const n of notes) records.push({ kind: "note", sheet: n.sheet, address: a1(n.row, n.col), severity: n.severity });
      // 4. the records: text in A–E, the live references as formulas in F and G
      const text = [[MARKER, LAYOUT_VERSION, "", "", ""], ...records.map((r) => [r.merged ? "merged" : r.kind, r.sheet, r.address, r.backup ?? "", r.severity ?? ""])];
      await queueRows(flagWs, batch, 0, 0, text, "text");
      await queueRows(flagWs, batch, 1, 5, records.map((r) => [isRef(r.sheet, parseAddress(r.address)!)]), "formulas");
      await queueRows(flagWs, batch, 0, ROW_REF_COL, rowRefs, "formulas");
      // 5. only now the cells painted and the notes added: each has its record already
      for (const area of areas) {
        await batch.reserve(ACTION_BYTES * 5);
        const target = sheet(area.sheet).getRange(rectAddress(area.rect));
        target.format.fill.color = FLAG_FILL[area.severity];
        target.format.font.color = FLAG_FONT[area.severity];
      }
      for (const n of notes) {
        await batch.reserve(ACTION_BYTES * 3 + n.text.length * 3);
        const ws = sheet(n.sheet);
        ws.notes.add(ws.getRange(a1(n.row, n.col)), n.text);
      }
    }
    if (canMuteEvents) context.runtime.enableEvents = true;
    await batch.sync();
    syncs += batch.syncs;
  } catch (error) {
    if (canMuteEvents) {
      context.runtime.enableEvents = true;
      await context.sync().catch(() => undefined);
    }
    throw error;
  }
  return { records, syncs, skippedNotes, flagSheet: hadSheet || needSheet };
}

/** Clear: reads the flag sheet (its formulas: where the flagged cells are now), restores every recorded cell, empties the flag sheet. */
export async function clearIn(context: Excel.RequestContext, opts: { budget: number }): Promise<{ syncs: number; flagSheet: boolean }> {
  const flagWs = context.workbook.worksheets.getItemOrNullObject(FLAG_SHEET);
  const used = flagWs.getUsedRangeOrNullObject(true);
  used.load("formulas,address");
  await context.sync();
  if (flagWs.isNullObject) return { syncs: 1, flagSheet: false };
  let records: FlagRecord[] = [];
  if (!used.isNullObject) {
    const at = parseAddress(used.address);
    const formulas = used.formulas as Grid["values"];
    records = recordsOf({ sheet: FLAG_SHEET, origin: { row: at?.top ?? 0, col: at?.left ?? 0 }, values: formulas, merges: [] });
  }
  const looked = await loadLooks(context, records);
  const canMuteEvents = excelApi("1.8");
  if (canMuteEvents) context.runtime.enableEvents = false;
  const batch = new SyncBatch(context, opts.budget);
  try {
    await queueRestore(context, records, batch, excelApi("1.18"), looked.looks);
    if (!used.isNullObject) {
      await batch.reserve(ACTION_BYTES * 2);
      context.workbook.worksheets.getItem(FLAG_SHEET).getRange().clear();
    }
    if (canMuteEvents) context.runtime.enableEvents = true;
    await batch.sync();
  } catch (error) {
    if (canMuteEvents) {
      context.runtime.enableEvents = true;
      await context.sync().catch(() => undefined);
    }
    throw error;
  }
  return { syncs: 1 + looked.syncs + batch.syncs, flagSheet: true };
}
