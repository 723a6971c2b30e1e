/**
 * The simulator as Excel behaves where the tests depend on it (issue 18): `text` follows the
 * number format and the display language for dates; references follow inserted and deleted rows.
 */
import { createExcelHost } from "../../src/excel/adapter";
import { dateText, FakeContext, FakeWorkbook, installFake, rowShift, uninstallFake } from "./fake-excel";

afterEach(uninstallFake);

// 2024-03-05 is serial 45356 (days since 1899-12-30)
test.each([
  ["yyyy/m/d", "2024/3/5"],
  ["m/d/yyyy", "3/5/2024"],
  ["yyyy-mm-dd", "2024-03-05"],
  ['yyyy"年"m"月"d"日"', "2024年3月5日"],
  ["[$-804]yyyy年m月d日", "2024年3月5日"],
  ["d-mmm-yy", "5-Mar-24"],
  ["dddd, mmmm d, yyyy", "Tuesday, March 5, 2024"],
])("a date in %s shows as %s", (format, shown) => {
  expect(dateText(45356, format)).toBe(shown);
});

test.each([
  ["zh-CN", "yyyy/m/d", "2024/3/5"],
  ["en-US", "m/d/yyyy", "3/5/2024"],
])("a date typed in Excel in %s takes the short date format %s and shows %s; the read hands the core that text", async (lang, format, shown) => {
  const wb = new FakeWorkbook({ displayLanguage: lang });
  wb.addSheet("台账");
  installFake(wb);
  const context = new FakeContext(wb);
  context.workbook.worksheets.getItem("台账").getRange("A1").values = [["2024-3-5"]];
  await context.sync();
  expect(wb.sheet("台账")!.peek(0, 0)).toMatchObject({ value: 45356, numberFormat: format });
  const grids = await createExcelHost().readWorkbook();
  expect(grids.sheets[0].text![0][0]).toBe(shown);
  expect(grids.sheets[0].values[0][0]).toBe(45356);
});

test("references move as Excel moves them: insert above shifts, inside grows; delete shrinks, all of it is #REF!", () => {
  expect(rowShift(5, 9, 2, 3, false)).toEqual({ top: 8, bottom: 12 }); // 3 rows above row 3
  expect(rowShift(5, 9, 5, 1, false)).toEqual({ top: 6, bottom: 10 }); // at its first row: moves
  expect(rowShift(5, 9, 7, 1, false)).toEqual({ top: 5, bottom: 10 }); // inside: grows
  expect(rowShift(5, 9, 10, 1, false)).toEqual({ top: 5, bottom: 9 }); // below: stays
  expect(rowShift(5, 9, 7, 2, true)).toEqual({ top: 5, bottom: 7 }); // rows 7–8 of it deleted
  expect(rowShift(5, 9, 3, 4, true)).toEqual({ top: 3, bottom: 5 }); // rows 3–6 deleted: 7–9 move to 3–5
  expect(rowShift(5, 9, 5, 5, true)).toBeNull();
});

test("insertRows rewrites formulas on other sheets that point at the sheet, deleteRows writes #REF!", async () => {
  const wb = new FakeWorkbook();
  wb.addSheet("项目 表").cell(9, 0).value = "x";
  wb.addSheet("记录");
  installFake(wb);
  const context = new FakeContext(wb);
  context.workbook.worksheets.getItem("记录").getRange("A1:A2").formulas = [["=ISREF('项目 表'!K6:L6)"], ["=ISREF('项目 表'!A10)"]];
  await context.sync();
  wb.insertRows("项目 表", 0, 2);
  expect(wb.sheet("记录")!.peek(0, 0)!.formula).toBe("=ISREF('项目 表'!K8:L8)");
  wb.deleteRows("项目 表", 11, 1); // row 12, where A10 went
  expect(wb.sheet("记录")!.peek(1, 0)!.formula).toBe("=ISREF(#REF!)");
  expect(wb.sheet("项目 表")!.peek(11, 0)).toBeUndefined();
});
