/**
 * The ownership record under random use (issue 12): Score, staff edits (in Score's cells, the
 * 自评表's 偏差原因分析 and its sign-off lines), Score again, 清除评分, in any order, on the seed
 * workbook with its log. Whatever the order, every cell staff typed still
 * holds what they typed at the end — Score never overwrites it, 清除评分 never takes it away —
 * and 清除评分 straight after any history leaves no cell of Score's behind that staff did not touch.
 */
import fc from "fast-check";
import { analyzeWorkbook, clearScorePlan, scoreWorkbook, type WorkbookGrids } from "../../src/core";
import { readRecord } from "../../src/core/plan/ownership";
import { valueAt } from "../../src/core/grid";
import { seedGrids } from "../taskpane/fake-host";
import { applyToGrids, setCell } from "../helpers/apply-grids";
import { fcParams, runCounter } from "./arbitraries";

type Op = { kind: "score" } | { kind: "clear" } | { kind: "edit"; pick: number; value: number | string };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Op>({ kind: "score" }) },
  { weight: 1, arbitrary: fc.constant<Op>({ kind: "clear" }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("edit" as const), pick: fc.nat(1000), value: fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constantFrom("已完成", "上级未下达任务", "见附件")) }) },
);

/** Where staff type: the cells Score writes (实际完成值, 得分合计 …) and the 自评表's remarks. */
function editableCells(wb: WorkbookGrids): { sheet: string; r: number; c: number }[] {
  const cells: { sheet: string; r: number; c: number }[] = [];
  const record = readRecord(wb);
  for (const cell of record.cells.values()) {
    const g = wb.sheets.find((s) => s.sheet === cell.sheet);
    if (g) cells.push({ sheet: cell.sheet, r: cell.row - g.origin.row, c: cell.col - g.origin.col });
  }
  const self = wb.sheets.find((s) => s.sheet === "绩效自评表");
  if (self) {
    const header = self.values.findIndex((row) => row.includes("偏差原因分析及改进措施"));
    if (header >= 0) {
      const c = self.values[header].indexOf("偏差原因分析及改进措施");
      // The indicator rows, down to 总分: their 偏差原因分析.
      for (let r = header + 1; r < self.values.length && valueAt(self, r, 0) !== "总分"; r++)
        if (typeof valueAt(self, r, 2) === "string" && valueAt(self, r, 2) !== "") cells.push({ sheet: self.sheet, r, c });
    }
    // The sign-off lines: the cell right of each label (填报人：, 审核人：, 单位负责人：, 填报日期：).
    self.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === "string" && /^(填报人|审核人|单位负责人|填报日期)：$/.test(v)) cells.push({ sheet: self.sheet, r, c: c + 1 });
      }),
    );
  }
  return cells;
}

describe("the ownership record, in random orders", () => {
  it("staff's edits always survive Score and 清除评分", () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 8 }), (ops) => {
        runCounter.cases++;
        let wb = seedGrids({ log: "partial" });
        // What staff typed last, by cell; a 自评表 remark lives with its indicator's row.
        const typed = new Map<string, { sheet: string; r: number; c: number; value: number | string }>();
        for (const o of ops) {
          if (o.kind === "score") wb = applyToGrids(wb, scoreWorkbook(wb).plan);
          else if (o.kind === "clear") wb = applyToGrids(wb, clearScorePlan(wb, analyzeWorkbook(wb)).plan);
          else {
            const cells = editableCells(wb);
            if (cells.length === 0) continue;
            const cell = cells[o.pick % cells.length];
            setCell(wb.sheets.find((s) => s.sheet === cell.sheet)!, cell.r, cell.c, o.value);
            typed.set(`${cell.sheet}!${cell.r},${cell.c}`, { ...cell, value: o.value });
          }
        }
        // 清除评分 at the end: every cell Score owns goes back to what it held before Score.
        const record = readRecord(wb);
        const cleared = applyToGrids(wb, clearScorePlan(wb, analyzeWorkbook(wb)).plan);
        for (const cell of record.cells.values()) {
          if (typed.has(`${cell.sheet}!${cell.row},${cell.col}`)) continue;
          const g = cleared.sheets.find((s) => s.sheet === cell.sheet)!;
          const now = valueAt(g, cell.row - g.origin.row, cell.col - g.origin.col);
          expect(now === null || now === "" ? null : now).toEqual(cell.before);
        }
        expect(cleared.sheets.some((s) => s.sheet === "_jixiao_record") && !cleared.sheets.some((s) => s.sheet === "绩效自评表")).toBe(false);
        for (const t of typed.values()) {
          const g = wb.sheets.find((s) => s.sheet === t.sheet);
          // A 自评表 with staff's remark is never deleted, so the sheet is there.
          expect(g).toBeDefined();
          if (t.sheet === "绩效自评表") {
            // Score rebuilds its 自评表 and carries remarks over by indicator: the text survives.
            expect(g!.values.some((row) => row.some((v) => String(v) === String(t.value)))).toBe(true);
          } else expect(valueAt(g!, t.r, t.c)).toBe(t.value);
        }
      }),
      fcParams(150),
    );
  });
});
