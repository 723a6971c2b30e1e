/**
 * How wide a text prints in a cell, in Excel's width unit (the width of one "0"): CJK and
 * full-width forms count two. Sheets the core plans (the log template, the 自评表, the summary)
 * size their columns with it.
 */
export function displayWidth(line: string): number {
  let w = 0;
  for (const ch of line) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return w;
}
