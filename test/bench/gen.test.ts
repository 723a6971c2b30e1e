/**
 * The benchmark hands the core grids built in memory (bench/gen.ts gridsOf) and the CLI the same
 * model written to .xlsx (writeXlsx). Both must be the same workbook: read back through the CLI's
 * reader, the file gives exactly the in-memory grids, and both score alike.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { buildModel, gridsOf, writeXlsx } from "../../bench/gen";
import { scoreWorkbook } from "../../src/core";
import { gridsFromWorkbook } from "../../src/xlsx/read-grids";

test("a small scale workbook: the file read back gives the in-memory grids, and the same score", async () => {
  const model = buildModel({ indicators: 60, logRows: 600 });
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "jixiao-gen-")), "small.xlsx");
  await writeXlsx(model, file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const fromFile = gridsFromWorkbook(wb);
  const inMemory = gridsOf(model);
  expect(fromFile).toEqual(inMemory);
  const a = scoreWorkbook(fromFile);
  expect(a.stats.indicators).toBe(60);
  expect(a.score).toEqual(scoreWorkbook(inMemory).score);
});
