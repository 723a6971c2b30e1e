/**
 * The 绩效自评表 Score writes (DESIGN §5, §12) says what it could not score and why: `未评分：…` in
 * the indicator's 得分 cell (偏差原因分析 stays staff's), `未评定（N 项未能评分）` where the grade goes,
 * and no number for a total nothing made up.
 */
import { gridOf, tidyRow, TIDY_HEADER, workbook } from "../../../test/helpers/grids";
import type { CellValue } from "../grid";
import { scoreWorkbook } from "../index";
import { profileNote, SELF_EVALUATION_SHEET } from "./self-evaluation-sheet";
import { readSignOff } from "./remarks";
import { DEFAULT_PROFILE, YITIHUA_PROFILE } from "../profile/builtins";
import type { ScoringProfile } from "../profile/schema";

const HEADER = [...TIDY_HEADER, "实际完成值"];
const typed = (name: string, actual: CellValue, over: Record<string, CellValue> = {}) => [...tidyRow({ 三级指标: name, 指标内容: name, ...over }), actual];

function selfSheet(...sheets: Parameters<typeof workbook>) {
  const report = scoreWorkbook(workbook(...sheets));
  const sheet = report.plan.sheets.find((s) => s.sheet === SELF_EVALUATION_SHEET)!;
  const at = (row: number, col: number) => sheet.writes.find((w) => w.row === row && w.col === col)?.value;
  const rowOf = (label: string) => sheet.writes.find((w) => w.value === label)!.row;
  return { report, sheet, at, rowOf };
}

describe("the 自评表 of an incomplete score", () => {
  const grid = gridOf([
    HEADER,
    typed("报告期数", 12, { "评（扣）分标准": "50分，完成1期得50/12分" }),
    typed("专报期数", "", { "评（扣）分标准": "50分，完成1期得10分" }),
  ]);

  it("says 未评分 and why in the 得分 cell, and leaves 偏差原因分析 to staff", () => {
    const { at, rowOf } = selfSheet(grid);
    const r = rowOf("专报期数");
    expect(at(r, 6)).toBe("未评分：没有台账，实际完成值也未填写");
    expect(at(r, 7)).toBe("");
    expect(at(rowOf("报告期数"), 6)).toBe(50);
  });

  it("totals what was scored, says how many could not be, and writes 未评定（N 项未能评分） for the grade", () => {
    const { at, rowOf } = selfSheet(grid);
    const total = rowOf("总分");
    expect([at(total, 5), at(total, 6), at(total, 7)]).toEqual([100, 50, "数据不完整：1 项未能评分，原因见各项得分栏"]);
    expect(at(rowOf("自评等级"), 5)).toBe("未评定（1 项未能评分）");
  });

  it("a staff remark from the previous 自评表 (Score's own, by the record) stays beside the reason", () => {
    const record = gridOf([["jixiao ownership record v1", "sheet", "row", "col", "written", "before"], ["sheet", SELF_EVALUATION_SHEET]], { sheet: "_jixiao_record" });
    const previous = gridOf(
      [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "专报期数", "=12期", "", 50, "未评分：没有台账，实际完成值也未填写", "上级未下达任务"],
      ],
      { sheet: SELF_EVALUATION_SHEET },
    );
    const { at, rowOf } = selfSheet(grid, previous, record);
    const r = rowOf("专报期数");
    expect([at(r, 6), at(r, 7)]).toEqual(["未评分：没有台账，实际完成值也未填写", "上级未下达任务"]);
  });
});

describe("the 自评表 when nothing could be scored", () => {
  it("no total and no grade: never 0 分 差", () => {
    const { at, rowOf, report } = selfSheet(gridOf([HEADER, typed("a", ""), typed("b", "")]));
    expect(report.score).toMatchObject({ total: null, grade: null });
    const total = rowOf("总分");
    expect(at(total, 6)).toBe("未能评分");
    expect(at(rowOf("自评等级"), 5)).toBe("未评定（2 项未能评分）");
  });
});

describe("the 自评表's budget block", () => {
  const withBudget = (planned: CellValue, spent: CellValue) =>
    gridOf([["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], [100, planned, spent, 10, "", ""], [], HEADER, typed("a", 12, { "评（扣）分标准": "90分，完成1期得7.5分" })]);

  it("an unscored block says why in its 得分 cell, across the row's free cells", () => {
    const { at, sheet, report } = selfSheet(withBudget(0, 50));
    // Row 1: the block's labels; row 2: its values.
    expect(at(2, 5)).toBe("未评分：全年预算数为空或为 0");
    expect(sheet.merges).toContainEqual({ top: 2, left: 5, bottom: 2, right: 7 });
    expect(report.score.grade).toBeNull();
  });

  it("a scored block writes its points, unmerged", () => {
    const { at, sheet } = selfSheet(withBudget(100, 50));
    expect(at(2, 5)).toBe(5);
    expect(sheet.merges).not.toContainEqual({ top: 2, left: 5, bottom: 2, right: 7 });
  });
});

describe("the 自评表 of a complete score", () => {
  it("writes the total and the grade, and no note beside the total", () => {
    const { at, rowOf } = selfSheet(gridOf([HEADER, typed("a", 12, { "评（扣）分标准": "100分，按完成比例得分" })]));
    const total = rowOf("总分");
    expect([at(total, 6), at(total, 7)]).toEqual([100, ""]);
    expect(at(rowOf("自评等级"), 5)).toBe("优");
  });
});

describe("年度指标值 copied once", () => {
  const shown = (rows: CellValue[][], header: string[] = TIDY_HEADER) => {
    const report = scoreWorkbook(workbook(gridOf([header, ...rows])));
    const sheet = report.plan.sheets.find((s) => s.sheet === SELF_EVALUATION_SHEET)!;
    return report.score.indicators.map((_, i) => sheet.writes.find((w) => w.col === 3 && w.row === 1 + i + 1)?.value);
  };
  it("the operator and unit are not doubled when the target cell carries them", () => {
    const header = TIDY_HEADER.filter((h) => h !== "指标性质" && h !== "度量单位");
    const row = (name: string, target: string) => {
      const r = tidyRow({ 三级指标: name, 指标内容: name, 指标值: target, "评（扣）分标准": "50分，达到得50分" });
      return TIDY_HEADER.map((h, i) => [h, r[i]] as const).filter(([h]) => h !== "指标性质" && h !== "度量单位").map(([, v]) => v);
    };
    // `≥50个` and `≥100百分比` as the table shows them: not `≥≥50个`, not `≥100百分比%`.
    expect(shown([row("a", "≥50个"), row("b", "≥100百分比")], header)).toEqual(["≥50个", "≥100百分比"]);
  });
  it("an operator and a unit in columns of their own are joined to the number", () => {
    expect(shown([tidyRow({ 指标性质: "≥", 指标值: 12, 度量单位: "期" })])).toEqual(["≥12期"]);
  });
  it("no operator the table never wrote", () => {
    const header = TIDY_HEADER.filter((h) => h !== "指标性质");
    const r = tidyRow({ 指标值: "100%", 度量单位: "%" });
    const row = TIDY_HEADER.map((h, i) => [h, r[i]] as const).filter(([h]) => h !== "指标性质").map(([, v]) => v);
    expect(shown([row], header)).toEqual(["100%"]);
  });
});

describe("the 自评表's head and sign-off lines (DESIGN §12)", () => {
  const titled = gridOf([
    ["项目绩效目标表", "", "", "", "", "", "", "", "", ""],
    ["（2022年度）", "", "", "", "", "", "", "", "", ""],
    ["项目名称", "区委网信办经费", "", "", "", "", "", "", "", ""],
    ["主管部门", "呈贡区委宣传部", "", "", "实施单位", "呈贡区委网信办", "", "", "", ""],
    TIDY_HEADER,
    tidyRow({ "评（扣）分标准": "100分，完成1期得100/12分" }),
  ]);
  it("carries the year, 项目名称, 主管部门 and 实施单位 of the target sheet, and blank sign-off lines", () => {
    const { at, rowOf } = selfSheet(titled);
    expect(at(1, 0)).toBe("（2022年度）");
    expect([at(rowOf("项目名称"), 1), at(rowOf("主管部门"), 1), at(rowOf("实施单位"), 5)]).toEqual(["区委网信办经费", "呈贡区委宣传部", "呈贡区委网信办"]);
    const sign = rowOf("填报人：");
    expect([at(sign, 0), at(sign, 2), at(sign, 4), at(sign, 6)]).toEqual(["填报人：", "审核人：", "单位负责人：", "填报日期："]);
    expect(at(sign, 1)).toBeUndefined();
  });
  it("keeps what staff filled in on the sign-off lines of its previous 自评表", () => {
    const record = gridOf([["jixiao ownership record v1", "sheet", "row", "col", "written", "before"], ["sheet", SELF_EVALUATION_SHEET]], { sheet: "_jixiao_record" });
    const previous = gridOf(
      [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["总分", "", "", "", "", 100, 100, ""],
        [],
        ["填报人：", "张三", "审核人：李四", "", "单位负责人：", "", "填报日期：", "2023-01-05"],
      ],
      { sheet: SELF_EVALUATION_SHEET },
    );
    const { at, rowOf } = selfSheet(titled, previous, record);
    const sign = rowOf("填报人：");
    expect([at(sign, 1), at(sign, 3), at(sign, 5), at(sign, 7)]).toEqual(["张三", "李四", undefined, "2023-01-05"]);
  });
});

describe("the 自评表's looks in the plan (DESIGN §12)", () => {
  // Three indicators: two 产出 / 数量 and one 效益 / 社会效益, the second with a long name.
  const LONG = "编撰网络舆情分析研判报告并按月报送区委宣传部和市委网信办备案";
  const grid = gridOf([
    HEADER,
    typed("报告期数", 12, { "评（扣）分标准": "40分，完成1期得40/12分" }),
    typed(LONG, 12, { "评（扣）分标准": "30分，完成1期得2.5分" }),
    typed("舆论导向正确率", 1, { 一级指标: "效益指标", 二级指标: "社会效益指标", 指标值: "100%", "评（扣）分标准": "30分，按完成比例得分" }),
  ]);

  it("merges 一级 / 二级 over exactly their rows and top-aligns and boxes the table", () => {
    const { sheet, rowOf } = selfSheet(grid);
    const head = rowOf("一级指标");
    const first = head + 1;
    expect(sheet.merges).toContainEqual({ top: first, left: 0, bottom: first + 1, right: 0 });
    expect(sheet.merges).toContainEqual({ top: first, left: 1, bottom: first + 1, right: 1 });
    // 效益指标 has one row: nothing to merge.
    expect(sheet.merges!.filter((m) => m.top === first + 2 && m.bottom > m.top)).toEqual([]);
    const total = rowOf("自评等级");
    expect(sheet.formats).toContainEqual({ area: { top: head + 1, left: 0, bottom: total, right: 7 }, borders: "thin", wrap: true, vertical: "top" });
    expect(sheet.formats).toContainEqual({ area: { top: head, left: 0, bottom: head, right: 7 }, borders: "thin", horizontal: "center", wrap: true });
  });

  it("takes the target's font from its first 三级指标 cell and prints A4 landscape, one page wide, the header repeated", () => {
    const { sheet, rowOf, report } = selfSheet(grid);
    // The tidy grid: header in row 0, 三级指标 in column C (the helper's layout), first indicator in row 1.
    const nameCol = HEADER.indexOf("三级指标");
    // The font reaches the profile note under the sign-off lines.
    expect(sheet.formats![0]).toEqual({ area: { top: 0, left: 0, bottom: rowOf("填报人：") + 1, right: 7 }, font: { from: { sheet: report.sheet, row: 1, col: nameCol } }, vertical: "center" });
    expect(sheet.formats![1]).toEqual({ area: { top: 0, left: 0, bottom: 0, right: 7 }, font: { size: 16, bold: true }, horizontal: "center" });
    const head = rowOf("一级指标");
    expect(sheet.pageSetup).toEqual({ orientation: "landscape", paper: "A4", fitToWidth: 1, titleRows: { top: head, bottom: head }, centerHorizontally: true });
  });

  it("gives rows of long wrapped text the height of their lines", () => {
    const { sheet, rowOf } = selfSheet(grid);
    // 30 characters × 1.8 units in a 30-unit column (29 of room): ⌈54 / 29⌉ = 2 lines → 2 × 14.25 + 3.
    expect(sheet.rowHeights).toContainEqual({ row: rowOf(LONG), height: 31.5 });
    expect(sheet.rowHeights!.find((h) => h.row === rowOf("报告期数"))).toBeUndefined();
    expect(sheet.rowHeights).toContainEqual({ row: 0, height: 30 });
  });
});

describe("the 自评表's note names the scoring profile (DESIGN §10)", () => {
  const grid = gridOf([TIDY_HEADER, tidyRow({ "评（扣）分标准": "100分，完成1期得100/12分" })]);
  const noteOf = (profile?: ScoringProfile) => {
    const report = scoreWorkbook(workbook(grid), profile ? { profile } : {});
    const sheet = report.plan.sheets.find((s) => s.sheet === SELF_EVALUATION_SHEET)!;
    const sign = sheet.writes.find((w) => w.value === "填报人：")!.row;
    const notes = sheet.writes.filter((w) => typeof w.value === "string" && w.value.startsWith("评分方案："));
    return { notes, sign, sheet };
  };

  it("names `default` too, in Chinese, on one merged row under the sign-off lines", () => {
    const { notes, sign, sheet } = noteOf();
    expect(notes).toEqual([{ row: sign + 1, col: 0, value: "评分方案：默认（财政部项目支出绩效自评）" }]);
    expect(sheet.merges).toContainEqual({ top: sign + 1, left: 0, bottom: sign + 1, right: 7 });
  });

  it("names the profile Score was given: a built-in by its label, a custom one without a label by its name", () => {
    expect(noteOf(YITIHUA_PROFILE).notes.map((w) => w.value)).toEqual(["评分方案：预算管理一体化系统"]);
    const custom: ScoringProfile = { ...DEFAULT_PROFILE, name: "my-city", label: undefined };
    expect(noteOf(custom).notes.map((w) => w.value)).toEqual(["评分方案：my-city"]);
  });

  it("the note under the sign-off lines is not read back as something staff filled in", () => {
    const previous = gridOf([["填报人：", "张三", "审核人：", "", "单位负责人：", "", "填报日期：", ""], [profileNote(YITIHUA_PROFILE)]], { sheet: SELF_EVALUATION_SHEET });
    expect([...readSignOff(previous)]).toEqual([["填报人：", "张三"]]);
  });
});
