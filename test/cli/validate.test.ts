/** `jixiao validate`: the report, the JSON of DESIGN §6, exit codes 0 / 1 / 2. */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { cli } from "../helpers/cli";
import { buildBrokenWorkbook, buildSeedWorkbook, writeTemp } from "../fixtures/workbooks";

let seed: string;
let broken: string;
let dir: string;
beforeAll(async () => {
  seed = await writeTemp(buildSeedWorkbook({ log: "full" }), "seed.xlsx");
  broken = await writeTemp(buildBrokenWorkbook(), "broken.xlsx");
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "jixiao-cli-"));
});

describe("jixiao validate", () => {
  it("prints a readable report grouped by row and exits 0 on the seed", async () => {
    const r = await cli("validate", seed);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("11 个指标，0 个错误，3 个警告，分值合计 100");
    expect(r.stdout).toMatch(/第 10 行[\s\S]*S10\s+content-duplicate/);
    expect(r.stdout).toContain("结论：通过");
  });

  it("speaks English with --lang en", async () => {
    const r = await cli("validate", seed, "--lang", "en");
    expect(r.stdout).toContain("11 indicators, 0 errors, 3 warnings");
    expect(r.stdout).toContain("Result: valid");
  });

  it("prints the DESIGN §6 JSON document", async () => {
    const r = await cli("validate", seed, "--json");
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(["file", "sheet", "valid", "stats", "issues", "profile"]);
    expect(doc.profile).toBe("default");
    expect(doc).toMatchObject({ file: seed, sheet: "项目绩效目标表", valid: true, stats: { indicators: 11, errors: 0, warnings: 3, totalWeight: 100 } });
    expect(doc.issues[0]).toEqual({
      code: "content-duplicate",
      severity: "warning",
      sheet: "项目绩效目标表",
      row: 10,
      column: "S",
      field: "content",
      indicator: "遇热点网络舆情情况，及时编撰敏感网络舆情专报",
      message: expect.stringContaining("第 9 行"),
    });
  });

  it("exits 1 when there are errors, and prints one JSON document per line for several files", async () => {
    const r = await cli("validate", seed, broken, "--json");
    expect(r.code).toBe(1);
    const docs = r.stdout.split("\n").map((l) => JSON.parse(l));
    expect(docs.map((d) => [d.file, d.valid])).toEqual([
      [seed, true],
      [broken, false],
    ]);
  });

  it("exits 2 with one line on stderr for unusable input", async () => {
    const csv = path.join(dir, "data.xlsx");
    await fs.writeFile(csv, "一级指标,二级指标\n产出指标,数量指标\n");
    const cases: [string[], RegExp][] = [
      [["validate", path.join(dir, "missing.xlsx")], /找不到文件/],
      [["validate", dir], /是文件夹/],
      [["validate", csv], /CSV/],
      [["validate", seed, "--sheet", "没有这个表"], /找不到工作表「没有这个表」/],
      [["validate", "--bogus"], /unknown option/],
    ];
    for (const [args, re] of cases) {
      const r = await cli(...args);
      expect(r.code).toBe(2);
      expect(r.stderr.split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(re);
      expect(r.stderr + r.stdout).not.toMatch(/\n\s+at /);
    }
  });

  it("exits 2 when no sheet has an indicator table", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").addRow(["姓名", "年龄"]);
    const file = await writeTemp(wb, "no-table.xlsx");
    const r = await cli("validate", file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("找不到绩效指标表");
  });
});
