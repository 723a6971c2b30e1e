import { Package } from "./package";
import { Styles } from "./styles";
import { Workbook } from "./workbook";
import { SheetDoc, skeleton } from "./worksheet";
import { applyPageSetup } from "./page-setup";
import { MAIN, SHEET1, testPackage } from "./test-package";

async function styles() {
  const pkg = await Package.load(await testPackage());
  const s = new Styles(pkg, await Workbook.load(pkg));
  await s.init();
  return s;
}

describe("a worksheet", () => {
  it("writes values and keeps the rest as written", async () => {
    const doc = new SheetDoc(SHEET1, "目标表");
    doc.write({ row: 1, col: 2, value: "x" }, await styles());
    expect(doc.serialize()).toBe(SHEET1.replace(`<dimension ref="A1:B2"/>`, `<dimension ref="A1:C2"/>`).replace(`<v>5</v></c>`, `<v>5</v></c><c r="C2" t="inlineStr"><is><t xml:space="preserve">x</t></is></c>`));
  });

  it("restyle keeps the value, makes an empty cell <c r s/>, and changes nothing when the style stays", async () => {
    const s = await styles();
    const doc = new SheetDoc(SHEET1, "目标表");
    doc.restyle(2, 2, { border: "thin" }, s);
    doc.restyle(3, 1, { border: "thin" }, s);
    doc.restyle(1, 1, {}, s);
    const xml = doc.serialize();
    expect(xml).toContain(`<c r="B2" s="2"><v>5</v></c>`);
    expect(xml).toContain(`<row r="3"><c r="A3" s="2"/></row>`);
    expect(xml).toContain(`<c r="A1" s="1" t="inlineStr">`);
    expect(xml).toContain(`<dimension ref="A1:B3"/>`);
  });

  it("row heights as custom heights on the row", () => {
    const doc = new SheetDoc(SHEET1, "目标表");
    doc.setRowHeight(2, 30);
    doc.setRowHeight(4, 14.25);
    const xml = doc.serialize();
    expect(xml).toContain(`<row r="2" ht="30" customHeight="1">`);
    expect(xml).toContain(`<row r="4" ht="14.25" customHeight="1"></row>`);
    expect(() => doc.setRowHeight(1, 0)).toThrow(/bad row height/);
  });

  it("page setup in schema order: sheetPr first, printOptions before pageMargins, pageSetup after", () => {
    const doc = new SheetDoc(skeleton(MAIN), "绩效自评表");
    applyPageSetup(doc, { orientation: "landscape", paper: "A4", fitToWidth: 1, centerHorizontally: true });
    const xml = doc.serialize();
    expect(xml).toMatch(/<worksheet [^>]*><sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr><dimension /);
    expect(xml).toContain(`<sheetData/><printOptions horizontalCentered="1"/><pageMargins `);
    expect(xml).toMatch(/<pageMargins [^>]*\/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"\/><\/worksheet>$/);
  });
});
