/*
 * The ribbon functions 校验 (validate), 评分 (score), 清除评分 (clearScore) and 新建台账
 * (logTemplate): ExecuteFunction buttons in manifest.xml.
 * They run the same controller steps as the pane, on the Excel host, without opening the pane
 * first, and ALWAYS call event.completed() — on success and on failure — or Office shows the
 * button as busy until it times out.
 *
 * What the user sees after a click:
 * - the flags (Validate) or the written results (Score) in the workbook;
 * - with the shared runtime (SharedRuntime 1.1: Microsoft 365, Excel 2021+, Excel on the web),
 *   the task pane opens (Office.addin.showAsTaskpane) on the result, published through
 *   src/app/last-result.ts, which the pane subscribes to; an error is published the same way;
 * - without it (Excel 2016/2019: the buttons run in their own runtime, no pane to talk to), the
 *   flags and written cells alone, and a one-line summary in the log.
 *
 * Loaded by taskpane.html (the shared runtime's page) and by commands.html.
 */
import { runClearScore, runScore, runValidate } from "../app/controller";
import { publishResult } from "../app/last-result";
import type { HostPort } from "../app/port";
import { gradeText, type Lang, type ScoreReport, type ValidationReport } from "../core";
import { excelHost } from "../excel/adapter";
import { supports } from "../excel/requirements";

export type CommandAction = "validate" | "score";

/** One line for the log: what the command found. */
export function summaryLine(action: CommandAction, report: ValidationReport | ScoreReport, lang: Lang): string {
  const { errors, warnings } = report.stats;
  const scored = "score" in report ? report.score : undefined;
  // An incomplete score has no grade: say so (DESIGN §5), and `—` for a total nothing made up.
  const total = scored?.total ?? "—";
  if (lang === "en") {
    const found = `${errors} error(s), ${warnings} warning(s)`;
    return scored ? `Score done: total ${total} of ${scored.max} (${gradeText(scored, lang)}); ${found}.` : `Validate done: ${found}.`;
  }
  const found = `${errors} 个错误，${warnings} 个警告`;
  return scored ? `评分完成：总分 ${total}/${scored.max}（${gradeText(scored, lang)}）；${found}。` : `校验完成：${found}。`;
}

/** Opens the task pane where the shared runtime allows it; elsewhere does nothing. */
async function showPane(): Promise<void> {
  if (!supports("SharedRuntime", "1.1") || typeof Office.addin?.showAsTaskpane !== "function") return;
  try {
    await Office.addin.showAsTaskpane();
  } catch (error) {
    console.warn("Jixiao: the task pane could not be opened", error);
  }
}

/** Runs one ribbon action on `host`, publishes its result, opens the pane, completes the event. */
export async function runCommand(action: CommandAction, event: Office.AddinCommands.Event, host: HostPort = excelHost()): Promise<void> {
  try {
    let lang: Lang = "zh-CN";
    try {
      lang = host.language();
      const choice = await host.loadSettings();
      if (action === "validate") {
        const report = await runValidate(host, choice);
        publishResult({ action, ok: true, report, at: Date.now() });
        console.info(`Jixiao: ${summaryLine(action, report, lang)}`);
      } else {
        const report = await runScore(host, choice);
        publishResult({ action, ok: true, report, at: Date.now() });
        console.info(`Jixiao: ${summaryLine(action, report, lang)}`);
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      publishResult({ action, ok: false, message, at: Date.now() });
      console.error(`Jixiao: ${action} failed: ${message}`, error);
    }
    await showPane();
  } finally {
    try {
      event.completed();
    } catch (error) {
      console.error("Jixiao: event.completed() failed", error);
    }
  }
}

export function validate(event: Office.AddinCommands.Event): Promise<void> {
  return runCommand("validate", event);
}

export function score(event: Office.AddinCommands.Event): Promise<void> {
  return runCommand("score", event);
}

/** 清除评分 from the ribbon: everything Score wrote goes, what staff wrote since stays (DESIGN §5). */
export async function clearScore(event: Office.AddinCommands.Event, host: HostPort = excelHost()): Promise<void> {
  try {
    const result = await runClearScore(host, await host.loadSettings());
    console.info(`Jixiao: 清除评分 done; kept ${result.keptCells.length} cell(s) edited since scoring, ${result.keptSheets.length} sheet(s) with remarks`);
  } catch (error) {
    console.error(`Jixiao: clear score failed: ${error instanceof Error ? error.message : String(error)}`, error);
  } finally {
    try {
      event.completed();
    } catch (error) {
      console.error("Jixiao: event.completed() failed", error);
    }
  }
}

/**
 * 新建台账 from the ribbon (DESIGN §3): the log sheet with its dropdowns appears in the workbook —
 * that is what staff see; what happened, or why not, goes to the log.
 */
export async function logTemplate(event: Office.AddinCommands.Event, host: HostPort = excelHost()): Promise<void> {
  try {
    const lang = host.language();
    // Loaded on the click: the ribbon's code is part of the pane's budgeted first load (taskpane.html).
    const [{ runLogTemplate }, { logTemplateLine }] = await Promise.all([import(/* webpackChunkName: "core" */ "../app/year-actions"), import(/* webpackChunkName: "core" */ "./log-template-line")]);
    const result = await runLogTemplate(host, await host.loadSettings());
    console.info(`Jixiao: ${logTemplateLine(result, lang)}`);
  } catch (error) {
    console.error(`Jixiao: 新建台账 failed: ${error instanceof Error ? error.message : String(error)}`, error);
  } finally {
    try {
      event.completed();
    } catch (error) {
      console.error("Jixiao: event.completed() failed", error);
    }
  }
}

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    // Nothing to prepare: the host reads the workbook when a button is clicked.
  });
  Office.actions?.associate("validate", validate);
  Office.actions?.associate("score", score);
  Office.actions?.associate("clearScore", clearScore);
  Office.actions?.associate("logTemplate", logTemplate);
}
