import { setAlignment, setBold, setFace, setFontParts, thinBorder } from "./style-items";

describe("style items", () => {
  it("bold on and off, unchanged when already so", () => {
    expect(setBold(`<font><sz val="11"/></font>`, true)).toBe(`<font><b/><sz val="11"/></font>`);
    expect(setBold(`<font><b/><sz val="11"/></font>`, false)).toBe(`<font><sz val="11"/></font>`);
    const plain = `<font><sz val="11"/></font>`;
    expect(setBold(plain, false)).toBe(plain);
  });

  it("a face from another font: name, size, family, charset, scheme; colour and bold kept", () => {
    const target = `<font><sz val="10"/><name val="宋体"/><family val="3"/><charset val="134"/></font>`;
    const mine = `<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>`;
    expect(setFace(mine, target)).toBe(`<font><b/><color theme="1"/><sz val="10"/><name val="宋体"/><family val="3"/><charset val="134"/></font>`);
    expect(setFace(target, target)).toBe(target);
  });

  it("a size and a name set; a name drops the theme scheme", () => {
    expect(setFontParts(`<font><sz val="11"/><name val="Calibri"/><scheme val="minor"/></font>`, { name: "宋体", size: 16 })).toBe(`<font><sz val="16"/><name val="宋体"/></font>`);
    const same = `<font><sz val="16"/></font>`;
    expect(setFontParts(same, { size: 16 })).toBe(same);
  });

  it("alignment created first in the xf, or changed in place; bottom is the default (no attribute)", () => {
    expect(setAlignment(`<xf numFmtId="0"><protection locked="0"/></xf>`, { vertical: "top", wrap: true })).toBe(
      `<xf numFmtId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/><protection locked="0"/></xf>`,
    );
    expect(setAlignment(`<xf><alignment vertical="top"/></xf>`, { vertical: "bottom", horizontal: "center" })).toBe(`<xf applyAlignment="1"><alignment horizontal="center"/></xf>`);
    const done = `<xf><alignment horizontal="center" vertical="top" wrapText="1"/></xf>`;
    expect(setAlignment(done, { horizontal: "center", vertical: "top", wrap: true })).toBe(done);
  });

  it("the thin border on four sides, in the sheet's prefix", () => {
    expect(thinBorder("x:")).toBe(
      `<x:border><x:left style="thin"><x:color indexed="64"/></x:left><x:right style="thin"><x:color indexed="64"/></x:right>` +
        `<x:top style="thin"><x:color indexed="64"/></x:top><x:bottom style="thin"><x:color indexed="64"/></x:bottom><x:diagonal/></x:border>`,
    );
  });
});
