/**
 * Column widths of one sheet (`<cols>` in an .xlsx, which SheetJS gives as `!cols`), for the web
 * page's grid: Excel's character units as the file stores them (`width`), 0 for a hidden column,
 * undefined where the sheet sets none (the page uses its default). The core never sees these.
 */
import type { ColInfo, WorkSheet } from "@e965/xlsx";

/** At most this many columns are measured: the page draws no more than that. */
const MAX_COLUMNS = 1000;

export function columnWidthsOf(ws: WorkSheet, columns: number): (number | undefined)[] {
  const cols: (ColInfo | undefined)[] = ws["!cols"] ?? [];
  const out: (number | undefined)[] = [];
  for (let c = 0; c < Math.min(columns, MAX_COLUMNS); c++) {
    const info = cols[c];
    if (!info) out.push(undefined);
    else if (info.hidden) out.push(0);
    else {
      // .xlsx keeps `width`; .xls and .ods give only the character (wch) or pixel width.
      const width = info.width ?? info.wch;
      out.push(typeof width === "number" && width > 0 ? width : undefined);
    }
  }
  return out;
}
