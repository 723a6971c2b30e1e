/**
 * applyPlan: strings stay text (never formulas), StaleWorkbookError when an expect cell changed,
 * styleFrom without merging the user's cells, Score's lines replaced and cleared.
 */
import { StaleWorkbookError } from "../../src/app/port";
import { runClear, runScore } from "../../src/app/controller";
import { createExcelHost } from "../../src/excel/adapter";
import { needsQuotePrefix } from "../../src/excel/cell-text";
import { installFake, uninstallFake, FakeWorkbook } from "./fake-excel";
import { gridsFromWorkbook } from "../xlsx/exceljs-grids";
import { buildTidyWorkbook } from "../fixtures/workbooks";
import { RangeProxy } from "./fake-excel";
import { fakeFromGrids, seedFake } from "./workbooks";

afterEach(uninstallFake);

const TABLE = "项目绩效目标表";

test("strings that look like formulas, numbers or dates are written as text", async () => {
  const wb = new FakeWorkbook();
  wb.addSheet("Sheet1").cell(0, 0).value = "x";
  installFake(wb);
  const host = createExcelHost();
  const texts = ["=SUM(A1)", "+86 871 6000", "-", "-3", "@mention", "'quoted", "98%", "2022-03-31", "12", "TRUE", "合格", "=", ""];
  await host.applyPlan({
    sheets: [{ sheet: "Sheet1", create: false, writes: texts.map((value, i) => ({ row: i + 1, col: 0, value })) }],
  });
  const sheet = wb.sheet("Sheet1")!;
  texts.forEach((t, i) => {
    const cell = sheet.peek(i + 1, 0)!;
    expect({ t, value: cell.value, formula: cell.formula }).toEqual({ t, value: t, formula: undefined });
    expect(cell.numberFormat).toBe("General"); // the apostrophe, not "@": the cell's format is untouched
  });
  expect(needsQuotePrefix("编撰网络舆情分析研判报告期数")).toBe(false);
});

test("Score: an indicator named =SUM(A1) reaches the 自评表 as text", async () => {
  const wb = seedFake({ log: "partial" });
  // G8 (三级指标 of the first indicator) becomes formula-like text, typed as text by the user
  const name = wb.sheet(TABLE)!.cell(7, 6);
  name.value = "=SUM(A1)";
  name.quotePrefix = true;
  installFake(wb);
  await runScore(createExcelHost());
  const self = wb.sheet("绩效自评表")!;
  const found = [...self.cells.values()].find((c) => c.value === "=SUM(A1)");
  expect(found).toBeDefined();
  expect(found!.formula).toBeUndefined();
  expect([...self.cells.values()].some((c) => c.formula)).toBe(false);
});

test("StaleWorkbookError when an expect cell changed between the read and the write; nothing written", async () => {
  const wb = seedFake({ log: "partial" });
  installFake(wb);
  const host = createExcelHost();
  const { scoreWorkbook } = await import("../../src/core");
  const grids = await host.readWorkbook();
  const report = scoreWorkbook(grids);
  const rule = wb.sheet(TABLE)!.cell(12, 16); // Q13, a rule the plan expects unchanged
  rule.value = `${rule.value}（已修改）`;
  const sheetsBefore = wb.sheets.map((s) => s.name);
  wb.resetCounters();
  const error = await host.applyPlan(report.plan).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(StaleWorkbookError);
  expect(error).toMatchObject({ sheet: TABLE, address: "Q13" });
  expect(wb.syncs).toBe(1); // the check only
  expect(wb.sheets.map((s) => s.name)).toEqual(sheetsBefore);
  expect(wb.sheet(TABLE)!.peek(7, 16)!.value).not.toMatch(/得分/);
});

test("Score twice replaces the score line; Clear removes it", async () => {
  const wb = seedFake({ log: "partial" });
  installFake(wb);
  const host = createExcelHost();
  const original = wb.sheet(TABLE)!.peek(7, 16)!.value;
  await runScore(host);
  expect(wb.sheet(TABLE)!.peek(7, 16)!.value).toBe(`${original}\n得分：10`);
  await runScore(host);
  expect(wb.sheet(TABLE)!.peek(7, 16)!.value).toBe(`${original}\n得分：10`);
  await runClear(host);
  expect(wb.sheet(TABLE)!.peek(7, 16)!.value).toBe(original);
});

test("the new 实际完成值 column takes its neighbours' look without merging anything (merged sources)", async () => {
  const wb = seedFake({ log: "partial" });
  const sheet = wb.sheet(TABLE)!;
  // the rule cells (Q:R merged per row) carry a look the new column should get
  for (let r = 3; r <= 25; r++) Object.assign(sheet.cell(r, 16), { fill: "#D9E1F2", look: "thin border" });
  const merges = sheet.merges.length;
  installFake(wb);
  await runScore(createExcelHost());
  // seed layout ends at V (merged U:V): the new column is W
  expect(sheet.peek(3, 22)!.value).toBe("实际完成值");
  expect(sheet.peek(3, 22)).toMatchObject({ fill: "#D9E1F2", look: "thin border" });
  expect(sheet.peek(7, 22)).toMatchObject({ value: 10, fill: "#D9E1F2", look: "thin border" });
  expect(sheet.merges.length).toBe(merges);
  expect(sheet.columnWidths.get(22)).toBe(14 * 7);
});

test("unmerged sources are copied with copyFrom in blocks, not cell by cell", async () => {
  const wb = fakeFromGrids(gridsFromWorkbook(buildTidyWorkbook({ withLog: true })));
  const sheet = wb.sheet("绩效目标")!;
  for (let r = 0; r <= 7; r++) Object.assign(sheet.cell(r, 7), { fill: "#FCE4D6", look: "rule look" });
  installFake(wb);
  const copies = jest.spyOn(RangeProxy.prototype, "copyFrom");
  const report = await runScore(createExcelHost());
  expect(report.score.total).toBe(96);
  // 实际完成值 is new in K (after J), styled from the rule column H, header and rows alike
  expect(sheet.peek(0, 10)).toMatchObject({ value: "实际完成值", fill: "#FCE4D6", look: "rule look" });
  for (let r = 1; r <= 7; r++) expect(sheet.peek(r, 10)).toMatchObject({ fill: "#FCE4D6", look: "rule look" });
  // K1:K8 from H1:H8 is one copy; the 得分合计 row's two cells are the others
  const userSheetCopies = copies.mock.contexts.filter((c) => (c as RangeProxy).sheetModel === sheet);
  expect(userSheetCopies.length).toBeLessThanOrEqual(3);
  copies.mockRestore();
});

describe("the 绩效自评表 as a printed form (DESIGN §12)", () => {
  const selfSheet = (wb: FakeWorkbook) => {
    const sheet = wb.sheet("绩效自评表")!;
    const find = (v: string) => [...sheet.cells.entries()].find(([, c]) => c.value === v)![0];
    const at = (k: number) => ({ r: Math.floor(k / 16384), c: k % 16384 });
    return { sheet, header: at(find("一级指标")).r, total: at(find("总分")).r };
  };
  const THIN = { top: "Continuous/Thin", bottom: "Continuous/Thin", left: "Continuous/Thin", right: "Continuous/Thin" };

  test("borders, the target's font, top-aligned rows, A4 landscape one page wide with its header repeated — in Score's 3 syncs", async () => {
    const wb = seedFake({ log: "partial" });
    // The target's first 三级指标 cell (G8) is what the form takes its face from.
    Object.assign(wb.sheet(TABLE)!.cell(7, 6), { fontName: "仿宋_GB2312", fontSize: 12 });
    installFake(wb);
    wb.resetCounters();
    await runScore(createExcelHost());
    expect(wb.syncs).toBe(3); // read, check (the face loaded there), write (the looks there)
    const { sheet, header, total } = selfSheet(wb);
    // Every cell of the table, empty 偏差原因分析 cells and merged 一级 cells included, boxed.
    for (let r = header; r <= total + 1; r++) for (let c = 0; c <= 7; c++) expect({ r, c, borders: sheet.peek(r, c)?.borders }).toEqual({ r, c, borders: THIN });
    expect(sheet.peek(0, 0)!.borders).toBeUndefined(); // not the title
    expect(sheet.peek(header + 1, 2)).toMatchObject({ fontName: "仿宋_GB2312", fontSize: 12, vertical: "Top", wrap: true });
    expect(sheet.peek(0, 0)).toMatchObject({ fontName: "仿宋_GB2312", fontSize: 16, bold: true, horizontal: "Center" });
    expect(sheet.pageLayout).toEqual({ orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1 }, centerHorizontally: true, printTitleRows: `$${header + 1}:$${header + 1}` });
    expect(sheet.rowHeights.get(0)).toBe(30);
  });

  test("Excel without ExcelApi 1.9 (no pageLayout): the form is written and boxed, printed with Excel's defaults", async () => {
    // The tidy layout (no merges: Excel before 1.13 cannot say where merges are).
    const wb = fakeFromGrids(gridsFromWorkbook(buildTidyWorkbook({ withLog: true })), { excelApi: "1.8" });
    installFake(wb);
    const report = await runScore(createExcelHost());
    expect(report.score.total).toBe(96);
    const { sheet, header } = selfSheet(wb);
    expect(sheet.peek(header, 0)!.borders).toEqual(THIN);
    expect(sheet.pageLayout).toEqual({});
  });
});

test("styleFrom on another sheet copies that sheet's cell, not the same address here", async () => {
  const wb = new FakeWorkbook();
  wb.addSheet("目标表").cell(2, 1).fill = "#FCE4D6";
  wb.addSheet("Sheet2").cell(0, 0).value = "x";
  installFake(wb);
  await createExcelHost().applyPlan({
    sheets: [{ sheet: "Sheet2", create: false, writes: [{ row: 0, col: 0, value: "y", styleFrom: { sheet: "目标表", row: 2, col: 1 } }, { row: 0, col: 1, value: "z", styleFrom: { row: 2, col: 1 } }] }],
  });
  expect(wb.sheet("Sheet2")!.peek(0, 0)).toMatchObject({ value: "y", fill: "#FCE4D6" });
  // The same address without a sheet: Sheet2's own B3, which has no fill.
  expect(wb.sheet("Sheet2")!.peek(0, 1)).toMatchObject({ value: "z", fill: null });
});
