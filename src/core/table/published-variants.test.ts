/**
 * The variants of DESIGN §2 seen on published tables, each a case that was misread before:
 * points-suffixed categories, 目标值, 正向 / 反向 in 指标性质, every operator form, leftover
 * template rows, budget blocks summed from their 其中 rows, date targets.
 */
import type { CellValue } from "../grid";
import { gridOf, issuesOf, tidyGrid, tidyRow, TIDY_HEADER, workbook } from "../../../test/helpers/grids";
import { readTable } from "./read-table";
import { validateWorkbook } from "../validate";

const codes = (g: Parameters<typeof issuesOf>[0]) => issuesOf(g).map((i) => `${i.code}@${i.column}${i.row}`);

describe("category labels that carry their points", () => {
  // 产出 50 = 30 + 20; 效益 30; 满意度 20 (stated 10: wrong).
  const rows = (satisfaction: string) => [
    tidyRow({ 一级指标: "产出指标(50分)", 三级指标: "a", 指标内容: "a", "评（扣）分标准": "30分，完成得30分" }),
    tidyRow({ 一级指标: "", 二级指标: "质量指标", 三级指标: "b", 指标内容: "b", "评（扣）分标准": "20分，完成得20分" }),
    tidyRow({ 一级指标: "效益指标（30分）", 二级指标: "社会效益指标", 三级指标: "c", 指标内容: "c", "评（扣）分标准": "30分，完成得30分" }),
    tidyRow({ 一级指标: satisfaction, 二级指标: "服务对象满意度指标", 三级指标: "d", 指标内容: "d", 指标值: 90, 度量单位: "%", "评（扣）分标准": "20分，完成得20分" }),
  ];
  it("looks the category up without its points (no level1-invalid)", () => {
    const t = readTable(tidyGrid(rows("满意度指标 20分")))!;
    expect(t.indicators.map((i) => i.level1)).toEqual(["产出指标", "产出指标", "效益指标", "满意度指标"]);
    expect(codes(tidyGrid(rows("满意度指标 20分"))).filter((c) => c.startsWith("level"))).toEqual([]);
  });
  it("level-weight-total when the indicators add up to another number, on the label's cell", () => {
    // 满意度 states 10, its one indicator is worth 20.
    expect(issuesOf(tidyGrid(rows("满意度指标(10分)")), "level-weight-total")).toEqual([{ code: "level-weight-total", row: 5, column: "A" }]);
  });
  it("takes the label's row from the top of a vertical merge", () => {
    const grid = tidyGrid(rows("满意度指标(20分)"));
    grid.merges.push({ top: 1, left: 0, bottom: 2, right: 0 });
    expect(readTable(grid)!.categories.map((c) => [c.label, c.points, c.r, c.indicatorRows])).toEqual([
      ["产出指标", 50, 1, [1, 2]],
      ["效益指标", 30, 3, [3]],
      ["满意度指标", 20, 4, [4]],
    ]);
  });
});

describe("a target column headed 目标值", () => {
  it("is found (no table-not-found)", () => {
    const header = TIDY_HEADER.map((h) => (h === "指标值" ? "目标值" : h));
    const t = readTable(gridOf([header, tidyRow()]));
    expect(t?.indicators.map((i) => i.target)).toEqual([{ kind: "number", value: 12, percent: false }]);
  });
});

describe("正向 / 反向 in 指标性质, the comparison in 指标方向", () => {
  const header = [...TIDY_HEADER.slice(0, 4), "指标方向", ...TIDY_HEADER.slice(4)];
  const row = (nature: string, dir: CellValue, over: Record<string, CellValue> = {}) => {
    const r = tidyRow(over);
    return [...r.slice(0, 3), nature, dir, ...r.slice(4)];
  };
  it("reads the comparison from 指标方向 and the direction from 指标性质 (no operator-invalid)", () => {
    const grid = gridOf([header, row("正向", "≥", { 三级指标: "a", 指标内容: "a" }), row("反向", "≤", { 三级指标: "b", 指标内容: "b", 指标值: 5, 度量单位: "万元", "评（扣）分标准": "88分，完成得88分" })]);
    const t = readTable(grid)!;
    expect(t.indicators.map((i) => [i.direction, i.operator])).toEqual([
      ["正向", ">="],
      ["反向", "<="],
    ]);
    expect(codes(grid).filter((c) => c.startsWith("operator"))).toEqual([]);
  });
  it("reads 反向 with = as at most the target, 正向 with = as at least", () => {
    const grid = gridOf([header, row("反向指标", "=", { 三级指标: "a", 指标内容: "a" }), row("正向指标", "＝", { 三级指标: "b", 指标内容: "b" })]);
    expect(readTable(grid)!.indicators.map((i) => i.operator)).toEqual(["<=", ">="]);
  });
  it("takes the operator from the direction when there is no comparison", () => {
    const only = TIDY_HEADER.map((h) => (h === "指标性质" ? "指标性质" : h));
    const grid = gridOf([only, tidyRow({ 指标性质: "正向", 三级指标: "a", 指标内容: "a" }), tidyRow({ 指标性质: "反向", 三级指标: "b", 指标内容: "b" })]);
    expect(readTable(grid)!.indicators.map((i) => i.operator)).toEqual([">=", "<="]);
    expect(codes(grid).filter((c) => c.startsWith("operator"))).toEqual([]);
  });
  it("still flags a direction column's unreadable cell", () => {
    const grid = gridOf([header, row("正向", "≥", { 三级指标: "a", 指标内容: "a" }), row("正向", "约", { 三级指标: "b", 指标内容: "b" })]);
    expect(issuesOf(grid, "operator-invalid")).toEqual([{ code: "operator-invalid", row: 3, column: "E" }]);
  });
});

describe("operators in every form", () => {
  it.each([
    ["﹦", "="],
    ["≧", ">="],
    ["＞＝", ">="],
    ["不低于", ">="],
    ["以上", ">="],
    ["不超过", "<="],
    ["以内", "<="],
    ["达到", "="],
  ])("指标性质 %s is %s", (cell, op) => {
    const t = readTable(tidyGrid([tidyRow({ 指标性质: cell })]))!;
    expect(t.indicators[0].operator).toBe(op);
    expect(t.invalidOperators.size).toBe(0);
  });
  it.each([
    ["不低于90%", ">=", 90, "%"],
    ["不超过50万元", "<=", 50, "万元"],
    ["100%以上", ">=", 100, "%"],
    ["﹦12期", "=", 12, "期"],
    ["≧95%", ">=", 95, "%"],
  ])("value %s reads as %s %s %s", (cell, op, value, unit) => {
    const header = TIDY_HEADER.filter((h) => h !== "指标性质" && h !== "度量单位");
    const r = tidyRow({ 指标值: cell });
    const row = TIDY_HEADER.map((h, i) => [h, r[i]] as const).filter(([h]) => h !== "指标性质" && h !== "度量单位").map(([, v]) => v);
    const ind = readTable(gridOf([header, row]))!.indicators[0];
    expect([ind.operator, ind.target, ind.unit]).toEqual([op, { kind: "number", value, percent: unit === "%" }, unit]);
  });
});

describe("weight-total with unreadable points", () => {
  it("speaks when the readable points already exceed the total", () => {
    const grid = tidyGrid([
      tidyRow({ 三级指标: "a", 指标内容: "a", "评（扣）分标准": "60分，完成得60分" }),
      tidyRow({ 三级指标: "b", 指标内容: "b", "评（扣）分标准": "50分，完成得50分" }),
      tidyRow({ 三级指标: "c", 指标内容: "c", "评（扣）分标准": "按完成情况酌情打分" }),
    ]);
    expect(issuesOf(grid, "weight-total")).toEqual([{ code: "weight-total", row: 1, column: "H" }]);
  });
  it("stays quiet when they do not", () => {
    const grid = tidyGrid([
      tidyRow({ 三级指标: "a", 指标内容: "a", "评（扣）分标准": "60分，完成得60分" }),
      tidyRow({ 三级指标: "c", 指标内容: "c", "评（扣）分标准": "按完成情况酌情打分" }),
    ]);
    expect(issuesOf(grid, "weight-total")).toEqual([]);
  });
});

describe("leftover template rows", () => {
  it("are not indicators and get one placeholder warning", () => {
    const grid = tidyGrid([
      tidyRow({ 一级指标: "满意度指标", 二级指标: "服务对象满意度指标", 三级指标: "满意度", 指标内容: "a", 指标值: 90, 度量单位: "%", "评（扣）分标准": "100分，达到得100分" }),
      ["", "", "……", "", "", "", "", "", "", ""],
      ["", "", "指标2", "空", "空", "", "", "……", "", ""],
    ]);
    const t = readTable(grid)!;
    expect(t.indicators.map((i) => i.name)).toEqual(["满意度"]);
    const found = validateWorkbook(workbook(grid)).issues.filter((i) => i.code === "placeholder");
    expect(found.map((i) => [i.row, i.column, i.severity])).toEqual([
      [3, "C", "warning"],
      [4, "C", "warning"],
    ]);
  });
  it("a real row with one template word keeps the placeholder error on that field", () => {
    const grid = tidyGrid([tidyRow({ 三级指标: "指标1", "评（扣）分标准": "100分，完成得100分" })]);
    const found = validateWorkbook(workbook(grid)).issues.filter((i) => i.code === "placeholder");
    expect(found.map((i) => [i.row, i.column, i.severity])).toEqual([[2, "C", "error"]]);
  });
});

describe("a budget block whose 年度资金总额 is empty or 0", () => {
  const block = (total: CellValue[]): CellValue[][] => [
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "年度资金总额：", ...total],
    ["", "其中：本年财政拨款", 90, 90, 89.974, "", "", ""],
    ["", "上年结转资金", "", 10, 5, "", "", ""],
    ["", "其他资金", "", "", "", "", "", ""],
    ["年度总体目标", "", "", "", "", "", "", ""],
  ];
  const grid = (total: CellValue[]) => {
    const g = gridOf([...block(total), TIDY_HEADER, tidyRow({ "评（扣）分标准": "90分，完成1期得7.5分" })]);
    g.merges.push({ top: 0, left: 0, bottom: 4, right: 0 });
    return g;
  };
  it("is the sum of its 其中 rows", () => {
    const b = readTable(grid([0, 0, 0, 10, 0, 0]))!.budget!;
    expect([b.valueRow, b.planned, b.spent, b.full]).toEqual([1, 100, 94.974, 10]);
  });
  it("also when the total row is left empty", () => {
    const b = readTable(grid(["", "", "", 10, "", ""]))!.budget!;
    expect([b.planned, b.spent]).toEqual([100, 94.974]);
  });
  it("keeps a filled total as it is", () => {
    const b = readTable(grid([100, 100, 95, 10, "", ""]))!.budget!;
    expect([b.planned, b.spent]).toEqual([100, 95]);
  });
});

describe("date targets of 时效指标", () => {
  const dated = (target: CellValue, unit = "", fmt?: string) => {
    const row = tidyRow({ 二级指标: "时效指标", 三级指标: "完成时间", 指标性质: "", 指标值: target, 度量单位: unit });
    const formats = fmt ? [[], TIDY_HEADER.map((h) => (h === "指标值" ? fmt : ""))] : undefined;
    return gridOf([TIDY_HEADER, row], { numberFormats: formats });
  };
  it.each([
    ["2022年12月31日前", "", { year: 2022, month: 12, day: 31 }, "<="],
    ["12月底前", "", { year: null, month: 12, day: 31 }, "<="],
    ["≤2022.12", "", { year: 2022, month: 12, day: 31 }, "<="],
    ["2022年10月", "", { year: 2022, month: 10, day: 31 }, "<="],
    ["2022年6月30日以后", "", { year: 2022, month: 6, day: 30 }, ">="],
    [44926, "日期", { year: 2022, month: 12, day: 31 }, "<="],
  ])("%s (unit %s) is a date", (target, unit, date, op) => {
    const ind = readTable(dated(target, unit))!.indicators[0];
    expect([ind.target, ind.operator]).toEqual([{ kind: "date", ...date }, op]);
  });
  it("a cell formatted as a date is a date", () => {
    const ind = readTable(dated(44926, "", "yyyy-mm-dd"))!.indicators[0];
    expect(ind.target).toEqual({ kind: "date", year: 2022, month: 12, day: 31 });
  });
  it("a date target raises no target-not-number or unit-missing", () => {
    expect(codes(dated("2022年12月31日前")).filter((c) => /target|unit/.test(c))).toEqual([]);
  });
  it("a plain number stays a number", () => {
    expect(readTable(dated(2022.12, "万元"))!.indicators[0].target).toEqual({ kind: "number", value: 2022.12, percent: false });
  });
});

describe("seen in the corpus (test/fixtures/published)", () => {
  it("long-term and annual columns side by side: the annual ones (年度) are read", () => {
    const header = ["一级指标", "二级指标(长期)", "三级指标(长期)", "指标值(长期)", "二级指标(年度)", "三级指标(年度)", "指标值(年度)"];
    const t = readTable(gridOf([header, ["产出指标", "数量指标", "", "", "数量指标", "重点建设工程安排数量", "2"]]))!;
    expect([t.columns.level2, t.columns.name, t.columns.target]).toEqual([4, 5, 6]);
    expect(t.indicators.map((i) => [i.level2, i.name, i.targetText])).toEqual([["数量指标", "重点建设工程安排数量", "2"]]);
  });
  it("the older form's 指标内容 column names the indicator when there is no 三级指标", () => {
    const t = readTable(gridOf([["一级指标", "二级指标", "指标内容", "指标值"], ["产出指标", "质量指标", "校舍维修改造质量合格率", "100%"]]))!;
    expect(t.indicators.map((i) => [i.name, i.content])).toEqual([["校舍维修改造质量合格率", ""]]);
  });
  it("a 指标值 holding only a unit is a missing target, said so", () => {
    const grid = gridOf([["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "新建堤防长度", "公里"], ["产出指标", "质量指标", "工程验收合格率", "≧ %"]]);
    const found = validateWorkbook(workbook(grid)).issues.filter((i) => i.code === "target-missing");
    expect(found.map((i) => [i.row, i.column, i.message])).toEqual([
      [2, "D", "指标值「公里」只有单位，没有数值。请填写年度目标值。"],
      [3, "D", "指标值「≧ %」只有单位，没有数值。请填写年度目标值。"],
    ]);
  });
  it("a name that keeps the template's numbering (指标1：…) is a placeholder on the name", () => {
    const grid = tidyGrid([tidyRow({ 三级指标: "指标1:新建堤防、护岸长度" })]);
    expect(issuesOf(grid, "placeholder")).toEqual([{ code: "placeholder", row: 2, column: "C" }]);
  });
  it("a bare 100% (no operator written) is not flagged as ≥100%; a written ≥100% is", () => {
    const header = ["一级指标", "二级指标", "三级指标", "指标值", "评（扣）分标准"];
    const rows = [
      ["产出指标", "质量指标", "验收合格率", "100%", "50分，达到得50分"],
      ["产出指标", "时效指标", "完成及时率", "≥100%", "50分，达到得50分"],
    ];
    expect(issuesOf(gridOf([header, ...rows]), "target-suspicious")).toEqual([{ code: "target-suspicious", row: 3, column: "D" }]);
  });
  it("a header naming 三级指标 without 指标值 is reported on its row, with what it has", () => {
    const grid = gridOf([["标题"], ["一级指标", "二级指标", "三级指标", "指标方向", "笏石街道办"], ["产出指标", "数量指标", "开展修复工程(个)", "≥", "1"]]);
    const [issue] = validateWorkbook(workbook(grid)).issues;
    expect([issue.code, issue.row, issue.message]).toEqual([
      "table-not-found",
      2,
      "工作表「项目绩效目标表」第2行像是绩效指标表的表头，但没有「指标值」列（这一行有：一级指标、二级指标、三级指标、指标方向、笏石街道办）。请把对应的列标题改为「指标值」（也可写作：年度指标值、年初目标值、指标值及单位、年度目标值、目标值、绩效指标值、指标目标值、年度绩效指标值）。",
    ]);
  });
});

describe("seen in the corpus, second round", () => {
  it("a 二级 label keeping the form's tag (数量指标 (必填硬性指标)) is the category", () => {
    const grid = tidyGrid([tidyRow({ 二级指标: "数量指标 (必填硬性指标)" }), tidyRow({ 二级指标: "经济效益 指标 (选填)", 一级指标: "效益指标", 三级指标: "b", 指标内容: "b" })]);
    expect(readTable(grid)!.indicators.map((i) => i.level2)).toEqual(["数量指标", "经济效益 指标"]);
    expect(codes(grid).filter((c) => c.startsWith("level"))).toEqual([]);
  });
  it("a name keeping the value placeholder (≥**%) is a placeholder on the name", () => {
    const grid = tidyGrid([tidyRow({ 三级指标: "苗木成活率(≥**%)" })]);
    const [issue] = validateWorkbook(workbook(grid)).issues.filter((i) => i.code === "placeholder");
    expect([issue.row, issue.column, issue.message]).toEqual([2, "C", "三级指标「苗木成活率(≥**%)」里还留着模板的占位符「(≥**%)」。请删去占位符（目标值写在指标值列）。"]);
  });
  it("the 中央预算内投资 form: 实施效果指标 over 产出指标 / 效益指标", () => {
    const grid = tidyGrid([tidyRow({ 一级指标: "实施效果指标", 二级指标: "产出指标" }), tidyRow({ 一级指标: "", 二级指标: "效益指标", 三级指标: "b", 指标内容: "b" })]);
    expect(codes(grid).filter((c) => c.startsWith("level"))).toEqual([]);
  });
  it("budget figures written as text with 万 (150万, 125.25万)", () => {
    const g = gridOf([
      ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["", "年度资金总额", "150万", "150万", "125.25万", 10, "", ""],
      TIDY_HEADER,
      tidyRow({ "评（扣）分标准": "90分，完成1期得7.5分" }),
    ]);
    const b = readTable(g)!.budget!;
    expect([b.planned, b.spent, b.full]).toEqual([150, 125.25, 10]);
  });
  it("a block 分值 of 100 is the table's total, not the block's points", () => {
    const g = gridOf([
      ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["", "年度资金总额", 150, 150, 125.25, 100, "83.5%", 98],
      TIDY_HEADER,
      tidyRow({ "评（扣）分标准": "100分，完成1期得10分", 指标值: 10 }),
    ]);
    expect(issuesOf(g, "weight-total")).toEqual([]);
  });
});
