/**
 * The pipeline shared by Validate and Score: workbook grids → target table (+ log sheet) →
 * raw issues. Reports and write plans are made from its result.
 */
import type { Field } from "./indicator";
import { cellAddress, columnIndex, columnLetter, type Grid, type WorkbookGrids } from "./grid";
import { partialHeader } from "./table/locate";
import { FIELD_LABEL, otherSpellings } from "./table/headers";
import { ISSUE_SEVERITY, type RawIssue } from "./issues";
import { nameKey } from "./normalize";
import { readTable, type Table } from "./table/read-table";
import { defaultTaxonomy, type Taxonomy } from "./taxonomy/taxonomy";
import { parseRule } from "./rules";
import type { ScoringRule } from "./rules/types";
import { INDICATOR_CHECKS, TABLE_CHECKS } from "./checks";
import { findPlaceholders } from "./checks/placeholder";
import type { CheckContext } from "./checks/context";
import { REVIEW_CHECKS, type CategoryWeights } from "./checks/review";
import { findLogHeader, LOG_SHEET_NAME, readLog, type LogSheet } from "./log/read-log";
import { checkLog } from "./log/checks";
import { readRecord, RECORD_SHEET } from "./plan/ownership";
import { matchEntries, type LogMatch } from "./log/aggregate";
import { budgetPointsBlank } from "./table/budget";
import type { ScoringProfile } from "./profile/schema";
import { DEFAULT_PROFILE } from "./profile/builtins";
import { ProblemError } from "./problem";
import type { Lang } from "./lang";
import { inputMessage, type CoreInputProblem, type InputProblemCode } from "./input-problems";

export interface AnalyzeOptions {
  /** The target sheet's name; by default the first sheet with an indicator table. */
  sheet?: string;
  /** The log sheet's name; by default the sheet with a log header (完成情况台账). */
  logSheet?: string;
  /** Score was asked: a missing log sheet (with nothing typed to score) is then an error. */
  forScore?: boolean;
  taxonomy?: Taxonomy;
  /** The scoring profile (DESIGN §10): a blank budget 分值 is worth its budget points. `default` when absent. */
  profile?: ScoringProfile;
  /** Run the review checks (审核, DESIGN §4) with these category weights; off when absent. */
  review?: { weights: CategoryWeights };
}

export interface Analysis {
  target: Grid;
  table: Table | null;
  log: LogSheet | null;
  rules: Map<number, ScoringRule>;
  issues: RawIssue[];
  expectedTotal: number;
  /** The log's entries matched to the indicators (made once, for the log checks and Score). */
  logMatch?: LogMatch;
}

/**
 * Input the core cannot work with at all (a named sheet that does not exist): hosts report it, exit 2.
 * It carries a Problem (input-problems.ts); `message` is the Chinese text, `messageEn` the English.
 */
export class InputError extends ProblemError<InputProblemCode, object> {
  declare readonly problem: CoreInputProblem;

  constructor(problem: CoreInputProblem) {
    super(problem, inputMessage(problem, "zh-CN"));
    this.name = "InputError";
  }

  get messageEn(): string {
    return inputMessage(this.problem, "en");
  }

  text(lang: Lang): string {
    return inputMessage(this.problem, lang);
  }
}

/** Sheets Score creates; never taken for the target or the log. */
export const GENERATED_SHEETS = ["绩效自评表", "绩效监控表"];

export function analyzeWorkbook(wb: WorkbookGrids, opts: AnalyzeOptions = {}): Analysis {
  if (wb.sheets.length === 0) throw new InputError({ code: "no-sheets", params: {} });
  const { target, table } = pickTarget(wb, opts.sheet);
  const rules = new Map<number, ScoringRule>();
  if (!table) {
    // A header that names one of 三级指标 / 指标值 only: say what it lacks, on its row.
    const partial = partialHeader(target);
    const issue: RawIssue = partial
      ? { code: "table-not-found", severity: "error", sheet: target.sheet, row: cellAddress(target, partial.row, 0).row, column: "", params: { missing: FIELD_LABEL[partial.missing], labels: partial.labels.join("、"), spellings: otherSpellings(partial.missing).join("、") } }
      : { code: "table-not-found", severity: "error", sheet: target.sheet, row: 1, column: "", params: {} };
    return { target, table, log: null, rules, issues: [issue], expectedTotal: 100 };
  }
  // Tables repeat the same rule texts (`7分，达到标准得7分`): parse each distinct text once.
  // Rules are plain data nobody changes, so indicators with the same text share one.
  const parsed = new Map<string, ScoringRule>();
  for (const ind of table.indicators) {
    let rule = parsed.get(ind.rule);
    if (!rule) parsed.set(ind.rule, (rule = parseRule(ind.rule)));
    rules.set(ind.r, rule);
  }
  const placeholders = new Map<number, Set<Field>>();
  for (const ind of table.indicators) {
    const found = findPlaceholders(ind);
    if (found.size) placeholders.set(ind.r, found);
  }
  // The indicators total 100 less the budget block's points: its 分值, or the profile's when blank.
  const budget = table.budget;
  const expectedTotal = 100 - (budget ? (budgetPointsBlank(table.grid, budget) ? (opts.profile ?? DEFAULT_PROFILE).budgetPoints : budget.full) : 0);
  const ctx: CheckContext = { table, taxonomy: opts.taxonomy ?? defaultTaxonomy, rules, placeholders, expectedTotal };

  const issues: RawIssue[] = [];
  for (const check of TABLE_CHECKS) issues.push(...check(ctx));
  for (const ind of table.indicators) for (const check of INDICATOR_CHECKS) issues.push(...check(ind, ctx));
  if (opts.review) for (const check of REVIEW_CHECKS) issues.push(...check({ ...ctx, weights: opts.review.weights }));

  const { log, issues: logIssues } = pickLog(wb, target, table, opts);
  issues.push(...logIssues);
  let logMatch: LogMatch | undefined;
  if (log) {
    const nameCol = table.columns.name === undefined ? "" : columnLetter(target.origin.col + table.columns.name);
    logMatch = matchEntries(table.indicators, log.entries, log.uncached);
    issues.push(...checkLog(log, table.indicators, target.sheet, nameCol, logMatch));
  }
  return { target, table, log, rules, issues: sortIssues(issues, target.sheet), expectedTotal, ...(logMatch ? { logMatch } : {}) };
}

function pickTarget(wb: WorkbookGrids, name: string | undefined): { target: Grid; table: Table | null } {
  if (name !== undefined) {
    const grid = wb.sheets.find((g) => g.sheet === name) ?? wb.sheets.find((g) => nameKey(g.sheet) === nameKey(name));
    if (!grid) throw new InputError({ code: "sheet-not-found", params: { name, sheets: wb.sheets.map((g) => g.sheet) } });
    return { target: grid, table: readTable(grid) };
  }
  // The sheet named 项目绩效目标表 first, then every other sheet in tab order — not the sheets
  // Score created (by its record) nor the record itself; a 绩效自评表 staff or another tool made
  // may well be the target (it is then scored in place).
  const ours = readRecord(wb).sheets;
  const candidates = [...wb.sheets].filter((g) => g.sheet !== RECORD_SHEET && !ours.has(g.sheet));
  candidates.sort((a, b) => rank(a) - rank(b));
  for (const grid of candidates) {
    if (LOG_SHEET_NAME.test(grid.sheet)) continue;
    const table = readTable(grid);
    if (table) return { target: grid, table };
  }
  return { target: candidates[0] ?? wb.sheets[0], table: null };
}

function rank(g: Grid): number {
  return /绩效目标表|自评表/.test(g.sheet) ? 0 : 1;
}

function pickLog(wb: WorkbookGrids, target: Grid, table: Table, opts: AnalyzeOptions): { log: LogSheet | null; issues: RawIssue[] } {
  const others = wb.sheets.filter((g) => g !== target && g.sheet !== RECORD_SHEET && !GENERATED_SHEETS.includes(g.sheet));
  const named = opts.logSheet !== undefined ? others.filter((g) => g.sheet === opts.logSheet) : [];
  if (opts.logSheet !== undefined && named.length === 0)
    throw new InputError({ code: "log-sheet-not-found", params: { name: opts.logSheet } });
  const pool = named.length ? named : others;
  for (const grid of pool) {
    const log = readLog(grid);
    if (log) return { log, issues: [] };
  }
  // A sheet that is plainly meant as the log, with the wrong header.
  const meant = named[0] ?? others.find((g) => LOG_SHEET_NAME.test(g.sheet));
  if (meant) {
    const found = findLogHeader(meant);
    const missing = found ? [] : ["三级指标", "完成值"];
    return {
      log: null,
      issues: [{ code: "log-column-missing", severity: "error", sheet: meant.sheet, row: 1, column: "", field: "log", params: { labels: missing.join("、") } }],
    };
  }
  const typedActuals = table.columns.actual !== undefined && table.indicators.some((i) => i.actualText !== "");
  const severity = opts.forScore && !typedActuals ? "error" : ISSUE_SEVERITY["log-sheet-not-found"];
  return { log: null, issues: [{ code: "log-sheet-not-found", severity, sheet: target.sheet, row: 1, column: "", params: { typed: typedActuals } }] };
}

/** Target sheet first, then by row, then by column (A before B, Z before AA). */
export function sortIssues(issues: RawIssue[], targetSheet: string): RawIssue[] {
  // Column letters as Excel orders them (Z before AA, AB before BA); "" (a row's or sheet's issue) first.
  const colKey = (c: string) => (/^[A-Z]+$/.test(c) ? columnIndex(c) + 1 : 0);
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort(
      (a, b) =>
        Number(a.issue.sheet !== targetSheet) - Number(b.issue.sheet !== targetSheet) ||
        a.issue.sheet.localeCompare(b.issue.sheet) ||
        a.issue.row - b.issue.row ||
        colKey(a.issue.column) - colKey(b.issue.column) ||
        a.i - b.i,
    )
    .map((x) => x.issue);
}
