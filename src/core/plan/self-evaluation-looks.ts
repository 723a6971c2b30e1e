/**
 * How the 绩效自评表 looks on paper (DESIGN §12), as area formats, row heights and a page setup:
 * the target sheet's font everywhere, a large bold title, thin borders on the form's boxes (not on
 * the title or the sign-off line), the indicator rows top-aligned and wrapped — 一级 / 二级 merged
 * over exactly their rows read at their first row — and A4 landscape, one page wide, the table's
 * header repeated on every page.
 */
import type { AreaFormat, CellWrite, PageSetup, SheetCell, SheetPlan } from "./types";

/** Where the form's parts sit (0-based rows; the form spans columns 0 … last). */
export interface FormRows {
  last: number;
  /** Rows of the 项目名称 / 主管部门 / budget boxes, each [top, bottom], bordered. */
  boxes: [number, number][];
  header: number;
  /** The 总分 and 自评等级 rows end the indicator table. */
  tableEnd: number;
  signOff: number;
}

/** Points per line of wrapped text in an 11-point CJK font (Excel's default row is 14.25 pt). */
const LINE = 14.25;
/** An Excel width unit is one `0` of the default font; a CJK character of a 10–11 point face takes about 1.8. */
const charUnits = (ch: string) => (/[\u2e80-\uffff]/.test(ch) ? 1.8 : 1);

export function formLooks(rows: FormRows, font: SheetCell | undefined): Pick<SheetPlan, "formats" | "pageSetup"> {
  const { last, header, tableEnd, signOff } = rows;
  const across = (top: number, bottom: number) => ({ top, left: 0, bottom, right: last });
  const formats: AreaFormat[] = [
    // The target's face on the whole form first; the parts below change size, weight, alignment.
    { area: across(0, signOff), font: { from: font }, vertical: "center" },
    { area: across(0, 0), font: { size: 16, bold: true }, horizontal: "center" },
    ...(header > 1 ? [{ area: across(1, 1), horizontal: "center" as const }] : []),
    ...rows.boxes.map(([top, bottom]): AreaFormat => ({ area: across(top, bottom), borders: "thin", wrap: true })),
    { area: across(header, header), borders: "thin", horizontal: "center", wrap: true },
    { area: across(header + 1, tableEnd), borders: "thin", wrap: true, vertical: "top" },
    // 年度指标值, 实际完成值, 分值, 得分: short values, centred in their boxes as the form prints them.
    { area: { top: header + 1, left: 3, bottom: tableEnd, right: 6 }, horizontal: "center" },
  ];
  if (!font) delete formats[0].font;
  const pageSetup: PageSetup = { orientation: "landscape", paper: "A4", fitToWidth: 1, titleRows: { top: header, bottom: header }, centerHorizontally: true };
  return { formats, pageSetup };
}

/**
 * Heights for rows whose wrapped text needs more than one line — Excel does not grow a row for
 * text written into it by a program, so a long 三级指标 or reason would print cut off. A cell's
 * width is its column's, or its merge's columns' together.
 */
export function rowHeights(writes: readonly CellWrite[], widths: readonly number[], merges: NonNullable<SheetPlan["merges"]>, title: number): NonNullable<SheetPlan["rowHeights"]> {
  const lines = new Map<number, number>();
  for (const w of writes) {
    if (typeof w.value !== "string" || w.value === "") continue;
    const m = merges.find((x) => x.top === w.row && x.left === w.col);
    if (m && m.bottom > m.top) continue; // 一级 / 二级 over several rows: room enough
    const right = m ? m.right : w.col;
    let width = 0;
    for (let c = w.col; c <= right; c++) width += widths[c] ?? 8.43;
    // A little less than the column: Excel keeps a margin on either side of the text.
    const room = Math.max(1, width - 1);
    let n = 0;
    for (const part of w.value.split("\n")) n += Math.max(1, Math.ceil([...part].reduce((s, ch) => s + charUnits(ch), 0) / room));
    lines.set(w.row, Math.max(lines.get(w.row) ?? 1, n));
  }
  const out: NonNullable<SheetPlan["rowHeights"]> = [{ row: title, height: 30 }];
  for (const [row, n] of [...lines].sort((a, b) => a[0] - b[0])) if (n > 1 && row !== title) out.push({ row, height: Math.round(n * LINE * 100) / 100 + 3 });
  return out;
}
