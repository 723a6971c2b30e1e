/**
 * Every message of every code, in both languages, from a typed example of each variant of its
 * parameters (test/core/issue-messages.test.ts renders them from real workbooks): none names a CLI
 * flag or promises a page that does not exist (使用说明), none is empty or leaks a value it was not
 * given, none starts with its cell (hosts show it), and the two target-suspicious messages do not
 * contradict each other.
 */
import { ISSUE_CODES, ISSUE_SEVERITY, type IssueCode, type IssueParamsByCode, type IssueSubject, type Severity } from "../issues";
import { renderIssue } from ".";
import { zhCN } from "./zh-CN";
import { en } from "./en";

// Each code's parameters, with every variant a message branches on: typed, so an example a code
// does not take is a type error, and a code without one is too.
const EXAMPLES: { [C in IssueCode]: IssueParamsByCode[C][] } = {
  "table-not-found": [{}, { missing: "指标值", labels: "一级指标、三级指标", spellings: "年度指标值、目标值" }],
  "column-missing": [{ label: "指标性质", spellings: "符号、指标值符号" }, { label: "指标属性", spellings: "" }],
  "weight-total": [{ total: 90, expected: 100, partial: false }, { total: 121, expected: 100, partial: true }],
  "level-weight-total": [{ category: "产出指标", stated: 50, total: 45, partial: false }, { category: "产出指标", stated: 50, total: 55, partial: true }],
  "name-missing": [{}],
  "level1-invalid": [{ value: "产出类", allowed: "产出指标、效益指标" }, { value: "", allowed: "产出指标、效益指标" }],
  "level2-invalid": [{ value: "社会效益指标", level1: "产出指标", parents: "效益指标" }, { value: "其他", level1: "产出指标", parents: "" }],
  "operator-invalid": [{ value: "≈" }, { value: "" }],
  "target-missing": [{}, { value: "公里" }],
  "target-not-number": [{ value: "较多" }],
  "target-out-of-range": [{ value: "-4", percent: false }, { value: "120%", percent: true }],
  "target-suspicious": [{ kind: "full", value: "≥100%" }, { kind: "equals", value: "=98%" }],
  "unit-missing": [{}],
  "unit-mismatch": [{ ruleUnit: "期", unit: "天" }],
  "attribute-invalid": [{ value: "定量" }, { value: "" }],
  "attribute-mismatch": [{ value: "良好", kind: "quantitative" }, { value: ">=90", kind: "qualitative" }],
  "rule-missing": [{}],
  "rule-unparsed": [{}],
  "rule-default": [{}, { kind: "qualitative" }],
  "rule-judgement": [{ kind: "range", detail: "8–10分" }, { kind: "clauses", detail: "一般事故扣1分、严重事故扣2分" }, { kind: "discretion", detail: "" }],
  "rule-inconsistent": [
    { kind: "weight", full: 10, weight: 12 },
    { kind: "per-unit", points: 1, step: 1, target: 10, atTarget: 10, full: 12 },
  ],
  "duplicate-indicator": [{ firstRow: 8 }],
  "content-duplicate": [{ firstRow: 9, other: "编撰呈贡区网络舆情一周综述期数" }],
  "source-missing": [{}],
  placeholder: [{ value: "……" }, { value: "……", kind: "row" }, { value: "指标1:x", kind: "prefix", prefix: "指标1:" }, { value: "x(≥**%)", kind: "inside", prefix: "(≥**%)" }],
  "formula-uncached": [{}],
  "score-differs": [{ what: "actual", typed: "9", computed: "8" }, { what: "score", typed: "9", computed: "8.62" }],
  "sheet-protected": [{ cells: 23, copy: true }, { cells: 23, copy: false }],
  "score-out-of-band": [{ typed: 7, computed: 10, grade: "achieved", low: 8, high: 10, profile: "预算管理一体化系统" }],
  "log-sheet-not-found": [{ typed: false }, { typed: true }],
  "log-column-missing": [{ labels: "三级指标、完成值" }],
  "log-unknown-indicator": [{ name: "编撰报告期", suggestion: "编撰报告期数" }, { name: "无关", suggestion: "" }],
  "log-value-invalid": [{ value: "一期" }],
  "log-date-invalid": [{ value: "2022-13-45" }],
  "log-no-entries": [{ log: "完成情况台账" }],
  "review-too-few": [{ count: 2, min: 3 }],
  "review-category-missing": [{ category: "效益指标" }, { category: "满意度指标", note: true }],
  "review-input-as-output": [{}],
  "review-qualitative-share": [{ qualitative: 3, count: 5 }],
  "review-cost-standard": [{}],
  "review-weight-profile": [{ category: "产出指标", points: 80, expected: 55.56 }],
};

const SUBJECT: IssueSubject = { severity: "error", sheet: "项目绩效目标表", row: 5, column: "E", field: "target", indicator: "报告期数" };
const at = (severity: Severity): IssueSubject => ({ ...SUBJECT, severity });
const CELL_PREFIX = /^\s*([A-Z]{1,3}\d+|第\s*\d+\s*行|Row \d+)\s*[：:]/;

describe("every message, in both languages", () => {
  for (const code of ISSUE_CODES) {
    for (const params of EXAMPLES[code] as object[]) {
      for (const severity of code === "column-missing" || code === "log-sheet-not-found" ? (["error", "warning", "info"] as const) : [ISSUE_SEVERITY[code]]) {
        it(`${code} ${JSON.stringify(params)} ${severity}`, () => {
          for (const lang of ["zh-CN", "en"] as const) {
            const { message: text } = renderIssue({ code, ...at(severity), params } as Parameters<typeof renderIssue>[0], lang);
            expect(text.trim()).not.toBe("");
            expect(text).not.toMatch(/--[a-z]/); // no CLI flag
            expect(text).not.toMatch(/使用说明|README|see the manual/i); // no page that does not exist
            expect(text).not.toMatch(/undefined|NaN|\[object|[{}]/);
            expect(text).not.toMatch(CELL_PREFIX);
            if (lang === "en") expect(text).toMatch(/^[^a-z]/); // shown on its own, it starts a sentence
          }
        });
      }
    }
  }

  it("numbers the points as Score shows them (two decimals at most)", () => {
    const band = { typed: 7.456, computed: 10, grade: "achieved", low: 8, high: 10, profile: "一体化" } as const;
    expect(zhCN["score-out-of-band"](band, SUBJECT)).toMatch(/^填写的得分 7\.46 不在「达成」的分值区间 8–10 分内/);
    expect(en["score-out-of-band"](band, SUBJECT)).toMatch(/^The typed score 7\.46 is outside the band of /);
  });

  it("target-suspicious does not contradict itself: no message advises =100% while the other says = should be ≥", () => {
    const full = zhCN["target-suspicious"]({ kind: "full", value: "≥100%" }, SUBJECT);
    expect(full).not.toMatch(/「=100%」/);
  });

  it("log-sheet-not-found promises the 实际完成值 column only when the table has typed values", () => {
    expect(zhCN["log-sheet-not-found"]({ typed: false }, at("info"))).not.toMatch(/将使用实际完成值/);
    expect(zhCN["log-sheet-not-found"]({ typed: true }, at("info"))).toMatch(/将使用实际完成值列中已填写的值/);
  });
});
