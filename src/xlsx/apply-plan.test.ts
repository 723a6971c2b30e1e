/**
 * applyPlan patches the official workbook in place: the parts the plan does not touch come out
 * byte-identical, the touched ones stay well-formed and open in exceljs with exactly the values
 * written, and everything the user had (merges, validations, conditional formats, names, notes,
 * images, macros, printer settings, custom XML) survives.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { validateXML } from "xmllint-wasm";
import type { WritePlan } from "../core/plan/types";
import { applyPlan, readCellValues, sheetNames, shiftFormula } from "./apply-plan";
import { diffParts, listParts, readAllParts, readTextPart } from "./zip-parts";

// A 1×1 PNG.
const PNG_BASE64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
const VBA_BYTES = Uint8Array.from({ length: 600 }, (_, i) => (i * 37 + 11) % 256);
const PRINTER_BYTES = Uint8Array.from({ length: 300 }, (_, i) => (i * 91 + 3) % 256);
const CUSTOM_XML = `<?xml version="1.0" encoding="UTF-8" standalone="no"?><b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" SelectedStyle="\\APA.XSL"/>`;

const thin = { style: "thin" as const, color: { argb: "FF000000" } };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };

async function richWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("项目绩效目标表");
  [10, 14, 30, 8, 10, 36].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.mergeCells("A1:F1");
  ws.getCell("A1").value = "项目绩效目标表";
  ws.getCell("A1").font = { bold: true, size: 16, name: "宋体" };
  ws.getCell("A1").alignment = { horizontal: "center" };
  ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "评（扣）分标准"].forEach((h, i) => {
    const c = ws.getCell(3, i + 1);
    c.value = h;
    c.font = { bold: true, name: "宋体", size: 11, color: { argb: "FF1F3864" } };
    c.fill = HEADER_FILL;
    c.border = BORDER;
    c.alignment = { horizontal: "center", vertical: "middle" };
  });
  const rows: [string, string, string, string, number, string][] = [
    ["产出指标", "数量指标", "编撰网络舆情分析研判报告期数", "=", 12, "12分，完成1期得1分"],
    ["产出指标", "质量指标", "报告合格率", ">=", 98, "每低于1个百分点扣1分"],
    ["产出指标", "时效指标", "按时完成率", ">=", 95, "按完成比例得分"],
    ["效益指标", "社会效益指标", "舆论导向正确", "=", 5, "舆论导向正确得7分"],
  ];
  rows.forEach((r, i) => {
    r.forEach((v, j) => {
      const c = ws.getCell(4 + i, j + 1);
      c.value = v;
      c.border = BORDER;
      c.font = { name: "宋体", size: 10 };
      if (j === 5) c.alignment = { vertical: "top" };
      if (j === 4) c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
    });
  });
  ws.mergeCells("A4:A6");
  for (let r = 4; r <= 7; r++)
    ws.getCell(r, 4).dataValidation = { type: "list", allowBlank: true, formulae: ['"=,>=,<=,>,<,定性"'] };
  ws.addConditionalFormatting({
    ref: "E4:E7",
    rules: [{ type: "cellIs", operator: "greaterThan", priority: 1, formulae: ["10"], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } } }],
  });
  wb.definedNames.add("'项目绩效目标表'!$C$4:$C$7", "指标名称");
  ws.getCell("C3").note = "三级指标：指标的名称";
  ws.getRow(8).values = ["隐藏行"];
  ws.getRow(8).hidden = true;
  ws.getCell("E9").value = { formula: "SUM(E4:E7)", result: 210 };
  const img = wb.addImage({ base64: PNG_BASE64, extension: "png" });
  ws.addImage(img, "H12:I14");

  const log = wb.addWorksheet("完成情况台账");
  log.addRow(["日期", "三级指标", "完成值"]);
  log.addRow(["2022-03-31", "编撰网络舆情分析研判报告期数", 1]);
  log.getColumn(2).width = 30;

  // Parts exceljs does not model, added the way Excel would have them in an .xlsm.
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  zip.file("xl/vbaProject.bin", VBA_BYTES, { createFolders: false });
  zip.file("xl/printerSettings/printerSettings1.bin", PRINTER_BYTES, { createFolders: false });
  zip.file("customXml/item1.xml", CUSTOM_XML, { createFolders: false });
  const ct = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    ct.replace(
      "</Types>",
      `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/xl/printerSettings/printerSettings1.bin" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"/></Types>`,
    ),
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

// 0-based coordinates for readability: A1 = (0, 0).
const at = (ref: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
};

const TRICKY: Record<string, string> = {
  G6: "=SUM(A1)",
  G7: "+1",
  H4: "-x",
  H5: "@x",
  H6: `<b>&"'</b> ]]> &amp;`,
  H7: "第一行\n第二行\r\n第三行",
  H8: "得分 😀 ✓ 𠀋",
  H9: "  leading and trailing  ",
  H10: "_x0041_ stays literal",
};

const RULE_F4 = "12分，完成1期得1分\n得分：10";

function richPlan(): WritePlan {
  return {
    sheets: [
      {
        sheet: "项目绩效目标表",
        create: false,
        writes: [
          { ...at("G3"), value: "实际完成值", styleFrom: at("F3") },
          { ...at("F4"), value: RULE_F4, wrap: true },
          { ...at("G4"), value: 10, styleFrom: at("F4") },
          { ...at("G5"), value: 0.985, numberFormat: "0.0%", styleFrom: at("F5") },
          ...Object.entries(TRICKY).map(([ref, value]) => ({ ...at(ref), value })),
          { ...at("H11"), value: "a\u0001b\u0008c\uFFFEd\uD800e" },
          { ...at("E7"), value: null },
          { ...at("G8"), value: 3 },
          { ...at("A10"), value: "得分合计", bold: true, styleFrom: at("A7") },
          { ...at("E10"), value: 93.5, bold: true, styleFrom: at("E7") },
        ],
        columnWidths: [{ col: 6, width: 14 }],
      },
      {
        sheet: "绩效自评表",
        create: true,
        replace: true,
        writes: [
          { row: 0, col: 0, value: "项目支出绩效自评表", bold: true },
          ...["一级指标", "二级指标", "三级指标", "得分"].map((h, c) => ({ row: 1, col: c, value: h, bold: true, wrap: true })),
          { row: 2, col: 0, value: "产出指标" },
          { row: 2, col: 2, value: "编撰网络舆情分析研判报告期数" },
          { row: 2, col: 3, value: 10 },
          { row: 3, col: 3, value: 0.5, numberFormat: "0.00%" },
        ],
        merges: [
          { top: 0, left: 0, bottom: 0, right: 3 },
          { top: 2, left: 0, bottom: 3, right: 0 },
        ],
        columnWidths: [
          { col: 0, width: 12 },
          { col: 2, width: 30 },
        ],
      },
    ],
  };
}

async function wellFormed(bytes: Uint8Array, parts: string[]): Promise<void> {
  for (const name of parts) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const text = (await readTextPart(bytes, name))!;
    const result = await validateXML({ xml: [{ fileName: "part.xml", contents: text }], normalization: "format" });
    expect({ name, errors: result.errors.map((e) => e.message) }).toEqual({ name, errors: [] });
  }
}

async function loadExcel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe("applyPlan on a rich workbook", () => {
  let original: Uint8Array;
  let result: Uint8Array;

  beforeAll(async () => {
    original = await richWorkbook();
    result = await applyPlan(original, richPlan());
  });

  it("changes only the parts it must and copies every other part byte for byte, in zip order", async () => {
    const diff = await diffParts(original, result);
    expect(diff.removed).toEqual([]);
    expect(diff.added).toEqual(["xl/worksheets/sheet3.xml"]);
    expect(diff.changed.sort()).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"].sort());
    // Everything else, listed so a regression names the part it broke.
    expect(diff.same.sort()).toEqual(
      [
        "_rels/.rels",
        "customXml/item1.xml",
        "docProps/app.xml",
        "docProps/core.xml",
        "xl/comments1.xml",
        "xl/drawings/_rels/drawing1.xml.rels",
        "xl/drawings/drawing1.xml",
        "xl/drawings/vmlDrawing1.vml",
        "xl/media/image1.png",
        "xl/printerSettings/printerSettings1.bin",
        "xl/sharedStrings.xml",
        "xl/theme/theme1.xml",
        "xl/vbaProject.bin",
        "xl/worksheets/_rels/sheet1.xml.rels",
        "xl/worksheets/sheet2.xml",
      ].sort(),
    );
    const before = await listParts(original);
    const afterParts = await listParts(result);
    expect(afterParts.slice(0, before.length)).toEqual(before);
    expect(afterParts.slice(before.length)).toEqual(["xl/worksheets/sheet3.xml"]);
  });

  it("leaves the touched parts well-formed", async () => {
    await wellFormed(result, ["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet3.xml"]);
  });

  it("writes values exactly, strings always as text", async () => {
    const wb = await loadExcel(result);
    const ws = wb.getWorksheet("项目绩效目标表")!;
    for (const [ref, value] of Object.entries(TRICKY)) {
      const cell = ws.getCell(ref);
      // Excel reads `_xHHHH_` as an escaped character, so a literal one is written `_x005F_xHHHH_`;
      // exceljs does not decode these escapes (readCellValues and Excel do).
      const expected = ref === "H10" ? "_x005F_x0041_ stays literal" : value;
      expect({ ref, value: cell.value }).toEqual({ ref, value: expected });
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
    expect(ws.getCell("F4").value).toBe(RULE_F4);
    expect(ws.getCell("G3").value).toBe("实际完成值");
    expect(ws.getCell("G4").value).toBe(10);
    expect(ws.getCell("G5").value).toBe(0.985);
    expect(ws.getCell("G8").value).toBe(3);
    expect(ws.getCell("H11").value).toBe("abcde");
    expect(ws.getCell("A10").value).toBe("得分合计");
    expect(ws.getCell("E10").value).toBe(93.5);
    expect(ws.getCell("E7").value).toBeNull();
    // Untouched cells and the formula next to the written ones.
    expect(ws.getCell("C4").value).toBe("编撰网络舆情分析研判报告期数");
    expect(ws.getCell("E9").formula).toBe("SUM(E4:E7)");
    expect(ws.getCell("A8").value).toBe("隐藏行");

    const raw = (await readTextPart(result, "xl/worksheets/sheet1.xml"))!;
    expect(raw).toContain(`<c r="G6" t="inlineStr">`);
    expect(raw).toMatch(/<c r="G6"[^>]*t="inlineStr"><is><t xml:space="preserve">=SUM\(A1\)<\/t><\/is><\/c>/);
    expect(raw).not.toMatch(/<f>SUM\(A1\)/);
    expect(raw).toContain("&lt;b&gt;&amp;\"'&lt;/b&gt; ]]&gt; &amp;amp;");
    expect(raw).toContain("_x005F_x0041_ stays literal");
  });

  it("reads the written values back with readCellValues, as Office.js would report them", async () => {
    const refs = [...Object.keys(TRICKY), "F4", "G4", "G5", "E7", "C4", "E9", "Z99"];
    const values = await readCellValues(result, "项目绩效目标表", refs.map(at));
    // Read through the workbook reader (SheetJS), which reads a CR LF in cell text as LF, as the
    // hosts' grids have it: a plan's expect is compared with values read the same way.
    const readBack = Object.values(TRICKY).map((v) => v.replace(/\r\n/g, "\n"));
    expect(readBack).toContain("第一行\n第二行\n第三行");
    expect(values).toEqual([...readBack, RULE_F4, 10, 0.985, null, "编撰网络舆情分析研判报告期数", 210, null]);
    // Shared strings in the untouched original.
    expect(await readCellValues(original, "项目绩效目标表", [at("A1"), at("F5"), at("E4")])).toEqual(["项目绩效目标表", "每低于1个百分点扣1分", 12]);
    await expect(readCellValues(result, "no such sheet", [])).rejects.toThrow(/sheet not found/);
    expect(await sheetNames(result)).toEqual(["项目绩效目标表", "完成情况台账", "绩效自评表"]);
  });

  it("styles: styleFrom copies the neighbour's look, numberFormat / bold / wrap add formats, null keeps the style", async () => {
    const ws = (await loadExcel(result)).getWorksheet("项目绩效目标表")!;
    const f3 = ws.getCell("F3");
    const g3 = ws.getCell("G3");
    expect(g3.style).toEqual(f3.style);
    expect(ws.getCell("G5").numFmt).toBe("0.0%");
    expect(ws.getCell("G5").border).toEqual(ws.getCell("F5").border);
    const f4 = ws.getCell("F4");
    expect(f4.alignment).toEqual({ vertical: "top", wrapText: true });
    expect(f4.font).toEqual({ name: "宋体", size: 10 });
    expect(f4.border).toEqual(ws.getCell("F5").border);
    expect(ws.getCell("A10").font).toEqual({ name: "宋体", size: 10, bold: true });
    expect(ws.getCell("A10").border).toEqual(ws.getCell("A7").border);
    expect(ws.getCell("E10").fill).toEqual(ws.getCell("E6").fill);
    expect(ws.getCell("E7").fill).toEqual(ws.getCell("E6").fill);
    expect(ws.getCell("E7").border).toEqual(ws.getCell("E6").border);
    // Counts stay true and the bold font is not added twice (A10 and E10 share it).
    const styles = (await readTextPart(result, "xl/styles.xml"))!;
    for (const [section, item] of [
      ["fonts", "font"],
      ["cellXfs", "xf"],
      ["numFmts", "numFmt"],
    ]) {
      const body = new RegExp(`<${section} count="(\\d+)"[^>]*>([\\s\\S]*?)</${section}>`).exec(styles)!;
      expect(Number(body[1])).toBe((body[2].match(new RegExp(`<${item}[ >/]`, "g")) ?? []).length);
    }
    const originalStyles = (await readTextPart(original, "xl/styles.xml"))!;
    const count = (xml: string, re: RegExp) => (xml.match(re) ?? []).length;
    expect(count(styles, /<font>/g) - count(originalStyles, /<font>/g)).toBe(2); // bold 宋体 10, bold 宋体 11 (new sheet uses xf 0's font)
  });

  it("keeps merges, widths, validations, conditional formats, names, notes, the image and the hidden row", async () => {
    const wb = await loadExcel(result);
    const ws = wb.getWorksheet("项目绩效目标表")!;
    expect(ws.model.merges.sort()).toEqual(["A1:F1", "A4:A6"]);
    expect([10, 14, 30, 8, 10, 36, 14].map((_, i) => ws.getColumn(i + 1).width)).toEqual([10, 14, 30, 8, 10, 36, 14]);
    expect(ws.getCell("D6").dataValidation).toMatchObject({ type: "list", formulae: ['"=,>=,<=,>,<,定性"'] });
    const cfs = (ws as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
    expect(cfs).toHaveLength(1);
    expect(cfs[0].ref).toBe("E4:E7");
    expect(wb.definedNames.model).toEqual([{ name: "指标名称", ranges: ["'项目绩效目标表'!$C$4:$C$7"] }]);
    expect(ws.getCell("C3").note).toBe("三级指标：指标的名称");
    expect(ws.getImages()).toHaveLength(1);
    expect(ws.getRow(8).hidden).toBe(true);
    const raw = (await readTextPart(result, "xl/worksheets/sheet1.xml"))!;
    expect(raw).toContain('<dimension ref="A1:H11"/>');
    expect(raw).toContain('<mergeCell ref="A1:F1"/>');
    expect(raw).toContain("<dataValidations");
    expect(raw).toContain("<conditionalFormatting");
    expect(raw).toMatch(/<drawing r:id="rId\d+"\/>/);
    expect(raw).toMatch(/<legacyDrawing r:id="rId\d+"\/>/);
    expect(raw).toMatch(/<col min="7" max="7" width="14" customWidth="1"\/>/);
  });

  it("adds the new sheet with its merges and widths", async () => {
    const wb = await loadExcel(result);
    const ws = wb.getWorksheet("绩效自评表")!;
    expect(ws.getCell("A1").value).toBe("项目支出绩效自评表");
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("B2").alignment?.wrapText).toBe(true);
    expect(ws.getCell("D3").value).toBe(10);
    expect(ws.getCell("D4").numFmt).toBe("0.00%");
    expect(ws.model.merges.sort()).toEqual(["A1:D1", "A3:A4"]);
    expect(ws.getColumn(1).width).toBe(12);
    expect(ws.getColumn(3).width).toBe(30);
    const xml = (await readTextPart(result, "xl/worksheets/sheet3.xml"))!;
    // Schema order: dimension, sheetViews, sheetFormatPr, cols, sheetData, mergeCells, pageMargins.
    const order = ["<dimension", "<sheetViews", "<sheetFormatPr", "<cols", "<sheetData", "<mergeCells", "<pageMargins"].map((t) => xml.indexOf(t));
    expect(order.every((p, i) => p > 0 && (i === 0 || p > order[i - 1]))).toBe(true);
    expect(xml).toContain('<dimension ref="A1:D4"/>');
    const wbXml = (await readTextPart(result, "xl/workbook.xml"))!;
    expect(wbXml).toMatch(/<sheet name="绩效自评表" sheetId="3" r:id="rId\d+"\/>/);
    const ct = (await readTextPart(result, "[Content_Types].xml"))!;
    expect(ct).toContain('<Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>');
  });

  it("is deterministic and idempotent: the same plan again changes nothing", async () => {
    const again = await applyPlan(original, richPlan());
    const d1 = await diffParts(result, again);
    expect(d1.changed).toEqual([]);
    expect(d1.added).toEqual([]);
    const twice = await applyPlan(result, richPlan());
    const d2 = await diffParts(result, twice);
    expect({ changed: d2.changed, added: d2.added, removed: d2.removed }).toEqual({ changed: [], added: [], removed: [] });
    expect(d2.same.length).toBe((await listParts(result)).length);
  });

  it("replaces the 自评表 in place with replace, keeping its rId and sheetId", async () => {
    const plan = richPlan();
    plan.sheets[1].writes = [{ row: 0, col: 0, value: "第二次" }];
    plan.sheets[1].merges = [];
    const second = await applyPlan(result, plan);
    const diff = await diffParts(result, second);
    expect(diff.changed).toEqual(["xl/worksheets/sheet3.xml"]);
    expect(await readCellValues(second, "绩效自评表", [{ row: 0, col: 0 }, { row: 2, col: 3 }])).toEqual(["第二次", null]);
    expect(await sheetNames(second)).toEqual(["项目绩效目标表", "完成情况台账", "绩效自评表"]);
  });

  it("replacing a sheet that had a drawing and notes drops its relationships, nothing else", async () => {
    const out = await applyPlan(original, { sheets: [{ sheet: "项目绩效目标表", create: true, replace: true, writes: [{ row: 0, col: 0, value: "new" }] }] });
    const diff = await diffParts(original, out);
    expect(diff.changed).toEqual(["xl/worksheets/sheet1.xml"]);
    expect(diff.removed).toEqual(["xl/worksheets/_rels/sheet1.xml.rels"]);
    const wb = await loadExcel(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["项目绩效目标表", "完成情况台账"]);
    expect(wb.getWorksheet("项目绩效目标表")!.getCell("A1").value).toBe("new");
    expect(wb.getWorksheet("项目绩效目标表")!.getImages()).toHaveLength(0);
  });

  it("an empty plan changes no part", async () => {
    const same = await applyPlan(original, { sheets: [] });
    const diff = await diffParts(original, same);
    expect(diff.same.length).toBe((await listParts(original)).length);
  });

  it("refuses what it cannot do", async () => {
    await expect(applyPlan(original, { sheets: [{ sheet: "不存在", create: false, writes: [] }] })).rejects.toThrow(/sheet not found/);
    await expect(applyPlan(original, { sheets: [{ sheet: "bad/name", create: true, writes: [] }] })).rejects.toThrow(/invalid sheet name/);
    await expect(applyPlan(original, { sheets: [{ sheet: "项目绩效目标表", create: false, writes: [{ row: -1, col: 0, value: 1 }] }] })).rejects.toThrow(RangeError);
  });
});

// ---- hand-made packages ------------------------------------------------------------------------

const CT_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

async function makeZip(parts: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) zip.file(name, text, { createFolders: false });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("applyPlan on x:-prefixed SpreadsheetML (Open XML SDK style)", () => {
  const X = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const parts = {
    "[Content_Types].xml": `${CT_HEAD}<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": `<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:x="${X}"><x:sheets><x:sheet name="Sheet &amp; 1" sheetId="1" r:id="R1a2b"/></x:sheets></x:workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/xl/styles.xml" Id="Rst"/><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml" Id="R1a2b"/></Relationships>`,
    "xl/styles.xml": `<?xml version="1.0" encoding="utf-8"?><x:styleSheet xmlns:x="${X}"><x:fonts count="1"><x:font><x:sz val="11"/><x:name val="Calibri"/></x:font></x:fonts><x:fills count="1"><x:fill><x:patternFill patternType="none"/></x:fill></x:fills><x:borders count="1"><x:border/></x:borders><x:cellXfs count="2"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><x:xf fontId="0" numFmtId="0" borderId="0" fillId="0"><x:alignment vertical="top"/></x:xf></x:cellXfs></x:styleSheet>`,
    // Rows out of order, a row and a cell without r, self-closing rows and cells, a comment,
    // an attribute holding ">", cells in a row out of column order.
    "xl/worksheets/sheet1.xml": `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:x="${X}"><x:sheetData><!-- <x:row r="99"> --><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>hi</x:t></x:is></x:c><x:c t="inlineStr" s="1" r="B1"><x:is><x:t xml:space="preserve"> there </x:t></x:is></x:c></x:row><x:row r="5" x:foo="a&gt;b>c"/><x:row r="3"><x:c r="C3"/><x:c r="A3"><x:v>1</x:v></x:c></x:row><x:row><x:c><x:v>7</x:v></x:c><x:c><x:v>8</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
  };

  it("writes with the x: prefix, into out-of-order and implicit rows, and keeps the rest", async () => {
    const original = await makeZip(parts);
    const plan: WritePlan = {
      sheets: [
        {
          sheet: "Sheet & 1",
          create: false,
          writes: [
            { ...at("A1"), value: "=1+1" },
            { ...at("B1"), value: 5, wrap: true },
            { ...at("C5"), value: "in a self-closing row" },
            { ...at("C3"), value: 3 },
            { ...at("B4"), value: "between 3 and 5 (row 4 has implicit r)" },
            { ...at("D4"), value: "after the implicit cells" },
            { ...at("B6"), value: "new row 6" },
            { ...at("D2"), value: "new row 2" },
          ],
          columnWidths: [{ col: 3, width: 20 }],
        },
        { sheet: "New", create: true, writes: [{ row: 0, col: 0, value: "x" }] },
      ],
    };
    const out = await applyPlan(original, plan);
    const xml = (await readTextPart(out, "xl/worksheets/sheet1.xml"))!;
    await wellFormed(out, Object.keys(parts).concat(["xl/worksheets/sheet2.xml"]));
    expect(xml).toContain(`<x:c r="A1" t="inlineStr"><x:is><x:t xml:space="preserve">=1+1</x:t></x:is></x:c>`);
    expect(xml).toContain(`<x:cols><x:col min="4" max="4" width="20" customWidth="1"/></x:cols><x:sheetData>`);
    expect(xml).toContain(`<x:row r="5" x:foo="a&gt;b>c"><x:c r="C5" t="inlineStr">`);
    expect(xml).toContain(`<!-- <x:row r="99"> -->`);
    expect(xml).not.toMatch(/<c[ >]|<row[ >]/);
    // Row order as written (1, 5, 3, then the implicit one, row 4), new rows 2 before 5 and 6 at
    // the end; inserting rows made the implicit row's number explicit, inserting D4 its cells'.
    const rowOrder = [...xml.replace(/<!--[\s\S]*?-->/g, "").matchAll(/<x:row r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(rowOrder).toEqual([1, 2, 5, 3, 4, 6]);
    expect(xml).toMatch(/<x:row r="4"><x:c r="A4"><x:v>7<\/x:v><\/x:c><x:c r="B4" t="inlineStr">[^]*?<\/x:c><x:c r="D4" t="inlineStr">[^]*?<\/x:c><\/x:row>/);

    const values = await readCellValues(out, "Sheet & 1", ["A1", "B1", "C5", "C3", "A3", "A4", "B4", "C4", "D4", "B6", "D2"].map(at));
    expect(values).toEqual(["=1+1", 5, "in a self-closing row", 3, 1, 7, "between 3 and 5 (row 4 has implicit r)", null, "after the implicit cells", "new row 6", "new row 2"]);
    // B1 kept its style 1 (alignment top) and got wrap: a new xf cloned from it, with the prefix.
    const styles = (await readTextPart(out, "xl/styles.xml"))!;
    expect(styles).toContain(`<x:cellXfs count="3">`);
    expect(styles).toMatch(/<x:xf fontId="0" numFmtId="0" borderId="0" fillId="0" applyAlignment="1"><x:alignment vertical="top" wrapText="1"\/><\/x:xf><\/x:cellXfs>/);
    expect(xml).toMatch(/<x:c r="B1" s="2"><x:v>5<\/x:v><\/x:c>/);
    // The new sheet: a unique rId next to the non-numbered ones, absolute targets understood.
    const rels = (await readTextPart(out, "xl/_rels/workbook.xml.rels"))!;
    expect(rels).toContain(`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>`);
    const wbXml = (await readTextPart(out, "xl/workbook.xml"))!;
    expect(wbXml).toContain(`<x:sheet name="New" sheetId="2" r:id="rId1"/>`);
    expect(await readCellValues(out, "New", [at("A1")])).toEqual(["x"]);
    expect(await sheetNames(out)).toEqual(["Sheet & 1", "New"]);
  });
});

describe("formulas: shared-formula masters and the calculation chain", () => {
  const sheet = (data: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:C4"/><sheetData>${data}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  const data =
    `<row r="1" spans="1:3"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B4" si="0">A1*2+$A$1+SUM(A1:A2)+Sheet2!A1+"A1"</f><v>5</v></c><c r="C1"><f>B1+1</f><v>6</v></c></row>` +
    `<row r="2" spans="1:3"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>8</v></c></row>` +
    `<row r="3" spans="1:3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>11</v></c></row>` +
    `<row r="4" spans="1:3"><c r="A4"><v>4</v></c><c r="B4"><f t="shared" si="0"/><v>14</v></c><c r="C4"><f t="array" ref="C4:D5">A1:B2</f><v>1</v></c></row>`;
  const parts = (withData: string) => ({
    "[Content_Types].xml": `${CT_HEAD}<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>`,
    "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>`,
    "xl/worksheets/sheet1.xml": sheet(withData),
    "xl/calcChain.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B1" i="1"/><c r="B2"/><c r="B3"/><c r="B4"/><c r="C1"/><c r="C4" a="1"/></calcChain>`,
  });

  it("moves the shared master to the next cell of the group and drops calcChain", async () => {
    const original = await makeZip(parts(data));
    const out = await applyPlan(original, { sheets: [{ sheet: "Sheet1", create: false, writes: [{ ...at("B1"), value: "text now" }] }] });
    const xml = (await readTextPart(out, "xl/worksheets/sheet1.xml"))!;
    expect(xml).toContain(`<c r="B1" t="inlineStr"><is><t xml:space="preserve">text now</t></is></c>`);
    expect(xml).toContain(`<c r="B2"><f t="shared" ref="B2:B4" si="0">A2*2+$A$1+SUM(A2:A3)+Sheet2!A2+"A1"</f><v>8</v></c>`);
    expect(xml).toContain(`<c r="B3"><f t="shared" si="0"/><v>11</v></c>`);
    const diff = await diffParts(original, out);
    expect(diff.removed).toEqual(["xl/calcChain.xml"]);
    expect(diff.changed.sort()).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml"]);
    expect(await readTextPart(out, "[Content_Types].xml")).not.toContain("calcChain");
    expect(await readTextPart(out, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    await wellFormed(out, ["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml"]);
    // exceljs sees the moved master and its dependents.
    const ws = (await loadExcel(out)).getWorksheet("Sheet1")!;
    expect(ws.getCell("B1").value).toBe("text now");
    expect(ws.getCell("B2").formula).toBe(`A2*2+$A$1+SUM(A2:A3)+Sheet2!A2+"A1"`);
    // exceljs derives B3 from the new master itself (and also shifts the "A1" inside the string).
    expect(ws.getCell("B3").formula).toMatch(/^A3\*2\+\$A\$1\+SUM\(A3:A4\)\+Sheet2!A3\+/);
    expect(ws.getCell("C1").formula).toBe("B1+1");
  });

  it("overwriting every member of the group leaves no dangling shared formula", async () => {
    const original = await makeZip(parts(data));
    const writes = ["B1", "B3", "B2", "B4"].map((r, i) => ({ ...at(r), value: i }));
    const out = await applyPlan(original, { sheets: [{ sheet: "Sheet1", create: false, writes }] });
    const xml = (await readTextPart(out, "xl/worksheets/sheet1.xml"))!;
    expect(xml).not.toContain('t="shared"');
    expect(await readCellValues(out, "Sheet1", ["B1", "B2", "B3", "B4", "C1"].map(at))).toEqual([0, 2, 1, 3, 6]);
  });

  it("keeps calcChain (and every byte) when no formula cell is replaced", async () => {
    const original = await makeZip(parts(data));
    const out = await applyPlan(original, { sheets: [{ sheet: "Sheet1", create: false, writes: [{ ...at("E1"), value: 1 }] }] });
    const diff = await diffParts(original, out);
    expect(diff.changed).toEqual(["xl/worksheets/sheet1.xml"]);
    expect(diff.removed).toEqual([]);
    const xml = (await readTextPart(out, "xl/worksheets/sheet1.xml"))!;
    expect(xml).toContain(`<dimension ref="A1:E4"/>`);
    expect(xml).toContain(`<row r="1" spans="1:5">`);
  });

  it("replacing a sheet that had formulas drops calcChain too", async () => {
    const original = await makeZip(parts(data));
    const out = await applyPlan(original, { sheets: [{ sheet: "Sheet1", create: true, replace: true, writes: [] }] });
    expect((await diffParts(original, out)).removed).toEqual(["xl/calcChain.xml"]);
  });

  it("refuses to write into part of an array formula, but may replace its master", async () => {
    const original = await makeZip(parts(data));
    await expect(applyPlan(original, { sheets: [{ sheet: "Sheet1", create: false, writes: [{ ...at("D5"), value: 1 }] }] })).rejects.toThrow(/array formula/);
    const out = await applyPlan(original, { sheets: [{ sheet: "Sheet1", create: false, writes: [{ ...at("C4"), value: 1 }, { ...at("D5"), value: 2 }] }] });
    expect(await readCellValues(out, "Sheet1", [at("C4"), at("D5")])).toEqual([1, 2]);
  });
});

describe("columns, rows and formats in an existing sheet", () => {
  const wbParts = (sheetXml: string) => ({
    "[Content_Types].xml": `${CT_HEAD}<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="4" r:id="rId7"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    "xl/worksheets/sheet1.xml": sheetXml,
  });
  const ws = (body: string) => `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${body}</worksheet>`;

  it("splits a <col> range only where needed and never drops one", async () => {
    const original = await makeZip(
      wbParts(ws(`<sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="5" width="9" style="3" customWidth="1"/><col min="8" max="8" width="4" hidden="1"/></cols><sheetData/>`)),
    );
    const out = await applyPlan(original, {
      sheets: [
        {
          sheet: "S",
          create: false,
          writes: [],
          columnWidths: [
            { col: 2, width: 14 },
            { col: 5, width: 6 },
            { col: 7, width: 11.5 },
            { col: 9, width: 8 },
          ],
        },
      ],
    });
    const xml = (await readTextPart(out, "xl/worksheets/sheet1.xml"))!;
    expect(/<cols>.*<\/cols>/.exec(xml)![0]).toBe(
      `<cols><col min="1" max="2" width="9" style="3" customWidth="1"/><col min="3" max="3" width="14" style="3" customWidth="1"/><col min="4" max="5" width="9" style="3" customWidth="1"/>` +
        `<col min="6" max="6" width="6" customWidth="1"/><col min="8" max="8" width="11.5" hidden="1" customWidth="1"/><col min="10" max="10" width="8" customWidth="1"/></cols>`,
    );
  });

  it("new cells take the column's style; a missing styles part is created when formats are needed", async () => {
    const original = await makeZip(
      wbParts(ws(`<cols><col min="2" max="2" width="9" style="1"/></cols><sheetData><row r="2" s="2" customFormat="1"><c r="A2" s="5"><v>1</v></c></row></sheetData>`)),
    );
    const out = await applyPlan(original, {
      sheets: [
        {
          sheet: "S",
          create: false,
          writes: [
            { ...at("B1"), value: "col style" },
            { ...at("C2"), value: "row style" },
            { ...at("D4"), value: 1, numberFormat: "yyyy-mm-dd" },
          ],
        },
      ],
    });
    const xml = (await readTextPart(out, "xl/worksheets/sheet1.xml"))!;
    expect(xml).toContain(`<c r="B1" s="1" t="inlineStr">`);
    expect(xml).toContain(`<c r="C2" s="2" t="inlineStr">`);
    expect(xml).toMatch(/<sheetData><row r="1"><c r="B1"/);
    expect(xml).toContain(`<c r="D4" s="1"><v>1</v></c>`);
    const styles = (await readTextPart(out, "xl/styles.xml"))!;
    expect(styles).toContain(`<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts`);
    expect(await readTextPart(out, "[Content_Types].xml")).toContain(`PartName="/xl/styles.xml"`);
    expect(await readTextPart(out, "xl/_rels/workbook.xml.rels")).toContain(`Target="styles.xml"`);
    await wellFormed(out, ["xl/styles.xml", "xl/worksheets/sheet1.xml", "[Content_Types].xml", "xl/_rels/workbook.xml.rels"]);
    const wb = await loadExcel(out);
    expect(wb.getWorksheet("S")!.getCell("D4").numFmt).toBe("yyyy-mm-dd");
  });

  it("null clears a value and keeps the style and other attributes; nothing is created for null on an empty cell", async () => {
    const original = await makeZip(wbParts(ws(`<sheetData><row r="1"><c r="A1" s="3" t="s" ph="1"><v>0</v></c><c r="B1" s="2" vm="1"><v>2</v></c></row></sheetData>`)));
    const out = await applyPlan(original, {
      sheets: [{ sheet: "S", create: false, writes: [{ ...at("A1"), value: null }, { ...at("B1"), value: "" }, { ...at("Q9"), value: null }] }],
    });
    const xml = (await readTextPart(out, "xl/worksheets/sheet1.xml"))!;
    expect(xml).toContain(`<sheetData><row r="1"><c r="A1" s="3" ph="1"/><c r="B1" s="2"/></row></sheetData>`);
  });
});

describe("shiftFormula", () => {
  it.each([
    ["A1*2", 1, 0, "A2*2"],
    ["$A$1+A$1+$A1", 2, 3, "$A$1+D$1+$A3"],
    ["SUM(A1:B2)", 0, 1, "SUM(B1:C2)"],
    ["SUM(A:A)+SUM(1:1)", 1, 1, "SUM(B:B)+SUM(2:2)"],
    ['"A1"&A1', 1, 0, '"A1"&A2'],
    ["'My Sheet'!A1+Sheet2!B2", 1, 0, "'My Sheet'!A2+Sheet2!B3"],
    ["LOG10(A1)+ATAN2(A1,B1)", 1, 0, "LOG10(A2)+ATAN2(A2,B2)"],
    ["Table1[Col A1]+A1", 1, 0, "Table1[Col A1]+A2"],
    ["1.5E3+A1", 1, 0, "1.5E3+A2"],
    ["A1048576", 1, 0, "#REF!"],
    ["myName+A1", 0, 1, "myName+B1"],
  ])("%s moved by (%i, %i) → %s", (f, dr, dc, expected) => {
    expect(shiftFormula(f, dr, dc)).toBe(expected);
  });
});

describe("readAllParts / diffParts", () => {
  it("reports same, changed, added and removed parts", async () => {
    const a = await makeZip({ "a.xml": "<a/>", "b.xml": "<b/>", "c.xml": "<c/>" });
    const b = await makeZip({ "a.xml": "<a/>", "b.xml": "<b x='1'/>", "d.xml": "<d/>" });
    expect(await diffParts(a, b)).toEqual({ same: ["a.xml"], changed: ["b.xml"], added: ["d.xml"], removed: ["c.xml"] });
    expect([...(await readAllParts(a)).keys()]).toEqual(["a.xml", "b.xml", "c.xml"]);
  });
});

describe("the 绩效自评表 Score writes into the sample, read back (DESIGN §12)", () => {
  let ws: ExcelJS.Worksheet;
  let target: ExcelJS.Worksheet;
  let workbookXml: string;
  let sheetXml: string;
  let header: number;
  let total: number;
  let from: { sheet: string; row: number; col: number };

  beforeAll(async () => {
    const { readFileSync } = await import("node:fs");
    const { readWorkbookBytes } = await import("./read");
    const { scoreWorkbook } = await import("../core");
    const original = new Uint8Array(readFileSync("assets/sample.xlsx"));
    const report = scoreWorkbook(readWorkbookBytes(original));
    const out = await applyPlan(original, report.plan);
    const wb = await loadExcel(out);
    ws = wb.getWorksheet("绩效自评表")!;
    target = wb.getWorksheet(report.sheet!)!;
    workbookXml = (await readTextPart(out, "xl/workbook.xml"))!;
    sheetXml = (await readTextPart(out, await sheetPart(out, "绩效自评表")))!;
    from = report.plan.sheets.find((sp) => sp.sheet === "绩效自评表")!.formats![0].font!.from!;
    ws.eachRow((row, n) => {
      if (row.getCell(1).value === "一级指标") header = n;
      if (row.getCell(1).value === "总分") total = n;
    });
  });

  /** The part of a sheet, by its r:id in workbook.xml and the workbook's rels. */
  async function sheetPart(bytes: Uint8Array, name: string): Promise<string> {
    const xml = (await readTextPart(bytes, "xl/workbook.xml"))!;
    const rid = new RegExp(`<sheet name="${name}"[^>]*r:id="(rId\\d+)"`).exec(xml)![1];
    const rels = (await readTextPart(bytes, "xl/_rels/workbook.xml.rels"))!;
    const rel = [...rels.matchAll(/<Relationship [^>]*>/g)].map((m) => m[0]).find((r) => r.includes(`Id="${rid}"`))!;
    return "xl/" + /Target="([^"]+)"/.exec(rel)![1].replace(/^\/?xl\//, "");
  }

  it("boxes every cell of the indicator table with thin lines, and not the title", () => {
    const thin = { style: "thin", color: { indexed: 64 } };
    for (let r = header; r <= total + 1; r++)
      for (let c = 1; c <= 8; c++) expect({ r, c, border: ws.getCell(r, c).border }).toEqual({ r, c, border: { left: thin, right: thin, top: thin, bottom: thin } });
    expect(ws.getCell(1, 1).border ?? {}).toEqual({});
  });

  it("merges 一级 / 二级 over exactly their rows, top-aligned: 产出指标 over the 8 产出 rows, 数量指标 over its 6", () => {
    // The sample: 产出指标 has 6 数量, 1 质量 and 1 时效 indicators.
    const first = header + 1;
    expect(ws.model.merges).toEqual(expect.arrayContaining([`A${first}:A${first + 7}`, `B${first}:B${first + 5}`]));
    expect(ws.getCell(first, 1).value).toBe("产出指标");
    expect(ws.getCell(first, 1).alignment).toMatchObject({ vertical: "top", wrapText: true });
    expect(ws.getCell(first + 6, 2).value).toBe("质量指标");
  });

  it("prints in the target's font: the face of its first 三级指标 cell, the title larger and bold", () => {
    expect(from.sheet).toBe(target.name);
    const face = target.getCell(from.row + 1, from.col + 1).font ?? {};
    const name = face.name ?? "Calibri";
    expect(ws.getCell(header + 1, 3).font).toMatchObject({ name });
    expect(ws.getCell(1, 1).font).toMatchObject({ name, size: 16, bold: true });
    expect(ws.getCell(1, 1).alignment).toMatchObject({ horizontal: "center" });
  });

  it("A4 landscape, one page wide (as many tall as it takes), centred, the header row repeated on every page", () => {
    expect(sheetXml).toMatch(/<sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr>/);
    expect(sheetXml).toContain(`<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>`);
    expect(sheetXml).toContain(`<printOptions horizontalCentered="1"/>`);
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(workbookXml).toMatch(new RegExp(`<definedName name="_xlnm.Print_Titles" localSheetId="\\d+">'绩效自评表'!\\$${header}:\\$${header}</definedName>`));
  });
});

describe("looks taken from another sheet", () => {
  it("styleFrom with a sheet takes that sheet's cell style; font.from its face only", async () => {
    const { testPackage } = await import("./ooxml/test-package");
    const out = await applyPlan(await testPackage(), {
      sheets: [
        {
          sheet: "表2",
          create: true,
          writes: [
            { row: 0, col: 0, value: "a", styleFrom: { sheet: "目标表", row: 0, col: 0 } },
            { row: 0, col: 1, value: "b", styleFrom: { row: 0, col: 0 } },
          ],
          formats: [{ area: { top: 1, left: 0, bottom: 1, right: 0 }, font: { from: { sheet: "目标表", row: 0, col: 0 }, bold: true } }],
        },
      ],
    });
    const xml = (await readTextPart(out, "xl/worksheets/sheet2.xml"))!;
    // 目标表!A1 has style 1 (宋体 10); 表2!B1 copies 表2!A1, written just before it: style 1 too.
    expect(xml).toContain(`<c r="A1" s="1" t="inlineStr">`);
    expect(xml).toContain(`<c r="B1" s="1" t="inlineStr">`);
    // A2: a new xf on font 2, the face of font 1 made bold.
    expect(xml).toContain(`<c r="A2" s="2"/>`);
    const styles = (await readTextPart(out, "xl/styles.xml"))!;
    expect(styles).toContain(`<font><b/><sz val="10"/><name val="宋体"/><family val="3"/><charset val="134"/></font></fonts>`);
  });
});
