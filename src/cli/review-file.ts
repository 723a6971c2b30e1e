/**
 * One file of `jixiao review` (DESIGN §6, §11): read with the one reader, validated with the review
 * checks on (§4), scored when it has actual values, its title block's 单位 and 项目名称 read — and
 * every way it can fail turned into an `unreadable` record with its one-line reason, never a throw.
 * Run by the review workers (review-worker.ts) and, without them, in this thread.
 */
import { analyzeWorkbook } from "../core/analyze";
import type { Lang } from "../core/issues";
import { DEFAULT_PROFILE, parseProfile, type ScoringProfile } from "../core/profile";
import { readRecord } from "../core/plan/ownership";
import { scoreAnalysis } from "../core/score/score";
import { filingUnit, readTitleBlock } from "../core/table/title-block";
import { reportOf } from "../core/validate";
import type { ReviewedFile } from "../xlsx/summary";
import { issueJson } from "./json";
import { loadGrids } from "./load";
import { collectingOutput } from "./batch";
import { reportUnusable } from "./validate-command";

export interface ReviewFlags {
  sheet?: string;
  lang: Lang;
  /** The scoring profile (DESIGN §10): its categoryWeights for review-weight-profile, its formulas for 得分. */
  profile?: ScoringProfile;
}

/**
 * How the main thread hands the profile to the review workers: the batch pool's jobs carry only
 * validate's flags (sheet, json, lang), and a worker's process.env is a copy of the main thread's
 * taken when the worker starts — so the profile, as JSON, is set here before the pool starts.
 */
export const PROFILE_ENV = "JIXIAO_REVIEW_PROFILE";

/** The profile the main thread put in PROFILE_ENV (checked again: it is data), or the default. */
export function profileFromEnv(env: NodeJS.ProcessEnv = process.env): ScoringProfile {
  const text = env[PROFILE_ENV];
  if (!text) return DEFAULT_PROFILE;
  const parsed = parseProfile(JSON.parse(text));
  return parsed.ok ? parsed.profile : DEFAULT_PROFILE;
}

export async function reviewFile(file: string, flags: ReviewFlags): Promise<ReviewedFile> {
  try {
    const { grids } = await loadGrids(file);
    const profile = flags.profile ?? DEFAULT_PROFILE;
    const analysis = analyzeWorkbook(grids, { sheet: flags.sheet, profile, review: { weights: profile.categoryWeights } });
    const report = reportOf(analysis, flags.lang);
    const table = analysis.table;
    const block = readTitleBlock(analysis.target, table?.header.top);
    const named = { unit: filingUnit(block), project: block.project ?? "" };
    // No table: a row of its own with the reason (table-not-found's message says what is missing).
    if (!table)
      return { file, verdict: "unreadable", ...named, profile: profile.name, sheet: report.sheet, valid: false, issues: report.issues.map(issueJson), error: report.issues[0]?.message ?? file };
    const revise = report.stats.errors > 0 || report.issues.some((i) => i.severity === "warning" && i.code.startsWith("review-"));
    const record: ReviewedFile = { file, verdict: revise ? "revise" : "pass", ...named, profile: profile.name, sheet: report.sheet, valid: report.valid, stats: report.stats };
    // 得分 and 等级 only where there is something to score: a log sheet, or typed 实际完成值.
    const typed = table.columns.actual !== undefined && table.indicators.some((i) => i.actualText !== "");
    if (analysis.log || typed) {
      const { result } = scoreAnalysis(analysis, flags.lang, readRecord(grids), profile);
      record.score = { total: result.total, max: result.max, complete: result.complete, grade: result.grade };
    }
    record.issues = report.issues.map(issueJson);
    return record;
  } catch (err) {
    return unreadable(file, err, flags.lang);
  }
}

/** The record of a file that could not be read: the one line validate would print for it. */
export function unreadable(file: string, err: unknown, lang: Lang): ReviewedFile {
  const sink = collectingOutput();
  reportUnusable(file, err, { lang }, sink);
  const reason = sink.lines.find(([stream]) => stream === "stderr")?.[1] ?? String(err);
  return { file, verdict: "unreadable", unit: "", project: "", valid: false, error: reason };
}
