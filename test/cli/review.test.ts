/**
 * `jixiao review` (DESIGN §6): an officer's folder of mixed files (review-folder.ts) walked in
 * name order, one line per file (one JSON document with --json), unreadable files as records with
 * their reason, exit 1 when any file needs changes, 2 only for bad flags; the review worker on the
 * batch pool gives the same records as the in-thread path; the progress bar is drawn.
 */
import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { collectingOutput } from "../../src/cli/batch";
import { progressBar } from "../../src/cli/progress";
import { reviewCommand } from "../../src/cli/review-command";
import { cli } from "../helpers/cli";
import { FOLDER_FILES, makeReviewFolder } from "./review-folder";

let dir: string;
let workerFile: string;
let cliFile: string;
beforeAll(async () => {
  dir = await makeReviewFolder();
  // The real worker, bundled as scripts/build-cli.mjs does, so the pool path runs the shipped code;
  // with exceljs and jszip inside, since a temporary folder has no node_modules to find them in.
  const out = await fs.mkdtemp(path.join(os.tmpdir(), "jixiao-review-worker-"));
  workerFile = path.join(out, "review-worker.js");
  const bundle = { bundle: true, platform: "node", target: "node20", format: "cjs", logLevel: "error" } as const;
  await build({ entryPoints: [path.join(__dirname, "../../src/cli/review-worker.ts")], outfile: workerFile, ...bundle });
  // And the CLI beside it, for what only a real process shows (the profile handed to workers
  // through process.env, which jest's sandbox keeps apart from the threads it starts).
  cliFile = path.join(out, "cli.js");
  await build({ entryPoints: [path.join(__dirname, "../../src/cli/main.ts")], outfile: cliFile, ...bundle });
}, 120_000);

const docs = (stdout: string) => stdout.split("\n").map((l) => JSON.parse(l));

describe("jixiao review <folder> --json", () => {
  it("is one document per workbook, in name order: lock files, other extensions and empty subfolders left out", async () => {
    const r = await cli("review", dir, "--json");
    const walked = FOLDER_FILES.filter((f) => f !== "f-empty").map((f) => path.join(dir, f));
    expect(docs(r.stdout).map((d) => d.file)).toEqual(walked);
    // 3 need changes and 2 cannot be read: exit 1.
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("共 6 个文件：通过 1，需修改 3，无法读取 2。");
  });

  it("gives each file its verdict, counts, 单位 / 项目名称 and score", async () => {
    const [seed, broken, self, putuo, noTable, truncated] = docs((await cli("review", dir, "--json")).stdout);
    // The seed: 产出 12+24+5+12+4+8+7+7 = 79 and 效益 7+7 = 14 points against 55.56 and 33.33
    // (50 : 30 : 10 scaled to 100): two review warnings beside validate's three; scored from its
    // full log, 100 优. No title block (the seed's sheet starts with its title and goals).
    expect(seed).toMatchObject({ verdict: "revise", unit: "", project: "", profile: "default", valid: true, stats: { indicators: 11, errors: 0, warnings: 5, totalWeight: 100 }, score: { total: 100, grade: "优" } });
    expect(seed.issues.filter((i: { code: string }) => i.code === "review-weight-profile").map((i: { message: string }) => i.message)).toEqual([
      "「产出指标」的分值合计 79 分，与通常的权重 55.56 分相差较大。请确认分值设置，或说明调整的理由。",
      "「效益指标」的分值合计 14 分，与通常的权重 33.33 分相差较大。请确认分值设置，或说明调整的理由。",
    ]);
    // The table of mistakes: BROKEN_MISTAKES' 15 errors plus weight-total; no log, so no score.
    expect(broken).toMatchObject({ verdict: "revise", valid: false, stats: { indicators: 17, errors: 16 } });
    expect(broken.score).toBeUndefined();
    // The seed's 自评表 as .xls: its title block, and the score of src/sample/variants.ts (98.67 优).
    expect(self).toMatchObject({ verdict: "revise", unit: "中国共产党昆明市呈贡区委员会宣传部", project: "区委网信办经费", stats: { indicators: 11, errors: 0 }, score: { total: 98.67, grade: "优" } });
    // The published 普陀 自评表: no errors, no review warnings — 通过; 90 + 8.62 of the budget's 10.
    expect(putuo).toMatchObject({ verdict: "pass", unit: "上海市普陀区体育局", project: "普陀体育中心与委托运营方结算费用", stats: { indicators: 5, errors: 0, totalWeight: 90 }, score: { total: 98.62, grade: "优" } });
    expect(noTable).toMatchObject({ verdict: "unreadable", error: "工作表「说明」中找不到绩效指标表：需要一行表头至少包含「三级指标」和「指标值」。请检查表头文字，或指定绩效指标表所在的工作表。" });
    expect(truncated).toEqual({
      file: path.join(dir, "g-truncated.xlsx"),
      verdict: "unreadable",
      unit: "",
      project: "",
      valid: false,
      error: `${path.join(dir, "g-truncated.xlsx")} 已损坏（zip 结构不完整，可能在下载或复制时被截断）。请重新获取文件，或在 Excel 中打开后重新保存。`,
    });
  });

  it("gives the same records on the batch pool's worker threads as in this thread", async () => {
    const inThread = collectingOutput();
    const onPool = collectingOutput();
    await reviewCommand([dir], { lang: "zh-CN", json: true }, inThread, { workerFile: path.join(dir, "no-worker.js") });
    const code = await reviewCommand([dir], { lang: "zh-CN", json: true }, onPool, { workerFile, workers: 2 });
    expect(code).toBe(1);
    expect(onPool.lines).toEqual(inThread.lines);
  }, 60_000);

  it("takes the category weights from --profile, on the workers too (budget20: 40 : 30 : 10)", async () => {
    // No budget block in the seed, so 40 : 30 : 10 is scaled to 100: 50, 37.5, 12.5. 产出 79 is
    // 29 off, 效益 14 is 23.5 off, 满意度 7 is 5.5 off (within 10).
    const run = spawnSync(process.execPath, [cliFile, "review", path.join(dir, "a-seed.xlsx"), "--json", "--profile", "budget20", "--timeout", "60"], { encoding: "utf8" });
    expect(run.status).toBe(1);
    const record = JSON.parse(run.stdout);
    expect(record.profile).toBe("budget20");
    expect(record.issues.filter((i: { code: string }) => i.code === "review-weight-profile").map((i: { message: string }) => i.message)).toEqual([
      "「产出指标」的分值合计 79 分，与通常的权重 50 分相差较大。请确认分值设置，或说明调整的理由。",
      "「效益指标」的分值合计 14 分，与通常的权重 37.5 分相差较大。请确认分值设置，或说明调整的理由。",
    ]);
  }, 60_000);

  it("reports a file past the time limit as unreadable, and carries on", async () => {
    // A 1 ms limit: every file is given up on, each a record with the pool's reason.
    const out = collectingOutput();
    await reviewCommand([path.join(dir, "a-seed.xlsx"), path.join(dir, "d-putuo.xlsx")], { lang: "zh-CN", json: true, timeout: 0.001 }, out, { workerFile, workers: 1 });
    const records = out.lines.filter(([s]) => s === "stdout").map(([, l]) => JSON.parse(l));
    expect(records.map((r) => [r.verdict, r.error])).toEqual([
      ["unreadable", `${path.join(dir, "a-seed.xlsx")}：处理超时（0.001 秒）`],
      ["unreadable", `${path.join(dir, "d-putuo.xlsx")}：处理超时（0.001 秒）`],
    ]);
  }, 60_000);
});

describe("jixiao review: files, lines, exit codes", () => {
  it("exits 0 when every file passes, and prints one line per file", async () => {
    const r = await cli("review", path.join(dir, "d-putuo.xlsx"));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `通过  ${path.join(dir, "d-putuo.xlsx")}（上海市普陀区体育局 · 普陀体育中心与委托运营方结算费用）：5 个指标，0 个错误，4 个警告\n共 1 个文件：通过 1，需修改 0，无法读取 0。`,
    );
  });

  it("lists a file needing changes with its main problems under it, in English with --lang en", async () => {
    const r = await cli("review", path.join(dir, "a-seed.xlsx"), "--lang", "en");
    expect(r.code).toBe(1);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe(`needs changes  ${path.join(dir, "a-seed.xlsx")}: 11 indicators, 0 errors, 5 warnings`);
    expect(lines[1]).toBe("    1. The 产出指标 indicators carry 79 points, far from the usual 55.56. Check the points, or give the reason for the change.");
    expect(lines.at(-1)).toBe("1 file: 0 pass, 1 need changes, 0 unreadable.");
  });

  it("makes a missing file and an empty folder rows with their reason (exit 1, not 2)", async () => {
    const empty = path.join(dir, "f-empty");
    const missing = path.join(dir, "nope.xlsx");
    const r = await cli("review", missing, empty, "--json");
    expect(r.code).toBe(1);
    expect(docs(r.stdout).map((d) => [d.file, d.verdict, d.error])).toEqual([
      [missing, "unreadable", `找不到文件：${missing}。请检查路径和文件名。`],
      [empty, "unreadable", `文件夹 ${empty} 中没有 .xlsx、.xlsm、.xls 文件。`],
    ]);
  });

  it("makes every broken and hostile file of test/fixtures/bad a row with validate's own one line", async () => {
    // expected.json: the exit-2 files and their one line; the others read (their verdict is theirs).
    const bad = path.join(__dirname, "../fixtures/bad");
    const { cases } = JSON.parse(await fs.readFile(path.join(bad, "expected.json"), "utf8")) as { cases: { file: string; exit: number; "zh-CN": string | null }[] };
    // a-folder.xlsx is a folder: review walks folders (it is the empty-folder case above).
    const files = cases.filter((c) => c.file !== "a-folder.xlsx");
    const r = await cli("review", ...files.map((c) => path.join(bad, c.file)), "--json");
    const got = docs(r.stdout);
    expect(got.map((d) => d.file)).toEqual(files.map((c) => path.join(bad, c.file)));
    files.forEach((c, k) => {
      if (c.exit === 2) expect([c.file, got[k].verdict, got[k].error]).toEqual([c.file, "unreadable", c["zh-CN"]!.replace("{file}", path.join(bad, c.file))]);
      else expect([c.file, got[k].verdict]).not.toEqual([c.file, "unreadable"]);
    });
    expect(r.code).toBe(1);
  }, 120_000);

  it("names a file given twice once", async () => {
    const seed = path.join(dir, "a-seed.xlsx");
    const r = await cli("review", seed, dir, "--json");
    expect(docs(r.stdout).map((d) => d.file)).toEqual([seed, ...FOLDER_FILES.filter((f) => f !== "f-empty" && f !== "a-seed.xlsx").map((f) => path.join(dir, f))]);
  });

  it("exits 2 for bad flags only: a --summary that is not .xlsx, an unknown profile, the summary an input", async () => {
    const seed = path.join(dir, "a-seed.xlsx");
    expect(await cli("review", seed, "--summary", "汇总.csv")).toEqual({ code: 2, stdout: "", stderr: "--summary 须是 .xlsx 文件名（例如 汇总.xlsx），而不是「汇总.csv」。" });
    expect(await cli("review", seed, "--profile", "hunan")).toEqual({
      code: 2,
      stdout: "",
      stderr: "未知的评分方案「hunan」：内置方案为 default、yitihua、budget20，也可给出评分方案 JSON 文件的路径。",
    });
    const r = await cli("review", path.join(dir, "d-putuo.xlsx"), "--summary", path.join(dir, "d-putuo.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`--summary 不能是输入文件「${path.join(dir, "d-putuo.xlsx")}」：输入文件从不被修改，请另取一个文件名。`);
    expect((await cli("review", seed, "--bogus")).code).toBe(2);
    expect((await cli("review")).code).toBe(2);
  });

  it("draws the progress bar on a terminal, and takes it off before each line", async () => {
    const drawn: string[] = [];
    const progress = progressBar({ isTTY: true, columns: 80, write: (s) => drawn.push(s) }, "zh-CN");
    const out = collectingOutput();
    await reviewCommand([path.join(dir, "d-putuo.xlsx"), path.join(dir, "e-no-table.xlsx")], { lang: "zh-CN" }, out, { progress, workerFile: path.join(dir, "no-worker.js") });
    expect(drawn[0].startsWith("\r\x1b[2K校验中 [---")).toBe(true);
    expect(drawn[0]).toContain("] 0/2");
    expect(drawn.some((s) => /#+\] 2\/2/.test(s))).toBe(true);
    expect(drawn.at(-1)).toBe("\r\x1b[2K"); // the bar is gone at the end
  });
});
