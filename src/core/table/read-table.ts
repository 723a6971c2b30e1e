/**
 * Grid → Table: the header, the indicator rows (following merged and inherited 一级/二级, reading
 * `空` as empty, skipping group rows), and the budget block of a 自评表.
 */
import type { ColumnMap, Field, Indicator, Operator } from "../indicator";
import { cellAddress, colCount, MergeIndex, numberFormatAt, rowCount, textAt, valueAt, type CellValue, type Grid } from "../grid";
import { cleanText, displayText, isEmptyText, nameKey } from "../normalize";
import { locateHeader, type TableHeader } from "./locate";
import { normalizeUnit, parseOperator, parseTargetValue } from "./value";
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
  const header = locateHeader(grid, merges);
  if (!header) return null;
  const columns = header.columns;
  const cols = colCount(grid);
  const rows = rowCount(grid);

  const cellText = (r: number, field: Field): string => {
    const c = columns[field];
    if (c === undefined) return "";
    return FOLLOW_MERGE.has(field) ? merges.masterText(r, c) : merges.at(r, c) && merges.at(r, c)!.top !== r ? "" : textAt(grid, r, c);
  };

  const indicators: Indicator[] = [];
  const invalidOperators = new Map<number, string>();
  let level1 = "";
  let level2 = "";
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
    if (!anyText) {
      if (++blankRun >= MAX_BLANK_RUN) break;
      continue;
    }
    blankRun = 0;
    lastRow = r;

    const l1 = cleanText(texts.level1 ?? "");
    const l2 = cleanText(texts.level2 ?? "");
    if (!isEmptyText(l1) && l1 !== level1) {
      level1 = l1;
      level2 = "";
    }
    if (!isEmptyText(l2)) level2 = l2;

    const isIndicator = INDICATOR_FIELDS.some((f) => texts[f] !== undefined && !isEmptyText(texts[f]));
    if (!isIndicator) continue; // a group row: it names a 一级 or 二级 category only

    indicators.push(readIndicator(grid, r, columns, header, texts, level1, level2, invalidOperators));
  }

  const budget = findBudgetBlock(grid, header.top, merges);
  return { grid, header, columns, firstRow: header.row + 1, lastRow, indicators, invalidOperators, budget, totalRow };
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
  const parsed =
    tc === undefined
      ? { target: null, operator: null, unit: "" }
      : parseTargetValue(emptyToNull(valueAt(grid, r, tc)), texts.target ?? "", numberFormatAt(grid, r, tc));

  let operator: Operator | null = null;
  const opText = clean("operator");
  if (columns.operator !== undefined) {
    const op = parseOperator(opText);
    if (op === "invalid") invalidOperators.set(r, opText);
    else operator = op;
  }
  // No operator column, or an empty one: the operator may sit in the value; none at all means
  // "at least" for a number (DESIGN §2). A word target is qualitative.
  if (operator === null && (columns.operator === undefined || opText === "") && !invalidOperators.has(r)) {
    if (parsed.operator) operator = parsed.operator;
    else if (columns.operator === undefined && parsed.target) operator = parsed.target.kind === "number" ? ">=" : "定性";
  }
  const unitCell = normalizeUnit(clean("unit"));
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
