/**
 * The looks of a write plan in Office.js: area formats (thin borders, the font — its face taken
 * from a cell of another sheet, the target's — alignment, wrap), row heights, and how a new sheet
 * prints. Requirement sets: borders, font, alignment, wrapText and rowHeight are ExcelApi 1.1;
 * pageLayout (orientation, paperSize, zoom, centerHorizontally, setPrintTitleRows) is ExcelApi 1.9 —
 * older Excel prints the 自评表 with its defaults.
 */
import type { AreaFormat, PageSetup, SheetCell, SheetPlan } from "../core/plan/types";
import { a1, rectAddress, rowsAddress } from "./addresses";
import { ACTION_BYTES, type SyncBatch } from "./payload";

const cellKey = (c: SheetCell) => `${c.sheet}\u0000${c.row},${c.col}`;

/** The fonts `font.from` names, loaded in the check sync: face by cellKey. */
export type Faces = Map<string, Excel.RangeFont>;

/** Queue the loads of the faces a plan's formats copy (in the check sync: no round trip of their own). */
export function loadFaces(context: Excel.RequestContext, sheets: readonly SheetPlan[]): Faces {
  const faces: Faces = new Map();
  for (const sp of sheets)
    for (const f of sp.formats ?? []) {
      const from = f.font?.from;
      if (!from || faces.has(cellKey(from))) continue;
      const font = context.workbook.worksheets.getItem(from.sheet).getRange(a1(from.row, from.col)).format.font;
      font.load("name,size");
      faces.set(cellKey(from), font);
    }
  return faces;
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
const ALIGN_H = { left: "Left", center: "Center", right: "Right" } as const;
const ALIGN_V = { top: "Top", center: "Center", bottom: "Bottom" } as const;

/** Queue an area's look: one range, a handful of property sets. */
export async function queueFormat(ws: Excel.Worksheet, f: AreaFormat, faces: Faces, batch: SyncBatch): Promise<void> {
  // `format` is a navigation property (a proxy to set on), not a value read back: nothing to load.
  const format = ws.getRange(rectAddress(f.area)).format;
  if (f.borders) {
    // The lines between cells too; Excel has no inside line for a single row or column.
    const edges: ("EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical")[] = [...EDGES];
    if (f.area.bottom > f.area.top) edges.push("InsideHorizontal");
    if (f.area.right > f.area.left) edges.push("InsideVertical");
    for (const e of edges) {
      await batch.reserve(ACTION_BYTES * 3);
      const border = format.borders.getItem(e);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  }
  const font = f.font;
  if (font) {
    const face = font.from ? faces.get(cellKey(font.from)) : undefined;
    const name = font.name ?? face?.name;
    const size = font.size ?? face?.size;
    await batch.reserve(ACTION_BYTES * 3);
    if (name) format.font.name = name;
    if (size) format.font.size = size;
    if (font.bold !== undefined) format.font.bold = font.bold;
  }
  await batch.reserve(ACTION_BYTES * 3);
  if (f.horizontal) format.horizontalAlignment = ALIGN_H[f.horizontal];
  if (f.vertical) format.verticalAlignment = ALIGN_V[f.vertical];
  if (f.wrap !== undefined) format.wrapText = f.wrap;
}

export async function queueRowHeights(ws: Excel.Worksheet, heights: NonNullable<SheetPlan["rowHeights"]>, batch: SyncBatch): Promise<void> {
  for (const h of heights) {
    await batch.reserve(ACTION_BYTES * 3);
    ws.getRange(rowsAddress(h.row, h.row)).format.rowHeight = h.height;
  }
}

/**
 * How the sheet prints (ExcelApi 1.9), queued in the write batch. Only the width is fitted: zoom
 * with horizontalFitToPages alone is the documented form (office-js #1860 uses it); a
 * verticalFitToPages of 0 ("automatic" in the file format, fitToHeight="0") is not documented for
 * Office.js, and a refused property would fail the whole batch, scores included.
 */
export function queuePageSetup(ws: Excel.Worksheet, setup: PageSetup): void {
  const layout = ws.pageLayout;
  layout.orientation = setup.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = setup.paper;
  if (setup.fitToWidth !== undefined) layout.zoom = { horizontalFitToPages: setup.fitToWidth };
  if (setup.centerHorizontally) layout.centerHorizontally = true;
  if (setup.titleRows) layout.setPrintTitleRows(`$${setup.titleRows.top + 1}:$${setup.titleRows.bottom + 1}`);
}
