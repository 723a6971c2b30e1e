/**
 * The benchmark hands the core grids built in memory (bench/gen.ts gridsOf) and the CLI the same
 * model written to .xlsx (writeXlsx). Both must be the same workbook: read back through the CLI's
 * reader, the file gives exactly the in-memory grids, and both score alike.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildModel, gridsOf, writeXlsx } from "../../bench/gen";
import { scoreWorkbook } from "../../src/core";
import { readWorkbookBytes } from "../../src/xlsx/read";

test("a small scale workbook: the file read back gives the in-memory grids, and the same score", async () => {
  const model = buildModel({ indicators: 60, logRows: 600 });
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "jixiao-gen-")), "small.xlsx");
  await writeXlsx(model, file);
  const fromFile = readWorkbookBytes(new Uint8Array(readFileSync(file)));
  const inMemory = gridsOf(model);
  // The file reader says "General" for an unformatted cell, as Office.js does; the in-memory grids
  // (made as the exceljs reader read files) say "": one format (test/xlsx/reader-equivalence.test.ts).
  const asGenerated = { sheets: fromFile.sheets.map((g) => ({ ...g, numberFormats: g.numberFormats?.map((row) => row.map((f) => (f === "General" ? "" : f))) })) };
  expect(asGenerated).toEqual(inMemory);
  const a = scoreWorkbook(fromFile);
  expect(a.stats.indicators).toBe(60);
  expect(a.score).toEqual(scoreWorkbook(inMemory).score);
});
