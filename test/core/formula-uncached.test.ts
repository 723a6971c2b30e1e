/**
 * Formula cells with no stored result (DESIGN §2, §4 formula-uncached), on real .xlsx packages
 * written here as raw OOXML with jszip — so a formula truly has no `<v>`, as openpyxl and other
 * programs write it — and read through the CLI's reader (src/xlsx/read).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { scoreWorkbook, validateWorkbook } from "../../src/core";
import { analyzeWorkbook } from "../../src/core/analyze";
import { columnLetter, type WorkbookGrids } from "../../src/core/grid";
import { readWorkbookBytes } from "../../src/xlsx/read";
import { TIDY_HEADER } from "../helpers/grids";
import { gridsFromXlsx } from "../helpers/xlsx-grids";

/** A cell of the raw sheet: text (inline), a number, or a formula with or without its `<v>`. */
type RawCell = string | number | null | { f: string; v?: string; t?: string; shared?: { si: number; ref?: string } };

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function cellXml(ref: string, cell: RawCell): string {
  if (cell === null || cell === "") return "";
  if (typeof cell === "number") return `<c r="${ref}"><v>${cell}</v></c>`;
  if (typeof cell === "string") return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(cell)}</t></is></c>`;
  const t = cell.t ? ` t="${cell.t}"` : "";
  const f = cell.shared
    ? `<f t="shared" si="${cell.shared.si}"${cell.shared.ref ? ` ref="${cell.shared.ref}"` : ""}>${cell.shared.ref ? escapeXml(cell.f) : ""}</f>`
    : `<f>${escapeXml(cell.f)}</f>`;
  return `<c r="${ref}"${t}>${f}${cell.v === undefined ? "" : `<v>${escapeXml(cell.v)}</v>`}</c>`;
}

function sheetXml(rows: RawCell[][]): string {
  const body = rows
    .map((cells, r) => `<row r="${r + 1}">${cells.map((cell, c) => cellXml(`${columnLetter(c)}${r + 1}`, cell)).join("")}</row>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

/** A minimal SpreadsheetML package: the given sheets, no styles, no shared strings, no calcChain. */
async function rawXlsx(sheets: [string, RawCell[][]][]): Promise<Buffer> {
  const zip = new JSZip();
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
      .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
      .join("")}</Types>`,
  );
  zip.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheets>${sheets
      .map(([name], i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("")}</sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join("")}</Relationships>`,
  );
  sheets.forEach(([, rows], i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(rows)));
  return zip.generateAsync({ type: "nodebuffer" });
}

async function gridsOf(bytes: Buffer): Promise<WorkbookGrids> {
  return readWorkbookBytes(new Uint8Array(bytes));
}

/** The tidy table (columns A–J) with one indicator: 12 期, 1 point per 期. */
const INDICATOR = ["产出指标", "数量指标", "编撰报告期数", "=", 12, "期", "定量指标", "12分，完成1期得1分", "反映报告期数", "工作计划"];
const TARGET: [string, RawCell[][]] = ["项目绩效目标表", [TIDY_HEADER, INDICATOR]];
const logSheet = (...rows: RawCell[][]): [string, RawCell[][]] => ["完成情况台账", [["日期", "三级指标", "完成值"], ...rows]];

const uncachedIssues = (grids: WorkbookGrids) =>
  validateWorkbook(grids)
    .issues.filter((i) => i.code === "formula-uncached")
    .map(({ code, severity, sheet, row, column, field, indicator }) => ({ code, severity, sheet, row, column, field, indicator }));

describe("formula-uncached: a formula with no stored result is unknown, never blank", () => {
  it("the exceljs reader lists formula cells without <v> (or with an empty <v/>), in grid coordinates", async () => {
    const grids = await gridsOf(
      await rawXlsx([
        [
          "S",
          [
            [{ f: "10+10" }, { f: "10+10", v: "" }, { f: "10+10", v: "20" }, { f: "1+1", shared: { si: 0, ref: "D1:D2" } }],
            ["x", { f: '"a"', t: "str", v: "a" }, { f: "1/0", t: "e", v: "#DIV/0!" }, { f: "", shared: { si: 0 } }],
          ],
        ],
      ]),
    );
    const [grid] = grids.sheets;
    expect(grid.uncachedFormulas).toEqual([
      { r: 0, c: 0 },
      { r: 0, c: 1 },
      { r: 0, c: 3 },
      { r: 1, c: 3 },
    ]);
    // Cached results read as before.
    expect(grid.values[0][2]).toBe(20);
    expect(grid.values[1][1]).toBe("a");
    expect(grid.values[1][2]).toBe("#DIV/0!");
  });

  it("a logged =10+10 with no <v>: the entry is not counted, formula-uncached at that cell, the indicator unscored", async () => {
    const grids = await gridsOf(
      await rawXlsx([TARGET, logSheet(["2022-03-31", "编撰报告期数", 3], ["2022-04-30", "编撰报告期数", { f: "10+10" }])]),
    );
    const analysis = analyzeWorkbook(grids);
    expect(analysis.log!.entries.map((e) => e.row)).toEqual([2]);
    expect(analysis.log!.uncached).toEqual([{ r: 2, row: 3, name: "编撰报告期数", cells: [{ field: "value", c: 2 }] }]);
    expect(uncachedIssues(grids)).toEqual([
      { code: "formula-uncached", severity: "warning", sheet: "完成情况台账", row: 3, column: "C", field: "log", indicator: "编撰报告期数" },
    ]);
    // Not a blank (1 piece of work, which would give 3 + 1 = 4 期): the actual is unknown.
    const score = scoreWorkbook(grids).score.indicators[0];
    expect(score.score).toBeNull();
    expect(score.reason).toEqual({ code: "formula-uncached", message: "公式没有保存计算结果" });
    expect(scoreWorkbook(grids, { lang: "en" }).score.indicators[0].reason?.message).toBe("a formula with no stored result");
    // An indicator with only such entries has entries: no log-no-entries besides formula-uncached.
    const only = await gridsOf(await rawXlsx([TARGET, logSheet(["2022-04-30", "编撰报告期数", { f: "10+10" }])]));
    expect(validateWorkbook(only).issues.map((i) => i.code)).not.toContain("log-no-entries");
  });

  it("the same formula with <v>20</v> cached is counted as 20", async () => {
    const grids = await gridsOf(await rawXlsx([TARGET, logSheet(["2022-04-30", "编撰报告期数", { f: "10+10", v: "20" }])]));
    expect(uncachedIssues(grids)).toEqual([]);
    const analysis = analyzeWorkbook(grids);
    expect(analysis.log!.entries.map((e) => e.value)).toEqual([20]);
    expect(analysis.log!.uncached).toBeUndefined();
    const score = scoreWorkbook(grids).score.indicators[0];
    expect(score.actual).toBe(20);
    expect(score.score).toBe(12);
  });

  it("an uncached indicator name or date leaves the entry out too; a blank row's formula is not needed", async () => {
    const grids = await gridsOf(
      await rawXlsx([
        TARGET,
        logSheet(
          [{ f: "DATE(2022,4,30)" }, "编撰报告期数", 5],
          ["2022-05-31", { f: "Sheet1!C2" }, 5],
          ["2022-06-30", "编撰报告期数", 4],
          ["", "", { f: "C2+C3" }],
        ),
      ]),
    );
    expect(analyzeWorkbook(grids).log!.entries.map((e) => e.value)).toEqual([4]);
    expect(uncachedIssues(grids)).toEqual([
      { code: "formula-uncached", severity: "warning", sheet: "完成情况台账", row: 2, column: "A", field: "log", indicator: "编撰报告期数" },
      { code: "formula-uncached", severity: "warning", sheet: "完成情况台账", row: 3, column: "B", field: "log", indicator: undefined },
    ]);
    // The dated-unknown entry names the indicator: its actual is unknown.
    expect(scoreWorkbook(grids).score.indicators[0].reason?.code).toBe("formula-uncached");
  });

  it("a target cell with an uncached formula: formula-uncached at it, the target unknown (no target-missing)", async () => {
    const row = [...INDICATOR];
    row[4] = { f: "6*2" } as unknown as string;
    const grids = await gridsOf(await rawXlsx([["项目绩效目标表", [TIDY_HEADER, row]], logSheet(["2022-04-30", "编撰报告期数", 12])]));
    const analysis = analyzeWorkbook(grids);
    expect(analysis.table!.indicators[0].target).toBeNull();
    expect(analysis.table!.unknownFields.get(1)).toEqual(new Set(["target"]));
    expect(uncachedIssues(grids)).toEqual([
      { code: "formula-uncached", severity: "warning", sheet: "项目绩效目标表", row: 2, column: "E", field: "target", indicator: "编撰报告期数" },
    ]);
    expect(validateWorkbook(grids).issues.map((i) => i.code)).not.toContain("target-missing");
    const score = scoreWorkbook(grids).score.indicators[0];
    expect(score.score).toBeNull();
    expect(score.reason?.code).toBe("formula-uncached");
  });

  it("an indicator whose name and rule are uncached formulas is still an indicator, unknown, not a group row", async () => {
    const row: RawCell[] = [...INDICATOR];
    row[2] = { f: "Sheet2!A1" };
    row[7] = { f: "Sheet2!B1" };
    const grids = await gridsOf(await rawXlsx([["项目绩效目标表", [TIDY_HEADER, row]]]));
    const analysis = analyzeWorkbook(grids);
    expect(analysis.table!.indicators).toHaveLength(1);
    const codes = analysis.issues.map((i) => i.code);
    expect(codes).not.toContain("name-missing");
    expect(codes).not.toContain("rule-missing");
    expect(uncachedIssues(grids).map((i) => `${i.column}${i.row}:${i.field}`)).toEqual(["C2:name", "H2:rule"]);
    expect(scoreWorkbook(grids).score.indicators[0].reason?.code).toBe("formula-uncached");
  });

  it("formulas exceljs wrote with their results read as before: no formula-uncached, same score", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("项目绩效目标表").addRows([TIDY_HEADER, [...INDICATOR.slice(0, 4), { formula: "6*2", result: 12 }, ...INDICATOR.slice(5)]]);
    const log = wb.addWorksheet("完成情况台账");
    log.addRows([["日期", "三级指标", "完成值"], ["2022-04-30", "编撰报告期数", { formula: "10+2", result: 12 }]]);
    const grids = await gridsFromXlsx(wb);
    expect(grids.sheets.every((g) => g.uncachedFormulas === undefined)).toBe(true);
    expect(uncachedIssues(grids)).toEqual([]);
    const score = scoreWorkbook(grids).score.indicators[0];
    expect(score.actual).toBe(12);
    expect(score.score).toBe(12);
  });
});
