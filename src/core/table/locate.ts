/**
 * The table locator: finds the header row by its labels anywhere in the sheet (the table need
 * not start in A1), joins two-row headers (评（扣）分标准 merged down over both rows), and maps
 * each field to its column. Returns null when no row has at least 三级指标 and 指标值.
 */
import type { ColumnMap, Field } from "../indicator";
import { colCount, MergeIndex, rowCount, valueAt, type Grid } from "../grid";
import { headerLabel, isCombinedTargetLabel } from "./headers";
import { labelKey } from "../normalize";

export interface TableHeader {
  /** Grid row of the header's first row (the 绩效指标 row of a two-row header). */
  top: number;
  /** Grid row holding the field names; data starts below it. */
  row: number;
  columns: ColumnMap;
  /** The target column is a combined 指标值及单位 column. */
  combinedTarget: boolean;
  /** Rightmost grid column covered by the header (merges included). */
  right: number;
}

/** How far down a sheet we look for the header: real tables start within the first rows. */
const MAX_HEADER_SCAN = 200;

export function locateHeader(grid: Grid, merges = new MergeIndex(grid)): TableHeader | null {
  const rows = Math.min(rowCount(grid), MAX_HEADER_SCAN);
  const cols = colCount(grid);
  for (let r = 0; r < rows; r++) {
    const { columns, combined, right } = readHeaderRow(grid, merges, r, cols);
    if (columns.name === undefined || columns.target === undefined) continue;
    let top = r;
    // A two-row header: labels above this row (绩效指标, or fields merged down over both rows).
    if (r > 0) {
      for (let c = 0; c < cols; c++) {
        const m = merges.at(r, c);
        // A merge may start above the grid (its master outside the used range): the header
        // still begins on the grid's first row, where any write for it can go.
        if (m && m.top < r) top = Math.min(top, Math.max(0, m.top));
      }
      const above = readHeaderRow(grid, merges, r - 1, cols);
      const rowAboveIsHeader = rowHasLabel(grid, merges, r - 1, cols, "绩效指标");
      const aboveHasNumbers = rowHasNumber(grid, r - 1, cols);
      if (!aboveHasNumbers && (rowAboveIsHeader || Object.keys(above.columns).length > 0)) {
        // Fields named only on the row above, in cells not merged with this row (an unmerged
        // two-row header), are taken as long as this row does not name them already.
        for (const [field, c] of Object.entries(above.columns) as [Field, number][])
          if (columns[field] === undefined && !Object.values(columns).includes(c)) columns[field] = c;
        top = r - 1;
      }
    }
    return { top, row: r, columns, combinedTarget: combined, right: Math.max(right, ...Object.values(columns)) };
  }
  return null;
}

function readHeaderRow(grid: Grid, merges: MergeIndex, r: number, cols: number) {
  const columns: ColumnMap = {};
  const longTerm = new Set<Field>();
  let combined = false;
  let right = 0;
  for (let c = 0; c < cols; c++) {
    const text = merges.masterText(r, c);
    if (!text) continue;
    const label = headerLabel(text);
    if (!label) continue;
    const { field } = label;
    right = Math.max(right, merges.at(r, c)?.right ?? c);
    // The right half of a horizontal merge names the field again; so does the annual column
    // (三级指标(年度)) after the long-term one, and the annual one is read.
    if (columns[field] !== undefined && !(longTerm.has(field) && !label.longTerm)) continue;
    columns[field] = c;
    if (label.longTerm) longTerm.add(field);
    else longTerm.delete(field);
    if (field === "target" && isCombinedTargetLabel(text)) combined = true;
  }
  // The older form (财预〔2015〕88号) heads the 三级 column 指标内容: without a 三级指标 column,
  // 指标内容 in front of the 指标值 names the indicator.
  if (columns.name === undefined && columns.content !== undefined && columns.target !== undefined && columns.content < columns.target) {
    columns.name = columns.content;
    delete columns.content;
  }
  return { columns, combined, right };
}

function rowHasLabel(grid: Grid, merges: MergeIndex, r: number, cols: number, label: string): boolean {
  const key = labelKey(label);
  for (let c = 0; c < cols; c++) if (labelKey(merges.masterText(r, c)) === key) return true;
  return false;
}

function rowHasNumber(grid: Grid, r: number, cols: number): boolean {
  for (let c = 0; c < cols; c++) if (typeof valueAt(grid, r, c) === "number") return true;
  return false;
}

/**
 * For table-not-found: the first row that names 三级指标 or 指标值 but not both, with the labels
 * it does name, so the message can say what the header lacks rather than that there is no table.
 */
export function partialHeader(grid: Grid, merges = new MergeIndex(grid)): { row: number; missing: "name" | "target"; labels: string[] } | null {
  const rows = Math.min(rowCount(grid), MAX_HEADER_SCAN);
  const cols = colCount(grid);
  for (let r = 0; r < rows; r++) {
    const { columns } = readHeaderRow(grid, merges, r, cols);
    if ((columns.name === undefined) === (columns.target === undefined)) continue;
    const labels: string[] = [];
    for (let c = 0; c < cols; c++) {
      const m = merges.at(r, c);
      if (m && (m.left !== c || m.top !== r)) continue;
      const t = merges.masterText(r, c).trim();
      if (t) labels.push(t);
    }
    return { row: r, missing: columns.name === undefined ? "name" : "target", labels };
  }
  return null;
}
