/**
 * Grid → Table: the header, the indicator rows (following merged and inherited 一级/二级, reading
 * `空` as empty, skipping group rows), and the budget block of a 自评表.
 */
import type { ColumnMap, Field, Indicator, Operator } from "../indicator";
import { cellAddress, colCount, MergeIndex, numberFormatAt, rowCount, textAt, uncachedByRow, valueAt, type CellValue, type Grid } from "../grid";
import { cleanText, displayText, isEmptyText, nameKey } from "../normalize";
import { locateHeader, type TableHeader } from "./locate";
import { normalizeUnit, parseDirection, parseOperator, parseTargetValue, type ParsedValue } from "./value";
import { parseDateTarget } from "./date-target";
import { settleDirection } from "./direction";
import { splitCategoryLabel } from "./category-label";
import { isTemplateText } from "./template-text";
import { findBudgetBlock, type BudgetBlock } from "./budget";
import { stripScoreLine } from "../score-line";

export interface Table {
  grid: Grid;
  header: TableHeader;
  columns: ColumnMap;
  /** Grid rows of the data: first and last (inclusive); last < first when the table is empty. */
  firstRow: number;
  lastRow: number;
  indicators: Indicator[];
  /** Operator cells that could not be read (`≈`), by grid row, for operator-invalid. */
  invalidOperators: Map<number, string>;
  budget: BudgetBlock | null;
  /** Grid row of an existing 得分合计 row, if a previous Score wrote one. */
  totalRow: number | null;
  /** Category labels that state their points (`产出指标(50分)`), with the indicators under them. */
  categories: CategoryGroup[];
  /** Rows that hold nothing but template text (`……`, `指标3`): not indicators (DESIGN §2). */
  leftoverRows: LeftoverRow[];
  /**
   * Cells of the table that hold a formula with no stored result (DESIGN §2), once each (a merged
   * 一级 over many rows is one cell): their fields are unknown, reported as formula-uncached.
   */
  uncached: UncachedCell[];
  /** Each indicator's unknown fields (an uncached formula in its cell), by the indicator's grid row. */
  unknownFields: Map<number, Set<Field>>;
}

export interface UncachedCell {
  /** Grid row and column of the cell (a merge's master for fields that follow merges). */
  r: number;
  c: number;
  field: Field;
  /** Grid row of the first indicator that reads it, if any (a group row's label has none). */
  indicatorRow: number | null;
}

export interface CategoryGroup {
  level: "level1" | "level2";
  /** The category without its points. */
  label: string;
  points: number;
  /** Grid row and column of the label. */
  r: number;
  c: number;
  /** Grid rows of the indicators under it. */
  indicatorRows: number[];
}

export interface LeftoverRow {
  r: number;
  /** The first field holding the template text, and that text. */
  field: Field;
  text: string;
}

/** Rows like these end the table (a total line, the signatures under the form). */
const TABLE_END = /^(合计|总计|得分合计|总分|填报人|填表人|审核人|单位负责人|项目负责人|财务负责人)/;
/** This many blank rows in a row end the table; fewer are spacers. */
const MAX_BLANK_RUN = 5;

// Fields whose cells are often merged down over several indicators (one 数据来源 for a block):
// every row of the merge takes the master's text. Names, targets and rules never are.
const FOLLOW_MERGE: ReadonlySet<Field> = new Set(["level1", "level2", "operator", "unit", "attribute", "source"]);

/** A row with any of these filled is an indicator; else a group row. */
const INDICATOR_FIELDS: readonly Field[] = ["name", "operator", "target", "rule"];

export function readTable(grid: Grid): Table | null {
  const merges = new MergeIndex(grid);
  const located = locateHeader(grid, merges);
  if (!located) return null;
  const header = { ...located, columns: settleDirection(grid, located.columns, located.row + 1, merges) };
  const columns = header.columns;
  const cols = colCount(grid);
  const rows = rowCount(grid);

  const cellText = (r: number, field: Field): string => {
    const c = columns[field];
    if (c === undefined) return "";
    return FOLLOW_MERGE.has(field) ? merges.masterText(r, c) : merges.at(r, c) && merges.at(r, c)!.top !== r ? "" : textAt(grid, r, c);
  };

  // Formula cells with no stored result: unknown, never blank (DESIGN §2). Null on most grids.
  const uncachedRows = uncachedByRow(grid);
  const uncached: UncachedCell[] = [];
  const unknownFields = new Map<number, Set<Field>>();
  const seenUncached = new Set<string>();
  /** The cell a field of row r reads, when it is an uncached formula; else null. */
  const uncachedCell = (r: number, field: Field): { r: number; c: number } | null => {
    const c = columns[field];
    if (c === undefined || !uncachedRows) return null;
    const m = merges.at(r, c);
    // Fields that follow merges read the master; the others read nothing from a covered cell.
    const at = m ? (FOLLOW_MERGE.has(field) || m.top === r ? { r: m.top, c: m.left } : null) : { r, c };
    return at && uncachedRows.get(at.r)?.has(at.c) ? at : null;
  };

  const indicators: Indicator[] = [];
  const invalidOperators = new Map<number, string>();
  const categories: CategoryGroup[] = [];
  const leftoverRows: LeftoverRow[] = [];
  let level1 = "";
  let level2 = "";
  // The labels as written, points and all: a new label text starts a new category.
  let level1Text = "";
  let level2Text = "";
  let group1: CategoryGroup | null = null;
  let group2: CategoryGroup | null = null;
  const openCategory = (level: "level1" | "level2", text: string, r: number): CategoryGroup | null => {
    const { label, points } = splitCategoryLabel(text);
    if (points === null) return null;
    const c = columns[level]!;
    const group: CategoryGroup = { level, label, points, r: merges.at(r, c)?.top ?? r, c, indicatorRows: [] };
    categories.push(group);
    return group;
  };
  let blankRun = 0;
  let lastRow = header.row;
  let totalRow: number | null = null;
  // The same for every row: worked out once, not per row of a long table.
  const fields = Object.keys(columns) as Field[];
  for (let r = header.row + 1; r < rows; r++) {
    const first = firstText(grid, r, cols);
    if (TABLE_END.test(nameKey(first))) {
      if (/得分合计|总分/.test(nameKey(first))) totalRow = r;
      break;
    }
    const texts = {} as Record<Field, string>;
    let anyText = false;
    for (const field of fields) {
      texts[field] = cellText(r, field);
      if (texts[field].trim() !== "") anyText = true;
    }
    // The row's fields whose cell is an uncached formula: content, just unknown.
    let unknown: { field: Field; r: number; c: number }[] | null = null;
    if (uncachedRows)
      for (const field of fields) {
        const at = uncachedCell(r, field);
        if (at) (unknown ??= []).push({ field, ...at });
      }
    if (unknown) anyText = true;
    if (!anyText) {
      if (++blankRun >= MAX_BLANK_RUN) break;
      continue;
    }
    blankRun = 0;
    lastRow = r;

    // A category label may state its points (`产出指标(50分)`): the category is the label without
    // them, and the points are a group its indicators must add up to (level-weight-total).
    const l1 = cleanText(texts.level1 ?? "");
    const l2 = cleanText(texts.level2 ?? "");
    if (!isEmptyText(l1) && l1 !== level1Text) {
      level1Text = l1;
      level2Text = "";
      group2 = null;
      group1 = openCategory("level1", l1, r);
      level1 = group1?.label ?? splitCategoryLabel(l1).label;
      level2 = "";
    }
    if (!isEmptyText(l2) && l2 !== level2Text) {
      level2Text = l2;
      group2 = openCategory("level2", l2, r);
      level2 = group2?.label ?? splitCategoryLabel(l2).label;
    }

    const isIndicator =
      INDICATOR_FIELDS.some((f) => texts[f] !== undefined && !isEmptyText(texts[f])) || (unknown?.some((u) => INDICATOR_FIELDS.includes(u.field)) ?? false);
    const leftover = isIndicator && !unknown?.some((u) => ROW_FIELDS.has(u.field)) ? leftoverOf(texts, fields) : null;
    const indicatorRow = isIndicator && !leftover ? r : null;
    if (unknown) {
      for (const u of unknown) {
        const key = `${u.r},${u.c}`;
        if (seenUncached.has(key)) continue;
        seenUncached.add(key);
        uncached.push({ r: u.r, c: u.c, field: u.field, indicatorRow });
      }
      if (indicatorRow !== null) unknownFields.set(r, new Set(unknown.map((u) => u.field)));
    }
    if (!isIndicator) continue; // a group row: it names a 一级 or 二级 category only
    if (leftover) {
      leftoverRows.push({ r, ...leftover });
      continue;
    }

    indicators.push(readIndicator(grid, r, columns, header, texts, level1, level2, invalidOperators));
    group1?.indicatorRows.push(r);
    group2?.indicatorRows.push(r);
  }

  const budget = findBudgetBlock(grid, header.top, merges);
  return { grid, header, columns, firstRow: header.row + 1, lastRow, indicators, invalidOperators, budget, totalRow, categories, leftoverRows, uncached, unknownFields };
}

// Fields whose content makes a row an indicator; the categories it inherits do not.
const ROW_FIELDS: ReadonlySet<Field> = new Set(["name", "operator", "direction", "target", "unit", "attribute", "rule", "content", "source", "weight", "actual", "score", "remark"]);

/**
 * A row whose filled cells hold nothing but template text (`……`, `指标3`, `空`), at least one of
 * them more than `空`: a leftover of the template, not an indicator. Returns its first such cell.
 */
function leftoverOf(texts: Record<Field, string>, fields: Field[]): { field: Field; text: string } | null {
  let first: { field: Field; text: string } | null = null;
  for (const f of fields) {
    if (!ROW_FIELDS.has(f)) continue;
    const t = cleanText(texts[f] ?? "");
    if (isEmptyText(t)) continue;
    if (!isTemplateText(t)) return null;
    first ??= { field: f, text: t };
  }
  return first;
}

function readIndicator(
  grid: Grid,
  r: number,
  columns: ColumnMap,
  header: TableHeader,
  texts: Record<Field, string>,
  level1: string,
  level2: string,
  invalidOperators: Map<number, string>,
): Indicator {
  const clean = (f: Field) => {
    const t = cleanText(texts[f] ?? "");
    return isEmptyText(t) ? "" : t;
  };
  // Free text keeps its width forms as written (only line breaks and spaces tidied).
  const shown = (f: Field) => (isEmptyText(texts[f] ?? "") ? "" : displayText(texts[f] ?? ""));
  const tc = columns.target;
  const unitCell = normalizeUnit(clean("unit"));
  const parsed: ParsedValue = tc === undefined ? { target: null, operator: null, unit: "" } : readTarget(grid, r, tc, texts.target ?? "", unitCell);
  const direction = parseDirection(clean("direction"));

  let operator: Operator | null = null;
  const opText = clean("operator");
  if (columns.operator !== undefined) {
    const op = parseOperator(opText);
    if (op === "invalid") invalidOperators.set(r, opText);
    else operator = op;
  }
  // No operator column, or an empty one: the operator may sit in the value; none at all means
  // "at least" for a number (DESIGN §2). A word target is qualitative.
  let operatorImplied = false;
  if (operator === null && (columns.operator === undefined || opText === "") && !invalidOperators.has(r)) {
    if (parsed.operator) operator = parsed.operator;
    else if (direction && parsed.target && parsed.target.kind !== "word") operator = direction === "反向" ? "<=" : ">=";
    else if (columns.operator === undefined && parsed.target) {
      operator = parsed.target.kind === "word" ? "定性" : ">=";
      operatorImplied = operator === ">=";
    }
  }
  // 反向 (lower is better) with `=` means at most the target; 正向 with `=`, at least (DESIGN §2).
  if (operator === "=" && direction) operator = direction === "反向" ? "<=" : ">=";
  const unit = unitCell || parsed.unit;
  // 98 in a row whose 度量单位 is % is a percentage, as much as a typed 98%.
  const target = parsed.target?.kind === "number" && unit === "%" ? { ...parsed.target, percent: true } : parsed.target;

  const weightText = clean("weight");
  const weightValue = columns.weight === undefined ? null : valueAt(grid, r, columns.weight);
  const weight = typeof weightValue === "number" ? weightValue : weightText !== "" && Number.isFinite(Number(weightText)) ? Number(weightText) : null;

  const actualCol = columns.actual;
  const actualText = clean("actual");
  let actualValue: number | string | null = null;
  if (actualCol !== undefined && actualText !== "") {
    const v = parseTargetValue(emptyToNull(valueAt(grid, r, actualCol)), texts.actual ?? "", numberFormatAt(grid, r, actualCol));
    actualValue = v.target?.kind === "number" ? v.target.value : actualText;
  }

  const cells: Record<string, string> = {};
  for (const f of Object.keys(columns) as Field[]) cells[f] = cleanText(texts[f] ?? "");

  const rawName = (texts.name ?? "").trim();
  return {
    r,
    row: cellAddress(grid, r, 0).row,
    level1,
    level2,
    name: isEmptyText(rawName) ? "" : displayText(rawName),
    rawName,
    operatorText: opText,
    operator,
    operatorImplied,
    direction,
    targetText: shown("target"),
    target,
    unit,
    attribute: clean("attribute"),
    // A previous Score's `得分：N` line is ours, not part of the rule.
    rule: stripScoreLine((texts.rule ?? "").trim() === "空" ? "" : (texts.rule ?? "").trim()).trim(),
    content: shown("content"),
    source: shown("source"),
    weight,
    weightText,
    actualText,
    actualValue,
    remark: shown("remark"),
    fromCombinedValue: header.combinedTarget || (columns.operator === undefined && parsed.operator !== null),
    cells,
  };
}

/** A 指标值 cell: a date target first (a date cell, `2022年12月31日前`), else number or word. */
function readTarget(grid: Grid, r: number, c: number, text: string, unit: string): ParsedValue {
  const value = emptyToNull(valueAt(grid, r, c));
  const format = numberFormatAt(grid, r, c);
  const date = parseDateTarget(value, text, format, unit);
  if (date) return { target: date.target, operator: date.operator, unit: "" };
  return parseTargetValue(value, text, format);
}

function emptyToNull(v: CellValue): CellValue {
  return v === "" ? null : v;
}

function firstText(grid: Grid, r: number, cols: number): string {
  for (let c = 0; c < cols; c++) {
    const t = textAt(grid, r, c).trim();
    if (t) return t;
  }
  return "";
}
