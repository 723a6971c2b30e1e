/**
 * Flags: Validate marks each issue's cell so it is seen at a glance — error red (#FFC7CE fill,
 * dark red font), warning amber (#FFEB9C), info blue (#DDEBF7) — with the message on hover as a
 * note (ExcelApi 1.18; without notes the pane carries the message). Clear puts every flagged cell
 * back exactly as it was. Flags never write into a cell value of the user's sheets.
 *
 * Where the originals are kept: a very hidden worksheet, `_jixiao_flags`, saved with the workbook,
 * so Clear works after save and reopen, on any machine, in any Excel. (Document settings were
 * the other candidate; they hold a few hundred KB of JSON at most and only in the add-in's own
 * store, while a sheet holds any number of flags and can hold formats.) Its layout:
 *
 *   A1 `jixiao-flags`, B1 the layout version (1)
 *   rows 2…  A kind (`fmt` | `note`), B sheet, C address on that sheet, D backup address, E severity
 *   columns H… the saved formats: each flagged area's formats are copied there (`copyFrom`
 *              "Formats", ExcelApi 1.9) before it is painted, and copied back by Clear.
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
 * Round trips: flagging = 1 write sync (2 when the workbook has notes Jixiao did not write);
 * the previous Validate's flags are restored in that same sync. Clear = 1 read + 1 write.
 */
import type { Grid, Issue, Lang, Severity } from "../core";
import { columnIndex } from "../core/grid";
import { a1, parseAddress, rectAddress, type Rect } from "./addresses";
import { rowRuns } from "./blocks";
import { ACTION_BYTES, BLOCK_BYTES, jsonBytes, SyncBatch } from "./payload";
import { FLAG_SHEET } from "./read";
import { excelApi } from "./requirements";

export const FLAG_FILL: Record<Severity, string> = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" };
export const FLAG_FONT: Record<Severity, string> = { error: "#9C0006", warning: "#9C5700", info: "#1F4E78" };
export const NOTE_LIMIT = 500;
const NOTE_MAX_CHARS = 1500;
const MARKER = "jixiao-flags";
/** First column of the saved formats on the flag sheet (H). */
const BACKUP_COL = 7;
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export interface FlagRecord {
  kind: "fmt" | "note";
  sheet: string;
  /** The flagged area (`fmt`) or the noted cell (`note`), e.g. `K6:L6`, `K6`. */
  address: string;
  /** Where its formats are saved on the flag sheet (`fmt` only). */
  backup?: string;
  severity?: Severity;
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
}

export interface FlagArea {
  sheet: string;
  rect: Rect;
  severity: Severity;
}

export interface FlagNote {
  sheet: string;
  row: number;
  col: number;
  severity: Severity;
  text: string;
}

/** The flag sheet's records, from its grid as read. */
export function recordsOf(grid: Grid | null): FlagRecord[] {
  if (!grid || grid.values.length === 0) return [];
  const at = (r: number, c: number) => {
    const v = grid.values[r]?.[c - grid.origin.col];
    return v === null || v === undefined ? "" : String(v);
  };
  if (grid.origin.row !== 0 || at(0, 0) !== MARKER) return [];
  const out: FlagRecord[] = [];
  for (let r = 1; r < grid.values.length; r++) {
    const kind = at(r, 0);
    if (kind !== "fmt" && kind !== "note") continue;
    const severity = at(r, 4);
    out.push({
      kind,
      sheet: at(r, 1),
      address: at(r, 2),
      ...(kind === "fmt" ? { backup: at(r, 3) } : {}),
      ...(severity === "error" || severity === "warning" || severity === "info" ? { severity } : {}),
    });
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
    if (!letters || !issue.row || issue.sheet === FLAG_SHEET || !names.has(issue.sheet)) return;
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
      areas.push({ sheet: c.sheet, rect: c.rect, severity: c.severity });
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

/** Queues the restoring of recorded flags: formats copied back, Jixiao's own notes deleted. */
async function queueRestore(context: Excel.RequestContext, records: FlagRecord[], batch: SyncBatch, withNotes: boolean): Promise<void> {
  if (records.length === 0) return;
  const flagWs = context.workbook.worksheets.getItemOrNullObject(FLAG_SHEET);
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet = (name: string) => {
    let ws = sheets.get(name);
    if (ws === undefined) sheets.set(name, (ws = context.workbook.worksheets.getItemOrNullObject(name)));
    return ws;
  };
  for (const rec of records) {
    if (rec.kind === "fmt" && rec.backup && parseAddress(rec.address) && parseAddress(rec.backup)) {
      await batch.reserve(ACTION_BYTES * 3);
      sheet(rec.sheet).getRange(rec.address).copyFrom(flagWs.getRange(rec.backup), "Formats");
    } else if (rec.kind === "note" && withNotes && parseAddress(rec.address)) {
      await batch.reserve(ACTION_BYTES * 2);
      // a null object when the user deleted the note: delete() on it does nothing
      sheet(rec.sheet).notes.getItemOrNullObject(rec.address).delete();
    }
  }
}

/** Deletes the flag sheet if there is one (a very hidden sheet is made visible first, then deleted). */
function queueDropFlagSheet(context: Excel.RequestContext): void {
  const old = context.workbook.worksheets.getItemOrNullObject(FLAG_SHEET);
  old.visibility = "Visible";
  old.delete();
}

/** Records as the flag sheet's rows (header first). */
function recordRows(records: FlagRecord[]): string[][] {
  return [
    [MARKER, "1", "", "", ""],
    ...records.map((r) => [r.kind, r.sheet, r.address, r.backup ?? "", r.severity ?? ""]),
  ];
}

export interface FlagRun {
  records: FlagRecord[];
  syncs: number;
  /** Notes left out because the cell had a note of its own (shown in the pane only). */
  skippedNotes: number;
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
  const ours = new Set(ctx.records.filter((r) => r.kind === "note").map((r) => `${r.sheet}\u0000${r.address}`));
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

  const canMuteEvents = excelApi("1.8");
  if (canMuteEvents) context.runtime.enableEvents = false;
  const batch = new SyncBatch(context, opts.budget);
  const records: FlagRecord[] = [];
  try {
    await queueRestore(context, ctx.records, batch, withNotes);
    const hadSheet = ctx.names.includes(FLAG_SHEET) || ctx.records.length > 0;
    if (hadSheet) queueDropFlagSheet(context);
    if (areas.length) {
      const flagWs = context.workbook.worksheets.add(FLAG_SHEET);
      flagWs.visibility = "VeryHidden";
      const sheets = new Map<string, Excel.Worksheet>();
      const sheet = (name: string) => {
        let ws = sheets.get(name);
        if (!ws) sheets.set(name, (ws = context.workbook.worksheets.getItem(name)));
        return ws;
      };
      let cursor = 0;
      for (const area of areas) {
        const h = area.rect.bottom - area.rect.top + 1;
        const w = area.rect.right - area.rect.left + 1;
        const backup: Rect = { top: cursor, bottom: cursor + h - 1, left: BACKUP_COL, right: BACKUP_COL + w - 1 };
        cursor += h;
        await batch.reserve(ACTION_BYTES * 8);
        const target = sheet(area.sheet).getRange(rectAddress(area.rect));
        flagWs.getRange(rectAddress(backup)).copyFrom(target, "Formats");
        target.format.fill.color = FLAG_FILL[area.severity];
        target.format.font.color = FLAG_FONT[area.severity];
        records.push({ kind: "fmt", sheet: area.sheet, address: rectAddress(area.rect), backup: rectAddress(backup), severity: area.severity });
      }
      for (const n of notes) {
        await batch.reserve(ACTION_BYTES * 3 + n.text.length * 3);
        const ws = sheet(n.sheet);
        ws.notes.add(ws.getRange(a1(n.row, n.col)), n.text);
        records.push({ kind: "note", sheet: n.sheet, address: a1(n.row, n.col), severity: n.severity });
      }
      // the records, as text (a sheet named 2022 must not come back as a number)
      const rows = recordRows(records);
      const perRow = Math.max(1, jsonBytes(rows.slice(0, 50)) / Math.min(rows.length, 50));
      const step = Math.max(1, Math.floor(BLOCK_BYTES / (perRow * 2)));
      for (let top = 0; top < rows.length; top += step) {
        const part = rows.slice(top, top + step);
        const address = rectAddress({ top, bottom: top + part.length - 1, left: 0, right: 4 });
        await batch.reserve(ACTION_BYTES * 3 + jsonBytes(part) * 2);
        const range = flagWs.getRange(address);
        range.numberFormat = part.map((row) => row.map(() => "@"));
        range.values = part;
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
  return { records, syncs, skippedNotes };
}

/** Clear: reads the flag sheet, restores every recorded cell, deletes the flag sheet. */
export async function clearIn(context: Excel.RequestContext, opts: { budget: number }): Promise<number> {
  const flagWs = context.workbook.worksheets.getItemOrNullObject(FLAG_SHEET);
  const used = flagWs.getUsedRangeOrNullObject(true);
  used.load("values,address");
  await context.sync();
  if (flagWs.isNullObject) return 1;
  let records: FlagRecord[] = [];
  if (!used.isNullObject) {
    const at = parseAddress(used.address);
    records = recordsOf({
      sheet: FLAG_SHEET,
      origin: { row: at?.top ?? 0, col: at?.left ?? 0 },
      values: used.values as Grid["values"],
      merges: [],
    });
  }
  const canMuteEvents = excelApi("1.8");
  if (canMuteEvents) context.runtime.enableEvents = false;
  const batch = new SyncBatch(context, opts.budget);
  try {
    await queueRestore(context, records, batch, excelApi("1.18"));
    queueDropFlagSheet(context);
    if (canMuteEvents) context.runtime.enableEvents = true;
    await batch.sync();
  } catch (error) {
    if (canMuteEvents) {
      context.runtime.enableEvents = true;
      await context.sync().catch(() => undefined);
    }
    throw error;
  }
  return 1 + batch.syncs;
}
