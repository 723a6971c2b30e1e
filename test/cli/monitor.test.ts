/**
 * `jixiao monitor` (DESIGN §6, §9) on the seed sample with its full 2022 log, as of 30 June:
 * entries after the date left out, figures worked out by hand here.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { cli } from "../helpers/cli";
import { buildSeedWorkbook, writeTemp } from "../fixtures/workbooks";
import { loadGrids } from "../../src/cli/load";
import { textAt } from "../../src/core/grid";

describe("jixiao monitor", () => {
  let seed: string;
  beforeAll(async () => {
    seed = await writeTemp(buildSeedWorkbook({ log: "full" }), "seed-monitor.xlsx");
  });

  it("prints DESIGN §9 JSON: the report's keys and monitor { asOf, indicators, … }", async () => {
    const r = await cli("monitor", seed, "--as-of", "2022-06-30", "--json");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(["file", "sheet", "valid", "stats", "issues", "profile", "monitor"]);
    expect(doc.profile).toBe("default");
    expect(doc.monitor).toMatchObject({ asOf: "2022-06-30", year: 2022, elapsedDays: 181, daysInYear: 365 });
    const by = Object.fromEntries(doc.monitor.indicators.map((i: { name: string }) => [i.name, i]));
    // One report at each month's end, January–June: 6; 6 × 365 / 181 = 12.099… → 12.1 ≥ 12.
    expect(by["编撰网络舆情分析研判报告期数"]).toMatchObject({ row: 8, target: 12, toDate: 6, projected: 12.1, likelihood: "确定能", light: "green" });
    // Fridays from 7 January to 24 June are 25, less the two skipped (4 Feb, 6 May): 23;
    // 23 × 365 / 181 = 46.38, 46.38 / 48 = 0.966 ≥ 0.8 → 有可能.
    expect(by["编撰呈贡区网络舆情一周综述期数"]).toMatchObject({ toDate: 23, projected: 46.38, deviation: -1.62, likelihood: "有可能", light: "yellow" });
    // The half-year assessment (97.8 %) is the latest value; the December one is after the date.
    expect(by["营造呈贡区清朗的网络空间"]).toMatchObject({ toDate: 97.8, projected: 97.8, later: 1, likelihood: "有可能" });
  });

  it("prints the monitoring table by default", async () => {
    const r = await cli("monitor", seed, "--as-of", "2022-06-30");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("监控日 2022-06-30（2022 年第 181 天，共 365 天）");
    expect(r.stdout).toMatch(/编撰网络舆情分析研判报告期数\s+=12期\s+6期\s+12\.1期\s+确定能 ●绿/);
  });

  it("writes a copy with the 绩效监控表 and leaves the input as it was", async () => {
    const before = await fs.readFile(seed);
    const outFile = path.join(path.dirname(seed), "monitored.xlsx");
    const r = await cli("monitor", seed, "--as-of", "2022-06-30", "--out", outFile);
    expect(r.code).toBe(0);
    expect(await fs.readFile(seed)).toEqual(before);
    const { grids } = await loadGrids(outFile);
    const sheet = grids.sheets.find((g) => g.sheet === "绩效监控表")!;
    expect(textAt(sheet, 0, 0)).toBe("项目支出绩效目标执行监控表");
    const row = sheet.values.find((v) => v[2] === "编撰网络舆情分析研判报告期数")!;
    expect(row.slice(4, 8)).toEqual([6, 12.1, 0.1, "确定能"]);
    // The lights as conditional fills that follow the value, the dropdowns, the frozen header.
    const zip = await JSZip.loadAsync(await fs.readFile(outFile));
    const parts = await Promise.all(Object.keys(zip.files).filter((p) => p.startsWith("xl/worksheets/sheet")).map((p) => zip.file(p)!.async("string")));
    const monitorXml = parts.find((x) => x.includes("<conditionalFormatting"))!;
    expect(monitorXml).toMatch(/<cfRule type="cellIs" dxfId="\d+" priority="1" operator="equal"><formula>"确定能"<\/formula>/);
    expect(monitorXml).toContain(`<formula1>"确定能,有可能,完全不可能"</formula1>`);
    expect(monitorXml).toContain(`errorStyle="warning"`);
    expect(monitorXml).toContain(`state="frozen"`);
    expect(await zip.file("xl/styles.xml")!.async("string")).toContain(`<bgColor rgb="FFC6EFCE"/>`);
    // Score on the copy still takes the target sheet and the log.
    const scored = JSON.parse((await cli("score", outFile, "--json")).stdout);
    expect(scored.sheet).toBe("项目绩效目标表");
    expect(scored.score.total).toBe(100);
  });

  it("says what to fix for an as-of date outside the year or not a date (exit 2)", async () => {
    const outside = await cli("monitor", seed, "--as-of", "2023-01-15");
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain("监控日 2023-01-15 不在项目年度 2022 年内");
    const bad = await cli("monitor", seed, "--as-of", "6月底", "--lang", "en");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('--as-of "6月底" is not a date: write it as year-month-day, e.g. 2022-06-30.');
    const profile = await cli("monitor", seed, "--as-of", "2022-06-30", "--profile", "nosuch");
    expect(profile.code).toBe(2);
    expect(profile.stderr).toContain("未知的评分方案「nosuch」");
  });
});
