/**
 * Wide sheets (issue 18): one stray value far to the right (XFD5) makes Excel's used range of a
 * 400-row table 401 × 16,384 = 6.57 million cells, over the five million Excel reads per range —
 * where `values` comes back null (office-js #4783), which the read used to take for rows and throw
 * on. The simulator answers null past the limit as Excel does; the read asks where the data's
 * columns are and reads those.
 */
import { runScore, runValidate } from "../../src/app/controller";
import { createExcelHost } from "../../src/excel/adapter";
import { EXCEL_WEB_PAYLOAD_LIMIT, READ_CELL_LIMIT } from "../../src/excel/payload";
import { FakeContext, installFake, uninstallFake, type FakeWorkbook } from "./fake-excel";
import { bigTableFake } from "./workbooks";

afterEach(uninstallFake);

const ROWS = 400;
const LAST_COL = 16383;

/** The 400-indicator table (22 columns, header in row 1) with a stray "x" typed in XFD5. */
function strayFake(options = {}): FakeWorkbook {
  const wb = bigTableFake(ROWS, options);
  wb.sheet("绩效目标")!.cell(4, LAST_COL).value = "x";
  return wb;
}

test("the simulator answers values over five million cells with null, as Excel does", async () => {
  const wb = strayFake();
  const context = new FakeContext(wb);
  const used = context.workbook.worksheets.getItem("绩效目标").getUsedRangeOrNullObject(true);
  used.load("values,address");
  await context.sync();
  expect(used.address).toBe("'绩效目标'!A1:XFD401");
  expect((ROWS + 1) * 16384).toBeGreaterThan(READ_CELL_LIMIT);
  expect(used.values).toBeNull();
});

describe("a stray value in XFD5 of a 400-row table", () => {
  test.each([
    ["from the ribbon, cold", false],
    ["from the pane (its layout says 16,384 columns)", true],
  ])("%s: Validate reads the table's 22 columns, every indicator, no sync over 5 MB", async (_how, pane) => {
    const wb = strayFake();
    installFake(wb);
    const host = createExcelHost();
    if (pane) await host.listSheets();
    wb.resetCounters();
    const grids = await host.readWorkbook();
    const grid = grids.sheets[0];
    expect(grid.values).toHaveLength(ROWS + 1);
    expect(grid.values[0]).toHaveLength(22); // A…V: the stray XFD5 is no part of the table
    expect(grid.values[ROWS][2]).toMatch(/第400项/);
    // read, where the data's columns are, the data: 3 syncs (a sheet not wide: 1)
    expect(wb.syncs).toBe(3);
    for (const s of wb.syncLog) expect(s.responseBytes).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
    const report = await runValidate(host);
    expect(report.stats.indicators).toBe(ROWS);
  });

  test("the next read, with the layout known: 3 syncs again (the columns are asked each time), no band over the whole width", async () => {
    const wb = strayFake();
    installFake(wb);
    const host = createExcelHost();
    await host.readWorkbook();
    wb.resetCounters();
    const grids = await host.readWorkbook();
    expect(grids.sheets[0].values[0]).toHaveLength(22);
    expect(wb.syncs).toBe(3);
    for (const s of wb.syncLog) expect(s.responseBytes).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
  });

  test("on Excel on the web: every sync under 5 MB, Validate and Score complete", async () => {
    const wb = strayFake({ platform: "OfficeOnline" });
    installFake(wb);
    const host = createExcelHost();
    const report = await runValidate(host);
    expect(report.stats.indicators).toBe(ROWS);
    const score = await runScore(host);
    expect(score.score.indicators).toHaveLength(ROWS);
    for (const s of wb.syncLog) {
      expect(s.responseBytes).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
      expect(s.requestBytes).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
    }
    expect(wb.sheet("绩效目标")!.peek(4, LAST_COL)!.value).toBe("x"); // left as it was
  });

  test("data in two clusters (a note block 30 columns right of the table) stays one grid; a stray 200 columns away does not join it", async () => {
    const wb = strayFake();
    const sheet = wb.sheet("绩效目标")!;
    sheet.cell(2, 21 + 30).value = "备注区"; // AZ3: 29 empty columns after V
    sheet.cell(3, 21 + 30 + 200).value = "stray"; // 199 empty columns further
    installFake(wb);
    const grids = await createExcelHost().readWorkbook();
    expect(grids.sheets[0].values[0]).toHaveLength(52); // A … AZ
    expect(grids.sheets[0].values[2][51]).toBe("备注区");
  });
});
