import { addValidations, validationXml } from "./validations";
import { freezePanes } from "./freeze";
import { SheetDoc, skeleton } from "./worksheet";
import { MAIN_NS } from "./workbook";

const area = (left: number, top = 1, bottom = 10) => ({ top, left, bottom, right: left });

describe("<dataValidations>", () => {
  it("writes a named list, a word list and a date range as Excel does", () => {
    expect(validationXml("", { area: area(1), rule: { listName: "jixiao_indicators" }, errorStyle: "stop" })).toBe(
      `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="B2:B11"><formula1>jixiao_indicators</formula1></dataValidation>`,
    );
    expect(validationXml("x:", { area: area(4), rule: { list: ["求和", "计数"] }, errorStyle: "warning", error: { title: "汇总方式", message: "请选择 <求和>" } })).toBe(
      `<x:dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="warning" errorTitle="汇总方式" error="请选择 &lt;求和&gt;" sqref="E2:E11"><x:formula1>"求和,计数"</x:formula1></x:dataValidation>`,
    );
    // 2022-01-01 and 2022-12-31.
    expect(validationXml("", { area: area(0), rule: { dateFrom: 44562, dateTo: 44926 }, errorStyle: "stop" })).toContain(`type="date" operator="between"`);
  });

  it("refuses a literal list that Excel would split or cut", () => {
    expect(() => validationXml("", { area: area(0), rule: { list: ["a,b"] }, errorStyle: "stop" })).toThrow("commas");
    expect(() => validationXml("", { area: area(0), rule: { list: Array(60).fill("五个字的词") }, errorStyle: "stop" })).toThrow("255");
  });

  it("appends to a sheet's own validations, keeping them and the count right", () => {
    const own = `<dataValidations count="1"><dataValidation type="whole" sqref="Z1"><formula1>1</formula1></dataValidation></dataValidations>`;
    const xml = skeleton(MAIN_NS).replace("<pageMargins", own + "<pageMargins");
    const doc = new SheetDoc(xml, "t");
    addValidations(doc, [{ area: area(1), rule: { listName: "n" }, errorStyle: "stop" }]);
    const out = doc.serialize();
    expect(out).toContain(`<dataValidations count="2"><dataValidation type="whole" sqref="Z1">`);
    expect(out).toContain(`<formula1>n</formula1>`);
  });

  it("places a new block in schema order (after sheetData, before pageMargins)", () => {
    const doc = new SheetDoc(skeleton(MAIN_NS), "t");
    addValidations(doc, [{ area: area(1), rule: { listName: "n" }, errorStyle: "stop" }]);
    freezePanes(doc, 1);
    const out = doc.serialize();
    expect(out.indexOf("<sheetData")).toBeLessThan(out.indexOf("<dataValidations"));
    expect(out.indexOf("<dataValidations")).toBeLessThan(out.indexOf("<pageMargins"));
    expect(out).toContain(`<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>`);
  });
});
