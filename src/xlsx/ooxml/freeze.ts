/**
 * Frozen panes on a new sheet (冻结窗格): `<pane state="frozen">` in its sheet view, so the header
 * rows (the log's, the 绩效监控表's) stay in view while staff scroll.
 */
import { cellRef } from "../../core/a1";
import type { SheetDoc } from "./worksheet";

export function freezePanes(doc: SheetDoc, rows: number, cols = 0): void {
  if (rows <= 0 && cols <= 0) return;
  const P = doc.prefix;
  const topLeft = cellRef(rows, cols);
  const pane = cols > 0 && rows > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const split = `${cols > 0 ? ` xSplit="${cols}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""}`;
  doc.setTop(
    "sheetViews",
    `<${P}sheetViews><${P}sheetView workbookViewId="0"><${P}pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
      `<${P}selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></${P}sheetView></${P}sheetViews>`,
  );
}
