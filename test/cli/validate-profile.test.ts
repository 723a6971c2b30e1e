/**
 * `jixiao validate --profile NAME|FILE.json` (DESIGN §6, §10): the profile's budget points decide
 * what the indicators must total when the budget block's 分值 is blank, for one file, for a batch
 * in this thread and for a batch on the real worker; every report names the profile it used.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { build } from "esbuild";
import ExcelJS from "exceljs";
import { cli } from "../helpers/cli";
import { TIDY_HEADER, tidyRow } from "../helpers/grids";
import { collectingOutput, validateFiles } from "../../src/cli/batch";

let dir: string;
let table: string;
let workerFile: string;

/**
 * A budget block with its 分值 left blank above two indicators worth 50 + 30 = 80 points. Under
 * `default` the blank block is worth 10, so the indicators should total 100 − 10 = 90 (80 is
 * wrong); under `budget20` it is worth 20: 100 − 20 = 80, right.
 */
async function budgetTable(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("项目绩效目标表");
  ws.addRow(["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]);
  ws.addRow([100, 100, 90, null, null, null]);
  ws.addRow([]);
  ws.addRow(TIDY_HEADER);
  ws.addRow(tidyRow({ 三级指标: "报告期数", "评（扣）分标准": "50分，按完成比例得分" }));
  ws.addRow(tidyRow({ 三级指标: "专报期数", 指标内容: "专报期数", "评（扣）分标准": "30分，按完成比例得分" }));
  const out = path.join(dir, file);
  await fs.writeFile(out, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return out;
}

const weightTotal = (doc: { issues: { code: string; message: string }[] }) => doc.issues.filter((i) => i.code === "weight-total");

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "jixiao-validate-profile-"));
  table = await budgetTable("budget-blank.xlsx");
  await fs.copyFile(table, path.join(dir, "copy.xlsx"));
  // The shipped worker, bundled as scripts/build-cli.mjs does (with its dependencies inside).
  workerFile = path.join(dir, "validate-worker.js");
  await build({ entryPoints: [path.join(__dirname, "../../src/cli/validate-worker.ts")], outfile: workerFile, bundle: true, platform: "node", target: "node20", format: "cjs", logLevel: "error" });
}, 120_000);

describe("jixiao validate --profile", () => {
  it("default: the blank budget 分值 is worth 10, so 80 points are wrong (90 expected); the JSON names default", async () => {
    const r = await cli("validate", table, "--json");
    const doc = JSON.parse(r.stdout);
    expect(doc.profile).toBe("default");
    expect(doc.stats.totalWeight).toBe(80);
    expect(weightTotal(doc)).toHaveLength(1);
    expect(weightTotal(doc)[0].message).toContain("90");
    expect(r.code).toBe(1);
  });

  it("budget20: the blank 分值 is worth 20, so 80 points are right; the JSON names budget20", async () => {
    const r = await cli("validate", table, "--profile", "budget20", "--json");
    const doc = JSON.parse(r.stdout);
    expect(doc.profile).toBe("budget20");
    expect(weightTotal(doc)).toEqual([]);
  });

  it("a custom profile file with 20 budget points does the same, and the JSON names it", async () => {
    const file = path.join(dir, "twenty.json");
    const { BUDGET20_PROFILE } = await import("../../src/core");
    await fs.writeFile(file, JSON.stringify({ ...BUDGET20_PROFILE, name: "city-20", label: undefined }));
    const doc = JSON.parse((await cli("validate", table, "--profile", file, "--json")).stdout);
    expect(doc.profile).toBe("city-20");
    expect(weightTotal(doc)).toEqual([]);
  });

  it("the text report names the profile, as Score's does", async () => {
    expect((await cli("validate", table)).stdout.split("\n").at(-1)).toBe("评分方案：默认（财政部项目支出绩效自评）");
    expect((await cli("validate", table, "--profile", "budget20", "--lang", "en")).stdout.split("\n").at(-1)).toBe("Scoring profile: budget block 20 points (provincial example)");
  });

  it("several files, validated in this thread: each under the profile", async () => {
    const r = await cli("validate", table, path.join(dir, "copy.xlsx"), "--profile", "budget20", "--json");
    const docs = r.stdout.split("\n").map((l) => JSON.parse(l));
    expect(docs.map((d) => [d.profile, weightTotal(d).length])).toEqual([
      ["budget20", 0],
      ["budget20", 0],
    ]);
  });

  it("several files on the real worker threads: the profile the main thread loaded reaches every worker", async () => {
    const files = [table, path.join(dir, "copy.xlsx")];
    const run = async (profile?: string) => {
      const out = collectingOutput();
      const code = await validateFiles(files, { lang: "zh-CN", json: true, profile }, out, { workerFile, workers: 2 });
      return { code, docs: out.lines.filter(([s]) => s === "stdout").map(([, l]) => JSON.parse(l)) };
    };
    const twenty = await run("budget20");
    expect(twenty.docs.map((d) => [d.file, d.profile, weightTotal(d).length])).toEqual(files.map((f) => [f, "budget20", 0]));
    const ten = await run();
    expect(ten.docs.map((d) => [d.profile, weightTotal(d).length])).toEqual([
      ["default", 1],
      ["default", 1],
    ]);
    expect(ten.code).toBe(1);
  }, 60_000);

  it("a bad profile is a bad flag: exit 2 with one line, before any file, for one file or many", async () => {
    const one = await cli("validate", table, "--profile", "hunan");
    expect(one).toMatchObject({ code: 2, stderr: "未知的评分方案「hunan」：内置方案为 default、yitihua、budget20，也可给出评分方案 JSON 文件的路径。" });
    const many = await cli("validate", table, path.join(dir, "copy.xlsx"), "--profile", "hunan", "--lang", "en");
    expect(many).toEqual({ code: 2, stdout: "", stderr: 'Unknown scoring profile "hunan": the built-in ones are default, yitihua, budget20, or give the path of a profile JSON file.' });
  });
});
