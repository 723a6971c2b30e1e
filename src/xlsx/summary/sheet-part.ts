/**
 * One worksheet part of the summary workbook (xl/worksheets/sheetN.xml), written from a plain
 * description: rows of cells with a style, column bounds, and what the sheet needs for a finance
 * officer to work with it — the header frozen, an autofilter over the table, A4 landscape fit to
 * one page wide with the header repeated, page numbers in the footer. Elements are written in the
 * order the schema (CT_Worksheet) requires, or Excel would call the file damaged.
 */
import { cellRef, columnLetter } from "../../core/grid";
import { fitWidth, LINE_HEIGHT, wrappedLines, type WidthBounds } from "./column-width";
import { STYLE, type CellStyle } from "./styles";
import { xmlAttr, xmlText } from "./xml";

export interface SheetCell {
  value: string | number | null;
  style?: CellStyle;
}

export interface SheetSpec {
  name: string;
  rows: SheetCell[][];
  /** One per column: the width fits the longest line within these bounds. */
  columns: WidthBounds[];
  /** Row (0-based) of the table's header: frozen, filtered, repeated on every printed page. */
  headerRow?: number;
  autoFilter?: boolean;
}

/** The table's range in A1 notation, from the header row to the last row. */
export function tableRange(spec: SheetSpec): string {
  const top = (spec.headerRow ?? 0) + 1;
  return `A${top}:${columnLetter(spec.columns.length - 1)}${Math.max(top, spec.rows.length)}`;
}

function cellXml(cell: SheetCell, ref: string): string {
  const s = STYLE[cell.style ?? "text"];
  const style = s ? ` s="${s}"` : "";
  if (cell.value === null || cell.value === "") return s ? `<c r="${ref}"${style}/>` : "";
  if (typeof cell.value === "number") return Number.isFinite(cell.value) ? `<c r="${ref}"${style}><v>${cell.value}</v></c>` : `<c r="${ref}"${style}/>`;
  // Inline strings: the summary is written once and never edited by us, so no shared-string table.
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${xmlText(cell.value)}</t></is></c>`;
}

export function sheetXml(spec: SheetSpec, selected: boolean): string {
  const header = spec.headerRow;
  const widths = spec.columns.map((bounds, c) =>
    fitWidth(
      spec.rows.map((row) => (row[c]?.value ?? "").toString()),
      bounds,
    ),
  );
  const last = cellRef(Math.max(1, spec.rows.length) - 1, Math.max(0, spec.columns.length - 1));
  const pane =
    header === undefined
      ? ""
      : `<pane ySplit="${header + 1}" topLeftCell="A${header + 2}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${header + 2}" sqref="A${header + 2}"/>`;
  const rows = spec.rows
    .map((row, r) => {
      const cells = row.map((cell, c) => cellXml(cell, cellRef(r, c))).join("");
      // As tall as its tallest wrapped cell (a number never wraps), a little room above and below.
      const lines = Math.max(1, ...row.map((cell, c) => (typeof cell.value === "string" ? wrappedLines(cell.value, widths[c] ?? 10) : 1)));
      const height = Math.round((lines * LINE_HEIGHT + 3) * 4) / 4;
      return `<row r="${r + 1}" ht="${height}" customHeight="1">${cells}</row>`;
    })
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${last}"/>` +
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ""} workbookViewId="0">${pane}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="14.25"/>' +
    `<cols>${widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>` +
    `<sheetData>${rows}</sheetData>` +
    (spec.autoFilter ? `<autoFilter ref="${tableRange(spec)}"/>` : "") +
    '<printOptions horizontalCentered="1"/>' +
    '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    // paperSize 9 is A4; fit to one page wide, as many pages down as it takes.
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    `<headerFooter><oddHeader>${xmlText(`&C&"${"宋体"},Bold"${spec.name}`)}</oddHeader><oddFooter>${xmlText("&C第 &P 页，共 &N 页")}</oddFooter></headerFooter>` +
    "</worksheet>"
  );
}

/** The sheet's name as a formula reference (`'汇总'!`): always quoted, quotes doubled. */
export function sheetRef(name: string): string {
  return `'${xmlAttr(name).replace(/'/g, "''")}'!`;
}
