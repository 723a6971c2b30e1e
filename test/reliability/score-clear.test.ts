/**
 * Score → 清除评分 gives back the workbook as it was, cell for cell (issue 12, DESIGN §5 Clear):
 * on the sample, on a 自评表 staff already filled in part, and with staff edits in between (kept).
 * Files go through the real reader and the package patcher, as in the CLI and the web page.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { analyzeWorkbook, clearScorePlan, scoreWorkbook, type WorkbookGrids } from "../../src/core";
import { readWorkbookBytes } from "../../src/xlsx/read";
import { applyPlan } from "../../src/xlsx/apply-plan";
import { buildSelfEvaluationWorkbook, toBuffer } from "../fixtures/workbooks";

async function grids(bytes: Uint8Array): Promise<WorkbookGrids> {
  return readWorkbookBytes(bytes);
}

/** Every non-empty cell of every sheet, as `sheet!r,c → value`. */
function cells(wb: WorkbookGrids): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const g of wb.sheets)
    g.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== "") out.set(`${g.sheet}!${g.origin.row + r},${g.origin.col + c}`, v);
      }),
    );
  return out;
}

async function scoreThenClear(original: Uint8Array, edit?: (bytes: Uint8Array) => Promise<Uint8Array>) {
  const scored = await applyPlan(original, scoreWorkbook(await grids(original)).plan);
  const edited = edit ? await edit(scored) : scored;
  const g = await grids(edited);
  const cleared = clearScorePlan(g, analyzeWorkbook(g));
  return { scored: await grids(scored), result: cleared, after: await grids(await applyPlan(edited, cleared.plan)) };
}

const SAMPLE = new Uint8Array(readFileSync(path.join(__dirname, "../../assets/sample.xlsx")));

describe("Score → 清除评分", () => {
  it("gives the sample back cell for cell, with the same sheets", async () => {
    const before = await grids(SAMPLE);
    const { scored, after, result } = await scoreThenClear(SAMPLE);
    // Score did write: a 自评表, its record, 实际完成值 and score lines.
    expect(scored.sheets.map((s) => s.sheet)).toEqual([...before.sheets.map((s) => s.sheet), "绩效自评表", "_jixiao_record"]);
    expect(cells(scored)).not.toEqual(cells(before));
    expect(after.sheets.map((s) => s.sheet)).toEqual(before.sheets.map((s) => s.sheet));
    expect(cells(after)).toEqual(cells(before));
    expect(result.keptCells).toEqual([]);
  });

  it("gives a 自评表 staff filled in part back cell for cell (scored in place, no copy)", async () => {
    const original = new Uint8Array(await toBuffer(buildSelfEvaluationWorkbook()));
    const before = await grids(original);
    const { scored, after } = await scoreThenClear(original);
    expect(scored.sheets.map((s) => s.sheet)).toEqual([...before.sheets.map((s) => s.sheet), "_jixiao_record"]);
    expect(cells(after)).toEqual(cells(before));
  });

  it("keeps a cell staff changed after Score, and says so", async () => {
    const before = await grids(SAMPLE);
    const analysis = analyzeWorkbook(before);
    const table = analysis.table!;
    // The 实际完成值 column Score adds sits right of the table; staff overwrite the first value.
    const { result, after, scored } = await scoreThenClear(SAMPLE, async (bytes) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
      const g = readWorkbookBytes(bytes).sheets.find((s) => s.sheet === table.grid.sheet)!;
      const header = g.values[table.header.top];
      const col = header.findIndex((v) => v === "实际完成值");
      wb.getWorksheet(table.grid.sheet)!.getCell(table.indicators[0].row, col + 1).value = 999;
      return new Uint8Array(await wb.xlsx.writeBuffer());
    });
    expect(result.keptCells).toHaveLength(1);
    const kept = [...cells(after)].filter(([, v]) => v === 999);
    expect(kept).toHaveLength(1);
    expect(scored.sheets.length).toBeGreaterThan(before.sheets.length);
  });
});

describe("a chart sheet first in the tab order", () => {
  /** The sample with a chart sheet (xl/chartsheets/sheet1.xml) put in front of its sheets. */
  async function withChartSheetFirst(bytes: Uint8Array): Promise<Uint8Array> {
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(bytes);
    zip.file(
      "xl/chartsheets/sheet1.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`,
    );
    const ct = await zip.file("[Content_Types].xml")!.async("string");
    zip.file("[Content_Types].xml", ct.replace("</Types>", `<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/></Types>`));
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", `<Relationship Id="rIdChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`));
    const wbXml = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", wbXml.replace(/<sheets>/, `<sheets><sheet name="图表1" sheetId="99" r:id="rIdChart1"/>`));
    return new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
  }

  it("new sheets go to xl/worksheets, the chart sheet is untouched, and a second Score finds its 自评表", async () => {
    const original = await withChartSheetFirst(SAMPLE);
    const once = await applyPlan(original, scoreWorkbook(await grids(original)).plan);
    const JSZip = (await import("jszip")).default;
    const names = Object.keys((await JSZip.loadAsync(once)).files);
    expect(names.filter((n) => n.startsWith("xl/chartsheets/") && n.endsWith(".xml"))).toEqual(["xl/chartsheets/sheet1.xml"]);
    const chartBefore = await (await JSZip.loadAsync(original)).file("xl/chartsheets/sheet1.xml")!.async("string");
    expect(await (await JSZip.loadAsync(once)).file("xl/chartsheets/sheet1.xml")!.async("string")).toBe(chartBefore);
    // The 自评表 is a worksheet a reader sees; staff write a remark in it; the next Score keeps it.
    const g = await grids(once);
    const self = g.sheets.find((s) => s.sheet === "绩效自评表")!;
    expect(self).toBeDefined();
    const header = self.values.findIndex((r) => r.includes("偏差原因分析及改进措施"));
    const remarkCol = self.values[header].indexOf("偏差原因分析及改进措施");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(once) as unknown as ArrayBuffer);
    wb.getWorksheet("绩效自评表")!.getCell(header + 2, remarkCol + 1).value = "上级未下达任务";
    const edited = new Uint8Array(await wb.xlsx.writeBuffer());
    const twice = await applyPlan(edited, scoreWorkbook(await grids(edited)).plan);
    const again = (await grids(twice)).sheets.find((s) => s.sheet === "绩效自评表")!;
    expect(again.values[header + 1][remarkCol]).toBe("上级未下达任务");
  });
});

describe("a protected target sheet", () => {
  async function protectedSample(unlockCol?: string): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(SAMPLE) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("项目绩效目标表")!;
    if (unlockCol) for (let r = 1; r <= 40; r++) ws.getCell(`${unlockCol}${r}`).protection = { locked: false };
    await ws.protect("", {});
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it("is not written, and the report says so; the scores and the 自评表 still come out", async () => {
    const original = await protectedSample();
    const before = await grids(original);
    const report = scoreWorkbook(before);
    expect(report.score.total).toBe(100);
    const issue = report.issues.find((i) => i.code === "sheet-protected")!;
    expect([issue.severity, issue.sheet, issue.message.startsWith("工作表「项目绩效目标表」受保护，评分没有写入其中")]).toEqual(["warning", "项目绩效目标表", true]);
    const after = await grids(await applyPlan(original, report.plan));
    const target = (w: WorkbookGrids) => cells({ sheets: w.sheets.filter((s) => s.sheet === "项目绩效目标表") });
    expect(target(after)).toEqual(target(before));
    expect(after.sheets.some((s) => s.sheet === "绩效自评表")).toBe(true);
  });

  it("writes the cells staff may edit there (unlocked), and only those", async () => {
    // The sample's 评（扣）分标准 column is Q: unlocked, it takes the score lines.
    const original = await protectedSample("Q");
    const report = scoreWorkbook(await grids(original));
    const target = report.plan.sheets.find((s) => s.sheet === "项目绩效目标表")!;
    expect(target.writes.length).toBeGreaterThan(0);
    expect(target.writes.every((w) => w.col === 16)).toBe(true);
    expect(report.issues.some((i) => i.code === "sheet-protected")).toBe(true);
  });
});
