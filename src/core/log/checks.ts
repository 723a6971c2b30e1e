/**
 * Log-sheet issues: log-unknown-indicator (with the closest name as a suggestion, never matched
 * silently), log-value-invalid, log-date-invalid, log-no-entries, and formula-uncached at each
 * cell an entry needs that holds a formula with no stored result (the entry is not counted).
 */
import type { Indicator } from "../indicator";
import type { IssueCode, IssueParamsByCode, RawIssue, RawIssueOf } from "../issues";
import { ISSUE_SEVERITY } from "../issues";
import { columnLetter } from "../grid";
import { indicatorNamed, isNumericIndicator, matchEntries, nameSuggester, type LogMatch } from "./aggregate";
import { logCellColumn, type LogEntry, type LogSheet } from "./read-log";

export function checkLog(
  log: LogSheet,
  indicators: Indicator[],
  targetSheet: string,
  nameColumn: string,
  match: LogMatch = matchEntries(indicators, log.entries, log.uncached),
): RawIssue[] {
  const issues: RawIssue[] = [];
  const at = <C extends IssueCode>(e: LogEntry, code: C, column: string, params: IssueParamsByCode[C], indicator?: string): RawIssueOf<C> => ({
    code,
    severity: ISSUE_SEVERITY[code],
    sheet: log.grid.sheet,
    row: e.row,
    column,
    field: "log",
    indicator,
    params,
  });
  const { matched, unknown } = match;
  if (log.uncached?.length) {
    const named = indicatorNamed(indicators);
    for (const u of log.uncached) {
      const indicator = named(u.name)?.name;
      for (const { c } of u.cells)
        issues.push({
          code: "formula-uncached",
          severity: ISSUE_SEVERITY["formula-uncached"],
          sheet: log.grid.sheet,
          row: u.row,
          column: columnLetter(log.grid.origin.col + c),
          field: "log",
          ...(indicator ? { indicator } : {}),
          params: {},
        });
    }
  }
  const byRow = new Map(indicators.map((i) => [i.r, i]));
  const closestName = unknown.length ? nameSuggester(indicators) : () => null;
  for (const e of unknown) {
    const suggestion = closestName(e.name);
    issues.push(at(e, "log-unknown-indicator", logCellColumn(log, "name"), { name: e.name, suggestion: suggestion ?? "" }));
  }
  for (const [r, entries] of matched) {
    const ind = byRow.get(r)!;
    const numeric = isNumericIndicator(ind);
    for (const e of entries) {
      if (numeric && e.value !== null && typeof e.value !== "number")
        issues.push(at(e, "log-value-invalid", logCellColumn(log, "value"), { value: e.valueText }, ind.name));
      if (e.dateInvalid) issues.push(at(e, "log-date-invalid", logCellColumn(log, "date"), { value: e.dateText }, ind.name));
    }
  }
  for (const e of unknown)
    if (e.dateInvalid) issues.push(at(e, "log-date-invalid", logCellColumn(log, "date"), { value: e.dateText }));
  for (const ind of indicators) {
    // Entries left out as unknown are entries all the same: formula-uncached says so.
    if (!ind.name || matched.has(ind.r) || match.uncached?.has(ind.r)) continue;
    issues.push({
      code: "log-no-entries",
      severity: ISSUE_SEVERITY["log-no-entries"],
      sheet: targetSheet,
      row: ind.row,
      column: nameColumn,
      field: "name",
      indicator: ind.name,
      params: { log: log.grid.sheet },
    });
  }
  return issues;
}
