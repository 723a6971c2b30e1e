/**
 * Conditional fills (条件格式, ECMA-376 §18.3.1.18): a cell whose value equals a word shows a fill —
 * the monitoring lights, which then follow the judgement when staff change it. Each fill is a
 * differential format (`<dxf>`) in styles.xml.
 */
import type { SheetPlan } from "../../core/plan/types";
import { formatRange } from "../../core/a1";
import { escapeText } from "./escape";
import type { Styles } from "./styles";
import type { SheetDoc } from "./worksheet";

export function addHighlights(doc: SheetDoc, highlights: NonNullable<SheetPlan["highlights"]>, styles: Styles): void {
  if (!highlights.length) return;
  if (doc.topRaw("conditionalFormatting")) throw new Error("highlights are for new sheets only");
  const P = doc.prefix;
  const blocks = highlights.map((h, i) => {
    const dxf = styles.dxfFill(h.fill);
    const word = `"${h.equals.replace(/"/g, '""')}"`;
    return `<${P}conditionalFormatting sqref="${formatRange(h.area)}"><${P}cfRule type="cellIs" dxfId="${dxf}" priority="${i + 1}" operator="equal"><${P}formula>${escapeText(word)}</${P}formula></${P}cfRule></${P}conditionalFormatting>`;
  });
  doc.setTop("conditionalFormatting", blocks.join(""));
}
