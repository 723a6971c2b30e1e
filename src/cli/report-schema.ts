/**
 * The CLI's public JSON (DESIGN §6), as zod schemas: what `jixiao validate`, `score` and `monitor`
 * print with --json, one document per file, and the document of a file that could not be used.
 * Outside tools parse these; the types below are the public ones (z.infer), and
 * test/cli/report-schema.test.ts parses the CLI's real output with them, so schema and output
 * cannot drift apart. Objects are strict: a field added to the output must be added here (DESIGN
 * §6: add, never rename).
 */
import { z } from "zod";
import { ISSUE_CODES } from "../core/issues";
import { OPERATORS } from "../core/indicator";
import { UNSCORED_REASON_CODES } from "../core/score/reasons";
import { ADJUSTMENT_CODES } from "../core/score/adjustments";
import { LIKELIHOODS } from "../core/monitor/likelihood";
import { INPUT_MESSAGES } from "../core/input-problems";
import { CLI_MESSAGES } from "./problems";
import { LIMIT_MESSAGES } from "./limit-problems";

const codes = (map: object) => Object.keys(map) as [string, ...string[]];

export const IssueJsonSchema = z.strictObject({
  code: z.enum(ISSUE_CODES as [string, ...string[]]),
  severity: z.enum(["error", "warning", "info"]),
  sheet: z.string(),
  row: z.number().int().positive(),
  /** The column letter; "" for an issue of a whole row or sheet. */
  column: z.string().regex(/^[A-Z]{0,3}$/),
  field: z.string().nullable(),
  indicator: z.string().nullable(),
  message: z.string().min(1),
});

const StatsSchema = z.strictObject({
  indicators: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  totalWeight: z.number(),
});

/** What `jixiao validate --json` prints for a file it could read. */
export const ValidateReportSchema = z.strictObject({
  file: z.string(),
  sheet: z.string(),
  valid: z.boolean(),
  stats: StatsSchema,
  issues: z.array(IssueJsonSchema),
  /** The scoring profile's name (DESIGN §6 `"profile": "default"`). */
  profile: z.string().min(1),
});

const ReasonSchema = z.strictObject({ code: z.enum(UNSCORED_REASON_CODES), message: z.string().min(1) });
const AdjustmentSchema = z.strictObject({ code: z.enum(ADJUSTMENT_CODES), from: z.number().nullable(), to: z.number().nullable(), message: z.string().min(1) });
const valueSchema = z.union([z.number(), z.string()]).nullable();
const operatorSchema = z.enum(OPERATORS).nullable();

/** DESIGN §6's closed rule vocabulary (the forms 7–11 of §5 report as their base form). */
export const REPORTED_RULES = ["per-unit", "deduction", "all-or-nothing", "proportional", "bands", "graded", "default"] as const;

const IndicatorScoreSchema = z.strictObject({
  row: z.number().int().positive(),
  name: z.string(),
  level1: z.string(),
  level2: z.string(),
  operator: operatorSchema,
  target: valueSchema,
  unit: z.string(),
  actual: valueSchema,
  full: z.number().nullable(),
  score: z.number().nullable(),
  rule: z.enum(REPORTED_RULES),
  reason: ReasonSchema.optional(),
  adjustments: z.array(AdjustmentSchema).optional(),
});

const BudgetScoreSchema = z.strictObject({
  full: z.number(),
  planned: z.number().nullable(),
  spent: z.number().nullable(),
  rate: z.number().nullable(),
  score: z.number().nullable(),
  reason: ReasonSchema.optional(),
  adjustments: z.array(AdjustmentSchema).optional(),
});

export const ScoreJsonSchema = z.strictObject({
  total: z.number().nullable(),
  max: z.number(),
  complete: z.boolean(),
  grade: z.enum(["优", "良", "中", "差"]).nullable(),
  indicators: z.array(IndicatorScoreSchema),
  budget: BudgetScoreSchema.optional(),
  profile: z.string().min(1),
  profileLabel: z.string().min(1),
  adjustments: z.array(AdjustmentSchema).optional(),
});

/** What `jixiao score --json` prints: the validation report plus `score`. */
export const ScoreReportSchema = ValidateReportSchema.extend({ score: ScoreJsonSchema });

const MonitoredIndicatorSchema = z.strictObject({
  row: z.number().int().positive(),
  name: z.string(),
  level1: z.string(),
  level2: z.string(),
  operator: operatorSchema,
  target: valueSchema,
  unit: z.string(),
  toDate: valueSchema,
  projected: valueSchema,
  projection: z.enum(["linear", "latest", "date", "none"]),
  deviation: z.number().nullable(),
  likelihood: z.enum(LIKELIHOODS).nullable(),
  light: z.enum(["green", "yellow", "red"]).nullable(),
  entries: z.number().int().nonnegative(),
  later: z.number().int().nonnegative(),
});

export const MonitorJsonSchema = z.strictObject({
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  year: z.number().int(),
  elapsedDays: z.number().int().nonnegative(),
  daysInYear: z.number().int().positive(),
  indicators: z.array(MonitoredIndicatorSchema),
  budget: z
    .strictObject({
      initial: z.number().nullable(),
      planned: z.number().nullable(),
      spent: z.number().nullable(),
      execution: z.number().nullable(),
      time: z.number(),
      projectedRate: z.number().nullable(),
      lagging: z.boolean(),
    })
    .optional(),
});

/** What `jixiao monitor --json` prints: the validation report plus `monitor` (DESIGN §9). */
export const MonitorReportSchema = ValidateReportSchema.extend({ monitor: MonitorJsonSchema });

/** Every code a failure outside the issue list may carry: the CLI's, the limits', the core's. */
export const PROBLEM_CODES = [...codes(CLI_MESSAGES), ...codes(LIMIT_MESSAGES), ...codes(INPUT_MESSAGES)] as [string, ...string[]];

/** What every command prints with --json for a file it could not use (exit 2). */
export const UnusableReportSchema = z.strictObject({
  file: z.string(),
  valid: z.literal(false),
  /** The one line stderr shows, in --lang. */
  error: z.string().min(1),
  /** The failure as data: its code and parameters (src/cli/problems.ts, limit-problems.ts, src/core/input-problems.ts). */
  problem: z.strictObject({ code: z.enum(PROBLEM_CODES), params: z.record(z.string(), z.unknown()) }),
});

export type IssueJson = z.infer<typeof IssueJsonSchema>;
export type ValidateReportJson = z.infer<typeof ValidateReportSchema>;
export type ScoreReportJson = z.infer<typeof ScoreReportSchema>;
export type MonitorReportJson = z.infer<typeof MonitorReportSchema>;
export type UnusableReportJson = z.infer<typeof UnusableReportSchema>;
