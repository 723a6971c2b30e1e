/**
 * Every word the pane shows, read as staff read it (issue 13): the core's messages from real
 * workbooks (the seed, broken one way per case), in both languages, and the pane's own sentences
 * (every next step, notice, heading, 使用说明, the explainer). None names a CLI flag (`--sheet`),
 * points at a file or manual staff do not have, or leaks `undefined`; a message reworded after a
 * language switch is the one the core writes in that language; a table or sheet issue names no cell.
 */
import type { Issue, WorkbookGrids } from "../core";
import { scoreWorkbook, validateWorkbook } from "../core";
import { renderIssue } from "../core/locales";
import { seedGrids, setGridCell } from "../../test/taskpane/fake-host";
import { helpContent } from "./components/help-content";
import { explainerStrings } from "./components/explainer-strings";
import { stringsFor } from "./i18n";
import { issueScope } from "./issue-groups";
import type { NextStep } from "./pane-state";

const TARGET = "项目绩效目标表";
const LOG = "完成情况台账";

/** Words that must never reach the pane: CLI flags, a manual or file staff do not have, code leaks. */
function badWords(text: string): string[] {
  const found: string[] = [];
  if (/(^|[\s（(「“])--[a-z]/.test(text)) found.push("a CLI flag");
  if (/README|jixiao\s+[a-z]|see the manual|用户手册|帮助文档/i.test(text)) found.push("a manual or command staff do not have");
  if (/undefined|\bnull\b|NaN|\[object/.test(text)) found.push("a code leak");
  if (text.trim() === "") found.push("nothing");
  return found;
}

type Case = [name: string, expected: string, change: (wb: WorkbookGrids) => void];

const CASES: Case[] = [
  ["an operator that is no operator", "operator-invalid", (wb) => setGridCell(wb, TARGET, "I8", "≈")],
  ["an empty target", "target-missing", (wb) => setGridCell(wb, TARGET, "K8", "")],
  ["a word where a number is due", "target-not-number", (wb) => setGridCell(wb, TARGET, "K9", "很多")],
  ["no unit", "unit-missing", (wb) => setGridCell(wb, TARGET, "M8", "")],
  ["an unknown attribute", "attribute-invalid", (wb) => setGridCell(wb, TARGET, "O8", "其他")],
  ["no rule", "rule-missing", (wb) => setGridCell(wb, TARGET, "Q8", "")],
  ["no indicator name", "name-missing", (wb) => setGridCell(wb, TARGET, "G9", "")],
  // 12 → 10 points: the table adds up to 98, not 100 (a whole-table issue).
  ["points that do not add up", "weight-total", (wb) => setGridCell(wb, TARGET, "Q8", "10分，完成1期得1分")],
  ["a log row naming no indicator of the table", "log-unknown-indicator", (wb) => setGridCell(wb, LOG, "B5", "不存在的指标")],
  ["a log value that is no number", "log-value-invalid", (wb) => setGridCell(wb, LOG, "C8", "很多")],
  ["no log sheet", "log-sheet-not-found", (wb) => (wb.sheets = wb.sheets.filter((s) => s.sheet !== LOG))],
  ["no indicator table on the sheet", "table-not-found", (wb) => (wb.sheets = wb.sheets.filter((s) => s.sheet !== TARGET))],
];

function issuesOf(change: (wb: WorkbookGrids) => void, lang: "zh-CN" | "en"): Issue[] {
  const wb = seedGrids({ log: "partial" });
  change(wb);
  try {
    return scoreWorkbook(wb, { lang }).issues;
  } catch {
    // No table at all: Validate reports it (Score refuses the workbook).
    return validateWorkbook(wb, { lang }).issues;
  }
}

describe("the core's messages from real workbooks, as the pane shows them", () => {
  it.each(CASES)("%s: %s, clean in both languages", (_name, expected, change) => {
    for (const lang of ["zh-CN", "en"] as const) {
      const issues = issuesOf(change, lang);
      expect(issues.map((i) => i.code)).toContain(expected);
      for (const issue of issues) expect({ code: issue.code, message: issue.message, bad: badWords(issue.message) }).toEqual({ code: issue.code, message: issue.message, bad: [] });
    }
  });

  it("a report reworded after a language switch says what the core says in that language", () => {
    for (const [, , change] of CASES) {
      const zh = issuesOf(change, "zh-CN");
      const en = issuesOf(change, "en");
      expect(zh.map((i) => renderIssue({ ...i, params: i.params ?? {} }, "en").message)).toEqual(en.map((i) => i.message));
    }
  });

  it("names no cell for a whole-sheet issue, and a real cell for every other", () => {
    for (const [, expected, change] of CASES) {
      for (const issue of issuesOf(change, "zh-CN")) {
        const scope = issueScope(issue);
        if (issue.code === "log-sheet-not-found" || issue.code === "table-not-found") expect(scope).toBe("sheet");
        else if (scope === "cell") expect(issue.column).not.toBe("");
      }
      // The weights point at the table's 分值 total, a cell staff can look at; not at A1.
      if (expected === "weight-total") expect(issuesOf(change, "zh-CN").find((i) => i.code === "weight-total")!.column).not.toMatch(/^(A)?$/);
    }
  });
});

describe("the pane's own sentences", () => {
  const steps: NextStep[] = [
    { kind: "start", targetFound: null },
    { kind: "start", targetFound: false },
    { kind: "fix", errors: 1 },
    { kind: "fix", errors: 3 },
    { kind: "score", logFound: true, warnings: 0 },
    { kind: "score", logFound: true, warnings: 4 },
    { kind: "score", logFound: false, warnings: 0 },
    { kind: "scored-incomplete", unscored: 2 },
    { kind: "scored" },
    { kind: "cleared" },
  ];

  it.each(["zh-CN", "en"] as const)("every next step, notice and announcement in %s", (lang) => {
    const t = stringsFor(lang);
    const texts = [
      ...steps.flatMap((s) => [t.nextStep(s, "in-workbook"), t.nextStep(s, "download")]),
      t.notice({ kind: "cleared" }),
      t.notice({ kind: "clearedScore", keptCells: 2, keptSheets: ["绩效自评表"] }),
      t.announce({ kind: "validated", errors: 1, warnings: 2 }),
      t.announce({ kind: "scored", total: 81.2, grade: "良", unscored: 0 }),
      t.announce({ kind: "scored", total: null, grade: null, unscored: 11 }),
      t.announce({ kind: "failed", failed: "select" }),
      t.sheetHeading(LOG),
      t.tableHeading(undefined),
      t.wrongSheetHint,
      t.genericError,
    ];
    for (const text of texts) expect({ text, bad: badWords(text) }).toEqual({ text, bad: [] });
    // 总分 appears once on the page, in the score's summary: no other sentence says it.
    for (const text of texts) expect(text).not.toMatch(/总分/);
  });

  it("says 下载 after Score only on the web page, where it exists", () => {
    expect(stringsFor("zh-CN").nextStep({ kind: "scored" }, "download")).toMatch(/「下载」/);
    expect(stringsFor("zh-CN").nextStep({ kind: "scored" }, "in-workbook")).not.toMatch(/下载/);
    expect(stringsFor("en").nextStep({ kind: "scored" }, "in-workbook")).not.toMatch(/Download/);
  });

  it.each(["zh-CN", "en"] as const)("使用说明 and the explainer in %s: every sentence clean, each button named as the pane names it", (lang) => {
    for (const where of ["in-workbook", "download"] as const) {
      const help = helpContent(lang, where);
      const texts = [help.title, ...help.sections.flatMap((s) => [s.heading, ...(s.paragraphs ?? []), ...(s.items ?? []), ...(s.table ? [s.table.caption, ...s.table.head, ...s.table.rows.flat()] : [])])];
      for (const text of texts.filter((x) => x !== "")) expect({ text, bad: badWords(text) }).toEqual({ text, bad: [] });
      const all = texts.join("\n");
      const t = stringsFor(lang);
      for (const action of Object.values(t.actions)) expect(all).toContain(action);
      expect(all).toContain(t.pages.explainer);
      // The download is the web page's: the Excel help never promises it.
      if (where === "in-workbook") expect(all).not.toMatch(lang === "en" ? /Download/ : /下载/);
    }
    const e = explainerStrings(lang);
    for (const text of Object.values(e).map((v) => (typeof v === "function" ? v("8", "10") : v))) expect({ text, bad: badWords(text) }).toEqual({ text, bad: [] });
  });
});
