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
import { columnIndex } from "../core/grid";
import { a1, parseAddress, parseSheetRef, rectAddress, rectCols, rectRows, sheetPrefix, type Rect } from "./addresses";
import { rowRuns } from "./blocks";
import { ACTION_BYTES, BLOCK_BYTES, jsonBytes, SyncBatch } from "./payload";
import { FLAG_SHEET } from "./read";
import { excelApi } from "./requirements";

export const FLAG_FILL: Record<Severity, string> = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" };
export const FLAG_FONT: Record<Severity, string> = { error: "#9C0006", warning: "#9C5700", info: "#1F4E78" };
export const NOTE_LIMIT = 500;
const NOTE_MAX_CHARS = 1500;
const MARKER = "jixiao-flags";
const LAYOUT_VERSION = "2";
/** Column of the per-row live references (G), beside the saved formats. */
const ROW_REF_COL = 6;
/** First column of the saved formats on the flag sheet (H). */
const BACKUP_COL = 7;
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

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

/** What the adapter knows about the workbook when it flags (from the read in the same Validate). */
export interface FlagContext {
  /** Sheet names in the workbook (the flag sheet included when it exists). */
  names: string[];
  /** Merged areas per sheet, sheet coordinates. */
  merges: Map<string, Rect[]>;
  /** The flags of the previous Validate. */
  records: FlagRecord[];
  /** Notes in the workbook, or null when notes are not supported / not known. */
  noteCount: number | null;
  /**
   * Sheets the read found protected: not painted (a protected sheet refuses formats and notes,
   * even on its unlocked cells, unless its protection allows formatting); the pane lists their issues.
   */
  protectedSheets?: ReadonlySet<string>;
}

export interface FlagArea {
  sheet: string;
  rect: Rect;
  severity: Severity;
  merged?: boolean;
}

export interface FlagNote {
  sheet: string;
  row: number;
  col: number;
  severity: Severity;
  text: string;
}

const ISREF = /^=ISREF\((.*)\)$/i;

/** The live reference in `=ISREF(…)`: undefined when the cell holds none, null when it reads #REF!. */
function liveRef(formula: unknown): LiveRef | null | undefined {
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

const NOTE_HEAD: Record<Lang, string> = { "zh-CN": "绩效校验：", en: "Jixiao check:" };

/** Which areas to paint and which notes to write, from the issues. */
export function flagTargets(issues: readonly Issue[], ctx: FlagContext, lang: Lang): { areas: FlagArea[]; notes: FlagNote[] } {
  const names = new Set(ctx.names);
  interface Cell {
    sheet: string;
    rect: Rect;
    master: { row: number; col: number };
    severity: Severity;
    messages: string[];
    merged: boolean;
    order: number;
  }
  const cells = new Map<string, Cell>();
  issues.forEach((issue, order) => {
    const letters = /[A-Za-z]{1,3}/.exec(issue.column ?? "")?.[0];
    if (!letters || !issue.row || issue.sheet === FLAG_SHEET || !names.has(issue.sheet) || ctx.protectedSheets?.has(issue.sheet)) return;
    const row = issue.row - 1;
    const col = columnIndex(letters);
    const merge = ctx.merges.get(issue.sheet)?.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
    const rect = merge ?? { top: row, left: col, bottom: row, right: col };
    const k = `${issue.sheet}\u0000${rect.top},${rect.left}`;
    const found = cells.get(k);
    if (found) {
      if (RANK[issue.severity] > RANK[found.severity]) found.severity = issue.severity;
      if (!found.messages.includes(issue.message)) found.messages.push(issue.message);
    } else {
      cells.set(k, {
        sheet: issue.sheet,
        rect,
        master: { row: rect.top, col: rect.left },
        severity: issue.severity,
        messages: [issue.message],
        merged: Boolean(merge),
        order,
      });
    }
  });

  const areas: FlagArea[] = [];
  // single cells of one severity in one column become one run (a log column flagged on every row
  // is one area, not 20,000)
  const runs = new Map<string, Cell[]>();
  for (const c of cells.values()) {
    if (c.merged) {
      areas.push({ sheet: c.sheet, rect: c.rect, severity: c.severity, merged: true });
      continue;
    }
    const k = `${c.sheet}\u0000${c.rect.left}\u0000${c.severity}`;
    let list = runs.get(k);
    if (!list) runs.set(k, (list = []));
    list.push(c);
  }
  for (const list of runs.values()) {
    const { sheet, severity } = list[0];
    const col = list[0].rect.left;
    for (const run of rowRuns(list.map((c) => c.rect.top))) areas.push({ sheet, rect: { top: run.top, bottom: run.bottom, left: col, right: col }, severity });
  }
  areas.sort((a, b) => a.sheet.localeCompare(b.sheet) || a.rect.top - b.rect.top || a.rect.left - b.rect.left);

  const notes = [...cells.values()]
    .sort((a, b) => RANK[b.severity] - RANK[a.severity] || a.order - b.order)
    .slice(0, NOTE_LIMIT)
    .map((c) => {
      const body = c.messages.map((m) => `• ${m}`).join("\n");
      const text = `${NOTE_HEAD[lang]}\n${body}`;
      return { sheet: c.sheet, row: c.master.row, col: c.master.col, severity: c.severity, text: text.length > NOTE_MAX_CHARS ? `${text.slice(0, NOTE_MAX_CHARS - 1)}…` : text };
    });
  return { areas, notes };
}


/** A merged area's original fill and font colour (from its backup's top-left cell), by backup address. */
type Looks = Map<string, { fill: string | null; font: string | null }>;

const sameShape = (a: Rect, b: Rect) => rectRows(a) === rectRows(b) && rectCols(a) === rectCols(b);

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
async function loadLooks(context: Excel.RequestContext, records: FlagRecord[]): Promise<{ looks: Looks; syncs: number }> {
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
async function queueRestore(context: Excel.RequestContext, records: FlagRecord[], batch: SyncBatch, withNotes: boolean, looks: Looks): Promise<void> {
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

/** `=ISREF('项目表'!K6:L6)`: a reference Excel keeps pointing at the cells (flag sheet, column F and G). */
const isRef = (sheet: string, rect: Rect) => `=ISREF(${sheetPrefix(sheet)}${rectAddress(rect)})`;

/** Queues `rows` into the flag sheet from row `top`, columns `left`…, as text or as formulas, in blocks under BLOCK_BYTES. */
async function queueRows(flagWs: Excel.Worksheet, batch: SyncBatch, top: number, left: number, rows: string[][], as: "text" | "formulas"): Promise<void> {
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
