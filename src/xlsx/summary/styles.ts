/**
 * The summary workbook's styles part (xl/styles.xml) and the cell styles the sheets use, by name.
 * Colours follow Excel's own 好 / 差 / 中性 cell styles, which finance officers already read as
 * pass / fail / neutral: 通过 green on light green, 需修改 dark red on pink, 无法读取 dark grey on
 * grey. Every table cell has a thin grey border so a printout reads as a table.
 */
export const STYLE = {
  default: 0,
  header: 1,
  text: 2,
  number: 3,
  pass: 4,
  revise: 5,
  unreadable: 6,
  title: 7,
  label: 8,
  textCenter: 9,
} as const;
export type CellStyle = keyof typeof STYLE;

/** The font every cell uses: 宋体 is what the national forms are printed in. */
export const FONT_NAME = "宋体";
export const FONT_SIZE = 10;

const font = (opts: { bold?: boolean; size?: number; color?: string } = {}) =>
  `<font>${opts.bold ? "<b/>" : ""}<sz val="${opts.size ?? FONT_SIZE}"/>${opts.color ? `<color rgb="FF${opts.color}"/>` : ""}<name val="${FONT_NAME}"/><family val="3"/><charset val="134"/></font>`;
const fill = (rgb: string) => `<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb}"/><bgColor indexed="64"/></patternFill></fill>`;
const border = `<border><left style="thin"><color rgb="FFBFBFBF"/></left><right style="thin"><color rgb="FFBFBFBF"/></right><top style="thin"><color rgb="FFBFBFBF"/></top><bottom style="thin"><color rgb="FFBFBFBF"/></bottom><diagonal/></border>`;

// fonts: 0 normal, 1 bold, 2 pass, 3 revise, 4 unreadable, 5 title
const FONTS = [font(), font({ bold: true }), font({ bold: true, color: "006100" }), font({ bold: true, color: "9C0006" }), font({ bold: true, color: "404040" }), font({ bold: true, size: 14 })];
// fills: 0 and 1 are the two Excel requires; 2 header, 3 pass, 4 revise, 5 unreadable, 6 label
const FILLS = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>', fill("DDEBF7"), fill("C6EFCE"), fill("FFC7CE"), fill("E7E6E6"), fill("F2F2F2")];
const BORDERS = ["<border><left/><right/><top/><bottom/><diagonal/></border>", border];

const xf = (fontId: number, fillId: number, borderId: number, align: string) =>
  `<xf numFmtId="0" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${fontId ? ' applyFont="1"' : ""}${fillId ? ' applyFill="1"' : ""}${borderId ? ' applyBorder="1"' : ""} applyAlignment="1"><alignment ${align}/></xf>`;
const TOP_WRAP = 'vertical="top" wrapText="1"';
const CENTER = 'horizontal="center" vertical="top" wrapText="1"';

// In STYLE order.
const CELL_XFS = [
  xf(0, 0, 0, 'vertical="top"'), // default
  xf(1, 2, 1, 'horizontal="center" vertical="center" wrapText="1"'), // header
  xf(0, 0, 1, TOP_WRAP), // text
  xf(0, 0, 1, 'horizontal="right" vertical="top"'), // number
  xf(2, 3, 1, CENTER), // pass
  xf(3, 4, 1, CENTER), // revise
  xf(4, 5, 1, CENTER), // unreadable
  xf(5, 0, 0, 'vertical="center"'), // title
  xf(1, 6, 1, TOP_WRAP), // label
  xf(0, 0, 1, CENTER), // textCenter
];

export function stylesXml(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<fonts count="${FONTS.length}">${FONTS.join("")}</fonts>` +
    `<fills count="${FILLS.length}">${FILLS.join("")}</fills>` +
    `<borders count="${BORDERS.length}">${BORDERS.join("")}</borders>` +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${CELL_XFS.length}">${CELL_XFS.join("")}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '<dxfs count="0"/><tableStyles count="0"/>' +
    "</styleSheet>"
  );
}
