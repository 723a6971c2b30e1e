/**
 * Core bugs the fuzzing found, one test each, shrunk to the smallest grid that showed them:
 * scores, totals and plans must hold for any cell content (see fuzz-core / fuzz-rules).
 */
import { scoreWorkbook } from "../../src/core";
import type { CellValue } from "../../src/core/grid";
import { parseRule, scoreRule } from "../../src/core/rules";
import { inPercent, parseTargetValue, round } from "../../src/core/table/value";
import { gridOf, TIDY_HEADER, tidyRow, workbook } from "../helpers/grids";

const HEADER_W = [...TIDY_HEADER, "分值"];
const withWeight = (w: CellValue, over: Record<string, CellValue> = {}) => [...tidyRow(over), w];

describe("core regressions found by fuzzing", () => {
  it("a 分值 that cannot be full points (-1, NaN, 1e308) gives none: the total never exceeds the maximum", () => {
    // Found: 分值 -1 made max -1 while the total was 0 (total > max).
    for (const w of [-1, Number.NaN, Infinity, 1e308, 1001]) {
      const report = scoreWorkbook(workbook(gridOf([HEADER_W, withWeight(w, { "评（扣）分标准": "" })])));
      expect(report.score.indicators[0].full).toBeNull();
      expect(report.score.indicators[0].score).toBeNull();
      expect(report.score.indicators[0].reason?.code).toBe("points-invalid");
      // Nothing scored: no total at all (DESIGN §5), so none above the maximum either.
      expect(report.score).toMatchObject({ total: null, max: 0, complete: false, grade: null });
    }
    // A usable 分值 still counts.
    expect(scoreWorkbook(workbook(gridOf([HEADER_W, withWeight(12, { "评（扣）分标准": "" })]))).score.indicators[0].full).toBe(12);
  });

  it("parseRule reads no full points from a text stating more than 1000 (`5000分`, 23 digits)", () => {
    // Found: `99999999999999999999999分，…` gave full 1e23, `5000分` 5000.
    expect(parseRule("5000分，完成1期得1分").full).toBeNull();
    expect(parseRule("99999999999999999999999分，完成1期得1分").full).toBeNull();
    expect(parseRule("1000分，完成1期得1分").full).toBe(1000);
    expect(parseRule("12分，完成1期得1分").full).toBe(12);
  });

  it("scoreRule gives no score for unusable full points (1e308: the rounding overflowed to Infinity)", () => {
    const rule = parseRule("绩效目标");
    expect(scoreRule({ rule, full: 1e308, operator: "=", target: { kind: "number", value: 0, percent: false }, actual: 0 }).score).toBeNull();
    expect(scoreRule({ rule, full: -1, operator: "=", target: { kind: "number", value: 1, percent: false }, actual: 1 }).score).toBeNull();
  });

  it("rounding to two decimals never lifts a score above its full points (6.667 → 6.66, not 6.67)", () => {
    // Found: full 2.304999999995 scored 2.31.
    const rule = parseRule("");
    const at = (full: number) => scoreRule({ rule, full, operator: ">=", target: { kind: "number", value: 1, percent: false }, actual: 1 }).score!;
    expect(at(2.304999999995)).toBeLessThanOrEqual(2.304999999995);
    expect(at(6.667)).toBe(6.66);
    expect(at(6.66)).toBe(6.66);
    expect(at(12)).toBe(12);
    // 15 indicators of 100/15 points, all met: the total stays within the maximum.
    const rows = Array.from({ length: 15 }, (_, i) => withWeight(6.667, { 三级指标: `指标名称${i}`, "评（扣）分标准": "按完成比例得分", 指标值: 1, 度量单位: "次", 指标内容: `内容${i}` }));
    const log = gridOf([["三级指标", "完成值"], ...rows.map((r) => [r[2], 1])], { sheet: "完成情况台账" });
    const { score } = scoreWorkbook(workbook(gridOf([HEADER_W, ...rows]), log));
    expect(score.indicators.every((i) => i.score === 6.66)).toBe(true);
    expect(score.total).toBeLessThanOrEqual(score.max);
  });

  it("a budget block with a negative 全年执行数 scores 0, not negative points; an unusable 分值 counts as not written", () => {
    const budget = (full: CellValue, spent: CellValue) =>
      gridOf([
        ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [100, 100, spent, full, "", ""],
        [],
        HEADER_W,
        withWeight(90, { "评（扣）分标准": "" }),
      ]);
    const neg = scoreWorkbook(workbook(budget(10, -50))).score;
    expect(neg.budget!.score).toBe(0);
    expect(neg.total).toBeGreaterThanOrEqual(0);
    const badFull = scoreWorkbook(workbook(budget(-10, 50))).score;
    expect(badFull.budget!.full).toBe(10);
    expect(badFull.budget!.score).toBe(5);
    expect(badFull.total).toBeLessThanOrEqual(badFull.max);
  });

  it("a header merged out to the last column (XFD): the row under it is not read as merged, nothing is written past XFD", () => {
    // Found: the new 实际完成值 column went to column 16385 (past XFD), and the merge's cells past
    // the grid aliased the row below (MergeIndex keys), so row 2 read 数据来源 everywhere.
    const grid = gridOf([TIDY_HEADER, tidyRow()], { merges: [{ top: 0, left: 9, bottom: 0, right: 16383 }] });
    const { plan } = scoreWorkbook(workbook(grid, gridOf([["三级指标", "完成值"], ["编撰报告期数", 12]], { sheet: "完成情况台账" })));
    const writes = plan.sheets.flatMap((s) => s.writes);
    expect(writes.every((w) => w.col <= 16383 && w.row <= 1_048_575)).toBe(true);
    // The score line under the rule is still written.
    expect(plan.sheets[0].writes).toEqual(expect.arrayContaining([expect.objectContaining({ row: 1, col: 7, value: "12分，完成1期得1分\n得分：12" })]));
  });

  it("a header merge that starts above the grid: the new 实际完成值 header goes on the grid's first row, not row -1", () => {
    // Found: a merge from row -1 (a used range starting inside a merged area) made the header's
    // top row -1, and the new column's label was written there.
    const grid = gridOf([[], TIDY_HEADER.filter((h) => h !== "实际完成值"), tidyRow()], { merges: [{ top: -1, left: 0, bottom: 1, right: 0 }] });
    const { plan } = scoreWorkbook(workbook(grid, gridOf([["三级指标", "完成值"], ["编撰报告期数", 12]], { sheet: "完成情况台账" })));
    const writes = plan.sheets.flatMap((s) => s.writes);
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.every((w) => w.row >= 0 && w.col >= 0)).toBe(true);
  });

  it("a logged value near the largest number: no Infinity as the actual value, nothing non-finite written", () => {
    // Found: 1.797693134862316e299 summed, then rounded to 9 decimals (× 1e9) overflowed to
    // Infinity; two entries of 1e308 overflow the sum itself.
    expect(round(1.797693134862316e299, 9)).toBe(1.797693134862316e299);
    expect(round(2.345, 2)).toBe(2.35);
    const log = gridOf([["三级指标", "完成值"], ["编撰报告期数", 1e308], ["编撰报告期数", 1e308]], { sheet: "完成情况台账" });
    const report = scoreWorkbook(workbook(gridOf([TIDY_HEADER, tidyRow()]), log));
    const values = report.plan.sheets.flatMap((s) => s.writes.map((w) => w.value));
    expect(values.every((v) => typeof v !== "number" || Number.isFinite(v))).toBe(true);
    expect(report.score.indicators[0].actual).toBeNull();
  });

  it("±1e308 formatted as a percentage (× 100 overflows) is no number: no -Infinity target, actual or write", () => {
    // Found: a typed 实际完成值 of -1e308 in a `0.0%` cell became -Infinity % and was written back.
    const grid = gridOf([[...TIDY_HEADER, "实际完成值"], [...tidyRow({ 指标值: 0.9 }), -1e308]], {
      numberFormats: [[], [...TIDY_HEADER.map((h) => (h === "指标值" ? "0%" : "")), "0.0%"]],
    });
    const report = scoreWorkbook(workbook(grid));
    const values = report.plan.sheets.flatMap((s) => s.writes.map((w) => w.value));
    expect(values.every((v) => typeof v !== "number" || Number.isFinite(v))).toBe(true);
    expect(report.score.indicators[0].actual).not.toBe(-Infinity);
    expect(inPercent(0.985, 9)).toBe(98.5);
    expect(inPercent(-1e308, 9)).toBeNull();
  });

  it("a cell of 400 digits (Number() gives Infinity) is words, not a number: as target, typed actual and logged value", () => {
    // Found: 100,000 nines typed into 实际完成值 were read as Infinity and written back.
    const digits = "9".repeat(400);
    const report = scoreWorkbook(workbook(gridOf([[...TIDY_HEADER, "实际完成值"], [...tidyRow({ 指标值: digits }), digits]])));
    const values = report.plan.sheets.flatMap((s) => s.writes.map((w) => w.value));
    expect(values.every((v) => typeof v !== "number" || Number.isFinite(v))).toBe(true);
    expect(report.score.indicators[0].actual).not.toBe(Infinity);
    expect(parseTargetValue(digits, digits).target).toEqual({ kind: "word", word: digits });
    const log = gridOf([["三级指标", "完成值"], ["编撰报告期数", digits]], { sheet: "完成情况台账" });
    const logged = scoreWorkbook(workbook(gridOf([TIDY_HEADER, tidyRow()]), log));
    expect(logged.score.indicators[0].actual).not.toBe(Infinity);
  });
});
