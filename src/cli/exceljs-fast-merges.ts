/**
 * exceljs 4.4 applies a sheet's merged areas on load through `mergeCellsWithoutStyle`, which first
 * compares the new area with every area merged so far — quadratic in the number of merges. The
 * official layout merges every field's two columns on every row, so a 1,000-indicator table
 * (~18,000 merges) took 27 of the CLI's 38 s to open (docs/benchmarks.md, profile on M).
 *
 * This replaces the load-time step only (`Worksheet#_parseMergeCells`, called once per sheet while
 * exceljs builds it from the file) with the same steps and the same failure, the overlap check
 * made with a set of the cells merged so far: a file with overlapping merges still fails to load
 * with exceljs's own "Cannot merge already merged cells"; every other file gives the same cells,
 * masters and `_merges` as before (test/cli/fast-merges.test.ts). `mergeCells()` and
 * `unMergeCells()` called by code are untouched.
 *
 * Node only (the CLI): the web page's exceljs is the browser bundle, a separate copy. Should the
 * internals it relies on be missing (another exceljs version), nothing is patched.
 */
/* eslint-disable @typescript-eslint/no-require-imports */

interface Dimensions {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
interface SheetInternals {
  _merges: Record<string, Dimensions>;
  getCell(r: number, c: number): { address: string; merge(master: unknown, ignoreStyle?: boolean): void };
}
type ParseMergeCells = ((this: SheetInternals, model: { mergeCells?: unknown }) => void) & { __jixiaoFast?: boolean };

const COLS = 16_385; // Excel has 16,384 columns: r * COLS + c is unique per cell

export function installFastMerges(): boolean {
  let Worksheet: { prototype: { _parseMergeCells?: ParseMergeCells } };
  let Range: new (args: unknown[]) => Dimensions;
  try {
    Worksheet = require("exceljs/lib/doc/worksheet");
    Range = require("exceljs/lib/doc/range");
  } catch {
    return false;
  }
  const original = Worksheet.prototype._parseMergeCells;
  if (typeof original !== "function") return false;
  if (original.__jixiaoFast) return true;
  const fast: ParseMergeCells = function (this: SheetInternals, model) {
    // Only the load of a fresh sheet; anything else the way exceljs does it.
    if (Object.keys(this._merges).length !== 0) return original.call(this, model);
    const list = model.mergeCells;
    const merges: unknown[] = !list ? [] : Array.isArray(list) ? list : Object.values(list as Record<string, unknown>);
    const taken = new Set<number>();
    for (const merge of merges) {
      const d = new Range([merge]);
      for (let i = d.top; i <= d.bottom; i++)
        for (let j = d.left; j <= d.right; j++) if (taken.has(i * COLS + j)) throw new Error("Cannot merge already merged cells");
      for (let i = d.top; i <= d.bottom; i++) for (let j = d.left; j <= d.right; j++) taken.add(i * COLS + j);
      // From here exactly Worksheet#_mergeCellsInternal(d, true).
      const master = this.getCell(d.top, d.left);
      for (let i = d.top; i <= d.bottom; i++)
        for (let j = d.left; j <= d.right; j++) if (i > d.top || j > d.left) this.getCell(i, j).merge(master, true);
      this._merges[master.address] = d;
    }
  };
  fast.__jixiaoFast = true;
  Worksheet.prototype._parseMergeCells = fast;
  return true;
}
