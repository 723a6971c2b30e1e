/**
 * The three actions staff click — 校验, 评分, 清除标记 — as host-independent steps. The task pane,
 * the ribbon commands and the web page all call these, so they behave the same everywhere.
 */
import { analyzeWorkbook, clearScoresPlan, scoreWorkbook, validateWorkbook, type ScoreReport, type ValidationReport } from "../core";
import type { HostPort, Progress, SheetChoice } from "./port";

export async function runValidate(port: HostPort, choice: SheetChoice = {}, onProgress?: Progress): Promise<ValidationReport> {
  const wb = await port.readWorkbook(undefined, onProgress);
  const report = validateWorkbook(wb, { sheet: choice.targetSheet, logSheet: choice.logSheet, lang: port.language() });
  await port.flagIssues(report.issues);
  return report;
}

export async function runScore(port: HostPort, choice: SheetChoice = {}, onProgress?: Progress): Promise<ScoreReport> {
  const wb = await port.readWorkbook(undefined, onProgress);
  const report = scoreWorkbook(wb, { sheet: choice.targetSheet, logSheet: choice.logSheet, lang: port.language() });
  await port.applyPlan(report.plan, onProgress);
  return report;
}

/** Clear: flags go, and so do the `得分：N` lines Score wrote under the rules. */
export async function runClear(port: HostPort, choice: SheetChoice = {}): Promise<void> {
  await port.clearFlags();
  const wb = await port.readWorkbook();
  const analysis = analyzeWorkbook(wb, { sheet: choice.targetSheet, logSheet: choice.logSheet });
  const plan = clearScoresPlan(analysis);
  if (plan.sheets.length) await port.applyPlan(plan);
}
