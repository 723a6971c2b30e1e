import { columnStyle, withColumnWidth } from "./cols";

describe("<cols>", () => {
  const cols = `<cols><col min="2" max="4" width="9" style="3"/></cols>`;

  it("the style a column gives", () => {
    expect([1, 2, 4, 5].map((c) => columnStyle(cols, c))).toEqual([undefined, 3, 3, undefined]);
  });

  it("splits a span around the column whose width is set, and adds one for a column outside", () => {
    expect(withColumnWidth(cols, 3, 12.5, "")).toBe(
      `<cols><col min="2" max="2" width="9" style="3"/><col min="3" max="3" width="12.5" style="3" customWidth="1"/><col min="4" max="4" width="9" style="3"/></cols>`,
    );
    expect(withColumnWidth(cols, 1, 8, "")).toBe(`<cols><col min="1" max="1" width="8" customWidth="1"/><col min="2" max="4" width="9" style="3"/></cols>`);
    expect(withColumnWidth(cols, 6, 8, "")).toBe(`<cols><col min="2" max="4" width="9" style="3"/><col min="6" max="6" width="8" customWidth="1"/></cols>`);
  });
});
