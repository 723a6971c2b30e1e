import { cellCount, cellRef, columnIndex, columnLetter, compareColumns, formatRange, inSheet, LAST_COL, LAST_ROW, normalRange, parseArea, parseCell, parseRange } from "./a1";
import * as grid from "./grid";

describe("A1 references", () => {
  it("column letters both ways, 0-based (A is 0, XFD the last)", () => {
    expect([0, 25, 26, 51, 702, 16383].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "AAA", "XFD"]);
    expect(["A", "z", "AA", "aZ", "AAA", "XFD"].map(columnIndex)).toEqual([0, 25, 26, 51, 702, 16383]);
    for (let c = 0; c <= 20_000; c += 7) expect(columnIndex(columnLetter(c))).toBe(c);
    expect(columnLetter(LAST_COL)).toBe("XFD");
  });

  it("orders columns as Excel does: Z, AA, AB, BA; a row's issue ('') first", () => {
    expect(["BA", "AB", "", "Z", "AA", "b", "A"].sort(compareColumns)).toEqual(["", "A", "b", "Z", "AA", "AB", "BA"]);
  });

  it("cells: text ⇄ 0-based row and column, with or without $", () => {
    expect(parseCell("$B$3")).toEqual({ row: 2, col: 1 });
    expect(parseCell(" xfd1048576 ")).toEqual({ row: LAST_ROW, col: LAST_COL });
    expect(parseCell("B")).toBeNull();
    expect(parseCell("3")).toBeNull();
    expect(parseCell("ABCD1")).toBeNull();
    expect(cellRef(2, 1)).toBe("B3");
    expect(cellRef(0, 27, true)).toBe("$AB$1");
  });

  it("areas, either corner first; one cell written as itself", () => {
    expect(parseRange("C3:A1")).toEqual({ top: 0, left: 0, bottom: 2, right: 2 });
    expect(parseRange("$B$2")).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
    expect(parseRange("A1:")).toBeNull();
    expect(parseRange("A:C")).toBeNull();
    expect(formatRange({ top: 1, left: 1, bottom: 1, right: 1 })).toBe("B2");
    expect(formatRange({ top: 0, left: 0, bottom: 2, right: 27 })).toBe("A1:AB3");
    expect(formatRange({ top: 4, left: 2, bottom: 0, right: 0 })).toBe("A1:C5");
    expect(normalRange({ top: 4, left: 2, bottom: 0, right: 0 })).toEqual({ top: 0, left: 0, bottom: 4, right: 2 });
  });

  it("Excel's addresses: also whole rows and whole columns, to the sheet's limits", () => {
    expect(parseArea("K6:L6")).toEqual({ top: 5, left: 10, bottom: 5, right: 11 });
    expect(parseArea("$3:$5")).toEqual({ top: 2, left: 0, bottom: 4, right: LAST_COL });
    expect(parseArea("C:a")).toEqual({ top: 0, left: 0, bottom: LAST_ROW, right: 2 });
    expect(parseArea("Sheet1!A1")).toBeNull();
  });

  it("counts the cells of a sqref list (3 × 3 + 1 = 10); what is not an area counts 0", () => {
    expect(cellCount("A1:C3 E5")).toBe(10);
    expect(cellCount("A:A")).toBe(0);
    expect(cellCount("nonsense")).toBe(0);
    expect(cellCount("")).toBe(0);
  });

  it("knows the sheet's edges", () => {
    expect(inSheet(0, 0)).toBe(true);
    expect(inSheet(LAST_ROW, LAST_COL)).toBe(true);
    expect(inSheet(LAST_ROW + 1, 0)).toBe(false);
    expect(inSheet(0, -1)).toBe(false);
    expect(inSheet(0.5, 0)).toBe(false);
  });

  it("is the grid's vocabulary: grid.ts gives the same functions", () => {
    expect(grid.columnLetter).toBe(columnLetter);
    expect(grid.parseRange).toBe(parseRange);
    expect(grid.compareColumns).toBe(compareColumns);
  });
});
