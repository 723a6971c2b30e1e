/**
 * Every issue code rendered in both languages from real parameters (issue 17): the parameters the
 * checks produce on real workbooks (the sample builders written to .xlsx and read back, the
 * published tables read by the CLI's reader, a protected sheet, a 自评表 scored under a profile,
 * log sheets with mistakes), each message then rendered again in zh-CN and en as the pane does
 * when its language switches. None may leak `undefined`, `NaN`, `[object …]` or a template's `{`,
 * none may be empty, and none starts with its cell: hosts show the cell beside the message.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { loadGrids } from "../../src/cli/load";
import { scoreWorkbook } from "../../src/core";
import { validateWorkbook } from "../../src/core/validate";
import { renderIssue } from "../../src/core/locales";
import { ISSUE_CODES, type Issue, type IssueCode } from "../../src/core/issues";
import type { WorkbookGrids } from "../../src/core/grid";
import { DEFAULT_CATEGORY_WEIGHTS } from "../../src/core/checks/review";
import { YITIHUA_PROFILE } from "../../src/core/profile";
import { gridOf, tidyRow, TIDY_HEADER, workbook } from "../helpers/grids";
import { gridsFromXlsx } from "../helpers/xlsx-grids";
import { buildBrokenWorkbook, buildOffsetWorkbook, buildSeedWorkbook, buildSelfEvaluationWorkbook, buildTidyWorkbook } from "../fixtures/workbooks";

const PUBLISHED = path.join(__dirname, "../fixtures/published/xlsx");
const review = { weights: DEFAULT_CATEGORY_WEIGHTS };

/** Real workbooks, read as hosts read them. */
async function realWorkbooks(): Promise<WorkbookGrids[]> {
  const built = [
    buildSeedWorkbook({ log: "full" }),
    buildSeedWorkbook({ log: "partial" }),
    buildSeedWorkbook({ log: "none" }),
    buildBrokenWorkbook(),
    buildTidyWorkbook(),
    buildOffsetWorkbook(),
    buildSelfEvaluationWorkbook(),
  ];
  const books = await Promise.all(built.map((wb) => gridsFromXlsx(wb)));
  const files = readdirSync(PUBLISHED).filter((f) => f.endsWith(".xlsx"));
  for (const f of files) books.push((await loadGrids(path.join(PUBLISHED, f))).grids);
  // The seed with its target sheet protected: Score cannot write it (sheet-protected).
  const seed = buildSeedWorkbook({ log: "full" });
  await seed.getWorksheet("项目绩效目标表")!.protect("", {});
  books.push(await gridsFromXlsx(seed));
  return books;
}

const LOG_HEADER = ["日期", "三级指标", "完成值", "备注"];
const WITH_SCORE = [...TIDY_HEADER, "实际完成值", "得分"];

/** Hand-built grids for what the fixtures do not hold: each the smallest table that has the mistake. */
function builtWorkbooks(): WorkbookGrids[] {
  const ok = (over: Record<string, string | number> = {}) => tidyRow({ 指标内容: String(over.三级指标 ?? "报告期数"), ...over });
  return [
    // A log with an unknown name, a word where a number goes, a bad date, and an indicator with no entries.
    workbook(
      gridOf([TIDY_HEADER, ok({ 三级指标: "编撰报告期数", "评（扣）分标准": "50分，完成1期得1分", 指标值: 50 }), ok({ 三级指标: "宣传活动次数", 度量单位: "次", "评（扣）分标准": "50分，完成1次得1分", 指标值: 50 })]),
      gridOf([LOG_HEADER, ["2022-03-31", "编撰报告期", 1, ""], ["2022-04-30", "编撰报告期数", "一期", ""], ["2022-13-45", "编撰报告期数", 1, ""]], { sheet: "完成情况台账" }),
    ),
    // A log sheet whose header lacks 完成值 (named as the log by the CLI's --log-sheet).
    workbook(gridOf([TIDY_HEADER, ok({ "评（扣）分标准": "100分，完成1期得1分", 指标值: 100 })]), gridOf([["日期", "三级指标"], ["2022-03-31", "编撰报告期数"]], { sheet: "完成情况台账" })),
    // Every row mistake the broken sample does not make, one per row; a category stating its points.
    workbook(
      gridOf([
        TIDY_HEADER,
        ok({ 一级指标: "产出指标(30分)", 三级指标: "a", "评（扣）分标准": "10分，完成1期得1分", 指标值: 10 }),
        ok({ 一级指标: "产出类", 三级指标: "b", "评（扣）分标准": "10分" }),
        ok({ 二级指标: "社会效益指标", 三级指标: "c", "评（扣）分标准": "10分" }),
        ok({ 三级指标: "d", 指标值: "较多", "评（扣）分标准": "10分" }),
        ok({ 三级指标: "e", 指标属性: "定性指标", 指标性质: ">=", 指标值: 90, "评（扣）分标准": "10分" }),
        ok({ 三级指标: "f", 指标属性: "定量", "评（扣）分标准": "10分" }),
        ok({ 三级指标: "g", "评（扣）分标准": "" }),
        ok({ 三级指标: "h", 度量单位: "天", "评（扣）分标准": "10分，完成1期得1分", 指标值: 10 }),
        ok({ 三级指标: "i", "评（扣）分标准": "资金到位率90%以上（8分至10分）", 指标值: 10 }),
        ok({ 三级指标: "j", 数据来源: "", "评（扣）分标准": "10分" }),
        ok({ 三级指标: "k", 指标值: "公里", 度量单位: "", "评（扣）分标准": "10分" }),
        ok({ 三级指标: "指标1:l", "评（扣）分标准": "10分" }),
        ok({ 三级指标: "m(≥**%)", "评（扣）分标准": "10分" }),
        ["……", "", "", "", "", "", "", "", "", ""],
        ok({ 三级指标: "", 指标值: 3, "评（扣）分标准": "10分" }),
      ]),
    ),
    // Review: too few indicators, inputs set as outputs, a cost indicator without its standard, mostly 定性.
    workbook(
      gridOf([
        TIDY_HEADER,
        ok({ 三级指标: "项目资金投入", 度量单位: "万元", 指标值: 100, "评（扣）分标准": "50分" }),
        ok({ 一级指标: "成本指标", 二级指标: "经济成本指标", 三级指标: "人均培训成本", 度量单位: "元", 指标值: 50, 指标性质: "<=", 指标属性: "定性指标", "评（扣）分标准": "50分" }),
      ]),
    ),
    // A formula in the table (指标值, E2) with no stored result.
    workbook({ ...gridOf([TIDY_HEADER, ok({ "评（扣）分标准": "100分，完成1期得1分", 指标值: "" })]), uncachedFormulas: [{ r: 1, c: 4 }] }),
  ];
}

/** A 自评表 whose typed 得分 lies outside its 定性 band under the 一体化 profile, and one whose typed 实际完成值 differs. */
function scoredUnderProfile(): Issue[] {
  const row = (name: string, actual: string, score: number) => [
    ...tidyRow({ 三级指标: name, 指标内容: name, 二级指标: "质量指标", 指标性质: "定性", 指标值: "合格", 度量单位: "", 指标属性: "定性指标", "评（扣）分标准": "100分" }),
    actual,
    score,
  ];
  return scoreWorkbook(workbook(gridOf([WITH_SCORE, row("a", "合格", 7)])), { profile: YITIHUA_PROFILE, review }).issues;
}

const CELL_PREFIX = /^\s*([A-Z]{1,3}\d+|第\s*\d+\s*行|Row \d+)\s*[：:]/;

describe("every issue code, rendered from real parameters in both languages", () => {
  let issues: Issue[] = [];
  beforeAll(async () => {
    const books = [...(await realWorkbooks()), ...builtWorkbooks()];
    for (const wb of books) {
      issues.push(...validateWorkbook(wb, { review }).issues);
      issues.push(...scoreWorkbook(wb, { review }).issues);
    }
    issues.push(...scoredUnderProfile());
    issues = issues.filter((i) => i.params !== undefined);
  }, 120_000);

  it("has real parameters for every code", () => {
    const seen = new Set(issues.map((i) => i.code));
    expect(ISSUE_CODES.filter((c) => !seen.has(c))).toEqual([]);
  });

  it("renders each in zh-CN and en with nothing left unfilled and no cell in front", () => {
    const bad: { code: IssueCode; lang: string; message: string }[] = [];
    for (const issue of issues) {
      for (const lang of ["zh-CN", "en"] as const) {
        const { message } = renderIssue({ ...issue, params: issue.params! }, lang);
        if (message.trim() === "" || /undefined|NaN|\[object|\{|\}/.test(message) || CELL_PREFIX.test(message)) bad.push({ code: issue.code, lang, message });
        // An English message starts a sentence; a Chinese one starts with a word, not a separator.
        if (lang === "en" && /^[a-z]/.test(message)) bad.push({ code: issue.code, lang, message });
      }
    }
    expect(bad).toEqual([]);
  });
});
