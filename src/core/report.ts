/** The reports the core returns to every host; the CLI prints them as DESIGN §6 JSON. */
import type { Issue } from "./issues";
import type { Operator } from "./indicator";
import type { RuleKind } from "./rules/types";
import type { WritePlan } from "./plan/types";
import type { UnscoredReasonCode } from "./score/reasons";
import type { ScoreAdjustment } from "./score/adjustments";

export interface ReportStats {
  indicators: number;
  errors: number;
  warnings: number;
  totalWeight: number;
}

export interface ValidationReport {
  sheet: string;
  valid: boolean;
  stats: ReportStats;
  issues: Issue[];
}

export type Grade = "优" | "良" | "中" | "差";

/** Why an indicator or the budget block has no score (DESIGN §5); codes in score/reasons.ts. */
export interface UnscoredReason {
  code: UnscoredReasonCode;
  /** In the report's language. */
  message: string;
}

export interface IndicatorScore {
  row: number;
  name: string;
  level1: string;
  level2: string;
  operator: Operator | null;
  target: number | string | null;
  unit: string;
  actual: number | string | null;
  full: number | null;
  score: number | null;
  rule: RuleKind;
  /** Only when `score` is null: why. */
  reason?: UnscoredReason;
  /** Only when the scoring profile changed the score (DESIGN §10): what it did, in order. */
  adjustments?: ScoreAdjustment[];
}

export interface BudgetScore {
  /** 分值 of the budget block (10, sometimes 20). */
  full: number;
  planned: number | null; // 全年预算数
  spent: number | null; // 全年执行数
  rate: number | null; // 执行率, 0..1
  score: number | null;
  /** Only when `score` is null: why. */
  reason?: UnscoredReason;
  /** Only when the scoring profile changed the block's score (its 分值 left blank). */
  adjustments?: ScoreAdjustment[];
}

export interface ScoreResult {
  /** The points of what was scored; null when nothing at all could be scored (DESIGN §5). */
  total: number | null;
  max: number;
  /** Every indicator (and the budget block) scored. */
  complete: boolean;
  /** Only for a complete score; null otherwise (DESIGN §5: never `0 分 差` for what was not scored). */
  grade: Grade | null;
  indicators: IndicatorScore[];
  budget?: BudgetScore;
  /** The scoring profile's name (`default`, `yitihua`, a custom file's name; DESIGN §6 `"profile"`). */
  profile?: string;
  /** The profile as staff see it, in the report's language (`预算管理一体化系统`): what the 自评表's note names. */
  profileLabel?: string;
  /** Only when the profile changed the total (an execution cap). */
  adjustments?: ScoreAdjustment[];
}

export interface ScoreReport extends ValidationReport {
  score: ScoreResult;
  plan: WritePlan;
}
