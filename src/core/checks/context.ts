/** What every check receives, and the one way checks make an issue at a cell. */
import type { Field, Indicator } from "../indicator";
import type { IssueCode, IssueParamsByCode, RawIssue, RawIssueOf } from "../issues";
import { ISSUE_SEVERITY } from "../issues";
import { columnLetter, cellAddress } from "../grid";
import type { Table } from "../table/read-table";
import type { Taxonomy } from "../taxonomy/taxonomy";
import type { ScoringRule } from "../rules/types";
import { fullPointsOf } from "../points";
import { nameKey } from "../normalize";

export interface CheckContext {
  table: Table;
  taxonomy: Taxonomy;
  /** Each indicator's rule, parsed once (keyed by grid row). */
  rules: Map<number, ScoringRule>;
  /** Fields of each indicator that hold template text (空, 指标1, ……), flagged as placeholder. */
  placeholders: Map<number, Set<Field>>;
  /** Points every indicator should add up to: 100, less the budget block's 分值. */
  expectedTotal: number;
}

export type TableCheck = (ctx: CheckContext) => RawIssue[];
export type IndicatorCheck = (ind: Indicator, ctx: CheckContext) => RawIssue[];

/** A code's parameters as the last argument: optional for a code that takes none. */
export type ParamsArg<C extends IssueCode> = Record<string, never> extends IssueParamsByCode[C] ? [params?: IssueParamsByCode[C]] : [params: IssueParamsByCode[C]];

/** An issue at an indicator's cell for `field` (the row only, when the field has no column). */
export function issueAt<C extends IssueCode>(ctx: CheckContext, ind: Indicator, code: C, field: Field, ...[params]: ParamsArg<C>): RawIssueOf<C> {
  const { grid, columns } = ctx.table;
  const c = columns[field];
  return {
    code,
    severity: ISSUE_SEVERITY[code],
    sheet: grid.sheet,
    row: ind.row,
    column: c === undefined ? "" : columnLetter(grid.origin.col + c),
    field,
    indicator: ind.name || undefined,
    params: params ?? ({} as IssueParamsByCode[C]),
  };
}

/** An issue about the table as a whole, placed on the header row. */
export function tableIssue<C extends IssueCode>(ctx: CheckContext, code: C, field: Field | undefined, c: number | undefined, ...[params]: ParamsArg<C>): RawIssueOf<C> {
  const { grid, header } = ctx.table;
  const at = cellAddress(grid, header.row, c ?? 0);
  return {
    code,
    severity: ISSUE_SEVERITY[code],
    sheet: grid.sheet,
    row: at.row,
    column: c === undefined ? "" : at.column,
    field,
    params: params ?? ({} as IssueParamsByCode[C]),
  };
}

/**
 * True when the field holds template text, or a formula with no stored result (its value unknown,
 * reported as formula-uncached), so the field's own checks stay quiet: it is not missing.
 */
export function isPlaceholder(ctx: CheckContext, ind: Indicator, field: Field): boolean {
  return (ctx.placeholders.get(ind.r)?.has(field) ?? false) || (ctx.table.unknownFields?.get(ind.r)?.has(field) ?? false);
}

/** The points an indicator is worth: its 分值 cell, else what its rule text states. */
export function fullPoints(ind: Indicator, ctx: CheckContext): number | null {
  return fullPointsOf(ind, ctx.rules);
}

/** True for 定量指标 (quantitative) rows. */
export function isQuantitative(ind: Indicator): boolean {
  return ind.attribute === "定量指标" || (ind.attribute === "" && ind.target?.kind === "number");
}

/**
 * True for 定性指标 (qualitative) rows: the attribute says so, or, without one, the operator or a
 * word target does. Not simply !isQuantitative: a row whose 指标属性 is misspelt is neither.
 */
export function isQualitative(ind: Indicator): boolean {
  if (ind.attribute) return nameKey(ind.attribute).startsWith("定性");
  return ind.operator === "定性" || ind.target?.kind === "word";
}
