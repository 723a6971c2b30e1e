/**
 * How a new worksheet prints (DESIGN §12: A4 landscape, one page wide): the `<sheetPr>` that turns
 * on fit-to-page, `<printOptions>` for centring and `<pageSetup>` for paper, orientation and the
 * fit. The repeated title rows are a defined name in workbook.xml (workbook.ts).
 */
import type { PageSetup } from "../../core/plan/types";
import type { SheetDoc } from "./worksheet";

/** SpreadsheetML's paper size codes (ECMA-376 §18.3.1.64): 9 is A4 210 × 297 mm. */
const PAPER: Record<PageSetup["paper"], number> = { A4: 9 };

export function applyPageSetup(doc: SheetDoc, setup: PageSetup): void {
  const P = doc.prefix;
  const fit = setup.fitToWidth !== undefined;
  // fitToHeight="0": as many pages tall as it takes (Excel's 调整为 1 页宽, 高度 自动).
  const fitAttrs = fit ? ` fitToWidth="${setup.fitToWidth}" fitToHeight="0"` : "";
  if (fit) doc.setTop("sheetPr", `<${P}sheetPr><${P}pageSetUpPr fitToPage="1"/></${P}sheetPr>`);
  if (setup.centerHorizontally) doc.setTop("printOptions", `<${P}printOptions horizontalCentered="1"/>`);
  doc.setTop("pageSetup", `<${P}pageSetup paperSize="${PAPER[setup.paper]}" orientation="${setup.orientation}"${fitAttrs}/>`);
}
