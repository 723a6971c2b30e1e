/**
 * The SheetJS reader (src/xlsx/read) against the exceljs reader it replaced (./exceljs-grids.ts):
 * for every workbook fixture the repository has, both give the core the same grids — values, text,
 * number formats, merges, hidden rows, uncached formulas and protection.
 *
 * Compared as the core sees them, with these documented allowances:
 * - trailing rows and columns that are empty in both (no value, no text, no format): exceljs counts
 *   a `<row>` element with no attributes into the extent, SheetJS does not keep such rows. They
 *   hold nothing, and no check reads them; hidden rows past the compared extent are dropped too.
 * - number format "" and "General" are one: exceljs gives "" for a cell with no style, SheetJS
 *   "General" for every unformatted cell, which is what Office.js reports.
 * - number formats are compared without backslash escapes, and the built-in short date (numFmtId
 *   14) is one format under both names: SheetJS gives a format code as the file writes it
 *   (LibreOffice's `yyyy\-mm\-dd`, as Office.js reports it), exceljs unescapes it; for id 14 SheetJS
 *   says `m/d/yy`, exceljs `mm-dd-yy`. The text shown is the same, and the core reads formats only
 *   for dates and percentages (display-text.ts strips escapes), so the core's answers are too.
 * - a text formula whose stored result is the empty string (`t="str"`, `<v></v>`) is a blank with
 *   a stored result, as Excel shows it; exceljs drops that `<v>` and the old reader counted the
 *   cell as uncached (below).
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs"; // builds a 1904 workbook below (fixtures only)
import JSZip from "jszip";
import { scoreWorkbook } from "../../src/core";
import type { Grid, WorkbookGrids } from "../../src/core/grid";
import { readWorkbookBytes } from "../../src/xlsx/read";
import { applyPlan } from "../../src/xlsx/apply-plan";
import { exceljsGrids } from "./exceljs-grids";
import {
  buildBrokenWorkbook,
  buildOffsetWorkbook,
  buildSeedWorkbook,
  buildSelfEvaluationWorkbook,
  buildTidyWorkbook,
  toBuffer,
} from "../fixtures/workbooks";

const root = path.resolve(__dirname, "../..");

const isEmpty = (g: Grid, r: number, c: number) => {
  const v = g.values[r]?.[c];
  return (v === "" || v === null || v === undefined) && !g.text?.[r]?.[c] && !(g.numberFormats?.[r]?.[c] ?? "").replace(/^General$/, "");
};

/** A number format as compared (see the allowances above). */
const sameFormat = (f: string): string => {
  const plain = f.replace(/\\(.)/g, "$1");
  return plain === "General" ? "" : plain === "m/d/yy" ? "mm-dd-yy" : plain;
};

/** The grid as compared: trailing empty rows and columns off, "General" as "". */
export function comparable(g: Grid): Grid {
  let rows = g.values.length;
  let cols = 0;
  for (const row of g.values) cols = Math.max(cols, row.length);
  const mergeBottom = Math.max(-1, ...g.merges.map((m) => m.bottom));
  const mergeRight = Math.max(-1, ...g.merges.map((m) => m.right));
  while (rows > mergeBottom + 1 && Array.from({ length: cols }, (_, c) => c).every((c) => isEmpty(g, rows - 1, c))) rows--;
  while (cols > mergeRight + 1 && Array.from({ length: rows }, (_, r) => r).every((r) => isEmpty(g, r, cols - 1))) cols--;
  const cut = <T>(m: T[][] | undefined, fill: T): T[][] => Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => m?.[r]?.[c] ?? fill));
  const out: Grid = {
    sheet: g.sheet,
    origin: g.origin,
    values: cut(g.values, ""),
    text: cut(g.text, ""),
    numberFormats: cut(g.numberFormats, "").map((row) => row.map(sameFormat)),
    merges: g.merges,
    hiddenRows: (g.hiddenRows ?? []).filter((r) => r < rows),
  };
  if (g.uncachedFormulas?.length) out.uncachedFormulas = g.uncachedFormulas;
  if (g.protection) out.protection = { unlocked: [...g.protection.unlocked].sort((a, b) => a.r - b.r || a.c - b.c) };
  return out;
}

/** The first differences between two workbooks' grids, as readable lines (empty: the same). */
export function differences(a: WorkbookGrids, b: WorkbookGrids, max = 12): string[] {
  const out: string[] = [];
  const names = (w: WorkbookGrids) => w.sheets.map((s) => s.sheet).join(", ");
  if (names(a) !== names(b)) return [`sheets: ${names(a)} ≠ ${names(b)}`];
  a.sheets.forEach((ga, i) => {
    const x = comparable(ga);
    const y = comparable(b.sheets[i]);
    const at = (what: string, detail: string) => out.length < max && out.push(`${x.sheet} ${what}: ${detail}`);
    if (x.values.length !== y.values.length || (x.values[0]?.length ?? 0) !== (y.values[0]?.length ?? 0))
      at("extent", `${x.values.length}×${x.values[0]?.length ?? 0} ≠ ${y.values.length}×${y.values[0]?.length ?? 0}`);
    for (let r = 0; r < Math.min(x.values.length, y.values.length); r++)
      for (let c = 0; c < Math.min(x.values[r].length, y.values[r].length); c++) {
        const cell = `R${r + 1}C${c + 1}`;
        if (!Object.is(x.values[r][c], y.values[r][c])) at(`${cell} value`, `${JSON.stringify(x.values[r][c])} ≠ ${JSON.stringify(y.values[r][c])}`);
        if (x.text![r][c] !== y.text![r][c]) at(`${cell} text`, `${JSON.stringify(x.text![r][c])} ≠ ${JSON.stringify(y.text![r][c])}`);
        if (x.numberFormats![r][c] !== y.numberFormats![r][c]) at(`${cell} format`, `${JSON.stringify(x.numberFormats![r][c])} ≠ ${JSON.stringify(y.numberFormats![r][c])}`);
      }
    for (const key of ["merges", "hiddenRows", "uncachedFormulas", "protection"] as const)
      if (JSON.stringify(x[key]) !== JSON.stringify(y[key])) at(key, `${JSON.stringify(x[key])?.slice(0, 200)} ≠ ${JSON.stringify(y[key])?.slice(0, 200)}`);
  });
  return out;
}

async function fixtureFiles(): Promise<string[]> {
  const files = [path.join(root, "assets/sample.xlsx")];
  const walk = async (dir: string) => {
    for (const e of await fs.readdir(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        // bad/: see below; writers/: files exceljs cannot read (rows without r …), which
        // writers.test.ts compares with the seed's grids instead.
        if (![path.join("test", "fixtures", "bad"), path.join("test", "fixtures", "writers")].includes(path.relative(root, p))) await walk(p);
      } else if (/\.xls[xm]$/i.test(e.name)) files.push(p);
    }
  };
  await walk(path.join(root, "test/fixtures"));
  // From the bad files, those meant to be read (expected.json: they read fine, or hold no table).
  for (const name of ["macros.xlsm", "whole-sheet-validations.xlsx", "no-table.xlsx"]) files.push(path.join(root, "test/fixtures/bad", name));
  return files;
}

/** Seed scored with --out: the 得分 column, 得分合计, the 绩效自评表 and the very hidden record. */
async function scoredSeed(): Promise<Uint8Array> {
  const original = new Uint8Array(await toBuffer(buildSeedWorkbook({ log: "partial" })));
  const report = scoreWorkbook(await exceljsGrids(original), {});
  return applyPlan(original, report.plan);
}

/** The seed with its target sheet protected and column Q left unlocked. */
async function protectedSeed(): Promise<Uint8Array> {
  const wb = buildSeedWorkbook();
  const ws = wb.worksheets[0];
  for (let r = 1; r <= 40; r++) ws.getCell(`Q${r}`).protection = { locked: false };
  await ws.protect("", {});
  return new Uint8Array(await toBuffer(wb));
}

const builders: [string, () => Promise<Uint8Array>][] = [
  ["seed, full log", async () => new Uint8Array(await toBuffer(buildSeedWorkbook({ log: "full" })))],
  ["seed, partial log", async () => new Uint8Array(await toBuffer(buildSeedWorkbook({ log: "partial" })))],
  ["seed, no log", async () => new Uint8Array(await toBuffer(buildSeedWorkbook({ log: "none" })))],
  ["seed, name line breaks", async () => new Uint8Array(await toBuffer(buildSeedWorkbook({ nameLineBreaks: true })))],
  ["tidy", async () => new Uint8Array(await toBuffer(buildTidyWorkbook()))],
  ["offset", async () => new Uint8Array(await toBuffer(buildOffsetWorkbook()))],
  ["self-evaluation", async () => new Uint8Array(await toBuffer(buildSelfEvaluationWorkbook()))],
  ["broken", async () => new Uint8Array(await toBuffer(buildBrokenWorkbook()))],
  ["seed scored (with the very hidden record)", scoredSeed],
  ["seed with a protected sheet", protectedSeed],
];

describe("the SheetJS reader gives the grids the exceljs reader gives", () => {
  it("for every .xlsx / .xlsm fixture file", async () => {
    const files = await fixtureFiles();
    expect(files.length).toBeGreaterThan(10);
    const report: Record<string, string[]> = {};
    for (const file of files) {
      const bytes = new Uint8Array(await fs.readFile(file));
      const diff = differences(readWorkbookBytes(bytes), await exceljsGrids(bytes));
      if (diff.length) report[path.relative(root, file)] = diff;
    }
    expect(report).toEqual({});
  });

  it.each(builders)("for the sample builder's workbook: %s", async (_name, build) => {
    const bytes = await build();
    expect(differences(readWorkbookBytes(bytes), await exceljsGrids(bytes))).toEqual([]);
  });

  it("reads the very hidden record sheet and a protected sheet's unlocked cells (the comparisons above are not empty)", async () => {
    expect(readWorkbookBytes(await scoredSeed()).sheets.map((s) => s.sheet)).toContain("_jixiao_record");
    const [target] = readWorkbookBytes(await protectedSeed()).sheets;
    expect(target.protection!.unlocked.length).toBeGreaterThan(10);
    expect(target.protection!.unlocked.map((u) => u.c)).toContain(16); // column Q
  });
});

/** A one-sheet package written by hand, so a cell's XML is exactly what a test needs. */
async function rawXlsx(sheetData: string, workbookPr = ""): Promise<Uint8Array> {
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
  );
  zip.file("_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file("xl/workbook.xml", `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">${workbookPr}<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  zip.file("xl/_rels/workbook.xml.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`);
  zip.file("xl/worksheets/sheet1.xml", `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>`);
  return zip.generateAsync({ type: "uint8array" });
}

describe("cells written by other programs", () => {
  it("formulas without a stored result are uncached in both; a stored empty text result is blank in the new reader", async () => {
    const bytes = await rawXlsx(
      '<row r="1"><c r="A1"><f>10+10</f></c><c r="B1"><f>10+10</f><v></v></c><c r="C1"><f>10+10</f><v>20</v></c><c r="D1"><f t="shared" si="0" ref="D1:D2">1+1</f></c></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c><c r="B2" t="str"><f>"a"</f><v>a</v></c><c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D2"><f t="shared" si="0"/></c><c r="E2" t="str"><f>IF(A1="","",A1)</f><v></v></c></row>',
    );
    const [sheetjs] = readWorkbookBytes(bytes).sheets;
    const [exceljs] = (await exceljsGrids(bytes)).sheets;
    expect(sheetjs.values).toEqual([
      ["", "", 20, "", ""],
      ["x", "a", "#DIV/0!", "", ""],
    ]);
    expect(sheetjs.uncachedFormulas).toEqual([
      { r: 0, c: 0 },
      { r: 0, c: 1 },
      { r: 0, c: 3 },
      { r: 1, c: 3 },
    ]);
    // The one difference: E2, `=IF(A1="","",A1)` saved by Excel with its empty text result.
    // Excel shows a blank and has its result; exceljs drops the empty <v> and reads it as uncached.
    expect(exceljs.uncachedFormulas).toEqual([...sheetjs.uncachedFormulas!, { r: 1, c: 4 }]);
  });

  it("dates of a 1904 workbook read as the 1900-system serials exceljs gives", async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet("台账");
    ws.addRow(["日期", "完成值"]);
    ws.addRow([new Date(Date.UTC(2022, 2, 31)), 3]);
    ws.addRow([new Date(Date.UTC(2022, 3, 30, 12)), 0.5]);
    ws.getCell("A2").numFmt = "yyyy-mm-dd";
    ws.getCell("A3").numFmt = "yyyy/m/d h:mm";
    const bytes = new Uint8Array(await toBuffer(wb));
    expect(differences(readWorkbookBytes(bytes), await exceljsGrids(bytes))).toEqual([]);
    const [grid] = readWorkbookBytes(bytes).sheets;
    expect(grid.values[1][0]).toBe(44651); // 2022-03-31 in the 1900 system
    expect(grid.text![1][0]).toBe("2022-03-31");
  });
});
