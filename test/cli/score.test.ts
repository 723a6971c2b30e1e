/** `jixiao score`: the JSON with `score`, --out writing a scored copy, the input never touched. */
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { cli } from "../helpers/cli";
import { buildSeedWorkbook, buildSelfEvaluationWorkbook, writeTemp } from "../fixtures/workbooks";
import { DEFAULT_PROFILE, YITIHUA_PROFILE } from "../../src/core";
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
    expect(Object.keys(doc)).toEqual(["file", "sheet", "valid", "stats", "issues", "profile", "score"]);
    expect(doc.profile).toBe("default");
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

/**
 * `--profile` (DESIGN §6, §10): the 自评表 sample as staff left it — 报告完成时限 400 天 against
 * ≤365天, 6 typed as the 得分 of 报告完成质量 — scored under default and yitihua; custom files.
 */
describe("jixiao score --profile", () => {
  let sample: string;
  let dir: string;
  beforeAll(async () => {
    const wb = buildSelfEvaluationWorkbook();
    const ws = wb.getWorksheet("项目支出绩效自评表")!;
    ws.getCell("F20").value = "400天";
    ws.getCell("H19").value = 6;
    sample = await writeTemp(wb, "self-evaluation-edited.xlsx");
    dir = path.dirname(sample);
  });

  it("names the profile in the JSON; default and yitihua give their own totals", async () => {
    const d = JSON.parse((await cli("score", sample, "--json")).stdout);
    const y = JSON.parse((await cli("score", sample, "--profile", "yitihua", "--json")).stdout);
    // test/core/profiles-score.test.ts has the arithmetic: 75.17 + 7 + 6.39 + 9.5 = 98.06 and
    // 75.17 + 6 + 6.33 + 9.5 = 97.
    expect(d.score).toMatchObject({ profile: "default", profileLabel: "默认（财政部项目支出绩效自评）", total: 98.06, grade: "优" });
    expect(y.score).toMatchObject({ profile: "yitihua", profileLabel: "预算管理一体化系统", total: 97, grade: "优" });
    const time = y.score.indicators.find((i: { row: number }) => i.row === 20);
    expect(time).toMatchObject({ score: 6.33, adjustments: [{ code: "reverse-linear", from: 6.39, to: 6.33 }] });
    // The fields outside tools know are all still there, in their order; adjustments only added.
    expect(Object.keys(time)).toEqual(["row", "name", "level1", "level2", "operator", "target", "unit", "actual", "full", "score", "rule", "adjustments"]);
  });

  it("prints the profile and what it changed in the text report", async () => {
    const r = await cli("score", sample, "--profile", "yitihua");
    expect(r.stdout).toContain("评分方案：预算管理一体化系统");
    expect(r.stdout).toContain("      调整：反向指标按线性公式计分：7 × max(0, 1 − (400 − 365) ÷ 365) = 6.33（按默认公式为 6.39）");
    expect(r.stdout).toContain("      调整：采用填写的得分 6：在「达成」的分值区间 5.6–7 分内（按评分标准计算为 7）");
    expect(r.stdout.split("\n").at(-1)).toBe("总分 97 / 100，等级：优");
  });

  it("takes a custom profile from a JSON file", async () => {
    const file = path.join(dir, "caps.json");
    await fs.writeFile(file, JSON.stringify({ ...DEFAULT_PROFILE, name: "caps", label: undefined, executionCaps: [{ below: 96, max: 90 }] }));
    const doc = JSON.parse((await cli("score", sample, "--profile", file, "--json")).stdout);
    // 执行率 72.2 / 76 = 95 % < 96 %: 98.06 → at most 90.
    expect(doc.score).toMatchObject({ profile: "caps", profileLabel: "caps", total: 90, adjustments: [{ code: "execution-cap", from: 98.06, to: 90 }] });
  });

  it("refuses a bad profile file with exit 2, naming the field and what it expects", async () => {
    const file = path.join(dir, "bad.json");
    await fs.writeFile(file, JSON.stringify({ ...YITIHUA_PROFILE, reverseFormula: "inverse" }));
    const r = await cli("score", sample, "--profile", file);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`评分方案文件 ${file} 有误：reverseFormula：应为"ratio" 或 "linear"。`);
    const en = await cli("score", sample, "--profile", file, "--lang", "en");
    expect(en.stderr).toBe(`The scoring profile file ${file} is wrong: reverseFormula: expected one of "ratio", "linear".`);
  });

  it("refuses an unknown name, a missing file and a file that is not JSON, with exit 2", async () => {
    const unknown = await cli("score", sample, "--profile", "hubei");
    expect([unknown.code, unknown.stderr]).toEqual([2, "未知的评分方案「hubei」：内置方案为 default、yitihua、budget20，也可给出评分方案 JSON 文件的路径。"]);
    const missing = await cli("score", sample, "--profile", path.join(dir, "none.json"));
    expect([missing.code, missing.stderr]).toEqual([2, `无法读取评分方案文件 ${path.join(dir, "none.json")}：文件不存在。`]);
    const notJson = path.join(dir, "not.json");
    await fs.writeFile(notJson, "{ name: yitihua");
    const broken = await cli("score", sample, "--profile", notJson);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(new RegExp(`^评分方案文件 ${notJson.replace(/[.\\/]/g, "\\$&")} 不是有效的 JSON（.+）。$`));
  });
});

describe("jixiao rule --profile", () => {
  it("scores 反向 linearly under yitihua and names the profile", async () => {
    const r = await cli("rule", "10分，按完成比例得分", "--target", "≤50", "--actual", "60", "--profile", "yitihua", "--json");
    // 10 × (1 − (60 − 50) / 50) = 8; default would give 10 × 50 / 60 = 8.33.
    expect(JSON.parse(r.stdout).whatIf).toMatchObject({ score: 8, profile: "yitihua", adjustments: [{ code: "reverse-linear", from: 8.33, to: 8 }] });
    const d = await cli("rule", "10分，按完成比例得分", "--target", "≤50", "--actual", "60", "--json");
    expect(JSON.parse(d.stdout).whatIf).toMatchObject({ score: 8.33, profile: "default" });
  });

  it("says the band staff may choose in, for a 定性 outcome", async () => {
    const r = await cli("rule", "10分", "--target", "合格", "--actual", "部分达成", "--profile", "yitihua");
    // 部分达成: 10 × 0.6 = 6, band [0.6 × 10, 0.8 × 10] = 6–8.
    expect(r.stdout).toContain("  可在「部分达成」的分值区间 6–8 分内自选得分");
    expect(r.stdout.split("\n").at(-1)).toBe("评分方案：预算管理一体化系统");
  });
});
