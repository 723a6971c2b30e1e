/**
 * `jixiao log-template` (DESIGN §3, §6) on the seed sample without its log: the written package
 * holds the log sheet with its validations, the very hidden list, the defined name and the frozen
 * header — read back from the XML, as Excel will read it — and Score then finds every logged name.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { cli } from "../helpers/cli";
import { buildSeedWorkbook, writeTemp } from "../fixtures/workbooks";
import { loadGrids } from "../../src/cli/load";
import { applyPlan } from "../../src/xlsx/apply-plan";

async function partsOf(file: string) {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const text = (p: string) => zip.file(p)!.async("string");
  const workbook = await text("xl/workbook.xml");
  const rels = await text("xl/_rels/workbook.xml.rels");
  const sheetXml = async (name: string) => {
    const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1];
    return text(`xl/${target!.replace(/^\/?xl\//, "")}`);
  };
  return { workbook, sheetXml };
}

describe("jixiao log-template", () => {
  let seed: string;
  let out: string;
  beforeAll(async () => {
    seed = await writeTemp(buildSeedWorkbook({ log: "none" }), "seed-nolog.xlsx");
    out = path.join(path.dirname(seed), "with-log.xlsx");
  });

  it("adds 完成情况台账 with its dropdowns, date check and frozen header; the list very hidden behind a defined name", async () => {
    const before = await fs.readFile(seed);
    const r = await cli("log-template", seed, "--out", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("已添加台账「完成情况台账」，三级指标可从下拉列表选择（目标表的 11 个指标）");
    expect(await fs.readFile(seed)).toEqual(before);

    const { workbook, sheetXml } = await partsOf(out);
    expect(workbook).toMatch(/<sheet [^>]*name="_jixiao_lists"[^>]*state="veryHidden"|<sheet [^>]*state="veryHidden"[^>]*name="_jixiao_lists"/);
    expect(workbook).toMatch(/<definedName name="jixiao_indicators">'?_jixiao_lists'?!\$A\$1:\$A\$11<\/definedName>/);
    const log = await sheetXml("完成情况台账");
    expect(log).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(log).toMatch(/<dataValidation [^>]*type="list"[^>]*sqref="B2:B2001"[^>]*>\s*<formula1>jixiao_indicators<\/formula1>/);
    // 2022-01-01 and 2022-12-31 as serials: 44562 and 44926.
    expect(log).toMatch(/<dataValidation [^>]*type="date"[^>]*sqref="A2:A2001"[^>]*>\s*<formula1>44562<\/formula1>\s*<formula2>44926<\/formula2>/);
    expect(log).toMatch(/<formula1>"求和,计数,最新,平均,最大,最小"<\/formula1>/);
  });

  it("gives a log that Score reads with no unknown indicator, and run again updates the list only", async () => {
    const { grids } = await loadGrids(out);
    const log = grids.sheets.find((g) => g.sheet === "完成情况台账")!;
    expect(log.values[0]).toEqual(["日期", "三级指标", "完成值", "备注", "汇总方式"]);
    const list = grids.sheets.find((g) => g.sheet === "_jixiao_lists")!;
    const names = list.values.map((row) => String(row[0]));
    // A line of the log per name, as the dropdown gives them.
    const bytes = await applyPlan(new Uint8Array(await fs.readFile(out)), {
      sheets: [{ sheet: "完成情况台账", create: false, writes: names.flatMap((name, i) => [{ row: i + 1, col: 0, value: 44651 }, { row: i + 1, col: 1, value: name }]) }],
    });
    const logged = path.join(path.dirname(out), "logged.xlsx");
    await fs.writeFile(logged, bytes);
    const scored = JSON.parse((await cli("score", logged, "--json")).stdout);
    expect(scored.issues.filter((i: { code: string }) => i.code === "log-unknown-indicator")).toEqual([]);

    const again = path.join(path.dirname(out), "again.xlsx");
    const r = await cli("log-template", logged, "--out", again);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("已有台账「完成情况台账」：只更新了三级指标下拉列表");
    const back = (await loadGrids(again)).grids.sheets.find((g) => g.sheet === "完成情况台账")!;
    expect(back.values.slice(1).map((row) => row[1])).toEqual(names);
  });
});
