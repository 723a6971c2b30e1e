import { rootOf } from "./xml";
import { canonical, insertChild, removeElements, setAttrs } from "./xml-edit";
import { childrenOf } from "./xml";

describe("XML edits", () => {
  it("sets and removes attributes, keeping the others as written", () => {
    expect(setAttrs(`<c r='A1'  s="3" t="s">`, { s: "5", t: null, x: `"` })).toBe(`<c r='A1' s="5" x="&quot;">`);
    expect(setAttrs(`<c r="A1"/>`, { s: "2" })).toBe(`<c r="A1" s="2"/>`);
  });

  it("inserts a child into a self-closing element, first or last", () => {
    const xml = `<a><b/></a>`;
    expect(insertChild(xml, rootOf(xml), "<c/>")).toBe("<a><b/><c/></a>");
    expect(insertChild(xml, rootOf(xml), "<c/>", true)).toBe("<a><c/><b/></a>");
    expect(insertChild("<a/>", rootOf("<a/>"), "<c/>")).toBe("<a><c/></a>");
  });

  it("removes elements whatever order they are given in", () => {
    const xml = "<a><b/><c/><d/></a>";
    const [b, , d] = childrenOf(xml, rootOf(xml));
    expect(removeElements(xml, [b, d])).toBe("<a><c/></a>");
  });

  it("canonical: the same meaning compares equal, a different value does not", () => {
    expect(canonical(`<xf a="1" b="2"><alignment wrapText="1"/></xf>`)).toBe(canonical(`<xf b='2'  a="1">\n  <alignment wrapText="1"></alignment></xf>`));
    expect(canonical(`<xf a="1"/>`)).not.toBe(canonical(`<xf a="2"/>`));
  });
});
