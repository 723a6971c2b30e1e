import { gridOf, tidyGrid, tidyRow, workbook } from "../../../test/helpers/grids";
import { validateWorkbook } from "../validate";

const target = tidyGrid([
  tidyRow({ 三级指标: "编撰网络舆情分析研判报告期数" }),
  tidyRow({ 三级指标: "报告完成质量", 指标性质: "=", 指标值: "合格", 度量单位: "", 指标属性: "定性指标", "评（扣）分标准": "7分，质量合格得7分", 指标内容: "b" }),
]);
const brief = (sheets: ReturnType<typeof workbook>) =>
  validateWorkbook(sheets)
    .issues.filter((i) => i.code.startsWith("log-"))
    .map((i) => ({ code: i.code, sheet: i.sheet, row: i.row, column: i.column }));

describe("log sheet checks", () => {
  it("log-unknown-indicator with the closest name, log-value-invalid, log-date-invalid", () => {
    const log = gridOf(
      [
        ["日期", "三级指标", "完成值", "备注"],
        [44651, "编撰网络舆情分析研判报告期数", "", ""],
        ["2022-04-30", "编撰网络舆情分析研判报告数", 1, ""],
        ["2022/05/31", "编撰网络舆情分析研判报告期数", "一期", ""],
        ["下个月", "编撰网络舆情分析研判报告期数", 1, ""],
        ["2022-12-31", "报告完成质量", "合格", ""],
      ],
      { sheet: "完成情况台账" },
    );
    expect(brief(workbook(target, log))).toEqual([
      { code: "log-unknown-indicator", sheet: "完成情况台账", row: 3, column: "B" },
      { code: "log-value-invalid", sheet: "完成情况台账", row: 4, column: "C" },
      { code: "log-date-invalid", sheet: "完成情况台账", row: 5, column: "A" },
    ]);
    const unknown = validateWorkbook(workbook(target, log)).issues.find((i) => i.code === "log-unknown-indicator")!;
    expect(unknown.message).toContain("编撰网络舆情分析研判报告期数");
  });

  it("log-no-entries for an indicator without entries, on the target sheet at its name", () => {
    const log = gridOf([["日期", "三级指标", "完成值"], ["2022-12-31", "报告完成质量", "合格"]], { sheet: "完成情况台账" });
    expect(brief(workbook(target, log))).toEqual([{ code: "log-no-entries", sheet: "项目绩效目标表", row: 2, column: "C" }]);
  });

  it("log-column-missing for a log sheet whose header lacks the value column", () => {
    const log = gridOf([["日期", "三级指标", "说明"], ["2022-12-31", "报告完成质量", "合格"]], { sheet: "完成情况台账" });
    expect(brief(workbook(target, log))).toEqual([{ code: "log-column-missing", sheet: "完成情况台账", row: 1, column: "" }]);
  });

  it("log-sheet-not-found (info) without any log sheet", () => {
    expect(brief(workbook(target))).toEqual([{ code: "log-sheet-not-found", sheet: "项目绩效目标表", row: 1, column: "" }]);
  });
});
