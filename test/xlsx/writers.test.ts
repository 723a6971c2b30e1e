/**
 * Workbooks as other programs write them (DESIGN §6 Files), made from the seed sample by
 * test/fixtures/writers/make.mjs: each reads into the seed's grids and gets the seed's report,
 * through the CLI (zip limits, then the reader) and through the web page's reader, and
 * `score --out` writes a scored copy that reads back with the 得分 lines.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { readWorkbookBytes } from "../../src/xlsx/read";
import { readWorkbookFile } from "../../src/web/worker/read-file";
import { cli } from "../helpers/cli";

const root = path.resolve(__dirname, "../..");
const SAMPLE = path.join(root, "assets", "sample.xlsx");
const fixture = (name: string) => path.join(root, "test", "fixtures", "writers", name);
const bytesOf = (file: string) => new Uint8Array(readFileSync(file));

/** What each file is, checked in its parts, so a fixture that lost its writer's trait fails here. */
const WRITERS: [string, string, (zip: JSZip) => Promise<boolean>][] = [
  ["openpyxl.xlsx", "inline strings, no shared strings, a note", async (z) => !z.file("xl/sharedStrings.xml") && (await z.file("xl/worksheets/sheet1.xml")!.async("string")).includes('t="inlineStr"') && Boolean(z.file("xl/comments1.xml"))],
  ["opensdk.xlsx", "x:-prefixed SpreadsheetML", async (z) => (await z.file("xl/worksheets/sheet1.xml")!.async("string")).includes("<x:worksheet xmlns:x=") && (await z.file("xl/workbook.xml")!.async("string")).includes("<x:sheets>")],
  ["no-r.xlsx", "rows and cells without r", async (z) => !/<(row|c) [^>]*\br="/.test(await z.file("xl/worksheets/sheet1.xml")!.async("string"))],
  ["utf16.xlsx", "UTF-16LE parts", async (z) => (await z.file("xl/worksheets/sheet1.xml")!.async("uint8array")).subarray(0, 2).join() === "255,254"],
  ["strict.xlsx", "Strict OOXML namespaces", async (z) => (await z.file("xl/workbook.xml")!.async("string")).includes('conformance="strict"') && (await z.file("_rels/.rels")!.async("string")).includes("purl.oclc.org/ooxml/officeDocument/relationships/officeDocument")],
  ["wps.xlsx", "WPS custom docProps and cellimages part", async (z) => Boolean(z.file("xl/cellimages.xml")) && (await z.file("docProps/custom.xml")!.async("string")).includes("KSOProductBuildVer")],
];

const brief = (json: string) => {
  const r = JSON.parse(json) as { valid: boolean; issues: { code: string; column: string; row: number }[]; score: { total: number } };
  return { valid: r.valid, total: r.score.total, issues: r.issues.map((i) => `${i.code} ${i.column}${i.row}`).sort() };
};

describe.each(WRITERS)("%s (%s)", (name, _what, trait) => {
  const file = fixture(name);

  it("is what its writer writes", async () => {
    expect(await trait(await JSZip.loadAsync(readFileSync(file)))).toBe(true);
  });

  it("reads into the seed's grids, in the CLI's reader and the web page's", () => {
    const seed = readWorkbookBytes(bytesOf(SAMPLE)).sheets;
    const sheets = readWorkbookBytes(bytesOf(file)).sheets;
    expect(sheets.map((s) => s.sheet)).toEqual(["项目绩效目标表", "完成情况台账"]);
    sheets.forEach((s, i) => {
      expect(s.values).toEqual(seed[i].values);
      expect(s.text).toEqual(seed[i].text);
      expect(s.merges).toEqual(seed[i].merges);
      expect(s.hiddenRows).toEqual(seed[i].hiddenRows);
    });
    expect(sheets[0].values[0][2]).toBe("项目绩效目标表"); // C1, the title: a real value compared
    const web = readWorkbookFile(bytesOf(file), name);
    expect(web.map((s) => s.grid.values)).toEqual(seed.map((s) => s.values));
    expect(web[0].columnWidths.slice(0, 4)).toEqual([2.5, 2.5, 5.5, 5.5]);
  });

  it("scores as the seed: total 100, the seed's three warnings, and a scored copy", async () => {
    const seed = await cli("score", SAMPLE, "--json");
    const got = await cli("score", file, "--json");
    expect(got.stderr).toBe("");
    expect(brief(got.stdout)).toEqual(brief(seed.stdout));
    expect(brief(got.stdout).total).toBe(100);
    expect(brief(got.stdout).issues).toEqual(expect.arrayContaining(["content-duplicate S10", "target-suspicious K20", "target-suspicious K22"]));
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), "jixiao-writers-")), "scored.xlsx");
    const written = await cli("score", file, "--out", out);
    expect(written.stderr).toBe("");
    expect(written.code).toBe(seed.code);
    const target = readWorkbookBytes(bytesOf(out)).sheets.find((s) => s.sheet === "项目绩效目标表")!;
    expect(String(target.values[7][16])).toMatch(/得分：12$/); // Q8: 编撰期数 12 of 12 points
  });
});
