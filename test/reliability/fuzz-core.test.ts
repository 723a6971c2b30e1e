/**
 * Hostile grids through the core (readTable, Validate, Score): nothing throws, every issue points
 * inside its sheet's grid, every score lies in [0, full], the total never exceeds the maximum, and
 * the write plan stays inside sane bounds and holds only values (no formulas). On failure fast-check
 * prints the seed and path; see arbitraries.ts (FC_SEED / FC_PATH) to replay.
 */
import fc from "fast-check";
import { colCount, columnIndex, rowCount, type Grid } from "../../src/core/grid";
import { readTable } from "../../src/core/table/read-table";
import { scoreWorkbook, validateWorkbook } from "../../src/core";
import type { CellWrite, WritePlan } from "../../src/core/plan/types";
import type { Issue } from "../../src/core/issues";
import type { ScoreResult } from "../../src/core/report";
import { fcParams, runCounter, targetGrid, workbookCase, type WorkbookCase } from "./arbitraries";

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;
const CELL_WRITE_KEYS = new Set(["row", "col", "value", "numberFormat", "styleFrom", "bold", "wrap"]);
// Every field of SheetPlan (src/core/plan/types.ts): a plan with any other is a bug.
const SHEET_PLAN_KEYS = new Set(["sheet", "create", "replace", "state", "delete", "writes", "merges", "columnWidths", "formats", "rowHeights", "pageSetup", "validations", "highlights", "freeze", "expect"]);

function gridOfSheet(wb: WorkbookCase, sheet: string): Grid {
  const g = wb.wb.sheets.find((s) => s.sheet === sheet);
  if (!g) throw new Error(`issue on a sheet the workbook does not have: ${JSON.stringify(sheet)}`);
  return g;
}

/** An issue's row and column lie inside its sheet's grid ("" columns are table- or row-level). */
export function assertIssueInside(wb: WorkbookCase, issue: Issue): void {
  const g = gridOfSheet(wb, issue.sheet);
  const rows = rowCount(g);
  const cols = colCount(g);
  const where = `${issue.code} at ${issue.sheet}!${issue.column}${issue.row} (grid ${rows}×${cols} at ${g.origin.row},${g.origin.col})`;
  if (!Number.isInteger(issue.row)) throw new Error(`row not an integer: ${where}`);
  const rowInside = issue.row >= g.origin.row + 1 && issue.row <= g.origin.row + rows;
  if (issue.column === "") {
    // Table-level issues (table-not-found, log-sheet-not-found …) sit on row 1 of the sheet.
    if (!(rowInside || issue.row === 1)) throw new Error(`row outside the grid: ${where}`);
    return;
  }
  if (!/^[A-Z]{1,3}$/.test(issue.column)) throw new Error(`column is not a letter: ${where}`);
  const c = columnIndex(issue.column);
  if (c < g.origin.col || c >= g.origin.col + cols) throw new Error(`column outside the grid: ${where}`);
  if (!rowInside) throw new Error(`row outside the grid: ${where}`);
  if (typeof issue.message !== "string" || issue.message === "") throw new Error(`no message: ${where}`);
}

export function assertScoreSane(score: ScoreResult): void {
  for (const i of score.indicators) {
    const at = `row ${i.row} ${JSON.stringify(i.name).slice(0, 60)}: score ${i.score}, full ${i.full}`;
    if (i.full !== null && !(Number.isFinite(i.full) && i.full >= 0)) throw new Error(`full not a finite non-negative number: ${at}`);
    if (i.score !== null) {
      if (!Number.isFinite(i.score)) throw new Error(`score not finite: ${at}`);
      if (i.full === null) throw new Error(`score without full points: ${at}`);
      if (i.score < 0 || i.score > i.full) throw new Error(`score outside [0, full]: ${at}`);
    }
  }
  if (score.budget) {
    const b = score.budget;
    if (b.score !== null && !(b.score >= 0 && b.score <= b.full)) throw new Error(`budget score ${b.score} outside [0, ${b.full}]`);
  }
  // DESIGN §5: no total when nothing was scored, a grade only for a complete score, and a reason
  // for everything unscored.
  const parts = [...score.indicators.map((i) => i.score), ...(score.budget ? [score.budget.score] : [])];
  if ((score.total === null) !== parts.every((x) => x === null)) throw new Error(`total ${score.total} with ${parts.filter((x) => x !== null).length} scored`);
  if (score.total !== null && !Number.isFinite(score.total)) throw new Error(`total ${score.total} not finite`);
  if (!Number.isFinite(score.max)) throw new Error(`max ${score.max} not finite`);
  if (score.total !== null && (score.total < 0 || score.total > score.max + 1e-9)) throw new Error(`total ${score.total} outside [0, max ${score.max}]`);
  if (score.grade !== null && !["优", "良", "中", "差"].includes(score.grade)) throw new Error(`grade ${score.grade}`);
  if (score.grade !== null && !score.complete) throw new Error(`grade ${score.grade} on an incomplete score`);
  for (const i of score.indicators)
    if ((i.score === null) !== (i.reason !== undefined)) throw new Error(`row ${i.row}: score ${i.score} with reason ${JSON.stringify(i.reason)}`);
  if (score.budget && (score.budget.score === null) !== (score.budget.reason !== undefined)) throw new Error(`budget: score ${score.budget.score} with reason ${JSON.stringify(score.budget.reason)}`);
}

function assertWrite(w: CellWrite, bounds: { top: number; left: number; bottom: number; right: number }, where: string): void {
  for (const k of Object.keys(w)) if (!CELL_WRITE_KEYS.has(k)) throw new Error(`${where}: unexpected CellWrite field ${k} (a formula?)`);
  const at = `${where} write at (${w.row},${w.col})`;
  if (!Number.isInteger(w.row) || !Number.isInteger(w.col)) throw new Error(`${at}: not integer coordinates`);
  if (w.row < bounds.top || w.row > bounds.bottom || w.col < bounds.left || w.col > bounds.right) throw new Error(`${at}: outside ${JSON.stringify(bounds)}`);
  if (w.row > MAX_ROW || w.col > MAX_COL || w.row < 0 || w.col < 0) throw new Error(`${at}: outside the sheet`);
  const v = w.value;
  if (!(v === null || typeof v === "string" || (typeof v === "number" && Number.isFinite(v)))) throw new Error(`${at}: value ${String(v)} is not text, a finite number or null`);
  if (w.numberFormat !== undefined && typeof w.numberFormat !== "string") throw new Error(`${at}: numberFormat`);
  if (w.styleFrom && !(Number.isInteger(w.styleFrom.row) && Number.isInteger(w.styleFrom.col) && w.styleFrom.row >= 0 && w.styleFrom.col >= 0 && w.styleFrom.row <= MAX_ROW && w.styleFrom.col <= MAX_COL))
    throw new Error(`${at}: styleFrom ${JSON.stringify(w.styleFrom)}`);
}

/** Writes on existing sheets stay in the grid (one row below and one column right for new cells). */
export function assertPlanSane(wb: WorkbookCase, plan: WritePlan): number {
  let writes = 0;
  const names = new Set<string>();
  for (const sp of plan.sheets) {
    for (const k of Object.keys(sp)) if (!SHEET_PLAN_KEYS.has(k)) throw new Error(`unexpected SheetPlan field ${k}`);
    if (names.has(sp.sheet)) throw new Error(`two plans for sheet ${sp.sheet}`);
    names.add(sp.sheet);
    let bounds;
    if (sp.create) bounds = { top: 0, left: 0, bottom: 5000, right: 60 };
    else {
      const g = gridOfSheet(wb, sp.sheet);
      // The grid, one row below (得分合计) and one column right (a new 实际完成值), widened by merges
      // that reach past the values (a table's right edge is its header's merges).
      let rows = rowCount(g);
      let cols = colCount(g);
      for (const m of g.merges) {
        rows = Math.max(rows, m.bottom + 1);
        cols = Math.max(cols, m.right + 1);
      }
      bounds = { top: g.origin.row, left: g.origin.col, bottom: Math.min(MAX_ROW, g.origin.row + rows), right: Math.min(MAX_COL, g.origin.col + cols) };
    }
    for (const w of sp.writes) assertWrite(w, bounds, sp.sheet);
    writes += sp.writes.length;
    for (const m of sp.merges ?? [])
      if (!(m.top <= m.bottom && m.left <= m.right && m.top >= bounds.top && m.bottom <= bounds.bottom && m.left >= bounds.left && m.right <= bounds.right)) throw new Error(`${sp.sheet}: merge ${JSON.stringify(m)}`);
    for (const cw of sp.columnWidths ?? []) if (!(Number.isFinite(cw.width) && cw.width > 0 && cw.width <= 255 && cw.col >= 0 && cw.col <= MAX_COL)) throw new Error(`${sp.sheet}: column width ${JSON.stringify(cw)}`);
    for (const e of sp.expect ?? []) if (e.row < bounds.top || e.row > bounds.bottom || e.col < bounds.left || e.col > bounds.right) throw new Error(`${sp.sheet}: expect outside ${JSON.stringify(e)}`);
  }
  return writes;
}

describe("hostile grids through the core", () => {
  it("readTable never throws and its rows stay inside the grid", () => {
    fc.assert(
      fc.property(targetGrid, ({ grid, rows }) => {
        runCounter.cases++;
        const table = readTable(grid);
        if (!table) return;
        expect(table.header.row).toBeGreaterThanOrEqual(0);
        expect(table.header.row).toBeLessThan(rows);
        for (const ind of table.indicators) {
          expect(ind.r).toBeGreaterThan(table.header.row);
          expect(ind.r).toBeLessThan(rows);
          expect(ind.row).toBe(grid.origin.row + ind.r + 1);
        }
      }),
      fcParams(1200),
    );
  });

  it("Validate and Score never throw: issues inside the grid, scores in [0, full], total ≤ max, plan values only and in bounds", () => {
    fc.assert(
      fc.property(workbookCase, (wb) => {
        runCounter.cases++;
        const validation = validateWorkbook(wb.wb);
        for (const issue of validation.issues) assertIssueInside(wb, issue);
        expect(validation.valid).toBe(!validation.issues.some((i) => i.severity === "error"));
        const report = scoreWorkbook(wb.wb);
        for (const issue of report.issues) assertIssueInside(wb, issue);
        assertScoreSane(report.score);
        assertPlanSane(wb, report.plan);
      }),
      fcParams(1500),
    );
  });
});

// The figure docs/reliability.md quotes: cases this run tried.
afterAll(() => console.info(`fuzz-core: ${runCounter.cases} random workbooks and grids tried`));
