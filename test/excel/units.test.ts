/** The adapter's small pieces: addresses, blocks, the quote prefix, reading, settings, language. */
import { createExcelHost } from "../../src/excel/adapter";
import { parseAddress, parseAreaList, rectAddress } from "../../src/excel/addresses";
import { groupBlocks, rowRuns, splitRows } from "../../src/excel/blocks";
import { cellInput, needsQuotePrefix } from "../../src/excel/cell-text";
import { FLAG_SHEET } from "../../src/excel/read";
import { readWorkbookBytes } from "../../src/xlsx/read";
import { buildOffsetWorkbook, buildSeedWorkbook } from "../fixtures/workbooks";
import { FakeWorkbook, installFake, uninstallFake } from "./fake-excel";
import { fakeFromGrids, seedFake } from "./workbooks";

afterEach(uninstallFake);

describe("addresses", () => {
  test("parse A1 forms, sheet-qualified and quoted", () => {
    expect(parseAddress("K6")).toEqual({ top: 5, left: 10, bottom: 5, right: 10 });
    expect(parseAddress("'项目 表'!$Q$4:$R$5")).toEqual({ top: 3, left: 16, bottom: 4, right: 17 });
    expect(parseAddress("'a!b'!AA10:AB11")).toEqual({ top: 9, left: 26, bottom: 10, right: 27 });
    expect(parseAddress("3:5")).toMatchObject({ top: 2, bottom: 4, left: 0 });
    expect(parseAddress("nonsense")).toBeNull();
    expect(rectAddress({ top: 5, left: 10, bottom: 5, right: 11 })).toBe("K6:L6");
  });

  test("area lists, with commas inside quoted sheet names", () => {
    expect(parseAreaList("Sheet1!A1:B2, Sheet1!D4")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 3, left: 3, bottom: 3, right: 3 },
    ]);
    expect(parseAreaList("'a,b''c'!C3:D4,'a,b''c'!E5")).toEqual([
      { top: 2, left: 2, bottom: 3, right: 3 },
      { top: 4, left: 4, bottom: 4, right: 4 },
    ]);
  });
});

describe("blocks", () => {
  test("a column of cells is one block; rows with the same columns stack", () => {
    const column = Array.from({ length: 20_000 }, (_, i) => ({ row: i + 1, col: 3 }));
    expect(groupBlocks(column).map(({ cells: _cells, ...r }) => r)).toEqual([{ top: 1, bottom: 20_000, left: 3, right: 3 }]);
    const table = [0, 1, 2].flatMap((row) => [0, 1, 2, 3].map((col) => ({ row, col })));
    expect(groupBlocks(table)).toHaveLength(1);
    expect(groupBlocks([...table, { row: 1, col: 5 }])).toHaveLength(2);
  });

  test("keys keep cells apart; splitRows caps a block", () => {
    const cells = [0, 1, 2, 3].map((row) => ({ row, col: 0, fmt: row < 2 ? "0%" : "0.00" }));
    expect(groupBlocks(cells, (c) => c.fmt)).toHaveLength(2);
    const [block] = groupBlocks(Array.from({ length: 10 }, (_, row) => ({ row, col: 0 })));
    expect(splitRows(block, 4).map((b) => [b.top, b.bottom, b.cells.length])).toEqual([[0, 3, 4], [4, 7, 4], [8, 9, 2]]);
    expect(rowRuns([7, 2, 3, 4, 3])).toEqual([{ top: 2, bottom: 4 }, { top: 7, bottom: 7 }]);
  });
});

describe("the quote prefix", () => {
  test.each(["=SUM(A1)", "+1", "-", "@x", "'x", "98%", "1,000", "2022-03-31", "2022年3月", "2022年3月31日", "3月31日", "10:30", "true", "(5)"])("%s gets one", (s) => {
    expect(needsQuotePrefix(s)).toBe(true);
    expect(cellInput(s)).toBe(`'${s}`);
  });
  test.each(["合格", "编撰网络舆情分析研判报告期数", "12分，完成1期得1分\n得分：10", "≥98%", "10辆", ""])("%s needs none", (s) => {
    expect(needsQuotePrefix(s)).toBe(false);
  });
  test("numbers and null", () => {
    expect(cellInput(0.985)).toBe(0.985);
    expect(cellInput(null)).toBe("");
  });
});

describe("reading", () => {
  test("the grids Excel gives are the grids the CLI reads from the same workbook", async () => {
    for (const book of [buildSeedWorkbook({ log: "partial" }), buildOffsetWorkbook()]) {
      const expected = readWorkbookBytes(new Uint8Array(await book.xlsx.writeBuffer()));
      const wb = fakeFromGrids(expected);
      installFake(wb);
      const got = await createExcelHost().readWorkbook();
      expect(wb.syncs).toBe(1);
      for (const e of expected.sheets) {
        const g = got.sheets.find((s) => s.sheet === e.sheet)!;
        // the used range (values only) starts where the first value is
        const at = (grid: typeof g, r: number, c: number) => grid.values[r - grid.origin.row]?.[c - grid.origin.col] ?? "";
        for (let r = 0; r < e.values.length; r++)
          for (let c = 0; c < (e.values[r]?.length ?? 0); c++) expect({ r, c, v: at(g, r, c) }).toEqual({ r, c, v: e.values[r][c] ?? "" });
        const sheetMerges = (grid: typeof g) =>
          grid.merges.map((m) => `${m.top + grid.origin.row},${m.left + grid.origin.col},${m.bottom + grid.origin.row},${m.right + grid.origin.col}`).sort();
        expect(sheetMerges(g)).toEqual(sheetMerges(e));
        const hidden = (grid: typeof g) => (grid.hiddenRows ?? []).map((r) => r + grid.origin.row);
        expect(hidden(g)).toEqual(hidden(e).filter((r) => r >= g.origin.row && r < g.origin.row + g.values.length));
      }
    }
  });

  test("text is what Excel shows (percentages, dates)", async () => {
    const wb = seedFake({ log: "partial" });
    installFake(wb);
    const grids = await createExcelHost().readWorkbook();
    const log = grids.sheets.find((g) => g.sheet === "完成情况台账")!;
    expect(log.text![1][0]).toMatch(/^2022-\d\d-\d\d$/);
    expect(log.text!.flat()).toContain("98.5%");
  });

  test("a sheet that grew since the last read is read in full (one follow-up sync)", async () => {
    const wb = seedFake({ log: "partial" });
    installFake(wb);
    const host = createExcelHost();
    await host.readWorkbook();
    const log = wb.sheet("完成情况台账")!;
    for (let r = 100; r < 3000; r++) log.cell(r, 1).value = `追加${r}`;
    wb.resetCounters();
    const grids = await host.readWorkbook();
    expect(grids.sheets.find((g) => g.sheet === "完成情况台账")!.values).toHaveLength(3000);
    expect(wb.syncs).toBe(2);
  });

  test("more sheets than the cold chain guesses: all are read", async () => {
    const wb = new FakeWorkbook();
    for (let i = 0; i < 15; i++) wb.addSheet(`S${i}`).cell(0, 0).value = i;
    installFake(wb);
    const grids = await createExcelHost().readWorkbook();
    expect(grids.sheets.map((g) => g.values[0][0])).toEqual(Array.from({ length: 15 }, (_, i) => i));
  });

  test("the flag sheet is never shown to the core nor listed", async () => {
    const wb = seedFake({ log: "partial" });
    wb.addSheet(FLAG_SHEET).cell(0, 0).value = "jixiao-flags";
    installFake(wb);
    const host = createExcelHost();
    expect(await host.listSheets()).toEqual(["项目绩效目标表", "完成情况台账"]);
    expect((await host.readWorkbook()).sheets.map((g) => g.sheet)).toEqual(["项目绩效目标表", "完成情况台账"]);
  });
});

describe("settings, language, navigation", () => {
  test("sheet choices round-trip through the document settings (saved into the file)", async () => {
    const wb = seedFake();
    installFake(wb);
    const host = createExcelHost();
    expect(await host.loadSettings()).toEqual({});
    await host.saveSettings({ targetSheet: "项目绩效目标表", logSheet: "完成情况台账" });
    expect(await host.loadSettings()).toEqual({ targetSheet: "项目绩效目标表", logSheet: "完成情况台账" });
    expect(wb.savedSettings).toBe(1);
  });

  test.each([
    ["en-US", "en"],
    ["en-GB", "en"],
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["fr-FR", "zh-CN"],
  ])("display language %s → %s", (tag, lang) => {
    installFake(new FakeWorkbook({ displayLanguage: tag }));
    expect(createExcelHost().language()).toBe(lang);
  });

  test("selectCell activates the sheet and selects the cell, in one sync", async () => {
    const wb = seedFake();
    installFake(wb);
    await createExcelHost().selectCell("项目绩效目标表", "Q11");
    expect(wb.activeSheet).toBe("项目绩效目标表");
    expect(wb.selection).toEqual({ sheet: "项目绩效目标表", address: "Q11" });
    expect(wb.syncs).toBe(1);
  });
});
