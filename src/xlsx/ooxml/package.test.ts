import JSZip from "jszip";
import { Package } from "./package";

async function zipOf(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  return zip.generateAsync({ type: "uint8array" });
}

describe("Package", () => {
  it("finds parts case-insensitively, a leading / ignored", async () => {
    const pkg = await Package.load(await zipOf({ "xl/Workbook.xml": "<workbook/>" }));
    expect(pkg.find("/xl/workbook.xml")).toBe("xl/Workbook.xml");
    expect(await pkg.text("XL/WORKBOOK.XML")).toBe("<workbook/>");
    expect(pkg.find("xl/none.xml")).toBeNull();
  });

  it("writes back only the parts whose text changed, keeps a BOM, and adds and removes parts", async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("<a/>")]);
    const pkg = await Package.load(await zipOf({ "a.xml": bom, "b.xml": "<b/>", "c.xml": "<c/>" }));
    await pkg.edit("a.xml", (x) => x.replace("<a/>", "<a x='1'/>"));
    await pkg.edit("b.xml", (x) => x);
    pkg.setText("d.xml", "<d/>");
    pkg.remove("c.xml");
    expect(() => pkg.setText("b.xml", "<b2/>")).not.toThrow();
    const out = await JSZip.loadAsync(await pkg.bytes());
    expect(Object.keys(out.files)).toEqual(["a.xml", "b.xml", "d.xml"]);
    expect([...(await out.files["a.xml"].async("uint8array")).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await out.files["b.xml"].async("string")).toBe("<b2/>");
  });

  it("refuses to overwrite a part it has not read (its encoding would be lost)", async () => {
    const pkg = await Package.load(await zipOf({ "a.xml": "<a/>" }));
    expect(() => pkg.setText("a.xml", "<x/>")).toThrow(/not read before writing/);
  });
});
