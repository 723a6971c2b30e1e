/**
 * Nothing run: text that comes from cells or the log and begins with `=`, `+`, `-` or `@` — the
 * characters Excel takes as the start of a formula (formula / CSV injection, DDE `=cmd|…`) — is
 * written by Score as text: in the scored copy its cell has no `<f>` and holds an inline or shared
 * string, whatever sheet it lands on (the target sheet's 评（扣）分标准 and 实际完成值, the
 * 绩效自评表 Score creates, the remarks it carries over).
 */
import fc from "fast-check";
import ExcelJS from "exceljs";
import { scoreWorkbook } from "../../src/core";
import type { WritePlan } from "../../src/core/plan/types";
import { readWorkbookBytes } from "../../src/xlsx/read";
import { applyPlan } from "../../src/xlsx/apply-plan";
import { readTextPart } from "../../src/xlsx/zip-parts";
import { fcParams, FORMULA_TEXTS, runCounter } from "./arbitraries";
import { cellXml, sheetParts } from "./xlsx-parts";

export const injectionFigures = { workbooks: 0, cellsChecked: 0 };

const LEADS = ["=", "+", "-", "@"];
const injection = fc.oneof(
  fc.constantFrom(...FORMULA_TEXTS.filter((t) => LEADS.includes(t[0]))),
  fc.tuple(fc.constantFrom(...LEADS), fc.string({ unit: "grapheme", maxLength: 20 })).map(([lead, rest]) => lead + rest),
  fc.constantFrom("=cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "+HYPERLINK(\"http://example.invalid\",\"x\")", "-2+3+cmd|' /C calc'!A0", "=1+1\n得分：5"),
);

async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** A tidy table whose texts begin like formulas, and a log whose values do. */
function hostileWorkbook(p: { name: string; rule: string; word: string; logName: string }): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("项目绩效目标表");
  // A 分值 column: the rule text that begins with the payload still scores (its points are the 分值).
  ws.addRow(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标属性", "评（扣）分标准", "指标内容", "数据来源", "分值"]);
  ws.addRow(["产出指标", "数量指标", p.name, "=", 12, "期", "定量指标", `${p.rule}，完成1期得1分`, "反映期数", "工作计划", 12]);
  ws.addRow(["产出指标", "质量指标", "报告完成质量", "=", "合格", "", "定性指标", "7分，质量合格得7分", "反映质量", "工作计划", 7]);
  ws.addRow(["效益指标", "社会效益指标", p.logName, ">=", 1, "次", "定量指标", "81分，完成1次得81分", "反映次数", "工作计划", 81]);
  const log = wb.addWorksheet("完成情况台账");
  log.addRow(["日期", "三级指标", "完成值", "备注"]);
  for (let m = 1; m <= 12; m++) log.addRow([new Date(Date.UTC(2022, m - 1, 28)), p.name, 1, p.rule]);
  log.addRow([new Date(Date.UTC(2022, 11, 31)), "报告完成质量", p.word, p.word]);
  log.addRow([new Date(Date.UTC(2022, 11, 31)), p.logName, 1, ""]);
  return wb;
}

/** Every string the plan writes that starts like a formula: in the output, text, never a formula. */
async function assertWrittenAsText(out: Uint8Array, plan: WritePlan): Promise<number> {
  const parts = await sheetParts(out);
  let checked = 0;
  for (const sp of plan.sheets) {
    const xml = (await readTextPart(out, parts.get(sp.sheet)!))!;
    // The inputs hold no formulas, so no sheet Score writes may hold one.
    expect({ sheet: sp.sheet, formulas: xml.match(/<(?:\w+:)?f[\s>/]/g) ?? [] }).toEqual({ sheet: sp.sheet, formulas: [] });
    for (const w of sp.writes) {
      if (typeof w.value !== "string" || !/^[=+\-@]/.test(w.value)) continue;
      const c = cellXml(xml, w.row, w.col);
      expect(c).not.toBeNull();
      expect(c).not.toMatch(/<(?:\w+:)?f[\s>/]/);
      expect(c).toMatch(/\bt="(inlineStr|s)"/);
      checked++;
    }
  }
  // And read back, each such cell is the very string, not a formula.
  const wb = await load(out);
  for (const sp of plan.sheets)
    for (const w of sp.writes) {
      if (typeof w.value !== "string" || !/^[=+\-@]/.test(w.value)) continue;
      const cell = wb.getWorksheet(sp.sheet)!.getCell(w.row + 1, w.col + 1);
      expect(cell.formula).toBeUndefined();
      const v = cell.value as unknown;
      const text = typeof v === "string" ? v : v && typeof v === "object" && "richText" in v ? (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("") : v;
      expect(text).toBe(w.value);
    }
  return checked;
}

describe("nothing run: formula-looking text is written as text", () => {
  it("names, rule texts, log values and carried-over remarks that begin with = + - @", async () => {
    await fc.assert(
      fc.asyncProperty(fc.record({ name: injection, rule: injection, word: injection, logName: injection }), async (p) => {
        fc.pre(p.name.trim() !== "" && p.logName.trim() !== "" && p.name.trim() !== p.logName.trim());
        runCounter.cases++;
        const original = await toBytes(hostileWorkbook(p));
        const report = scoreWorkbook(readWorkbookBytes(original));
        const out = await applyPlan(original, report.plan);
        injectionFigures.cellsChecked += await assertWrittenAsText(out, report.plan);
        injectionFigures.workbooks++;
      }),
      fcParams(40),
    );
  }, 120_000);

  it("the DDE payload lands in every place Score writes text: 实际完成值, the rule cell, the 自评表, its remarks", async () => {
    const dde = "=cmd|' /C calc'!A0";
    const original = await toBytes(hostileWorkbook({ name: "@SUM(1,2)", rule: "+1+1", word: dde, logName: "-2+3" }));
    const first = scoreWorkbook(readWorkbookBytes(original));
    const once = await applyPlan(original, first.plan);
    // Staff write a remark (偏差原因分析) beginning with "=" in the 自评表; scoring again carries it over.
    const wb = await load(once);
    const self = wb.getWorksheet("绩效自评表")!;
    const sp = first.plan.sheets.find((s) => s.sheet === "绩效自评表")!;
    const remarkCol = sp.writes.find((w) => w.value === "偏差原因分析及改进措施")!.col;
    const firstRow = sp.writes.find((w) => w.col === 2 && w.value === "@SUM(1,2)")!.row;
    self.getCell(firstRow + 1, remarkCol + 1).value = dde;
    const edited = await toBytes(wb);
    const second = scoreWorkbook(readWorkbookBytes(edited));
    const twice = await applyPlan(edited, second.plan);
    const strings = (plan: WritePlan) => plan.sheets.flatMap((s) => s.writes.map((w) => ({ sheet: s.sheet, value: w.value })));
    expect(strings(first.plan)).toEqual(
      expect.arrayContaining([
        { sheet: "项目绩效目标表", value: dde }, // 实际完成值 of 报告完成质量, from the log
        { sheet: "项目绩效目标表", value: "+1+1，完成1期得1分\n得分：12" }, // the rule cell and its 得分 line
        { sheet: "绩效自评表", value: "@SUM(1,2)" }, // a name in the 自评表
        { sheet: "绩效自评表", value: "-2+3" },
        { sheet: "绩效自评表", value: dde }, // the actual value in the 自评表
      ]),
    );
    // Scoring again carries the remark over: the 自评表 now has the payload as actual and as remark.
    expect(second.plan.sheets.find((s) => s.sheet === "绩效自评表")!.writes.filter((w) => w.value === dde).length).toBe(2);
    injectionFigures.cellsChecked += await assertWrittenAsText(once, first.plan);
    injectionFigures.cellsChecked += await assertWrittenAsText(twice, second.plan);
    injectionFigures.workbooks++;
  }, 60_000);
});

// The figures docs/reliability.md quotes.
afterAll(() => console.info(`nothing-run: ${injectionFigures.workbooks} workbooks with formula-like text scored, ${injectionFigures.cellsChecked} written cells checked for a formula`));
