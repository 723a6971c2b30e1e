/**
 * The sample as 监控 meets it mid-year (issue 14's done-when): the seed table with its 2022 log cut
 * at 30 June, every entry after that day taken out.
 */
import type ExcelJS from "exceljs";
import type { WorkbookGrids } from "../../src/core";
import { gridsFromWorkbook } from "../xlsx/exceljs-grids";
import { buildSeedWorkbook, LOG_SHEET_NAME, seedLogEntries, writeLogSheet } from "../fixtures/workbooks";

const JUNE_30 = Date.UTC(2022, 5, 30);

export function buildSeedCutAtJune30(): ExcelJS.Workbook {
  const wb = buildSeedWorkbook({ log: "none" });
  writeLogSheet(
    wb,
    seedLogEntries("full").filter((e) => e.date !== null && e.date.getTime() <= JUNE_30),
    LOG_SHEET_NAME,
  );
  return wb;
}

export function seedCutAtJune30(): WorkbookGrids {
  return gridsFromWorkbook(buildSeedCutAtJune30());
}
