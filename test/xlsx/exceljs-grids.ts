/**
 * The old reader, for comparison only: exceljs, and read-grids.ts's exceljs → grids, as the CLI read
 * files before the SheetJS reader (src/xlsx/read). The CLI read a copy without the data validations
 * and defined names exceljs expands cell by cell (limits.ts's old step 5); so does this. Nothing
 * that ships imports exceljs (test/xlsx/shipped-code.test.ts).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { WorkbookGrids } from "../../src/core/grid";
import { gridsFromWorkbook } from "../../src/xlsx/read-grids";

/** The XML without every `<x:name …>…</x:name>` / `<name/>` element (any namespace prefix). */
function withoutElement(xml: string, name: string): string {
  return xml.replace(new RegExp(`<((?:\\w+:)?${name})\\b[^>]*?(?:/>|>[\\s\\S]*?</\\1>)`, "g"), "");
}

export async function exceljsGrids(bytes: Uint8Array): Promise<WorkbookGrids> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files)) {
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) zip.file(name, withoutElement(await zip.file(name)!.async("string"), "dataValidations"));
    if (/^xl\/workbook\.xml$/i.test(name)) zip.file(name, withoutElement(await zip.file(name)!.async("string"), "definedNames"));
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await zip.generateAsync({ type: "uint8array" })) as unknown as ArrayBuffer);
  return gridsFromWorkbook(wb);
}
