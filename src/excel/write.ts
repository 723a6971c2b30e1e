/**
 * Applying a write plan (Score's results, Clear's score lines) with Office.js.
 *
 * Round trips: one check sync, then one write sync (more only on Excel on the web when the writes
 * pass its 5 MB batch limit — payload.ts).
 *
 * 1. Check: re-read every `expect` cell (grouped into column runs, values only) and refuse with
 *    StaleWorkbookError when one changed since the read. The same sync also learns which sheets to
 *    be created exist already, and loads the look (getCellProperties) of `styleFrom` cells that sit
 *    in a merged area — see 4.
 * 2. Write: calculation suspended until the sync, events off (the add-in must not react to its
 *    own writes), then per sheet: styles, number formats, values, bold / wrap, merges, widths.
 * 3. Values go in blocks (blocks.ts): a column of 20,000 results is one request, split only so
 *    that no request passes BLOCK_BYTES. Cells inside merged areas are written one by one — Excel
 *    refuses a range that covers part of a merged area.
 * 4. `styleFrom` is `range.copyFrom(source, "Formats")` in blocks whose sources are the same shape
 *    (a new column styled from the rule column, row by row, is one copy). A source inside a
 *    merged area (the official layout merges every field over two columns) cannot be copied that
 *    way: Excel copies the whole merged area and merges the destination too. Its look is taken
 *    with getCellProperties in the check sync and applied with setCellProperties instead — on this
 *    sheet or another (the log's header takes the look of the target's merged header).
 * 5. Strings are text, never formulas: cell-text.ts (quote prefix).
 * 6. Area formats, row heights and page setup (the 绩效自评表, DESIGN §12): write-looks.ts. The fonts
 *    a format copies from another sheet are loaded in the check sync, the rest goes in the write
 *    sync — no round trip of its own; the page setup only where ExcelApi 1.9 is (older Excel
 *    prints the sheet with its defaults).
 * 7. Validations, the lights (conditional fills), the frozen header and defined names (the log of
 *    DESIGN §3, the 绩效监控表 of §9): write-controls.ts. The ExcelApi sets they need are checked
 *    before anything is sent (requirements.ts: older Excel gets a message saying what is missing,
 *    and nothing is written); the names the plan sets are looked up in the check sync.
 * 8. The very hidden sheets that only hold data (the ownership record, the indicator list) are
 *    rewritten in place, not deleted and added again: Worksheet.delete and setting visibility
 *    clear staff's undo stack ("Undo capabilities with the Excel JavaScript API"), and a deleted
 *    list sheet would turn the defined name over it into #REF!.
 */
import type { CellWrite, SheetPlan, WritePlan } from "../core/plan/types";
import { StaleWorkbookError } from "../app/port";
import type { Lang } from "../core/lang";
import { a1, rectAddress, type Rect } from "./addresses";
import { blockTouchesMerge, denseBlocks, fit, groupBlocks, mergeLookup, rowRuns, splitRows, type Block } from "./blocks";
import { cellInput } from "./cell-text";
import { ACTION_BYTES, jsonBytes, SyncBatch } from "./payload";
import { excelApi, missingFeatures, planFeatures } from "./requirements";
import { missingApiError, WorkbookReadOnlyError } from "./errors";
import { loadFaces, queueFormat, queuePageSetup, queueRowHeights, type Faces } from "./write-looks";
import { existingNames, loadNames, queueFreeze, queueHighlights, queueNames, queueValidations } from "./write-controls";

export interface ApplyOptions {
  budget: number;
  /** Merged areas of a sheet as last read (sheet coordinates), when known. */
  mergesOf: (sheet: string) => Rect[] | undefined;
  onProgress?: (done: number, total: number) => void;
  /** The language of a refusal said before anything is sent (a missing requirement); zh-CN by default. */
  lang?: Lang;
}

/** Column width in points for a width in characters (CJK text in 宋体/等线 needs about 7). */
export const POINTS_PER_CHAR = 7;

const STYLE_PROPS: Excel.CellPropertiesLoadOptions = {
  format: {
    fill: { color: true, pattern: true },
    font: { bold: true, color: true, italic: true, name: true, size: true, underline: true, strikethrough: true },
    borders: { color: true, style: true, weight: true },
    horizontalAlignment: true,
    verticalAlignment: true,
    wrapText: true,
    indentLevel: true,
  },
};

interface SheetCheck {
  plan: SheetPlan;
  ws: Excel.Worksheet;
  runs: { col: number; top: number; bottom: number; range: Excel.Range }[];
  /** Looks of styleFrom sources in merged areas, by the sheet they are on. */
  looks: { sheet: string; rect: Rect; result: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[];
}

/** A styleFrom source's look, by its sheet and cell. */
const lookKey = (sheet: string, row: number, col: number) => `${sheet}\u0000${row},${col}`;

function sameValue(a: unknown, b: unknown): boolean {
  const empty = (v: unknown) => v === null || v === undefined || v === "";
  if (empty(a) && empty(b)) return true;
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  return a === b;
}

export async function applyPlanTo(context: Excel.RequestContext, plan: WritePlan, opts: ApplyOptions): Promise<number> {
  const sheets = plan.sheets.filter(
    (s) => s.writes.length || s.create || s.delete || s.merges?.length || s.columnWidths?.length || s.formats?.length || s.validations?.length || s.highlights?.length || s.freeze,
  );
  if (sheets.length === 0 && !plan.names?.length) return 0;
  // What this Excel cannot do is said before anything is sent: never half a log.
  const lang = opts.lang ?? "zh-CN";
  const missing = missingFeatures(planFeatures(plan));
  if (missing.length) throw missingApiError(missing, lang);
  const canStyle = excelApi("1.9");
  let syncs = 0;

  // ---- 1. check ------------------------------------------------------------------------------
  const check = new SyncBatch(context, opts.budget);
  const checks: SheetCheck[] = [];
  for (const sp of sheets) {
    const ws = context.workbook.worksheets.getItemOrNullObject(sp.sheet);
    // visibility: a very hidden sheet must be made hidden before it can be deleted (see deleteSheet).
    ws.load("name,visibility");
    const entry: SheetCheck = { plan: sp, ws, runs: [], looks: [] };
    checks.push(entry);
    const byCol = new Map<number, number[]>();
    for (const e of sp.expect ?? []) {
      let rows = byCol.get(e.col);
      if (!rows) byCol.set(e.col, (rows = []));
      rows.push(e.row);
    }
    for (const [col, rows] of byCol) {
      for (const run of rowRuns(rows)) {
        await check.reserve(ACTION_BYTES * 2 + (run.bottom - run.top + 1) * 160);
        const range = ws.getRange(rectAddress({ top: run.top, bottom: run.bottom, left: col, right: col }));
        range.load("values");
        entry.runs.push({ col, top: run.top, bottom: run.bottom, range });
      }
    }
    if (canStyle) {
      // Sources in a merged area, on this sheet (when it is not new) or on another one — the log's
      // header takes the target's, whose fields are merged (4).
      const bySheet = new Map<string, { row: number; col: number }[]>();
      for (const w of sp.writes) {
        if (!w.styleFrom) continue;
        const sheet = otherSheet(w, sp) ?? sp.sheet;
        if (sheet === sp.sheet && sp.create) continue;
        let list = bySheet.get(sheet);
        if (!list) bySheet.set(sheet, (list = []));
        list.push(w.styleFrom);
      }
      for (const [sheet, all] of bySheet) {
        const inMerge = mergeLookup(opts.mergesOf(sheet));
        const sources = all.filter((f) => inMerge(f.row, f.col));
        const from = sheet === sp.sheet ? ws : null;
        for (const block of groupBlocks(sources)) {
          for (const part of splitRows(block, 2000)) {
            await check.reserve(ACTION_BYTES * 2 + (part.bottom - part.top + 1) * (part.right - part.left + 1) * 600);
            const result = (from ?? context.workbook.worksheets.getItem(sheet)).getRange(rectAddress(part)).getCellProperties(STYLE_PROPS);
            entry.looks.push({ sheet, rect: part, result });
          }
        }
      }
    }
  }
  // Read-only (opened read-only, or without edit rights): said before anything is written, from
  // the check sync itself (Workbook.readOnly, ExcelApi 1.8; older Excel finds out from the write).
  const readOnly = excelApi("1.8") ? (context.workbook.load("readOnly"), context.workbook) : null;
  const faces = loadFaces(context, sheets);
  const names = loadNames(context, plan);
  await check.sync();
  syncs += check.syncs;
  if (readOnly?.readOnly) throw new WorkbookReadOnlyError();
  // A name the workbook has already is updated (NamedItem.formula), which older Excel cannot do.
  if (existingNames(names).length) {
    const update = missingFeatures(["name-update"]);
    if (update.length) throw missingApiError(update, lang);
  }

  const looks = new Map<string, Excel.CellProperties>();
  for (const c of checks) {
    if (!c.plan.create && c.ws.isNullObject) throw new StaleWorkbookError(c.plan.sheet, "");
    const cells = new Map<number, unknown>();
    for (const run of c.runs) {
      const values = run.range.values;
      for (let r = run.top; r <= run.bottom; r++) cells.set(r * 20000 + run.col, values[r - run.top]?.[0]);
    }
    for (const e of c.plan.expect ?? []) {
      if (!sameValue(cells.get(e.row * 20000 + e.col), e.value)) throw new StaleWorkbookError(c.plan.sheet, a1(e.row, e.col));
    }
    for (const look of c.looks) {
      const props = look.result.value;
      for (let r = look.rect.top; r <= look.rect.bottom; r++)
        for (let col = look.rect.left; col <= look.rect.right; col++) {
          const p = props[r - look.rect.top]?.[col - look.rect.left];
          if (p) looks.set(lookKey(look.sheet, r, col), p);
        }
    }
  }

  // ---- 2. write ------------------------------------------------------------------------------
  const app = context.workbook.application;
  const canSuspend = excelApi("1.6");
  const canMuteEvents = excelApi("1.8");
  if (canMuteEvents) context.runtime.enableEvents = false;
  const write = new SyncBatch(context, opts.budget, () => {
    if (canSuspend) app.suspendApiCalculationUntilNextSync();
  });
  const canPrint = excelApi("1.9");
  const validated: { ws: Excel.Worksheet; sp: SheetPlan; fresh: boolean }[] = [];
  try {
    let done = 0;
    for (const c of checks) {
      const sp = c.plan;
      let ws: Excel.Worksheet;
      const exists = !c.ws.isNullObject;
      if (sp.delete) {
        // 清除评分: the sheet Score created goes (already gone: nothing to do).
        if (exists) deleteSheet(c.ws);
        done++;
        continue;
      }
      // A data sheet of Jixiao's own (very hidden): emptied and rewritten in place (8).
      const inPlace = sp.create && exists && Boolean(sp.replace) && sp.state === "veryHidden";
      if (inPlace) {
        ws = c.ws;
        await write.reserve(ACTION_BYTES * 2);
        ws.getRange().clear("All");
        // Kept very hidden; set only when someone unhid it (setting it clears the undo stack).
        if (c.ws.visibility !== "VeryHidden") ws.visibility = "VeryHidden";
      } else if (sp.create && exists && sp.replace) {
        deleteSheet(c.ws);
        ws = context.workbook.worksheets.add(sp.sheet);
      } else if (sp.create && !exists) {
        ws = context.workbook.worksheets.add(sp.sheet);
      } else {
        ws = c.ws;
      }
      const fresh = sp.create && (!exists || Boolean(sp.replace));
      // The ownership record's sheet: very hidden, so staff never see it (Office shows no way to unhide it).
      if (fresh && !inPlace && sp.state === "veryHidden") ws.visibility = "VeryHidden";
      const inMerge = fresh ? () => undefined : mergeLookup(opts.mergesOf(sp.sheet));
      const sourceOf = (sheet: string): Source => ({ ws: context.workbook.worksheets.getItem(sheet), inMerge: mergeLookup(opts.mergesOf(sheet)) });
      await queueSheetWrites(ws, sp, write, inMerge, canStyle ? looks : null, fresh, faces, sourceOf);
      if (fresh && sp.pageSetup && canPrint) {
        await write.reserve(ACTION_BYTES * 6);
        queuePageSetup(ws, sp.pageSetup);
      }
      // The lights and the frozen header on a new sheet only (as the patcher does); dropdowns below.
      if (sp.validations?.length) validated.push({ ws, sp, fresh });
      if (fresh) await queueHighlights(ws, sp.highlights ?? [], write);
      if (fresh && sp.freeze) await queueFreeze(ws, sp.freeze, write);
      done++;
      opts.onProgress?.(done, checks.length);
    }
    // After the sheets, since a name may refer to a sheet this batch adds; before the validations,
    // since a dropdown may name it.
    await queueNames(context, plan, names, write);
    for (const v of validated) await queueValidations(v.ws, v.sp.validations ?? [], v.fresh, write);
    if (canMuteEvents) context.runtime.enableEvents = true;
    await write.sync();
    syncs += write.syncs;
  } catch (error) {
    if (canMuteEvents) {
      // The batch stopped at the failing action: events would stay off without this.
      context.runtime.enableEvents = true;
      await context.sync().catch(() => undefined);
    }
    throw error;
  }
  return syncs;
}

/** A sheet a styleFrom look comes from, and its merged areas as last read. */
interface Source {
  ws: Excel.Worksheet;
  inMerge: (row: number, col: number) => Rect | undefined;
}

/** The sheet a write's styleFrom names when it is not the plan's own sheet. */
function otherSheet(w: CellWrite, sp: SheetPlan): string | undefined {
  const sheet = w.styleFrom?.sheet;
  return sheet !== undefined && sheet !== sp.sheet ? sheet : undefined;
}

/**
 * Deletes a sheet, very hidden ones included: Excel refuses to delete a very hidden sheet ("by
 * design … change its visibility to either hidden or visible and then delete it",
 * https://github.com/OfficeDev/office-js/issues/365), so the ownership record's sheet is made
 * hidden first — in the same batch, so staff never see it.
 */
function deleteSheet(ws: Excel.Worksheet): void {
  if (ws.visibility === "VeryHidden") ws.visibility = "Hidden";
  ws.delete();
}

async function queueSheetWrites(
  ws: Excel.Worksheet,
  sp: SheetPlan,
  batch: SyncBatch,
  inMerge: (row: number, col: number) => Rect | undefined,
  looks: Map<string, Excel.CellProperties> | null,
  fresh: boolean,
  faces: Faces,
  sourceOf: (sheet: string) => Source,
): Promise<void> {
  const range = (r: Rect) => ws.getRange(rectAddress(r));
  // Where a write's look comes from: this sheet, or the one its styleFrom names.
  const sources = new Map<string, Source>();
  const from = (w: CellWrite): Source => {
    const other = otherSheet(w, sp);
    if (!other) return { ws, inMerge };
    let s = sources.get(other);
    if (!s) sources.set(other, (s = sourceOf(other)));
    return s;
  };

  // styles first: number formats, values, bold and wrap then apply on top of the copied look
  if (looks) {
    const styled = sp.writes.filter((w) => w.styleFrom);
    const sourceKey = (w: CellWrite) => lookKey(otherSheet(w, sp) ?? sp.sheet, w.styleFrom!.row, w.styleFrom!.col);
    const isLooked = (w: CellWrite) => looks.has(sourceKey(w));
    const copied = styled.filter((w) => !isLooked(w));
    const looked = styled.filter(isLooked);
    const offset = (w: CellWrite) => `${otherSheet(w, sp) ?? ""},${w.styleFrom!.row - w.row},${w.styleFrom!.col - w.col}`;
    for (const block of groupBlocks(copied, offset)) {
      const w = block.cells[0][0];
      const src = from(w);
      const srcRange = (r: Rect) => src.ws.getRange(rectAddress(r));
      const dr = w.styleFrom!.row - w.row;
      const dc = w.styleFrom!.col - w.col;
      const source: Rect = { top: block.top + dr, bottom: block.bottom + dr, left: block.left + dc, right: block.right + dc };
      if (src.inMerge(source.top, source.left) || blockTouchesMerge(block, inMerge)) {
        // sources outside a merge but destination in one: cell by cell keeps Excel from refusing
        for (const row of block.cells)
          for (const cw of row) {
            await batch.reserve(ACTION_BYTES * 3);
            range({ top: cw.row, bottom: cw.row, left: cw.col, right: cw.col }).copyFrom(
              srcRange({ top: cw.styleFrom!.row, bottom: cw.styleFrom!.row, left: cw.styleFrom!.col, right: cw.styleFrom!.col }),
              "Formats",
            );
          }
        continue;
      }
      await batch.reserve(ACTION_BYTES * 3);
      range(block).copyFrom(srcRange(source), "Formats");
    }
    for (const block of groupBlocks(looked)) {
      for (const part of splitRows(block, 2000)) {
        const props = part.cells.map((row) => row.map((w) => settable(looks.get(sourceKey(w))!)));
        const bytes = jsonBytes(props);
        await batch.reserve(ACTION_BYTES * 2 + bytes);
        range(part).setCellProperties(props);
      }
    }
  }

  const grouped = <T extends CellWrite>(items: T[], keyOf: (w: T) => string = () => ""): Block<T>[] => {
    const single = items.filter((w) => inMerge(w.row, w.col));
    const rest = items.filter((w) => !inMerge(w.row, w.col));
    return [
      ...groupBlocks(rest, keyOf),
      ...single.map((w) => ({ top: w.row, bottom: w.row, left: w.col, right: w.col, cells: [[w]] })),
    ];
  };

  const formatted = sp.writes.filter((w) => w.numberFormat);
  const formatBlocks = fresh ? denseBlocks(formatted) : grouped(formatted, (w) => w.numberFormat!);
  for (const block of formatBlocks) {
    for (const part of fit(block, (w) => w?.numberFormat ?? null)) {
      const formats = part.cells.map((row) => row.map((w) => w?.numberFormat ?? null));
      await batch.reserve(ACTION_BYTES * 2 + jsonBytes(formats));
      range(part).numberFormat = formats as string[][];
    }
  }

  const valueBlocks = fresh ? denseBlocks(sp.writes) : grouped(sp.writes);
  for (const block of valueBlocks) {
    for (const part of fit(block, (w) => (w ? w.value : null))) {
      const values = part.cells.map((row) => row.map((w) => (w ? cellInput(w.value) : null)));
      await batch.reserve(ACTION_BYTES * 2 + jsonBytes(values));
      range(part).values = values;
    }
  }

  for (const flag of [true, false]) {
    for (const block of grouped(sp.writes.filter((w) => w.bold === flag))) {
      await batch.reserve(ACTION_BYTES * 3);
      range(block).format.font.bold = flag;
    }
    for (const block of grouped(sp.writes.filter((w) => w.wrap === flag))) {
      await batch.reserve(ACTION_BYTES * 3);
      range(block).format.wrapText = flag;
    }
  }

  if (sp.create) {
    for (const m of sp.merges ?? []) {
      await batch.reserve(ACTION_BYTES * 2);
      range(m).merge(false);
    }
  }
  for (const { col, width } of sp.columnWidths ?? []) {
    await batch.reserve(ACTION_BYTES * 3);
    range({ top: 0, bottom: 0, left: col, right: col }).getEntireColumn().format.columnWidth = width * POINTS_PER_CHAR;
  }
  for (const f of sp.formats ?? []) await queueFormat(ws, f, faces, batch);
  if (fresh) await queueRowHeights(ws, sp.rowHeights ?? [], batch);
}

/** A loaded look as setCellProperties takes it (no fill stays no fill, not white). */
function settable(p: Excel.CellProperties): Excel.SettableCellProperties {
  const format = { ...(p.format ?? {}) } as NonNullable<Excel.SettableCellProperties["format"]>;
  const fill = p.format?.fill;
  if (fill) format.fill = fill.pattern === "None" ? { pattern: "None" } : { color: fill.color, pattern: fill.pattern };
  return { format };
}
