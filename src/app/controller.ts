/**
 * The three actions staff click — 校验, 评分, 清除标记 — as host-independent steps. The task pane,
 * the ribbon commands and the web page all call these, so they behave the same everywhere.
 */
import type { Analysis, ClearResult, ScoreReport, ValidationReport } from "../core";
import { CORE_RUNNER, coreOptions, type CoreRunner, type HostGrids, type HostPort, type Progress, type SheetChoice } from "./port";

/**
 * The core loads with the first action, not with the page: the task pane's page is also the
 * ribbon's shared runtime, and what it loads before the first paint is held to a budget
 * (taskpane_gz_kb in bench/run.mjs). Read, check and score wait for the read anyway.
 */
const core = () => import(/* webpackChunkName: "core" */ "../core");

// profileOf and coreOptions live with the port: a host's runCore (the web page's worker) builds the
// same options from the same choice without loading this module.
export { coreOptions, profileOf } from "./port";

/** The host's own runner of the core, when it has one: on the port, or handed over with its grids. */
function runnerOf(port: HostPort, wb: HostGrids): CoreRunner | undefined {
  return port.runCore ?? wb[CORE_RUNNER];
}

export async function runValidate(port: HostPort, choice: SheetChoice = {}, onProgress?: Progress): Promise<ValidationReport> {
  const [wb, { validateWorkbook, builtinProfile }] = await Promise.all([port.readWorkbook(undefined, onProgress), core()]);
  const inHost = runnerOf(port, wb);
  const report = inHost ? await inHost("validate", choice, port.language(), onProgress) : validateWorkbook(wb, coreOptions(choice, port.language(), builtinProfile));
  await port.flagIssues(report.issues);
  return report;
}

export async function runScore(port: HostPort, choice: SheetChoice = {}, onProgress?: Progress): Promise<ScoreReport> {
  const [wb, { scoreWorkbook, builtinProfile }] = await Promise.all([port.readWorkbook(undefined, onProgress), core()]);
  const inHost = runnerOf(port, wb);
  // A host that runs the core has applied the plan too (one trip to where the workbook is).
  if (inHost) return inHost("score", choice, port.language(), onProgress);
  const report = scoreWorkbook(wb, coreOptions(choice, port.language(), builtinProfile));
  await port.applyPlan(report.plan, onProgress);
  return report;
}

/** 清除标记: Validate's flags go, every cell's format back exactly; nothing else changes. */
export async function runClearFlags(port: HostPort): Promise<void> {
  await port.clearFlags();
}

/**
 * 清除评分: everything Score wrote and recorded goes (its 得分 lines, 得分合计, the values it
 * filled, the 绩效自评表 it created), back to the cells as they were before Score; what staff
 * wrote since stays, and the result says what was kept (DESIGN §5 Clear).
 */
export async function runClearScore(port: HostPort, choice: SheetChoice = {}): Promise<ClearResult> {
  const [wb, { analyzeWorkbook, clearScorePlan, InputError }] = await Promise.all([port.readWorkbook(), core()]);
  let analysis: Analysis | null = null;
  try {
    analysis = analyzeWorkbook(wb, { sheet: choice.targetSheet, logSheet: choice.logSheet });
  } catch (err) {
    // A remembered sheet that is gone: what Score recorded can still be cleared.
    if (!(err instanceof InputError)) throw err;
  }
  const result = clearScorePlan(wb, analysis);
  if (result.plan.sheets.length) await port.applyPlan(result.plan);
  return result;
}

/** Both: flags, then everything Score wrote. */
export async function runClear(port: HostPort, choice: SheetChoice = {}): Promise<ClearResult> {
  await runClearFlags(port);
  return runClearScore(port, choice);
}
