import { Package } from "./package";
import { Styles } from "./styles";
import { Workbook } from "./workbook";
import { testPackage } from "./test-package";

async function styles() {
  const pkg = await Package.load(await testPackage());
  const s = new Styles(pkg, await Workbook.load(pkg));
  await s.init();
  return { pkg, s };
}

describe("styles.xml", () => {
  it("nothing to change: the base index, and the part unchanged", async () => {
    const { pkg, s } = await styles();
    expect(s.derive(1, {})).toBe(1);
    await s.flush();
    expect(await pkg.text("xl/styles.xml")).not.toContain(`count="3"`);
  });

  it("borders, the face of another cell's style, top alignment and wrap: one new xf, reused after", async () => {
    const { pkg, s } = await styles();
    const i = s.derive(0, { border: "thin", faceOf: 1, vertical: "top", wrap: true });
    expect(i).toBe(2);
    expect(s.derive(0, { border: "thin", faceOf: 1, vertical: "top", wrap: true })).toBe(2);
    await s.flush();
    const xml = await pkg.text("xl/styles.xml");
    // Font 1 is already the face asked for (宋体 10): no new font; the border is border 1.
    expect(xml).toContain(`<fonts count="2">`);
    expect(xml).toContain(`<borders count="2">`);
    expect(xml).toContain(`<cellXfs count="3">`);
    expect(xml).toContain(`<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs>`);
  });

  it("a bold 16-point title in the target's face: a new font after the existing ones", async () => {
    const { pkg, s } = await styles();
    expect(s.derive(0, { faceOf: 1, fontSize: 16, bold: true, horizontal: "center" })).toBe(2);
    await s.flush();
    const xml = await pkg.text("xl/styles.xml");
    expect(xml).toContain(`<font><b/><sz val="16"/><name val="宋体"/><family val="3"/><charset val="134"/></font></fonts>`);
    expect(xml).toContain(`<fonts count="3">`);
  });
});
