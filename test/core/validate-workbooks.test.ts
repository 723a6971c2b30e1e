/**
 * Validate on real .xlsx files shaped like the official ones: the seed layout (two-row header,
 * merges, 空 group rows), a tidy one-row header, a table at B4 with combined 指标值及单位 cells,
 * a 自评表 with a budget block, and a workbook full of deliberate mistakes.
 */
import { validateWorkbook } from "../../src/core/validate";
import { readTable } from "../../src/core/table/read-table";
import { ISSUE_CODES, ISSUE_SEVERITY } from "../../src/core/issues";
import { gridsFromXlsx } from "../helpers/xlsx-grids";
import {
  buildBrokenWorkbook,
  buildOffsetWorkbook,
  buildSeedWorkbook,
  buildSelfEvaluationWorkbook,
  buildTidyWorkbook,
  BROKEN_MISTAKES,
} from "../fixtures/workbooks";

const brief = (issues: { code: string; row: number; column: string; severity: string }[]) =>
  issues.map((i) => `${i.severity} ${i.code} ${i.column}${i.row}`);

describe("the seed table (呈贡区 网信办 2022)", () => {
  it("reads the 11 indicators with their inherited 一级 / 二级 and skips the 空 group rows", async () => {
    const wb = await gridsFromXlsx(buildSeedWorkbook({ log: "none" }));
    const table = readTable(wb.sheets[0])!;
    expect(table.indicators.map((i) => [i.row, i.level1, i.level2, i.operator, i.target, i.unit])).toEqual([
      [8, "产出指标", "数量指标", "=", { kind: "number", value: 12, percent: false }, "期"],
      [9, "产出指标", "数量指标", "=", { kind: "number", value: 48, percent: false }, "期"],
      [10, "产出指标", "数量指标", "=", { kind: "word", word: "不定期" }, "期"],
      [11, "产出指标", "数量指标", "=", { kind: "number", value: 12, percent: false }, "期"],
      [12, "产出指标", "数量指标", "=", { kind: "number", value: 4, percent: false }, "期"],
      [13, "产出指标", "数量指标", ">=", { kind: "number", value: 200, percent: false }, "期"],
      [15, "产出指标", "质量指标", "=", { kind: "word", word: "合格" }, ""],
      [17, "产出指标", "时效指标", "<=", { kind: "number", value: 365, percent: false }, "天"],
      [20, "效益指标", "社会效益指标", ">=", { kind: "number", value: 100, percent: true }, "%"],
      [22, "效益指标", "可持续影响指标", "=", { kind: "number", value: 98, percent: true }, "%"],
      [25, "满意度指标", "服务对象满意度指标", ">=", { kind: "number", value: 98, percent: true }, "%"],
    ]);
    expect(table.header).toMatchObject({ top: 3, row: 4 });
  });

  it("has no errors and exactly the warnings a careful reviewer raises", async () => {
    const report = validateWorkbook(await gridsFromXlsx(buildSeedWorkbook({ log: "full" })));
    expect(brief(report.issues)).toEqual([
      "warning content-duplicate S10", // the 专报 row reuses the 一周综述 text
      "warning target-suspicious K20", // >= 100 %
      "warning target-suspicious K22", // = 98 %
    ]);
    expect(report.valid).toBe(true);
    expect(report.stats).toEqual({ indicators: 11, errors: 0, warnings: 3, totalWeight: 100 });
  });

  it("reads names with line breaks the same way", async () => {
    const report = validateWorkbook(await gridsFromXlsx(buildSeedWorkbook({ log: "full", nameLineBreaks: true })));
    expect(brief(report.issues)).toEqual(["warning content-duplicate S10", "warning target-suspicious K20", "warning target-suspicious K22"]);
  });

  it("reports log-sheet-not-found as info when there is no log", async () => {
    const report = validateWorkbook(await gridsFromXlsx(buildSeedWorkbook({ log: "none" })));
    expect(report.issues.filter((i) => i.code === "log-sheet-not-found").map((i) => i.severity)).toEqual(["info"]);
  });
});

describe("other real layouts", () => {
  it("a tidy one-row header in A1", async () => {
    const wb = await gridsFromXlsx(buildTidyWorkbook());
    const report = validateWorkbook(wb);
    expect(report.stats.indicators).toBe(7);
    expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("a table at B4, columns reordered, combined 指标值及单位 cells, a spacer column and a hidden row", async () => {
    const wb = await gridsFromXlsx(buildOffsetWorkbook());
    const table = readTable(wb.sheets[0])!;
    expect(table.header.row).toBe(3);
    const byName = Object.fromEntries(table.indicators.map((i) => [i.name, [i.operator, i.target, i.unit]]));
    expect(Object.values(byName)).toEqual(
      expect.arrayContaining([
        [">=", { kind: "number", value: 80, percent: false }, "m"],
        [">=", { kind: "number", value: 10, percent: false }, "辆"],
        ["<=", { kind: "number", value: 90, percent: false }, "万元"],
        [">=", { kind: "number", value: 100, percent: true }, "%"],
        [">=", { kind: "number", value: 98, percent: true }, "%"],
        [">=", { kind: "number", value: 12, percent: false }, "次"],
      ]),
    );
    const report = validateWorkbook(wb);
    // No 指标性质 / 度量单位 columns, but the values carry them: no column-missing warning for those.
    expect(report.issues.filter((i) => i.code === "column-missing")).toEqual([]);
    for (const i of report.issues) expect(i.column === "" || i.column >= "B").toBe(true);
  });

  it("a 自评表 with a budget block: indicators must total 100 − 分值 (90)", async () => {
    const wb = await gridsFromXlsx(buildSelfEvaluationWorkbook());
    const table = readTable(wb.sheets[0])!;
    expect(table.budget).toMatchObject({ full: 10, planned: 76, spent: 72.2 });
    const report = validateWorkbook(wb);
    expect(report.issues.filter((i) => i.code === "weight-total")).toEqual([]);
    expect(report.stats.totalWeight).toBe(90);
  });
});

describe("a workbook full of mistakes", () => {
  it("flags each deliberate mistake at its row and column", async () => {
    const report = validateWorkbook(await gridsFromXlsx(buildBrokenWorkbook()));
    const found = new Set(report.issues.map((i) => `${i.code} ${i.column}${i.row}`));
    for (const m of BROKEN_MISTAKES) expect(found).toContain(`${m.code} ${m.column}${m.row}`);
  });
});

describe("every issue code", () => {
  it("is listed with one severity", () => {
    expect(ISSUE_CODES.filter((c) => !c.startsWith("review-"))).toHaveLength(35);
  });
  it("has the six review checks of DESIGN §4, each a warning", () => {
    const review = ISSUE_CODES.filter((c) => c.startsWith("review-"));
    expect(review).toEqual([
      "review-too-few",
      "review-category-missing",
      "review-input-as-output",
      "review-qualitative-share",
      "review-cost-standard",
      "review-weight-profile",
    ]);
    expect(review.map((c) => ISSUE_SEVERITY[c])).toEqual(Array(6).fill("warning"));
  });
});
