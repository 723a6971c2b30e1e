import { addOverride, contentTypeOf, removeOverride, WORKSHEET_CT } from "./content-types";

const TYPES = `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${WORKSHEET_CT}"/></Types>`;

describe("[Content_Types].xml", () => {
  it("an Override wins over the extension's Default; names compare case-insensitively", () => {
    expect(contentTypeOf(TYPES, "xl/Worksheets/SHEET1.xml")).toBe(WORKSHEET_CT);
    expect(contentTypeOf(TYPES, "/docProps/app.xml")).toBe("application/xml");
    expect(contentTypeOf(TYPES, "xl/media/a.png")).toBeNull();
  });

  it("adds an Override once and removes it", () => {
    const added = addOverride(TYPES, "xl/worksheets/sheet2.xml", WORKSHEET_CT);
    expect(added).toContain(`<Override PartName="/xl/worksheets/sheet2.xml" ContentType="${WORKSHEET_CT}"/></Types>`);
    expect(addOverride(added, "xl/worksheets/sheet2.xml", WORKSHEET_CT)).toBe(added);
    expect(removeOverride(added, "xl/worksheets/sheet2.xml")).toBe(TYPES);
  });
});
