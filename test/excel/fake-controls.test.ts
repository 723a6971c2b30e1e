/** The simulator's controls refuse what Excel refuses (fake-controls.ts), so the adapter's order and checks are tested. */
import { FakeContext, FakeWorkbook } from "./fake-excel";

const ctxOf = (wb: FakeWorkbook) => new FakeContext(wb) as unknown as Excel.RequestContext;

test("names.add of an existing name (any case) fails the batch with ItemAlreadyExists; NamedItem.formula updates it", async () => {
  const wb = new FakeWorkbook();
  wb.addSheet("list");
  const ctx = ctxOf(wb);
  ctx.workbook.names.add("jixiao_indicators", "='list'!$A$1:$A$3");
  await ctx.sync();
  ctx.workbook.names.add("JIXIAO_indicators", "='list'!$A$1:$A$4");
  await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists", message: "A resource with the same name or identifier already exists." });
  const item = ctx.workbook.names.getItemOrNullObject("jixiao_indicators");
  item.load("name");
  await ctx.sync();
  expect(item.isNullObject).toBe(false);
  item.formula = "='list'!$A$1:$A$4";
  await ctx.sync();
  expect(wb.names.get("jixiao_indicators")!.formula).toBe("='list'!$A$1:$A$4");
});

test("a name over a deleted sheet becomes #REF!; a name over a missing sheet is refused", async () => {
  const wb = new FakeWorkbook();
  wb.addSheet("main");
  wb.addSheet("list");
  const ctx = ctxOf(wb);
  ctx.workbook.names.add("n", "='list'!$A$1:$A$3");
  ctx.workbook.worksheets.getItem("list").delete();
  await ctx.sync();
  expect(wb.names.get("n")!.formula).toBe("=#REF!$A$1:$A$3");
  ctx.workbook.names.add("m", "='nowhere'!$A$1");
  await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
});

test("a rule over cells with different validations fails (office-js #2594); clear() first works; a dropdown naming an undefined name is refused", async () => {
  const wb = new FakeWorkbook();
  wb.addSheet("s");
  const ctx = ctxOf(wb);
  const ws = ctx.workbook.worksheets.getItem("s");
  ws.getRange("B2:B5").dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } };
  await ctx.sync();
  ws.getRange("B1:B10").dataValidation.rule = { list: { inCellDropDown: true, source: "c,d" } };
  await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  const dv = ws.getRange("B1:B10").dataValidation;
  dv.clear();
  dv.rule = { list: { inCellDropDown: true, source: "c,d" } };
  await ctx.sync();
  expect(wb.sheet("s")!.validations.map((v) => v.rule)).toEqual([{ list: { inCellDropDown: true, source: "c,d" } }]);
  ws.getRange("C1:C10").dataValidation.rule = { list: { inCellDropDown: true, source: "=undefined_name" } };
  await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
});

test.each([
  ["1.7", (ws: Excel.Worksheet) => (ws.getRange("A1").dataValidation.rule = { list: { inCellDropDown: true, source: "a" } })],
  ["1.5", (ws: Excel.Worksheet) => void ws.getRange("A1").conditionalFormats.add("CellValue")],
  ["1.6", (ws: Excel.Worksheet) => ws.freezePanes.freezeRows(1)],
])("ExcelApi %s: the batch fails with ApiNotFound", async (excelApi, act) => {
  const wb = new FakeWorkbook({ excelApi });
  wb.addSheet("s");
  const ctx = ctxOf(wb);
  act(ctx.workbook.worksheets.getItem("s"));
  await expect(ctx.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
});
