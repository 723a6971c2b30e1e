import { Package } from "./package";
import { Workbook } from "./workbook";
import { testPackage } from "./test-package";

async function load(extra = "") {
  const pkg = await Package.load(await testPackage(extra));
  return { pkg, wb: await Workbook.load(pkg) };
}

describe("workbook.xml", () => {
  it("lists the sheets with their parts", async () => {
    const { wb } = await load();
    expect(wb.sheets).toEqual([{ name: "目标表", sheetId: 1, rid: "rId1", path: "xl/worksheets/sheet1.xml", relType: expect.stringMatching(/\/worksheet$/) }]);
  });

  it("adds a sheet: part, relationship, content type and <sheet>", async () => {
    const { pkg, wb } = await load();
    const info = await wb.addSheet("绩效自评表");
    expect(info).toMatchObject({ path: "xl/worksheets/sheet2.xml", rid: "rId3", sheetId: 2 });
    expect(await pkg.text("xl/workbook.xml")).toContain(`<sheet name="绩效自评表" sheetId="2" r:id="rId3"/></sheets>`);
    expect(await pkg.text("[Content_Types].xml")).toContain(`PartName="/xl/worksheets/sheet2.xml"`);
    expect(() => wb.addSheet("a/b")).rejects.toThrow(/invalid sheet name/);
  });

  it("print title rows: a definedNames block placed before calcPr (schema order), local to the sheet", async () => {
    const { pkg, wb } = await load();
    const info = await wb.addSheet("绩效自评表");
    await wb.setPrintTitleRows(info, 6, 6);
    expect(await pkg.text("xl/workbook.xml")).toContain(
      `</sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">'绩效自评表'!$6:$6</definedName></definedNames><calcPr`,
    );
  });

  it("print title rows replace the sheet's earlier ones and keep other names", async () => {
    const { pkg, wb } = await load(`<definedNames><definedName name="x">目标表!$A$1</definedName><definedName name="_xlnm.Print_Titles" localSheetId="0">'目标表'!$1:$2</definedName></definedNames>`);
    await wb.setPrintTitleRows(wb.sheets[0], 3, 4);
    const xml = await pkg.text("xl/workbook.xml");
    expect(xml).toContain(`<definedNames><definedName name="x">目标表!$A$1</definedName><definedName name="_xlnm.Print_Titles" localSheetId="0">'目标表'!$3:$4</definedName></definedNames>`);
  });

  it("removing a sheet drops its local names", async () => {
    const { pkg, wb } = await load();
    const info = await wb.addSheet("绩效自评表");
    await wb.setPrintTitleRows(info, 6, 6);
    await wb.removeSheet(info);
    const xml = await pkg.text("xl/workbook.xml");
    expect(xml).not.toContain("definedName");
    expect(xml).not.toContain("绩效自评表");
  });
});
