/** Excel's errors, turned into messages staff can act on (zh-CN / en). */
import { runScore, runValidate } from "../../src/app/controller";
import { StaleWorkbookError } from "../../src/app/port";
import { createExcelHost } from "../../src/excel/adapter";
import { classify, ExcelHostError, friendlyError } from "../../src/excel/errors";
import { FakeError, installFake, uninstallFake } from "./fake-excel";
import { seedFake } from "./workbooks";

afterEach(uninstallFake);

const officeError = (code: string, message: string) => Object.assign(new Error(message), { name: "RichApi.Error", code, debugInfo: { code, message } });

test.each([
  ["AccessDenied", "The cell or chart you're trying to change is on a protected sheet.", "protected", /撤销工作表保护/, /Unprotect/],
  ["InvalidOperationInCellEditMode", "Excel is in cell-editing mode.", "cell-edit", /退出单元格编辑/, /Finish editing/],
  ["RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.", "too-big", /数据量太大/, /too much data/],
  ["ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.", "too-big", /数据量太大/, /too much data/],
  ["AccessDenied", "You cannot perform the requested operation.", "read-only", /只读/, /read-only/],
  ["ItemNotFound", "The requested resource doesn't exist.", "sheet-changed", /重新点一次/, /click again/],
  ["ApiNotFound", "The API you are trying to use could not be found.", "unsupported", /更新 Office/, /Update Office/],
  ["EditConflict", "Request could not be processed because of conflict.", "conflict", /稍候/, /Wait a few seconds/],
] as const)("%s (%s) → %s", (code, message, kind, zh, en) => {
  const error = officeError(code, message);
  expect(classify(error).kind).toBe(kind);
  const friendly = friendlyError(error, "zh-CN");
  expect(friendly).toBeInstanceOf(ExcelHostError);
  expect(friendly.message).toMatch(zh);
  expect(friendlyError(error, "en").message).toMatch(en);
  expect((friendly as ExcelHostError).code).toBe(code);
  expect((friendly as ExcelHostError).cause).toBe(error);
});

test("an unknown error keeps Excel's own words", () => {
  expect(friendlyError(officeError("GeneralException", "Something odd"), "zh-CN").message).toBe("Excel 报告了一个错误：Something odd");
});

test("StaleWorkbookError passes through unchanged", () => {
  const stale = new StaleWorkbookError("项目绩效目标表", "Q13");
  expect(friendlyError(stale, "zh-CN")).toBe(stale);
});

test("Score on a protected sheet: the staff message, nothing half-written, events back on", async () => {
  const wb = seedFake({ log: "partial" });
  wb.sheet("项目绩效目标表")!.protected = true;
  installFake(wb);
  const error = await runScore(createExcelHost()).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ExcelHostError);
  expect((error as Error).message).toMatch(/请先在「审阅」选项卡中点「撤销工作表保护」/);
  expect(wb.enableEvents).toBe(true);
  expect(wb.sheet("项目绩效目标表")!.peek(7, 16)!.value).not.toMatch(/得分/);
  expect(wb.sheet("绩效自评表")).toBeUndefined();
});

test("Validate in English while Excel is in cell-edit mode", async () => {
  const wb = seedFake({ log: "partial" }, { displayLanguage: "en-US" });
  installFake(wb);
  wb.failNextSync = new FakeError("InvalidOperationInCellEditMode", "Cell edit mode");
  const error = await runValidate(createExcelHost()).catch((e: unknown) => e);
  expect((error as Error).message).toBe("Excel is editing a cell. Finish editing first (press Enter or Esc), then click again.");
});

test("Excel on the web refusing the guessed size: read again carefully, and succeed", async () => {
  const wb = seedFake({ log: "partial" }, { platform: "OfficeOnline" });
  installFake(wb);
  wb.failNextSync = new FakeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
  const report = await runValidate(createExcelHost());
  expect(report.stats.indicators).toBe(11);
});

test("Excel too old to read at all (ExcelApi 1.4): says so", async () => {
  const wb = seedFake({}, { excelApi: "1.4" });
  installFake(wb);
  await expect(runValidate(createExcelHost())).rejects.toThrow(/当前版本的 Excel 不支持/);
});
