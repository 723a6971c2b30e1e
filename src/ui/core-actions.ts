/**
 * What the pane needs from the core, in one module the pane loads when it first needs it (after
 * the first paint): reading, checking and scoring are not needed to show the buttons and pickers,
 * and the core is a large part of the pane's JavaScript (see docs/benchmarks.md, taskpane_gz_kb).
 */
export { runClearFlags, runClearScore, runScore, runValidate } from "../app/controller";
export { runLogTemplate, runMonitor, type MonitorRun } from "../app/year-actions";
export { detectSheets } from "./detect-sheets";
export { renderIssue } from "../core/locales";
export { unscoredCount } from "../core/score/reasons";
export { listedSheets } from "./sheet-candidates";
export { profileChoices } from "./profile-choices";
export { runPaneAction } from "./pane-actions";
