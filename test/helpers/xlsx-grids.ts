/**
 * Grids from a real .xlsx, for the tests that read one: an exceljs workbook written to bytes and
 * read back through the hosts' reader, so tests see exactly what hosts see. Apart from
 * ./grids.ts so that pure check tests, which build grids from arrays, never load an adapter.
 */
import ExcelJS from "exceljs";
import type { WorkbookGrids } from "../../src/core/grid";
import { readWorkbookBytes } from "../../src/xlsx/read";

export async function gridsFromXlsx(wb: ExcelJS.Workbook): Promise<WorkbookGrids> {
  return readWorkbookBytes(new Uint8Array(await wb.xlsx.writeBuffer()));
}
