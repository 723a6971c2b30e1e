/** Every cell's value and look on a fake sheet, to compare a workbook before and after. */
import type { FakeCell, FakeWorkbook } from "./fake-excel";

export type Look = Omit<FakeCell, "formula" | "quotePrefix" | "locked">;

export function looks(wb: FakeWorkbook, sheet: string): Map<number, Look> {
  const out = new Map<number, Look>();
  for (const [k, c] of wb.sheet(sheet)!.cells) {
    const { value, numberFormat, fill, fontColor, bold, wrap, look } = c;
    // cells that only exist because something looked at them count as blank
    if (value === "" && numberFormat === "General" && fill === null && fontColor === "#000000" && !bold && !wrap && !look) continue;
    out.set(k, { value, numberFormat, fill, fontColor, bold, wrap, look });
  }
  return out;
}
