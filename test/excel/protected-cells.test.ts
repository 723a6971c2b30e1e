/**
 * Protected sheets, cell by cell (issue 18): the cells a sheet's author left unlocked
 * (Format Cells › Protection › Locked off) are the ones Score may write there; the read finds them
 * coarse to fine (the used range, then columns, then cells), and a write to a locked cell is
 * refused before anything is written, naming the cells.
 */
import { runClearScore, runScore } from "../../src/app/controller";
import { createExcelHost } from "../../src/excel/adapter";
import { installFake, uninstallFake, type FakeWorkbook } from "./fake-excel";
import { looks } from "./looks";
import { seedFake } from "./workbooks";

afterEach(uninstallFake);

const TABLE = "项目绩效目标表";
const Q = 16; // 评（扣）分标准, where Score writes its 得分 lines

/** The seed's table protected, with Q`from`…Q25 unlocked (0-based rows from … 24). */
function protectedSeed(from: number): FakeWorkbook {
  const wb = seedFake({ log: "partial" });
  const sheet = wb.sheet(TABLE)!;
  sheet.protected = true;
  for (let r = from; r <= 24; r++) sheet.cell(r, Q).locked = false;
  return wb;
}

test("a sheet locked throughout (Excel's default): known from the read's one sync, nothing unlocked", async () => {
  const wb = protectedSeed(25); // nothing unlocked
  installFake(wb);
  const host = createExcelHost();
  const grids = await host.readWorkbook();
  expect(wb.syncs).toBe(1);
  expect(grids.sheets.find((g) => g.sheet === TABLE)!.protection).toEqual({ unlocked: [] });
});

test("a wholly unlocked column: one more sync, every cell of it", async () => {
  const wb = protectedSeed(0); // Q1:Q25, the used range's whole Q column
  installFake(wb);
  const grids = await createExcelHost().readWorkbook();
  expect(wb.syncs).toBe(2); // read; locked per column
  const grid = grids.sheets.find((g) => g.sheet === TABLE)!;
  expect(grid.origin).toEqual({ row: 0, col: 2 });
  // Q is grid column 16 − 2 = 14; rows 0 … 24
  expect(grid.protection!.unlocked).toEqual(Array.from({ length: 25 }, (_, r) => ({ r, c: 14 })));
});

test("unlocked cells in part of a column: found cell by cell (two more syncs)", async () => {
  const wb = protectedSeed(7); // Q8:Q25
  installFake(wb);
  const grids = await createExcelHost().readWorkbook();
  expect(wb.syncs).toBe(3); // read; locked per column; locked per cell of column Q
  const grid = grids.sheets.find((g) => g.sheet === TABLE)!;
  expect(grid.protection!.unlocked).toEqual(Array.from({ length: 18 }, (_, i) => ({ r: 7 + i, c: 14 })));
});

test("Score writes the 得分 lines into the unlocked Q cells (values only) and nothing into locked ones", async () => {
  const wb = protectedSeed(7);
  installFake(wb);
  const sheet = wb.sheet(TABLE)!;
  const before = looks(wb, TABLE);
  const report = await runScore(createExcelHost());
  expect(report.score.total).toBe(81.2);
  // the 11 scored rule cells Q8 … Q25 got their score line
  for (const r of [7, 8, 9, 10, 11, 12, 14, 16, 19, 21, 24]) expect(sheet.peek(r, Q)!.value).toMatch(/\n得分：[\d.]+$/);
  expect(sheet.peek(7, Q)!.value).toMatch(/^12分，完成1期得1分/);
  // nothing else on the sheet changed: no 实际完成值 column (W, locked), no 得分合计 row (26), no formats
  for (const [k, look] of looks(wb, TABLE)) {
    const c = k % 16384;
    if (c === Q && Math.floor(k / 16384) >= 7) expect({ ...look, value: null }).toEqual({ ...before.get(k)!, value: null });
    else expect(look).toEqual(before.get(k));
  }
  // 26 writes planned on the sheet (11 score lines, 12 actual values with the 实际完成值 header
  // and its blank row, 2 cells of 得分合计, … ): 11 written, 15 said in sheet-protected
  const warning = report.issues.find((i) => i.code === "sheet-protected")!;
  expect(warning.params).toMatchObject({ cells: 15 });
  expect(wb.sheet("绩效自评表")).toBeDefined();
});

test("清除评分 on a sheet protected since Score: refused before anything is written, naming the locked cells", async () => {
  const wb = seedFake({ log: "partial" });
  installFake(wb);
  const host = createExcelHost();
  await runScore(host);
  wb.sheet(TABLE)!.protected = true; // staff protect the scored sheet (every cell locked)
  const before = { table: looks(wb, TABLE), self: looks(wb, "绩效自评表") };
  const sheets = wb.sheets.map((s) => s.name);
  const error = await runClearScore(host).catch((e: unknown) => e);
  expect(error).toMatchObject({ kind: "protected" });
  expect((error as Error).message).toMatch(/^工作表「项目绩效目标表」受保护，要写入的单元格 .*Q8.* 等 \d+ 个已锁定，所以没有写入任何内容。/);
  // nothing written anywhere, the 自评表 not deleted either
  expect({ table: looks(wb, TABLE), self: looks(wb, "绩效自评表") }).toEqual(before);
  expect(wb.sheets.map((s) => s.name)).toEqual(sheets);
});
