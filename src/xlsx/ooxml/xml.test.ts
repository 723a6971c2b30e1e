import { attr, children, childrenOf, local, nsOf, parseAttrs, prefixOf, rootOf, textContent } from "./xml";

describe("the XML scanner", () => {
  const xml = `<?xml version="1.0"?><!-- c --><x:root xmlns:x="urn:m" a='1'><x:a/><![CDATA[<no>]]><x:b k="&lt;v&gt;">t<x:c/>u</x:b></x:root>`;

  it("finds the root and its children by offsets, skipping comments, CDATA and nested elements", () => {
    const root = rootOf(xml);
    expect([root.name, local(root.name), prefixOf(root.name)]).toEqual(["x:root", "root", "x:"]);
    const kids = childrenOf(xml, root);
    expect(kids.map((k) => k.name)).toEqual(["x:a", "x:b"]);
    expect(kids[0].selfClosing).toBe(true);
    expect(xml.slice(kids[1].start, kids[1].end)).toBe(`<x:b k="&lt;v&gt;">t<x:c/>u</x:b>`);
    expect(textContent(xml, kids[1].openEnd, kids[1].closeStart)).toBe("tu");
  });

  it("reads attributes in any quote and decodes them; resolves a prefix's namespace", () => {
    const root = rootOf(xml);
    expect(parseAttrs(root.attrText).map((a) => [a.name, a.value])).toEqual([["xmlns:x", "urn:m"], ["a", "1"]]);
    expect(attr(childrenOf(xml, root)[1].attrText, "k")).toBe("<v>");
    expect(nsOf(root.name, root.attrText)).toBe("urn:m");
  });

  it("refuses what is not well-formed", () => {
    expect(() => children("<a><b></a>", 0, 10)).toThrow(/malformed XML/);
    expect(() => rootOf("<a>")).toThrow(/unclosed <a>/);
    expect(() => rootOf("text")).toThrow(/no root element/);
  });
});
