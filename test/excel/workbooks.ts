/**
 * Fake workbooks for the adapter tests: the seed built by the sample builders and turned into grids
 * as Excel would hand them over (test/xlsx/exceljs-grids.ts: real cell contents, merges and number formats), and a big tidy table
 * of realistic text for the round-trip and payload measurements.
 */
import type { WorkbookGrids } from "../../src/core";
import { gridsFromWorkbook } from "../xlsx/exceljs-grids";
import { buildSeedWorkbook, TIDY_HEADERS, TIDY_ROWS, type SeedWorkbookOptions } from "../fixtures/workbooks";
import { FakeWorkbook, type FakeOptions } from "./fake-excel";

/** A FakeWorkbook holding these grids (values, number formats, merges, hidden rows). */
export function fakeFromGrids(grids: WorkbookGrids, options: FakeOptions = {}): FakeWorkbook {
  const wb = new FakeWorkbook(options);
  for (const g of grids.sheets) {
    const sheet = wb.addSheet(g.sheet);
    g.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const fmt = g.numberFormats?.[r]?.[c] ?? "";
        if ((v === "" || v === null) && !fmt) return;
        const cell = sheet.cell(r + g.origin.row, c + g.origin.col);
        if (v !== null) cell.value = v;
        if (fmt) cell.numberFormat = fmt;
      }),
    );
    sheet.merges = g.merges.map((m) => ({ top: m.top + g.origin.row, left: m.left + g.origin.col, bottom: m.bottom + g.origin.row, right: m.right + g.origin.col }));
    for (const r of g.hiddenRows ?? []) sheet.hiddenRows.add(r + g.origin.row);
  }
  return wb;
}

export function seedFake(seed: SeedWorkbookOptions = {}, options: FakeOptions = {}): FakeWorkbook {
  return fakeFromGrids(gridsFromWorkbook(buildSeedWorkbook(seed)), options);
}

/** Columns of the big table: the ten fields, 实际完成值, and eleven columns of free text (22). */
export const BIG_HEADERS = [...TIDY_HEADERS, "实际完成值", "佐证材料", "责任科室", "联系人", "备注一", "备注二", "备注三", "备注四", "备注五", "备注六", "备注七", "备注八"];

/**
 * A 项目绩效目标表 with `rows` indicator rows, 22 columns of realistic text (names, rules,
 * contents and notes of 20–40 Chinese characters), header in A1, one indicator per row, the
 * 实际完成值 typed in (so Score scores without a log). No log sheet.
 */
export function bigTableFake(rows: number, options: FakeOptions = {}): FakeWorkbook {
  const wb = new FakeWorkbook(options);
  const sheet = wb.addSheet("绩效目标");
  BIG_HEADERS.forEach((h, c) => (sheet.cell(0, c).value = h));
  for (let i = 0; i < rows; i++) {
    // grouped by category as real tables are (so 一级 / 二级 change a few times, not every row)
    const base = TIDY_ROWS[Math.floor((i * TIDY_ROWS.length) / rows)];
    const r = i + 1;
    const values: (string | number)[] = [...base];
    values[2] = `${base[2]}（第${i + 1}项）`;
    values[8] = `${base[8]}，第${i + 1}项，反映项目实施后的产出和效益情况`;
    values[9] = `${base[9]}及年度工作计划、会议纪要等佐证材料`;
    values.push(typeof base[4] === "number" ? base[4] : base[4]);
    for (let k = 0; k < 11; k++) values.push(`第${i + 1}行说明：按照年度工作安排完成相关任务并留存佐证材料（${k + 1}）`);
    values.forEach((v, c) => {
      if (v === "") return;
      const cell = sheet.cell(r, c);
      cell.value = v;
      if (c === 4 && typeof v === "number" && base[5] === "%") cell.numberFormat = "General";
    });
  }
  return wb;
}
