/**
 * Grids from a real .xlsx, for the tests that read one: an exceljs workbook written to bytes and
 * read back through the hosts' reader, so tests see exactly what hosts see. Apart from
 * ./grids.ts so that pure check tests, which build grids from arrays, never load an adapter.
 */
import ExcelJS from "exceljs";
import type { WorkbookGrids } from "../../src/core/grid";
import { gridsFromWorkbook } from "../../src/xlsx/read-grids";

export async function gridsFromXlsx(wb: ExcelJS.Workbook): Promise<WorkbookGrids> {
  const bytes = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes as ArrayBuffer);
  return gridsFromWorkbook(back);
}
