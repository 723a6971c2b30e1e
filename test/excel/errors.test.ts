/** Excel's errors, turned into messages staff can act on (zh-CN / en). */
import { runScore, runValidate } from "../../src/app/controller";
import { StaleWorkbookError } from "../../src/app/port";
import { scoreWorkbook, validateWorkbook } from "../../src/core";
import { createExcelHost } from "../../src/excel/adapter";
import { classify, ExcelHostError, friendlyError, WorkbookReadOnlyError } from "../../src/excel/errors";
import { FakeContext, FakeError, installFake, uninstallFake } from "./fake-excel";
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

test("Score on a protected sheet: scores reported, nothing written on that sheet, the 自评表 still made (grid.protection from the read's one sync)", async () => {
  const wb = seedFake({ log: "partial" });
  wb.sheet("项目绩效目标表")!.protected = true;
  installFake(wb);
  const report = await runScore(createExcelHost());
  expect(report.score.total).toBe(81.2);
  expect(wb.syncs).toBe(3);
  expect(wb.enableEvents).toBe(true);
  expect(wb.sheet("项目绩效目标表")!.peek(7, 16)!.value).not.toMatch(/得分/);
  expect(wb.sheet("绩效自评表")).toBeDefined();
});

test("Score on a read-only workbook: said before anything is written (Workbook.readOnly in the check sync)", async () => {
  const wb = seedFake({ log: "partial" });
  wb.readOnly = true;
  installFake(wb);
  const error = await runScore(createExcelHost()).catch((e: unknown) => e);
  expect(error).toMatchObject({ kind: "workbook-read-only" });
  expect((error as Error).message).toMatch(/^工作簿为只读，评分结果未写入；请另存为副本后再评分/);
  expect(wb.syncs).toBe(2); // read + check: no write sync
  expect(wb.sheet("绩效自评表")).toBeUndefined();
});

test("read-only in English", () => {
  expect(friendlyError(new WorkbookReadOnlyError(), "en").message).toMatch(/read-only, so the scores were not written/);
});

test.each([
  ["InvalidArgument", "whatever Excel says", "unknown"],
  ["InvalidOperation", "Cannot change part of a merged cell.", "merged-conflict"],
  ["InvalidOperation", "无法更改合并单元格的某一部分。", "merged-conflict"],
  ["GeneralException", "There was an internal error while processing the request.", "unknown"],
  ["AccessDenied", "单元格或图表受保护。", "protected"],
  ["InsertDeleteConflict", "The insert or delete operation resulted in a conflict.", "conflict"],
  ["Conflict", "any words", "conflict"],
  ["ItemNotFound", "资源不存在", "sheet-changed"],
  ["InvalidObjectPath", "", "sheet-changed"],
  ["UnsupportedSheet", "", "unsupported"],
  ["InactiveWorkbook", "", "inactive"],
  ["ActivityLimitReached", "", "busy"],
  ["RangeExceedsLimit", "", "too-big"],
  ["OperationCellsExceedLimit", "", "too-big"],
  // the code decides over the words: a payload error whose message mentions protection
  ["RequestPayloadSizeLimitExceeded", "protected payload", "too-big"],
] as const)("by code: %s (%s) → %s", (code, message, kind) => {
  expect(classify(officeError(code, message)).kind).toBe(kind);
});

test("no code: the message decides (localized words as a fallback)", () => {
  expect(classify(new Error("工作表受保护")).kind).toBe("protected");
  expect(classify(new Error("The request payload size has exceeded the limit.")).kind).toBe("too-big");
  expect(classify(new Error("something else")).kind).toBe("unknown");
});

test("a failed batch (injected at its first action) leaves the workbook as it was", async () => {
  const wb = seedFake({ log: "partial" });
  installFake(wb);
  const host = createExcelHost();
  const { scoreWorkbook } = await import("../../src/core");
  const report = scoreWorkbook(await host.readWorkbook());
  const before = wb.sheets.map((s) => s.name);
  // the check sync passes, the write sync fails
  const origSync = FakeContext.prototype.sync;
  let n = 0;
  const spy = jest.spyOn(FakeContext.prototype, "sync").mockImplementation(async function (this: FakeContext) {
    await origSync.call(this);
    if (++n === 1) wb.failNextSync = new FakeError("GeneralException", "boom");
  });
  await expect(host.applyPlan(report.plan)).rejects.toBeInstanceOf(ExcelHostError);
  spy.mockRestore();
  expect(wb.sheets.map((s) => s.name)).toEqual(before);
  expect(wb.sheet("项目绩效目标表")!.peek(7, 16)!.value).not.toMatch(/得分/);
  expect(wb.enableEvents).toBe(true);
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

describe("AccessDenied from German Excel (words that match none of ours): the workbook is asked why", () => {
  const german = () => {
    const wb = seedFake({ log: "partial" }, { displayLanguage: "de-DE" });
    wb.sheet("项目绩效目标表")!.cell(7, 8).value = "约";
    installFake(wb);
    return wb;
  };

  test("Score's write on a sheet protected after the read: worded as a protected sheet, not as a read-only workbook", async () => {
    const wb = german();
    const host = createExcelHost();
    const report = scoreWorkbook(await host.readWorkbook(), { lang: "zh-CN" });
    wb.sheet("项目绩效目标表")!.protected = true; // protected while the pane was open
    const error = await host.applyPlan(report.plan).catch((e: unknown) => e);
    // the words alone would have said read-only
    expect(classify((error as { cause: unknown }).cause)).toMatchObject({ code: "AccessDenied", kind: "read-only" });
    expect(error).toMatchObject({ kind: "protected", code: "AccessDenied" });
    expect((error as Error).message).toMatch(/^工作表受保护，无法写入/);
  });

  test("flagging a sheet protected after the read: the same", async () => {
    const wb = german();
    const host = createExcelHost();
    const report = validateWorkbook(await host.readWorkbook(), { lang: "zh-CN" });
    wb.sheet("项目绩效目标表")!.protected = true;
    const error = await host.flagIssues(report.issues).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "protected", code: "AccessDenied" });
  });
});
