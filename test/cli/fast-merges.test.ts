/**
 * The CLI's linear-time merge loading (src/cli/exceljs-fast-merges.ts) gives exactly what exceljs
 * gives: the same merged areas, cell types and masters on every sheet, and the same failure for
 * overlapping merges.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { installFastMerges } from "../../src/cli/exceljs-fast-merges";
import { buildSeedWorkbook } from "../fixtures/workbooks";

type Snapshot = { sheet: string; merges: string[]; cells: string[] }[];

async function snapshot(bytes: Buffer): Promise<Snapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const cells: string[] = [];
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const master = cell.type === ExcelJS.ValueType.Merge ? cell.master.address : "";
        cells.push(`${cell.address}:${cell.type}:${master}:${JSON.stringify(cell.value)}`);
      }),
    );
    return { sheet: ws.name, merges: [...ws.model.merges].sort(), cells };
  });
}

async function richMerges(): Promise<Buffer> {
  const wb = buildSeedWorkbook({ log: "full" });
  const ws = wb.addWorksheet("更多合并");
  for (let r = 1; r <= 300; r++) {
    for (let c = 1; c <= 12; c++) ws.getCell(r, c).value = `${r}-${c}`;
    for (let f = 0; f < 5; f++) ws.mergeCells(r, f * 2 + 1, r, f * 2 + 2);
  }
  ws.mergeCells("L1:N40"); // a block of 40 rows × 3 columns
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function withOverlap(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const name = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
  const xml = await zip.file(name)!.async("string");
  const merged = xml.replace(/<mergeCells count="(\d+)">/, (_m, n: string) => `<mergeCells count="${Number(n) + 2}"><mergeCell ref="X1:Y2"/><mergeCell ref="Y2:Z3"/>`);
  expect(merged).not.toBe(xml);
  zip.file(name, merged);
  return Buffer.from(await zip.generateAsync({ type: "nodebuffer" }));
}

test("the same merges, cell types and masters as exceljs; the same failure for overlapping merges", async () => {
  const bytes = await richMerges();
  const overlapping = await withOverlap(bytes);
  const before = await snapshot(bytes);
  const beforeError = await snapshot(overlapping).catch((e: Error) => e.message);

  expect(installFastMerges()).toBe(true);
  const after = await snapshot(bytes);
  expect(after).toEqual(before);
  expect(after.find((s) => s.sheet === "更多合并")!.merges).toHaveLength(1501);
  expect(await snapshot(overlapping).catch((e: Error) => e.message)).toBe(beforeError);
  expect(beforeError).toBe("Cannot merge already merged cells");
  // Installing twice is harmless.
  expect(installFastMerges()).toBe(true);
  expect(await snapshot(bytes)).toEqual(before);
});
