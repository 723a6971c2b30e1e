/**
 * The Excel host applies the controls of DESIGN §3 (新建台账) and §9 (监控): the real plans of
 * logTemplatePlan and monitorWorkbook on the seed sample, read and written through the adapter —
 * dropdowns by a defined name over a very hidden list, date checks, the lights, the frozen header —
 * in one check sync and one write sync; run again, the list only; older Excel told what is
 * missing, with nothing written.
 */
import { analyzeWorkbook } from "../../src/core";
import { runScore } from "../../src/app/controller";
import { createExcelHost } from "../../src/excel/adapter";
import { MissingApiError } from "../../src/excel/errors";
import { logTemplatePlan, INDICATOR_LIST_NAME, LIST_SHEET, LOG_TEMPLATE_SHEET } from "../../src/core/log/template";
import { monitorWorkbook } from "../../src/core/monitor/monitor";
import { parseAsOf } from "../../src/core/monitor/calendar";
import { nameTarget } from "./fake-controls";
import { installFake, uninstallFake, type FakeWorkbook } from "./fake-excel";
import { seedFake } from "./workbooks";

afterEach(uninstallFake);

const TABLE = "项目绩效目标表";
/** The seed's 三级指标 (column G), in table order: rows 8–13, 15, 17, 20, 22, 25. */
const INDICATORS = [
  "编撰网络舆情分析研判报告期数",
  "编撰呈贡区网络舆情一周综述期数",
  "遇热点网络舆情情况，及时编撰敏感网络舆情专报",
  "呈贡区政务微信、微博运维情况进行监测期数",
  "呈贡区网络外宣稿件进行统计期数",
  "全国、涉滇、涉昆热点舆情选题期数",
  "报告完成质量",
  "报告完成时限",
  "舆论导向正确率",
  "营造呈贡区清朗的网络空间",
  "社会公众满意度",
];

const columnA = (wb: FakeWorkbook, sheet: string) => {
  const s = wb.sheet(sheet)!;
  const u = s.used();
  const out: unknown[] = [];
  for (let r = 0; u && r <= u.bottom; r++) out.push(s.peek(r, 0)?.value ?? "");
  return out;
};

async function logTemplate(wb: FakeWorkbook) {
  const host = createExcelHost();
  const grids = await host.readWorkbook();
  const result = logTemplatePlan(grids, analyzeWorkbook(grids));
  wb.resetCounters();
  const outcome = await host.applyPlan(result.plan).then(
    () => null,
    (e: unknown) => e,
  );
  return { result, error: outcome, syncs: wb.syncs };
}

describe("新建台账 in Excel", () => {
  test("the log sheet with its dropdowns, date check and frozen header; the list very hidden behind a defined name; one check and one write", async () => {
    const wb = seedFake({ log: "none" });
    // The target's header cell of 三级指标 (G4, inside the merged 绩效指标 C4:P4) has a fill.
    wb.sheet(TABLE)!.cell(3, 6).fill = "#DDEBF7";
    installFake(wb);
    const { result, error, syncs } = await logTemplate(wb);
    expect(error).toBeNull();
    expect(result.listOnly).toBe(false);
    expect(syncs).toBe(2);

    const log = wb.sheet(LOG_TEMPLATE_SHEET)!;
    expect([0, 1, 2, 3, 4].map((c) => log.peek(0, c)?.value)).toEqual(["日期", "三级指标", "完成值", "备注", "汇总方式"]);
    expect(log.peek(0, 1)!.bold).toBe(true);
    // Styled like the target's header: its look taken cell by cell, no merge copied along.
    expect([0, 1, 2, 3, 4].map((c) => log.peek(0, c)!.fill)).toEqual(Array(5).fill("#DDEBF7"));
    expect(log.merges).toEqual([]);
    expect(log.frozen).toEqual({ rows: 1, cols: 0 });
    const byColumn = Object.fromEntries(log.validations.map((v) => [v.area.left, v]));
    expect(log.validations.map((v) => [v.area.top, v.area.bottom])).toEqual([
      [1, 2000],
      [1, 2000],
      [1, 2000],
    ]);
    // The seed's year is 2022 (预算年度(2022年)): the whole of it.
    expect(byColumn[0].rule).toEqual({ date: { formula1: "2022-01-01", formula2: "2022-12-31", operator: "Between" } });
    expect(byColumn[1].rule).toEqual({ list: { inCellDropDown: true, source: `=${INDICATOR_LIST_NAME}` } });
    expect(byColumn[1].errorAlert).toMatchObject({ showAlert: true, style: "Stop", title: "不是表中的指标" });
    expect(byColumn[4].rule).toEqual({ list: { inCellDropDown: true, source: "求和,计数,最新,平均,最大,最小" } });

    const list = wb.sheet(LIST_SHEET)!;
    expect(list.visibility).toBe("VeryHidden");
    expect(columnA(wb, LIST_SHEET)).toEqual(INDICATORS);
    const target = nameTarget(wb, INDICATOR_LIST_NAME)!;
    expect(target.sheet).toBe(list);
    expect(target.rect).toEqual({ top: 0, left: 0, bottom: INDICATORS.length - 1, right: 0 });
    expect(wb.names.get(INDICATOR_LIST_NAME)!.formula).toBe(`='${LIST_SHEET}'!$A$1:$A$11`);
  });

  test("run again after an indicator was added: the list and its name only; the log and what staff logged stay; nothing deleted", async () => {
    const wb = seedFake({ log: "none" });
    installFake(wb);
    await logTemplate(wb);
    const log = wb.sheet(LOG_TEMPLATE_SHEET)!;
    log.cell(1, 0).value = 44651; // 2022-03-31
    log.cell(1, 1).value = INDICATORS[0];
    log.cell(1, 2).value = 1;
    const validations = JSON.stringify(log.validations);
    // A new indicator below 全国、涉滇、涉昆热点舆情选题期数 (row 13): a copy of that row, renamed.
    const table = wb.sheet(TABLE)!;
    wb.insertRows(TABLE, 13, 1);
    for (let c = 2; c <= 20; c++) table.cell(13, c).value = table.peek(12, c)?.value ?? "";
    table.cell(13, 6).value = "编撰网络舆情月度分析报告期数";
    wb.undoClears = [];

    const { result, error, syncs } = await logTemplate(wb);
    expect(error).toBeNull();
    expect(result.listOnly).toBe(true);
    expect(syncs).toBe(2);
    const names = [...INDICATORS.slice(0, 6), "编撰网络舆情月度分析报告期数", ...INDICATORS.slice(6)];
    expect(columnA(wb, LIST_SHEET)).toEqual(names);
    expect(nameTarget(wb, INDICATOR_LIST_NAME)!.rect).toEqual({ top: 0, left: 0, bottom: 11, right: 0 });
    expect(wb.sheet(LIST_SHEET)!.visibility).toBe("VeryHidden");
    expect(JSON.stringify(log.validations)).toBe(validations);
    expect([0, 1, 2].map((c) => log.peek(1, c)?.value)).toEqual([44651, INDICATORS[0], 1]);
    // Rewritten in place: no sheet deleted, no visibility set — staff's undo stack is kept.
    expect(wb.undoClears).toEqual([]);
  });

  test("a list that shrank leaves no old names below it", async () => {
    const wb = seedFake({ log: "none" });
    installFake(wb);
    await logTemplate(wb);
    // 社会公众满意度 (row 25) removed from the table: ten names.
    wb.deleteRows(TABLE, 24, 1);
    const { error } = await logTemplate(wb);
    expect(error).toBeNull();
    expect(columnA(wb, LIST_SHEET)).toEqual(INDICATORS.slice(0, 10));
    expect(nameTarget(wb, INDICATOR_LIST_NAME)!.rect.bottom).toBe(9);
  });

  test.each([
    ["zh-CN", "1.7", /数据验证（下拉列表、日期检查）需要 ExcelApi 1\.8/, /没有写入任何内容/, /Excel 2019/],
    ["en-US", "1.7", /data validation \(dropdowns, date checks\) needs ExcelApi 1\.8/, /Nothing was written/, /Excel 2019/],
    ["zh-CN", "1.6", /冻结窗格（表头）需要 ExcelApi 1\.7/, /命令行/, /网页版/],
  ])("Excel in %s with ExcelApi %s: told what is missing and what to do; nothing written, nothing sent", async (displayLanguage, excelApi, what, nothing, todo) => {
    const wb = seedFake({ log: "none" }, { excelApi, displayLanguage });
    installFake(wb);
    const before = wb.sheets.map((s) => s.name);
    const { error, syncs } = await logTemplate(wb);
    expect(error).toBeInstanceOf(MissingApiError);
    const message = (error as Error).message;
    expect(message).toMatch(what);
    expect(message).toMatch(nothing);
    expect(message).toMatch(todo);
    expect((error as MissingApiError).missing.map((m) => m.feature)).toContain("validations");
    expect(syncs).toBe(0);
    expect(wb.sheets.map((s) => s.name)).toEqual(before);
    expect(wb.names.size).toBe(0);
  });

  test("the list again on Excel that cannot update a name (ExcelApi 1.6): refused after the check, nothing written", async () => {
    const wb = seedFake({ log: "none" });
    installFake(wb);
    await logTemplate(wb);
    const listBefore = columnA(wb, LIST_SHEET);
    const formula = wb.names.get(INDICATOR_LIST_NAME)!.formula;
    wb.options.excelApi = "1.6";
    wb.sheet(TABLE)!.cell(7, 6).value = "编撰网络舆情分析研判报告（期数）";
    const { result, error, syncs } = await logTemplate(wb);
    expect(result.listOnly).toBe(true);
    expect(error).toBeInstanceOf(MissingApiError);
    expect((error as Error).message).toMatch(/更新已有的定义名称需要 ExcelApi 1\.7/);
    expect(syncs).toBe(1);
    expect(columnA(wb, LIST_SHEET)).toEqual(listBefore);
    expect(wb.names.get(INDICATOR_LIST_NAME)!.formula).toBe(formula);
  });
});

describe("监控 in Excel", () => {
  const asOf = parseAsOf("2022-06-30")!;

  async function monitor(wb: FakeWorkbook) {
    const host = createExcelHost();
    const grids = await host.readWorkbook();
    const out = monitorWorkbook(grids, { asOf });
    wb.resetCounters();
    await host.applyPlan(out.plan);
    return { ...out, syncs: wb.syncs };
  }

  test("the 绩效监控表 with its dropdowns, lights and frozen header, in one check and one write", async () => {
    const wb = seedFake({ log: "full" });
    installFake(wb);
    const { plan, syncs } = await monitor(wb);
    expect(syncs).toBe(2);
    const sp = plan.sheets.find((s) => s.sheet === "绩效监控表")!;
    const sheet = wb.sheet("绩效监控表")!;
    expect(sheet.peek(0, 0)!.value).toBe("项目支出绩效目标执行监控表");
    // The header row is the one above the first indicator row; frozen through it.
    const header = sp.freeze!.rows - 1;
    expect(sheet.frozen).toEqual({ rows: header + 1, cols: 0 });
    const row = [...Array(60).keys()].find((r) => sheet.peek(r, 2)?.value === "编撰网络舆情分析研判报告期数")!;
    expect(row).toBeGreaterThan(header);
    // 6 reports by 30 June; 6 × 365 / 181 = 12.099… → 12.1 ≥ 12: 确定能.
    expect([4, 5, 7].map((c) => sheet.peek(row, c)?.value)).toEqual([6, 12.1, "确定能"]);
    const likelihood = sheet.validations.find((v) => v.rule?.list?.source === "确定能,有可能,完全不可能")!;
    expect(likelihood.area.left).toBe(7);
    expect(likelihood.errorAlert.style).toBe("Stop");
    const reason = sheet.validations.find((v) => v.rule?.list?.source === "经费保障,制度保障,人员保障,硬件条件保障,其他")!;
    expect(reason.errorAlert.style).toBe("Warning");
    expect(sheet.conditionalFormats.map((c) => [c.type, c.rule, c.fill])).toEqual([
      ["CellValue", { formula1: '="确定能"', operator: "EqualTo" }, "#C6EFCE"],
      ["CellValue", { formula1: '="有可能"', operator: "EqualTo" }, "#FFEB9C"],
      ["CellValue", { formula1: '="完全不可能"', operator: "EqualTo" }, "#FFC7CE"],
    ]);
    expect(sheet.conditionalFormats.every((c) => c.area.left === 7 && c.area.right === 7 && c.area.top === likelihood.area.top)).toBe(true);
    expect(sheet.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1 } });
    expect(wb.sheet("_jixiao_record")!.visibility).toBe("VeryHidden");
  });

  test("monitor again: staff's 偏差原因 kept, the record rewritten in place (still very hidden), only Monitor's own sheet replaced", async () => {
    const wb = seedFake({ log: "full" });
    installFake(wb);
    await monitor(wb);
    const sheet = () => wb.sheet("绩效监控表")!;
    const row = [...Array(60).keys()].find((r) => sheet().peek(r, 2)?.value === "编撰呈贡区网络舆情一周综述期数")!;
    sheet().cell(row, 8).value = "人员保障";
    wb.undoClears = [];
    const { syncs } = await monitor(wb);
    expect(syncs).toBe(2);
    expect(sheet().peek(row, 8)!.value).toBe("人员保障");
    expect(sheet().validations).toHaveLength(2);
    expect(sheet().conditionalFormats).toHaveLength(3);
    expect(wb.sheet("_jixiao_record")!.visibility).toBe("VeryHidden");
    expect(wb.undoClears).toEqual(["Worksheet.delete 绩效监控表"]);
  });

  test("Excel without conditional formats (ExcelApi 1.5): the missing sets named, nothing written", async () => {
    const wb = seedFake({ log: "full" }, { excelApi: "1.5" });
    installFake(wb);
    const host = createExcelHost();
    const grids = await host.readWorkbook();
    const { plan } = monitorWorkbook(grids, { asOf });
    wb.resetCounters();
    const error = (await host.applyPlan(plan).catch((e: unknown) => e)) as MissingApiError;
    expect(error).toBeInstanceOf(MissingApiError);
    expect(error.missing).toEqual([
      { feature: "validations", version: "1.8" },
      { feature: "highlights", version: "1.6" },
      { feature: "freeze", version: "1.7" },
    ]);
    expect(error.message).toMatch(/条件格式（红黄绿灯）需要 ExcelApi 1\.6/);
    expect(wb.syncs).toBe(0);
    expect(wb.sheet("绩效监控表")).toBeUndefined();
  });
});

describe("Score's ownership record", () => {
  test("scored twice: _jixiao_record updated in place, very hidden, the undo stack untouched by it", async () => {
    const wb = seedFake({ log: "partial" });
    installFake(wb);
    const host = createExcelHost();
    await runScore(host);
    expect(wb.sheet("_jixiao_record")!.visibility).toBe("VeryHidden");
    const record = columnA(wb, "_jixiao_record");
    wb.undoClears = [];
    await runScore(host);
    expect(wb.sheet("_jixiao_record")!.visibility).toBe("VeryHidden");
    expect(columnA(wb, "_jixiao_record")).toEqual(record);
    expect(wb.undoClears.filter((u) => u.includes("_jixiao_record"))).toEqual([]);
  });
});
