/**
 * Column widths that fit (DESIGN §11): the longest line in the column, in Excel's width unit (the
 * width of one "0"), where a Chinese character takes two; within the column's bounds, so a long
 * 主要问题 wraps instead of pushing the page wider.
 */

import { displayWidth } from "../../core/text-width";

export interface WidthBounds {
  min?: number;
  max: number;
}

/** The width for a column holding `texts` (each may have line breaks), with room for the filter button. */
export function fitWidth(texts: Iterable<string>, bounds: WidthBounds): number {
  let longest = 0;
  for (const text of texts) for (const line of text.split("\n")) longest = Math.max(longest, displayWidth(line));
  // +2: the cell's padding and the autofilter's drop-down arrow over the header.
  return Math.min(bounds.max, Math.max(bounds.min ?? 6, longest + 2));
}

/**
 * Points per line of text at the summary's font size: 10 pt with the leading of a CJK font (宋体
 * about 1.3, Noto Sans CJK — what LibreOffice falls back to — about 1.45).
 */
export const LINE_HEIGHT = 14.5;

/**
 * The lines a wrapped text takes in a column `width` wide. Excel and LibreOffice do not grow a
 * row for wrapped text on opening a file, so the writer sets each row's height from this.
 */
export function wrappedLines(text: string, width: number): number {
  // A Chinese character prints a little wider than two "0"s: 8 % of margin, so no line is cut off.
  const room = Math.max(1, (width - 1.5) / 1.08);
  let lines = 0;
  for (const line of text.split("\n")) lines += Math.max(1, Math.ceil(displayWidth(line) / room));
  return lines;
}
