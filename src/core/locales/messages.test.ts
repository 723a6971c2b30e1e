/**
 * Every message of every code, in both languages, read as the pane shows it (issue 13): none
 * names a CLI flag or promises a page that does not exist (使用说明), none is empty, and the two
 * target-suspicious messages do not contradict each other.
 */
import { ISSUE_CODES, ISSUE_SEVERITY, type RawIssue } from "../issues";
import { zhCN } from "./zh-CN";
import { en } from "./en";

// Params each message may use, with every variant of `kind` a code has.
const VARIANTS: Record<string, Record<string, string | number>[]> = {
  "table-not-found": [{}, { missing: "指标值", labels: "一级指标、三级指标", spellings: "年度指标值、目标值" }],
  "target-suspicious": [{ kind: "full", value: "≥100%" }, { kind: "equals", value: "=98%" }],
  placeholder: [{ value: "……" }, { value: "……", kind: "row" }, { value: "指标1:x", kind: "prefix", prefix: "指标1:" }, { value: "x(≥**%)", kind: "inside", prefix: "(≥**%)" }],
  "rule-default": [{}, { kind: "qualitative" }],
  "rule-judgement": [{ kind: "range", detail: "8–10分" }, { kind: "clauses", detail: "一般事故扣1分" }, { kind: "discretion", detail: "" }],
  "log-sheet-not-found": [{ typed: 0 }, { typed: 1 }],
};

const issue = (code: (typeof ISSUE_CODES)[number], params: Record<string, string | number>, severity = ISSUE_SEVERITY[code]): RawIssue => ({
  code,
  severity,
  sheet: "项目绩效目标表",
  row: 5,
  column: "E",
  field: "target",
  indicator: "报告期数",
  params: { value: "x", label: "指标性质", total: 90, expected: 100, ...params },
});

describe("every message, in both languages", () => {
  for (const code of ISSUE_CODES) {
    for (const params of VARIANTS[code] ?? [{}]) {
      for (const severity of code === "column-missing" || code === "log-sheet-not-found" ? (["error", "warning", "info"] as const) : [ISSUE_SEVERITY[code]]) {
        it(`${code} ${JSON.stringify(params)} ${severity}`, () => {
          for (const map of [zhCN, en]) {
            const text = map[code](issue(code, params, severity) as never);
            expect(text.trim()).not.toBe("");
            expect(text).not.toMatch(/--[a-z]/); // no CLI flag
            expect(text).not.toMatch(/使用说明|README|see the manual/i); // no page that does not exist
            expect(text).not.toMatch(/undefined|\[object/);
          }
        });
      }
    }
  }

  it("target-suspicious does not contradict itself: no message advises =100% while the other says = should be ≥", () => {
    const full = zhCN["target-suspicious"](issue("target-suspicious", { kind: "full", value: "≥100%" }) as never);
    expect(full).not.toMatch(/「=100%」/);
  });

  it("log-sheet-not-found promises the 实际完成值 column only when the table has typed values", () => {
    expect(zhCN["log-sheet-not-found"](issue("log-sheet-not-found", { typed: 0 }, "info") as never)).not.toMatch(/将使用实际完成值/);
    expect(zhCN["log-sheet-not-found"](issue("log-sheet-not-found", { typed: 1 }, "info") as never)).toMatch(/将使用实际完成值列中已填写的值/);
  });
});
