import { cleanText, displayText, labelKey, nameKey, toHalfWidth } from "./normalize";

describe("normalisation", () => {
  it("maps full-width forms to half-width", () => {
    expect(toHalfWidth("（）＞＝０９")).toBe("()>=09");
  });
  it("compares names across widths, spaces and line breaks", () => {
    expect(nameKey("编撰网络舆情分析\n研判报告期数")).toBe(nameKey("编撰网络舆情分析研判报告期数"));
    expect(nameKey("报告（期数） ")).toBe(nameKey("报告(期数)"));
  });
  it("shows text with line breaks joined, widths kept", () => {
    expect(displayText("编撰网络舆情分析\n研判报告期数")).toBe("编撰网络舆情分析研判报告期数");
    expect(displayText("遇热点网络舆情情况，及时")).toBe("遇热点网络舆情情况，及时");
    expect(displayText("Office\nExcel  2016")).toBe("Office Excel 2016");
    expect(cleanText(" a \n b ")).toBe("a b");
  });
  it("reads header labels the same with any brackets and spacing", () => {
    expect(labelKey("评（扣）分标准")).toBe(labelKey("评(扣) 分标准"));
  });
});
