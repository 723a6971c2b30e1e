import { areaOf, boxOf, columnName, columnNumber, parseRange, parseRef, rangeText } from "./a1";

describe("A1 references", () => {
  it("column letters both ways", () => {
    expect([1, 26, 27, 52, 703, 16384].map(columnName)).toEqual(["A", "Z", "AA", "AZ", "AAA", "XFD"]);
    expect(["A", "z", "AA", "XFD"].map(columnNumber)).toEqual([1, 26, 27, 16384]);
  });

  it("cells and areas, either corner first, with or without $", () => {
    expect(parseRef("$B$3")).toEqual({ r: 3, c: 2 });
    expect(parseRef("B")).toBeNull();
    expect(parseRange("C3:A1")).toEqual({ top: 1, left: 1, bottom: 3, right: 3 });
    expect(rangeText({ top: 2, left: 2, bottom: 2, right: 2 })).toBe("B2");
    expect(rangeText({ top: 1, left: 1, bottom: 3, right: 28 })).toBe("A1:AB3");
  });

  it("counts the cells of a sqref list (3×3 + 1 = 10)", () => {
    expect(areaOf("A1:C3 E5")).toBe(10);
    expect(areaOf("nonsense")).toBe(0);
  });

  it("a 0-based plan area as a 1-based box", () => {
    expect(boxOf({ top: 4, left: 2, bottom: 0, right: 0 })).toEqual({ top: 1, left: 1, bottom: 5, right: 3 });
  });
});
