/** `jixiao score`: the JSON with `score`, --out writing a scored copy, the input never touched. */
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { cli } from "../helpers/cli";
import { buildSeedWorkbook, writeTemp } from "../fixtures/workbooks";
import { diffParts } from "../../src/xlsx/zip-parts";

describe("jixiao score", () => {
  let seed: string;
  beforeAll(async () => {
    seed = await writeTemp(buildSeedWorkbook({ log: "full" }), "seed.xlsx");
  });

  it("prints DESIGN §6 JSON with issues and score", async () => {
    const r = await cli("score", seed, "--json");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(["file", "sheet", "valid", "stats", "issues", "score"]);
    expect(doc.score).toMatchObject({ total: 100, max: 100, complete: true });
    expect(doc.score.indicators[0]).toEqual({
      row: 8,
      name: "编撰网络舆情分析研判报告期数",
      level1: "产出指标",
      level2: "数量指标",
      operator: "=",
      target: 12,
      unit: "期",
      actual: 12,
      full: 12,
      score: 12,
      rule: "per-unit",
    });
  });

  it("writes nothing without --out, and a scored copy with it; the input stays byte for byte", async () => {
    const before = await fs.readFile(seed);
    const out = path.join(path.dirname(seed), "scored.xlsx");
    const r = await cli("score", seed, "--out", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("总分 100 / 100，等级：优");
    expect(Buffer.compare(before, await fs.readFile(seed))).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("项目绩效目标表")!;
    expect(ws.getCell("W4").value).toBe("实际完成值");
    expect(ws.getCell("W8").value).toBe(12);
    expect(ws.getCell("Q8").value).toBe("12分，完成1期得1分\n得分：12");
    expect(wb.getWorksheet("绩效自评表")).toBeDefined();
    // Only the target sheet, styles and the workbook's sheet list change; two sheets are added:
    // the 绩效自评表 and the very hidden ownership record (DESIGN §5).
    const diff = await diffParts(new Uint8Array(before), new Uint8Array(await fs.readFile(out)));
    expect(diff.removed).toEqual([]);
    expect(diff.changed.sort()).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"].sort());
    expect(diff.added).toHaveLength(2);
    expect(wb.getWorksheet("_jixiao_record")?.state).toBe("veryHidden");
  });

  it("scoring the scored copy again changes nothing", async () => {
    const once = path.join(path.dirname(seed), "once.xlsx");
    const twice = path.join(path.dirname(seed), "twice.xlsx");
    await cli("score", seed, "--out", once);
    await cli("score", once, "--out", twice);
    const diff = await diffParts(new Uint8Array(await fs.readFile(once)), new Uint8Array(await fs.readFile(twice)));
    expect({ changed: diff.changed, added: diff.added, removed: diff.removed }).toEqual({ changed: [], added: [], removed: [] });
  });

  it("without data: every indicator says why it is not scored, and there is no total or grade", async () => {
    const file = await writeTemp(buildSeedWorkbook({ log: "none" }), "no-log.xlsx");
    const r = await cli("score", file);
    expect(r.code).toBe(1); // log-sheet-not-found is an error for Score
    const lines = r.stdout.split("\n");
    expect(lines.filter((l) => l.endsWith("未评分：没有台账，实际完成值也未填写"))).toHaveLength(11);
    expect(lines.at(-1)).toBe("总分 — / 100，等级：未评定（11 项未能评分）");
    expect(r.stdout).not.toContain("等级：差");

    const doc = JSON.parse((await cli("score", file, "--json")).stdout);
    expect(doc.score).toMatchObject({ total: null, max: 100, complete: false, grade: null });
    expect(doc.score.indicators[0].reason).toEqual({ code: "no-actual", message: "没有台账，实际完成值也未填写" });
  });

  it("refuses to write over its input", async () => {
    const r = await cli("score", seed, "--out", seed);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--out 不能与输入文件相同");
  });
});
