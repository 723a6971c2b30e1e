import { shiftFormula } from "./formula";

describe("shiftFormula", () => {
  it.each([
    ["A1+B2", 1, 1, "B2+C3"],
    ["$A1+A$1", 1, 1, "$A2+B$1"],
    ["SUM(A1:A3)/COUNT(B:B)", 2, 0, "SUM(A3:A5)/COUNT(B:B)"],
    [`IF(A1="B2",C3,"")`, 1, 0, `IF(A2="B2",C4,"")`],
    ["A1", -1, 0, "#REF!"],
    ["XFD1", 0, 1, "#REF!"],
  ])("%s moved by (%i, %i) → %s", (f, dr, dc, out) => {
    expect(shiftFormula(f, dr, dc)).toBe(out);
  });
});
