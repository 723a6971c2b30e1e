import { cleanText, decodeXml, escapeAttr, escapeExcelText, escapeText } from "./escape";

describe("escape", () => {
  it("decodes the named entities and character references, and leaves the unknown alone", () => {
    expect(decodeXml("&lt;a&gt; &amp;amp; &quot;&apos; &#x41;&#66; &nbsp; &#x110000;")).toBe(`<a> &amp; "' AB &nbsp; &#x110000;`);
  });

  it("escapes text so that it reads back the same, CR included", () => {
    const s = `<b>&"'</b> ]]> a\r\nb`;
    expect(escapeText(s)).toBe(`&lt;b&gt;&amp;"'&lt;/b&gt; ]]&gt; a&#13;\nb`);
    expect(decodeXml(escapeText(s))).toBe(s);
  });

  it("escapes attribute values: quotes, TAB and LF as references", () => {
    expect(escapeAttr(`a"b\tc\nd`)).toBe("a&quot;b&#9;c&#10;d");
  });

  it("removes what XML 1.0 cannot carry and keeps surrogate pairs", () => {
    expect(cleanText("a\u0001b\uFFFEc\uD800d😀")).toBe("abcd😀");
  });

  it("protects a literal _xHHHH_ from Excel's unescaping", () => {
    expect(escapeExcelText("_x0041_ and _x00_")).toBe("_x005F_x0041_ and _x00_");
  });
});
