import { addRelationship, dirOf, officeDocumentOf, parseRels, relsPathOf, relTargets, removeRelationships, resolveTarget } from "./rels";

const RELS = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>` +
  `<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://x.cn/" TargetMode="External"/>` +
  `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/xl/my%20styles.xml"/></Relationships>`;

describe("relationships", () => {
  it("part names: folder, rels part, targets resolved (%-escapes, .., absolute)", () => {
    expect(dirOf("xl/worksheets/sheet1.xml")).toBe("xl/worksheets/");
    expect(relsPathOf("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
    expect(resolveTarget("xl/worksheets/", "../drawings/d%201.xml")).toBe("xl/drawings/d 1.xml");
    expect(resolveTarget("xl/", "/xl/styles.xml")).toBe("xl/styles.xml");
  });

  it("reads them, and the internal targets by id", () => {
    expect(parseRels(RELS).map((r) => [r.id, r.external])).toEqual([["rId1", false], ["rId3", true], ["rId2", false]]);
    expect([...relTargets(RELS, "xl/workbook.xml")]).toEqual([["rId1", "xl/worksheets/sheet1.xml"], ["rId2", "xl/my styles.xml"]]);
  });

  it("the workbook part from _rels/.rels", () => {
    const root = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook2.xml"/></Relationships>`;
    expect(officeDocumentOf(root)).toBe("xl/workbook2.xml");
    expect(officeDocumentOf(`<Relationships/>`)).toBeNull();
  });

  it("adds under the next free rId (after the highest, 3) and removes by predicate", () => {
    const { xml, id } = addRelationship(RELS, "urn:t/worksheet", "worksheets/sheet2.xml");
    expect(id).toBe("rId4");
    expect(xml).toContain(`<Relationship Id="rId4" Type="urn:t/worksheet" Target="worksheets/sheet2.xml"/></Relationships>`);
    const { xml: out, removed } = removeRelationships(xml, (r) => r.type.endsWith("/worksheet"));
    expect(removed.map((r) => r.id)).toEqual(["rId1", "rId4"]);
    expect(parseRels(out).map((r) => r.id)).toEqual(["rId3", "rId2"]);
  });
});
