/** `jixiao clear <file> --out`: 清除评分 on a file — Score's writes out, the input untouched. */
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { cli } from "../helpers/cli";
import { buildSeedWorkbook, writeTemp } from "../fixtures/workbooks";

async function values(file: string): Promise<Map<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, unknown>();
  wb.eachSheet((ws) => ws.eachRow((row, r) => row.eachCell((cell, c) => out.set(`${ws.name}!${r},${c}`, cell.value))));
  return out;
}

describe("jixiao clear", () => {
  it("takes out what Score wrote: the cleared copy has the original cells and sheets", async () => {
    const seed = await writeTemp(buildSeedWorkbook({ log: "full" }), "clear-seed.xlsx");
    const scored = path.join(path.dirname(seed), "clear-scored.xlsx");
    const cleared = path.join(path.dirname(seed), "clear-cleared.xlsx");
    expect((await cli("score", seed, "--out", scored)).code).toBe(0);
    const before = await fs.readFile(scored);
    const r = await cli("clear", scored, "--out", cleared, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ file: scored, out: cleared, keptCells: [], keptSheets: [] });
    expect(Buffer.compare(before, await fs.readFile(scored))).toBe(0);
    expect(await values(cleared)).toEqual(await values(seed));
  });

  it("asks for --out, exit 2", async () => {
    const seed = await writeTemp(buildSeedWorkbook({ log: "full" }), "clear-no-out.xlsx");
    const r = await cli("clear", seed);
    expect([r.code, r.stderr.trim()]).toEqual([2, "清除评分会写出清除后的副本：请用 --out 指定输出文件（输入文件不会被修改）。"]);
  });
});
