import { sortIssues } from "./analyze";
import type { RawIssue } from "./issues";

const at = (sheet: string, row: number, column: string): RawIssue => ({ code: "target-missing", severity: "error", sheet, row, column, params: {} });

describe("the order issues are listed in", () => {
  it("is the target sheet first, then by row, then by column as Excel orders letters (Z, AA, AB, BA)", () => {
    const issues = [at("台账", 1, "A"), at("表", 5, "BA"), at("表", 5, "AB"), at("表", 5, "AA"), at("表", 5, "Z"), at("表", 5, ""), at("表", 2, "C")];
    expect(sortIssues(issues, "表").map((i) => `${i.sheet}!${i.column}${i.row}`)).toEqual(["表!C2", "表!5", "表!Z5", "表!AA5", "表!AB5", "表!BA5", "台账!A1"]);
  });
});
