/** @jest-environment jsdom */
import type { Issue } from "../../src/core";
import { InputError } from "../../src/core";
import { StaleWorkbookError } from "../../src/app/port";
import { errorText } from "../../src/ui/error-message";
import { stringsFor } from "../../src/ui/i18n";
import { countBySeverity, groupIssues, issueCell, SEVERITIES } from "../../src/ui/issue-groups";
import { scoreBars } from "../../src/ui/score-bars";
import { effectiveChoice } from "../../src/ui/use-pane";

const issue = (over: Partial<Issue>): Issue => ({
  code: "content-duplicate",
  severity: "warning",
  sheet: "项目绩效目标表",
  row: 10,
  column: "S",
  message: "指标内容与第 9 行完全相同。",
  ...over,
});

describe("issue groups", () => {
  it("groups by sheet and row in report order, naming the row's indicator", () => {
    const issues = [
      issue({ row: 8, column: "I", code: "operator-invalid", severity: "error", indicator: "报告期数" }),
      issue({ row: 8, column: "K", code: "target-missing", severity: "error" }),
      issue({ row: 10 }),
      issue({ sheet: "完成情况台账", row: 8, column: "B", code: "log-unknown-indicator" }),
    ];
    const groups = groupIssues(issues, new Set(SEVERITIES));
    expect(groups.map((g) => [g.sheet, g.row, g.indicator, g.issues.length])).toEqual([
      ["项目绩效目标表", 8, "报告期数", 2],
      ["项目绩效目标表", 10, undefined, 1],
      ["完成情况台账", 8, undefined, 1],
    ]);
    expect(groupIssues(issues, new Set(["error"] as const)).map((g) => g.row)).toEqual([8]);
    expect(countBySeverity(issues)).toEqual({ error: 2, warning: 2, info: 0 });
  });

  it("points at the issue's cell, column A for whole-row issues", () => {
    expect(issueCell(issue({}))).toBe("S10");
    expect(issueCell(issue({ code: "table-not-found", row: 1, column: "" }))).toBe("A1");
  });
});

describe("error text", () => {
  const zh = stringsFor("zh-CN");
  const en = stringsFor("en");
  it("keeps readable host messages, drops stacks, maps the core's and the port's errors", () => {
    expect(errorText(new Error("工作簿已关闭。\n    at x (a.js:1:1)"), "zh-CN", zh)).toBe("工作簿已关闭。");
    expect(errorText(new StaleWorkbookError("S", "A1"), "en", en)).toBe(en.stale);
    const input = new InputError({ code: "sheet-not-found", params: { name: "X", sheets: [] } });
    expect(errorText(input, "en", en)).toBe(`No sheet named "X". ${en.wrongSheetHint}`);
    expect(errorText(input, "zh-CN", zh)).toBe(`找不到工作表「X」。 ${zh.wrongSheetHint}`);
    expect(errorText(new RangeError("Invalid array length"), "zh-CN", zh)).toBe(zh.genericError);
    expect(errorText(undefined, "zh-CN", zh)).toBe(zh.genericError);
    expect(errorText(new Error(""), "zh-CN", zh)).toBe(zh.genericError);
    expect(errorText("x".repeat(1000), "zh-CN", zh)).toHaveLength(400);
  });
});

describe("score bars", () => {
  it("sums score and full points per 一级指标 and adds the budget block", () => {
    const ind = (level1: string, full: number | null, score: number | null) =>
      ({ row: 1, name: "n", level1, level2: "", operator: null, target: null, unit: "", actual: null, full, score, rule: "default" }) as const;
    const bars = scoreBars(
      {
        total: 0,
        max: 100,
        complete: false,
        grade: null,
        indicators: [ind("产出指标", 12, 10.005), ind("效益指标", 7, null), ind("产出指标", 8, 7.2)],
        budget: { full: 10, planned: 100, spent: 95, rate: 0.95, score: 9.5 },
      },
      "预算执行",
    );
    expect(bars).toEqual([
      { label: "产出指标", score: 17.21, full: 20 },
      { label: "效益指标", score: 0, full: 7 },
      { label: "预算执行", score: 9.5, full: 10 },
    ]);
  });
});

describe("effective sheet choice", () => {
  it("keeps remembered sheets that exist, forgets the others", () => {
    expect(effectiveChoice({ targetSheet: "A", logSheet: "gone" }, ["A", "B"])).toEqual({ targetSheet: "A" });
    expect(effectiveChoice({ targetSheet: "A" }, [])).toEqual({ targetSheet: "A" });
  });
});
