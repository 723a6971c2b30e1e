import { rootOf } from "./xml";
import { cellsOf, insertCell, moveSharedMaster, parseRows, serializeRow, type RowNode } from "./worksheet-rows";

const rowsOf = (sheetData: string, P = "") => parseRows(sheetData, rootOf(sheetData), P).filter((x): x is RowNode => typeof x !== "string");

describe("a worksheet's rows", () => {
  it("numbers rows and cells without r from the one before (as Excel reads them), prefixes too", () => {
    const [a, b, c] = rowsOf(`<x:sheetData><x:row r="2"><x:c r="C2"/></x:row><x:row><x:c/><x:c r="E3"/><x:c/></x:row><x:row/></x:sheetData>`, "x:");
    expect([a.r, b.r, c.r]).toEqual([2, 3, 4]);
    expect([a.hasRef, b.hasRef]).toEqual([true, false]);
    expect(cellsOf(b, "x:").map((x) => (typeof x === "string" ? x : [x.col, x.hasRef]))).toEqual([[1, false], [5, true], [6, false]]);
  });

  it("writes an untouched row back byte for byte, a self-closing one too", () => {
    const xml = `<sheetData><row r="1" spans="1:2"><c r="A1"><v>1</v></c> <c r="B1"/></row><row r="2"/></sheetData>`;
    const rows = rowsOf(xml);
    expect(rows.map(serializeRow).join("")).toBe(`<row r="1" spans="1:2"><c r="A1"><v>1</v></c> <c r="B1"/></row><row r="2"/>`);
    cellsOf(rows[0], "");
    expect(serializeRow(rows[0])).toBe(`<row r="1" spans="1:2"><c r="A1"><v>1</v></c> <c r="B1"/></row>`);
  });

  it("puts a new cell in column order, gives every cell its r, and widens the spans hint to it", () => {
    const [row] = rowsOf(`<sheetData><row r="4" spans="1:2"><c/><c r="B4"/></row></sheetData>`);
    insertCell(row, { kind: "c", col: 4, hasRef: true, raw: `<c r="D4"/>` }, "");
    expect(serializeRow(row)).toBe(`<row r="4" spans="1:4"><c r="A4"/><c r="B4"/><c r="D4"/></row>`);
  });

  it("hands a shared formula to the next cell of its group, shifted by the master's move", () => {
    const rows = rowsOf(`<sheetData><row r="2"><c r="A2"><v>1</v></c><c r="B2"><f t="shared" si="0"/><v>2</v></c></row><row r="3"><c r="B3"><f t="shared" si="0"/><v>3</v></c></row></sheetData>`);
    // The master B1 (=A1*2, group B1:B3) was overwritten: B2 becomes master of B2:B3 with =A2*2.
    moveSharedMaster(rows, "", { si: "0", formula: "A1*2", attrs: [] }, 1, 2);
    expect(serializeRow(rows[0])).toBe(`<row r="2"><c r="A2"><v>1</v></c><c r="B2"><f t="shared" ref="B2:B3" si="0">A2*2</f><v>2</v></c></row>`);
  });
});
