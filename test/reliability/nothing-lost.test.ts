/**
 * Nothing lost: Score writes its copy by patching the original package (src/xlsx/apply-plan.ts),
 * so on rich workbooks — the seed with its log, a 自评表, one written by LibreOffice Calc with a
 * chart and comments, an .xlsm with macros —
 *  - every part scoring does not touch comes out byte-identical, and nothing is removed except
 *    xl/calcChain.xml (Excel rebuilds it);
 *  - in the parts it does touch, every cell it did not write keeps its value and style, and every
 *    merge stays;
 *  - scoring the scored copy again changes nothing: every part byte-identical;
 *  - `jixiao score --out` (the real CLI) does the same, and keeps xl/vbaProject.bin byte for byte.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { scoreWorkbook } from "../../src/core";
import type { WritePlan } from "../../src/core/plan/types";
import { readWorkbookBytes } from "../../src/xlsx/read";
import { applyPlan } from "../../src/xlsx/apply-plan";
import { diffParts, readAllParts } from "../../src/xlsx/zip-parts";
import { sheetParts } from "./xlsx-parts";
import { buildSeedWorkbook, buildSelfEvaluationWorkbook, buildTidyWorkbook, toBuffer } from "../fixtures/workbooks";
import { buildCli, runCliProcess } from "./cli-run";

const FIXTURES = path.join(__dirname, "../fixtures");

/** Figures for docs/reliability.md: parts and cells compared. */
export const lostFigures = { workbooks: 0, partsCompared: 0, cellsCompared: 0 };

async function rich(): Promise<[string, Uint8Array][]> {
  return [
    ["seed with full log", new Uint8Array(await toBuffer(buildSeedWorkbook({ log: "full" })))],
    ["seed with partial log", new Uint8Array(await toBuffer(buildSeedWorkbook({ log: "partial" })))],
    ["tidy with log", new Uint8Array(await toBuffer(buildTidyWorkbook({ withLog: true })))],
    ["自评表 with budget block", new Uint8Array(await toBuffer(buildSelfEvaluationWorkbook()))],
    ["LibreOffice Calc (chart, comments)", new Uint8Array(readFileSync(path.join(FIXTURES, "libreoffice/seed-libreoffice.xlsx")))],
    ["xlsm with macros", new Uint8Array(readFileSync(path.join(FIXTURES, "bad/macros.xlsm")))],
  ];
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

async function score(bytes: Uint8Array): Promise<{ plan: WritePlan; out: Uint8Array }> {
  const report = scoreWorkbook(readWorkbookBytes(bytes));
  return { plan: report.plan, out: await applyPlan(bytes, report.plan) };
}

/** Parts a plan may change: the sheets it writes, and what adding a sheet or a style touches. */
async function touchable(original: Uint8Array, plan: WritePlan): Promise<Set<string>> {
  const parts = await sheetParts(original);
  const out = new Set(["xl/styles.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "docProps/app.xml"]);
  for (const sp of plan.sheets) {
    const p = parts.get(sp.sheet);
    if (p) out.add(p);
  }
  return out;
}

const key = (r: number, c: number) => `${r},${c}`;

/** Every cell the plan did not write: same value and style; every merge kept; every sheet kept. */
async function assertCellsKept(original: Uint8Array, scored: Uint8Array, plan: WritePlan): Promise<number> {
  const [a, b] = await Promise.all([load(original), load(scored)]);
  let cells = 0;
  for (const wsA of a.worksheets) {
    const wsB = b.getWorksheet(wsA.name);
    expect(wsB).toBeDefined();
    const sp = plan.sheets.find((s) => s.sheet === wsA.name);
    if (sp?.create) continue; // the 自评表 Score (re)writes
    const written = new Set((sp?.writes ?? []).map((w) => key(w.row, w.col)));
    expect((wsB!.model as unknown as { merges: string[] }).merges.sort()).toEqual((wsA.model as unknown as { merges: string[] }).merges.sort());
    wsA.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        if (written.has(key(r - 1, c - 1))) return;
        const other = wsB!.getCell(r, c);
        // exceljs repeats a merge master's value into its other cells: compare those by style only.
        if (cell.isMerged && cell.master !== cell) {
          cells++;
          expect({ at: cell.address, style: other.style }).toEqual({ at: cell.address, style: cell.style });
          return;
        }
        cells++;
        expect({ at: cell.address, value: other.value }).toEqual({ at: cell.address, value: cell.value });
        expect({ at: cell.address, style: other.style }).toEqual({ at: cell.address, style: cell.style });
      }),
    );
  }
  return cells;
}

describe("nothing lost", () => {
  let workbooks: [string, Uint8Array][];
  beforeAll(async () => {
    workbooks = await rich();
  }, 60_000);

  it("the LibreOffice fixture has what it is there for: a chart, comments, a drawing", async () => {
    const parts = [...(await readAllParts(workbooks.find(([n]) => n.startsWith("LibreOffice"))![1])).keys()];
    expect(parts).toEqual(expect.arrayContaining(["xl/charts/chart1.xml", "xl/comments1.xml", "xl/drawings/drawing1.xml", "xl/drawings/vmlDrawing1.vml"]));
  });

  it("Score keeps every part it does not touch byte-identical, and every cell and merge it does not write", async () => {
    for (const [name, original] of workbooks) {
      const { plan, out } = await score(original);
      const diff = await diffParts(original, out);
      const allowed = await touchable(original, plan);
      // Nothing removed but the calculation chain; nothing changed outside the touched parts.
      expect({ name, removed: diff.removed.filter((p) => p !== "xl/calcChain.xml") }).toEqual({ name, removed: [] });
      expect({ name, changed: diff.changed.filter((p) => !allowed.has(p)) }).toEqual({ name, changed: [] });
      expect({ name, added: diff.added.filter((p) => !/^xl\/worksheets\/[^/]+\.xml$/.test(p)) }).toEqual({ name, added: [] });
      for (const p of diff.same) expect(allowed.has(p) || !diff.changed.includes(p)).toBe(true);
      lostFigures.partsCompared += diff.same.length + diff.changed.length + diff.removed.length;
      lostFigures.cellsCompared += await assertCellsKept(original, out, plan);
      lostFigures.workbooks++;
    }
  }, 120_000);

  it("Score twice gives the same workbook as Score once: every part byte-identical", async () => {
    for (const [name, original] of workbooks) {
      const once = (await score(original)).out;
      const twice = (await score(once)).out;
      const diff = await diffParts(once, twice);
      expect({ name, changed: diff.changed, added: diff.added, removed: diff.removed }).toEqual({ name, changed: [], added: [], removed: [] });
      lostFigures.partsCompared += diff.same.length;
    }
  }, 120_000);

  describe("jixiao score --out (the built CLI)", () => {
    let dir: string;
    beforeAll(() => {
      buildCli();
      dir = mkdtempSync(path.join(os.tmpdir(), "jixiao-lost-"));
    }, 120_000);

    it.each([
      ["macros.xlsm", "bad/macros.xlsm", "scored.xlsm"],
      ["seed-libreoffice.xlsx", "libreoffice/seed-libreoffice.xlsx", "scored.xlsx"],
    ])("%s: the copy is what applyPlan makes, the input is unchanged, vbaProject.bin and the chart are byte for byte", async (_n, rel, outName) => {
      const input = path.join(FIXTURES, rel);
      const before = readFileSync(input);
      const out = path.join(dir, `${path.basename(rel)}-${outName}`);
      const run = await runCliProcess(["score", input, "--out", out]);
      expect(run.stderr).toBe("");
      expect([0, 1]).toContain(run.code);
      expect(readFileSync(input).equals(before)).toBe(true); // the input is never modified
      const scored = new Uint8Array(readFileSync(out));
      const expected = (await score(new Uint8Array(before))).out;
      expect((await diffParts(expected, scored)).changed).toEqual([]);
      const [a, b] = await Promise.all([readAllParts(new Uint8Array(before)), readAllParts(scored)]);
      for (const p of ["xl/vbaProject.bin", "xl/charts/chart1.xml", "xl/comments1.xml", "xl/drawings/drawing1.xml", "xl/drawings/vmlDrawing1.vml"])
        if (a.has(p)) expect(Buffer.from(b.get(p)!).equals(Buffer.from(a.get(p)!))).toBe(true);
      // The .xlsm stays macro-enabled.
      if (a.has("xl/vbaProject.bin")) expect(new TextDecoder().decode(b.get("[Content_Types].xml"))).toContain("macroEnabled");
      writeFileSync(path.join(dir, "last-ok"), "");
    }, 60_000);
  });
});

// The figures docs/reliability.md quotes.
afterAll(() => console.info(`nothing-lost: ${lostFigures.workbooks} rich workbooks scored, ${lostFigures.partsCompared} parts and ${lostFigures.cellsCompared} cells compared (a lost value, style, merge or part fails the test above)`));
