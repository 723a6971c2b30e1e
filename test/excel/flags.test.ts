/**
 * Validate's flags and Clear: colours by severity, the message as a note, nothing written into a
 * value, Clear restoring fills, font colours and notes exactly — including a cell with a fill of
 * its own and a cell with a note of its own — and the saved formats surviving a reopen.
 */
import { runClear, runValidate } from "../../src/app/controller";
import { createExcelHost } from "../../src/excel/adapter";
import { FLAG_FILL, FLAG_FONT } from "../../src/excel/flags";
import { FLAG_SHEET } from "../../src/excel/read";
import { installFake, uninstallFake, type FakeWorkbook } from "./fake-excel";
import { looks } from "./looks";
import { seedFake } from "./workbooks";

afterEach(uninstallFake);

const TABLE = "项目绩效目标表";

const snapshot = looks;

const valuesOf = (wb: FakeWorkbook, sheet: string) =>
  [...wb.sheet(sheet)!.cells].filter(([, c]) => c.value !== "").map(([k, c]) => [k, c.value]);

/** The seed with mistakes: an unknown operator (error) in I8, and the content-duplicate warning the seed has in S10. */
function brokenSeed(options = {}) {
  const wb = seedFake({ log: "partial" }, options);
  wb.sheet(TABLE)!.cell(7, 8).value = "约"; // I8: 指标性质 of the first indicator
  return wb;
}

test("flags each issue's cell by severity, merged areas whole, messages as notes; values untouched", async () => {
  const wb = brokenSeed();
  installFake(wb);
  const before = valuesOf(wb, TABLE);
  const report = await runValidate(createExcelHost());
  const at = (code: string) => report.issues.find((i) => i.code === code)!;
  expect(at("operator-invalid")).toMatchObject({ severity: "error", row: 8, column: "I" });
  expect(at("content-duplicate")).toMatchObject({ severity: "warning", row: 10, column: "S" });

  const sheet = wb.sheet(TABLE)!;
  // I8:J8 is one merged field: both cells painted
  for (const c of [8, 9]) expect(sheet.peek(7, c)).toMatchObject({ fill: FLAG_FILL.error, fontColor: FLAG_FONT.error });
  for (const c of [18, 19]) expect(sheet.peek(9, c)).toMatchObject({ fill: FLAG_FILL.warning, fontColor: FLAG_FONT.warning });
  expect(sheet.notes.get("I8")).toContain(at("operator-invalid").message);
  expect(sheet.notes.get("I8")).toMatch(/^绩效校验/);
  expect(sheet.notes.get("S10")).toContain(at("content-duplicate").message);

  // no value of the user's sheets changed; the originals live on a very hidden sheet
  expect(valuesOf(wb, TABLE)).toEqual(before);
  expect(wb.sheet(FLAG_SHEET)!.visibility).toBe("VeryHidden");
});

test("Validate → Clear restores fills, font colours and notes exactly, also a cell with its own fill", async () => {
  const wb = brokenSeed();
  const sheet = wb.sheet(TABLE)!;
  // S10:T10 (flagged) has a fill, font colour and border of its own
  for (const c of [18, 19]) Object.assign(sheet.cell(9, c), { fill: "#00B050", fontColor: "#FFFFFF", look: "thin border, left aligned" });
  // an unrelated cell with a look of its own, next to a flagged one
  Object.assign(sheet.cell(7, 10), { fill: "#FFFF00", bold: true });
  installFake(wb);
  const before = snapshot(wb, TABLE);
  const host = createExcelHost();
  await runValidate(host);
  expect(sheet.peek(9, 18)!.fill).toBe(FLAG_FILL.warning);
  expect(sheet.notes.size).toBeGreaterThan(0);

  wb.resetCounters();
  await runClear(host);
  expect(snapshot(wb, TABLE)).toEqual(before);
  expect(sheet.notes.size).toBe(0);
  // the flag sheet is kept, emptied (deleting it would clear staff's undo stack)
  expect(wb.sheet(FLAG_SHEET)!.used()).toBeNull();
  expect(wb.sheet(FLAG_SHEET)!.cells.size).toBe(0);
  // 清除标记: the records read, then restored and the sheet emptied in one write; 清除评分: its read (no Score to clear)
  expect(wb.syncs).toBe(3);
  expect(wb.eventsLog.slice(0, 2)).toEqual([false, true]);
});

test("a cell with a note of its own keeps it (no Jixiao note there, one extra sync to find it); Clear leaves it", async () => {
  const wb = brokenSeed();
  const sheet = wb.sheet(TABLE)!;
  sheet.notes.set("I8", "财务科：此处待确认");
  installFake(wb);
  const host = createExcelHost();
  await runValidate(host);
  expect(wb.syncs).toBe(3); // read, which cells carry notes, write
  expect(sheet.notes.get("I8")).toBe("财务科：此处待确认");
  expect(sheet.peek(7, 8)!.fill).toBe(FLAG_FILL.error); // still painted
  expect(sheet.notes.get("S10")).toMatch(/^绩效校验/);
  await runClear(host);
  expect([...sheet.notes]).toEqual([["I8", "财务科：此处待确认"]]);
});

test("a second Validate replaces the first one's flags in its single write (a fixed cell gets its look back)", async () => {
  const wb = brokenSeed();
  installFake(wb);
  const host = createExcelHost();
  const sheet = wb.sheet(TABLE)!;
  const original = { ...sheet.peek(7, 8)! };
  await runValidate(host);
  expect(sheet.peek(7, 8)!.fill).toBe(FLAG_FILL.error);
  sheet.cell(7, 8).value = "="; // the user fixes I8 (= is a valid operator)
  wb.resetCounters();
  const report = await runValidate(host);
  expect(report.issues.some((i) => i.code === "operator-invalid")).toBe(false);
  expect(wb.syncs).toBe(2);
  expect({ ...sheet.peek(7, 8)!, value: original.value }).toEqual(original);
  expect(sheet.notes.has("I8")).toBe(false);
  expect(sheet.peek(9, 18)!.fill).toBe(FLAG_FILL.warning); // S10 is still flagged
});

test("the saved formats survive save and reopen: a new runtime (no memory) clears them", async () => {
  const wb = brokenSeed();
  installFake(wb);
  const before = snapshot(wb, TABLE);
  await runValidate(createExcelHost());
  const reopened = createExcelHost(); // nothing in memory: everything comes from the workbook
  await runClear(reopened);
  expect(snapshot(wb, TABLE)).toEqual(before);
  expect(wb.sheet(TABLE)!.notes.size).toBe(0);
});

test("without notes (ExcelApi below 1.18) cells are still painted and cleared", async () => {
  const wb = brokenSeed({ excelApi: "1.17" });
  installFake(wb);
  const before = snapshot(wb, TABLE);
  const host = createExcelHost();
  await runValidate(host);
  expect(wb.syncs).toBe(2);
  expect(wb.sheet(TABLE)!.peek(7, 8)!.fill).toBe(FLAG_FILL.error);
  expect(wb.sheet(TABLE)!.notes.size).toBe(0);
  await runClear(host);
  expect(snapshot(wb, TABLE)).toEqual(before);
});

test("when nothing is left to flag, the previous flags go and the flag sheet is emptied (kept)", async () => {
  const wb = brokenSeed();
  installFake(wb);
  const before = snapshot(wb, TABLE);
  const host = createExcelHost();
  await runValidate(host);
  expect(wb.sheet(FLAG_SHEET)).toBeDefined();
  wb.resetCounters();
  await host.flagIssues([]);
  expect(wb.syncs).toBe(1);
  expect(wb.sheet(FLAG_SHEET)!.cells.size).toBe(0);
  expect(snapshot(wb, TABLE)).toEqual(before);
});

test("info issues are blue", async () => {
  const wb = seedFake({ log: "partial" });
  wb.sheet(TABLE)!.cell(7, 16).value = "12分，视完成情况综合评定"; // Q8: a rule body of no known form
  installFake(wb);
  const report = await runValidate(createExcelHost());
  expect(report.issues.find((i) => i.code === "rule-default")).toMatchObject({ severity: "info", row: 8, column: "Q" });
  expect(wb.sheet(TABLE)!.peek(7, 16)).toMatchObject({ fill: FLAG_FILL.info, fontColor: FLAG_FONT.info });
});
