/**
 * The indicator (三级指标): one row of the target table, read out of the grid into plain data.
 * Plain types: an indicator is made by the table reader and never crosses a boundary, so nothing
 * parses it (zod is kept for data that comes in from outside: profiles, settings, the CLI report).
 */

/** 指标性质: the comparison the target asks for, or 定性 for a qualitative indicator. */
export const OPERATORS = ["=", ">=", "<=", ">", "<", "定性"] as const;
export type Operator = (typeof OPERATORS)[number];

/**
 * 指标值: a number (with `percent` when it was written or formatted as a percentage), a word, or a
 * date (时效指标: `2022年12月31日前`; `year` null when the text names none, as in `12月底前`).
 */
export type Target =
  | { kind: "number"; value: number; percent: boolean }
  | { kind: "word"; word: string }
  | { kind: "date"; year: number | null; month: number; day: number };

/** The fields of DESIGN §2, in the order they usually appear. */
export const FIELDS = [
  "level1",
  "level2",
  "name",
  "operator",
  "direction",
  "target",
  "unit",
  "attribute",
  "rule",
  "content",
  "source",
  "weight",
  "actual",
  "score",
  "remark",
] as const;
export type Field = (typeof FIELDS)[number];

/** Where a field sits: the grid column (0-based) of the field for this table. */
export type ColumnMap = Partial<Record<Field, number>>;

export interface Indicator {
  /** Grid row (0-based) of the indicator. */
  r: number;
  /** Row number as Excel shows it (1-based, on the sheet). */
  row: number;
  level1: string;
  level2: string;
  name: string;
  /** The name as written, line breaks and all (for write-back and messages). */
  rawName: string;
  /** The operator as written in the cell or the value (`≥`, `＞＝`), before normalisation. */
  operatorText: string;
  operator: Operator | null;
  /** True when no operator was written (cell, value or 正向 / 反向): the "at least" of DESIGN §2. */
  operatorImplied: boolean;
  /** 正向 (higher is better) / 反向 (lower is better), from a 指标性质 column that holds them. */
  direction: "正向" | "反向" | null;
  /** The target value's text as displayed (`98%`, `≥80M`, `不定期`). */
  targetText: string;
  target: Target | null;
  unit: string;
  attribute: string;
  rule: string;
  content: string;
  source: string;
  /** 分值 / 权重 column, when there is one and it holds a number. */
  weight: number | null;
  weightText: string;
  /** 实际完成值 typed by staff, when the column exists. */
  actualText: string;
  actualValue: number | string | null;
  remark: string;
  /** True when the operator or unit came out of a combined 指标值及单位 cell. */
  fromCombinedValue: boolean;
  /** Each mapped field's text as displayed, before `空` is read as empty (for placeholder checks). */
  cells: Record<string, string>;
}
