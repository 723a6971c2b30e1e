/**
 * A scoring profile (DESIGN §10): how one province or system scores the same table, as data. A
 * profile is JSON checked with zod when it is loaded; every field below is one way the systems
 * differ, and Score reads them in score/score.ts and rules/evaluate.ts (the formulas).
 *
 * Objects are strict: a field the schema does not know (a typo such as `reverseFomula`) is an
 * error naming it, never silently ignored — a unit would otherwise get default scores while
 * believing it chose its own.
 */
import { z } from "zod";

/** A share of an indicator's full points, 0..1. */
const share = z.number().min(0).max(1);

/** A band of shares `[low, high]`, both edges included (`[0.8, 1]`: 80–100 % of N). */
const band = z
  .tuple([share, share])
  .refine(([low, high]) => low <= high, { message: "low ≤ high" });

/** A percentage 0..100 (an execution rate, a grade edge, a total on the 100-point scale). */
const percent = z.number().min(0).max(100);

/**
 * The four outcomes of a 定性 (qualitative) indicator as the national form names them: 达成
 * (achieved), 基本达成 (basically achieved), 部分达成 (partly achieved), 未达成 (not achieved).
 * Words map onto them by their national default share (rules/formulas.ts).
 */
const byGrade = <T extends z.ZodType>(t: T) => z.strictObject({ achieved: t, basically: t, partly: t, notAchieved: t });

export const ProfileSchema = z
  .strictObject({
    /** What `--profile` and the pane call it: `default`, `yitihua`, or a custom file's own name. */
    name: z.string().trim().min(1),
    /** The name shown to staff (reports, the 自评表's note); defaults to `name`. */
    label: z.strictObject({ "zh-CN": z.string().trim().min(1), en: z.string().trim().min(1) }).optional(),
    /** The documents the profile follows (addresses or document numbers), at least one. */
    source: z.array(z.string().trim().min(1)).min(1),
    /** The budget block's 分值 when the workbook's block leaves it blank (10 nationally, 20 in some provinces). */
    budgetPoints: z.number().positive().max(50),
    /** `ratio`: 分值 × min(1, 全年执行数 / 全年预算数) (DESIGN §5). */
    budgetFormula: z.enum(["ratio"]),
    /**
     * Lower-is-better (反向) indicators: `ratio` N × min(1, target / actual) as §5; `linear`
     * N × max(0, 1 − (actual − target) / target), 0 at twice the target (the 一体化 module).
     */
    reverseFormula: z.enum(["ratio", "linear"]),
    /**
     * A target of 0, which neither formula can divide by: `all-or-nothing` — lower is better, N
     * when actual ≤ 0 else 0; higher is better, N when actual ≥ 0 (DESIGN §5).
     */
    zeroTarget: z.enum(["all-or-nothing"]),
    qualitative: z.strictObject({
      /** The share of N each outcome earns when Score computes it (default 1, 0.8, 0.6, 0). */
      shares: byGrade(share),
      /**
       * Staff choose a 定性 score within its outcome's band (the 一体化 module): a typed 得分 inside
       * the band is kept as the score, one outside it is an error naming the band.
       */
      staffChoice: z.boolean(),
      /** The band of each outcome, as shares of N; needed when staffChoice is on. */
      bands: byGrade(band).optional(),
    }),
    /** Grade edges in % of the maximum: 优 ≥ excellent, 良 ≥ good, 中 ≥ fair, else 差. */
    grades: z
      .strictObject({ excellent: percent, good: percent, fair: percent })
      .refine((g) => g.excellent > g.good && g.good > g.fair, { message: "excellent > good > fair" }),
    /** The category points review-weight-profile compares with (DESIGN §4): 产出 / 效益 / 满意度 / 预算执行. */
    categoryWeights: z.strictObject({
      output: z.number().min(0).max(100),
      benefit: z.number().min(0).max(100),
      satisfaction: z.number().min(0).max(100),
      budget: z.number().min(0).max(100),
    }),
    /**
     * Optional: the total is capped by the budget's execution rate — below `below` % the total
     * (on the 100-point scale) is at most `max`; where several apply, the lowest cap counts.
     */
    executionCaps: z.array(z.strictObject({ below: percent, max: percent })).min(1).optional(),
    /**
     * Optional: an indicator whose actual is more than `above` % over its (higher-is-better,
     * numeric) target loses `points` as 指标偏离 (target setting too low).
     */
    overAchievement: z.strictObject({ above: z.number().positive().max(1000), points: z.number().positive().max(100) }).optional(),
  })
  .refine((p) => !p.qualitative.staffChoice || p.qualitative.bands !== undefined, {
    message: "qualitative.bands when staffChoice is true",
    path: ["qualitative", "bands"],
  });

export type ScoringProfile = z.infer<typeof ProfileSchema>;
export type QualitativeShares = ScoringProfile["qualitative"]["shares"];
export type QualitativeBands = NonNullable<ScoringProfile["qualitative"]["bands"]>;
