/**
 * The indicator (三级指标): one row of the target table, read out of the grid into plain data.
 * The zod schema is the single definition; the TypeScript type is inferred from it.
 */
import { z } from "zod";

/** 指标性质: the comparison the target asks for, or 定性 for a qualitative indicator. */
export const OPERATORS = ["=", ">=", "<=", ">", "<", "定性"] as const;
export const OperatorSchema = z.enum(OPERATORS);
export type Operator = z.infer<typeof OperatorSchema>;

/**
 * 指标值: a number (with `percent` when it was written or formatted as a percentage), a word, or a
 * date (时效指标: `2022年12月31日前`; `year` null when the text names none, as in `12月底前`).
 */
export const TargetSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("number"), value: z.number(), percent: z.boolean() }),
  z.object({ kind: z.literal("word"), word: z.string() }),
  z.object({ kind: z.literal("date"), year: z.number().int().nullable(), month: z.number().int(), day: z.number().int() }),
]);
export type Target = z.infer<typeof TargetSchema>;

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
export const FieldSchema = z.enum(FIELDS);
export type Field = z.infer<typeof FieldSchema>;

/** Where a field sits: the grid column (0-based) of the field for this table. */
export type ColumnMap = Partial<Record<Field, number>>;

export const IndicatorSchema = z.object({
  /** Grid row (0-based) of the indicator. */
  r: z.number().int().nonnegative(),
  /** Row number as Excel shows it (1-based, on the sheet). */
  row: z.number().int().positive(),
  level1: z.string(),
  level2: z.string(),
  name: z.string(),
  /** The name as written, line breaks and all (for write-back and messages). */
  rawName: z.string(),
  /** The operator as written in the cell or the value (`≥`, `＞＝`), before normalisation. */
  operatorText: z.string(),
  operator: OperatorSchema.nullable(),
  /** True when no operator was written (cell, value or 正向 / 反向): the "at least" of DESIGN §2. */
  operatorImplied: z.boolean(),
  /** 正向 (higher is better) / 反向 (lower is better), from a 指标性质 column that holds them. */
  direction: z.enum(["正向", "反向"]).nullable(),
  /** The target value's text as displayed (`98%`, `≥80M`, `不定期`). */
  targetText: z.string(),
  target: TargetSchema.nullable(),
  unit: z.string(),
  attribute: z.string(),
  rule: z.string(),
  content: z.string(),
  source: z.string(),
  /** 分值 / 权重 column, when there is one and it holds a number. */
  weight: z.number().nullable(),
  weightText: z.string(),
  /** 实际完成值 typed by staff, when the column exists. */
  actualText: z.string(),
  actualValue: z.union([z.number(), z.string()]).nullable(),
  remark: z.string(),
  /** True when the operator or unit came out of a combined 指标值及单位 cell. */
  fromCombinedValue: z.boolean(),
  /** Each mapped field's text as displayed, before `空` is read as empty (for placeholder checks). */
  cells: z.record(z.string(), z.string()),
});
export type Indicator = z.infer<typeof IndicatorSchema>;
