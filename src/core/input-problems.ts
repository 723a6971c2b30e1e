/**
 * Input the core cannot work with at all (DESIGN §6: exit 2; the pane shows it in place of a
 * report), as Problems: a closed code list, each code's parameters and its message in both
 * languages. InputError (analyze.ts) carries one of them.
 */
import type { Lang } from "./lang";
import { problemMessage, type Problem, type ProblemMessages } from "./problem";

export type InputProblemParams = {
  /** The workbook has no sheet at all. */
  "no-sheets": Record<string, never>;
  /** `--sheet` / the pane's choice names a sheet the workbook does not have. */
  "sheet-not-found": { name: string; sheets: string[] };
  "log-sheet-not-found": { name: string };
  /** The log template needs the indicator table, and there is none. */
  "log-no-table": Record<string, never>;
  /** The log template's sheet name is taken by a sheet that is not a log. */
  "log-sheet-taken": { sheet: string };
  /** Monitoring: the as-of date is outside the project's year. */
  "as-of-outside-year": { day: string; year: number };
};

export type InputProblemCode = keyof InputProblemParams;
export type CoreInputProblem = { [C in InputProblemCode]: Problem<C, InputProblemParams[C]> }[InputProblemCode];

export const INPUT_MESSAGES: ProblemMessages<InputProblemParams> = {
  "no-sheets": { "zh-CN": () => "工作簿中没有工作表。", en: () => "The workbook has no sheets." },
  "sheet-not-found": {
    "zh-CN": (p) => `找不到工作表「${p.name}」。${p.sheets.length ? `工作簿中的工作表：${p.sheets.join("、")}` : ""}`,
    en: (p) => `No sheet named "${p.name}".${p.sheets.length ? ` The workbook has: ${p.sheets.join(", ")}` : ""}`,
  },
  "log-sheet-not-found": { "zh-CN": (p) => `找不到台账工作表「${p.name}」。`, en: (p) => `No log sheet named "${p.name}".` },
  "log-no-table": {
    "zh-CN": () => "没有找到指标表，无法生成台账：请先让目标表有「三级指标」和「指标值」两列的表头。",
    en: () => "No indicator table was found, so no log can be made: give the target sheet a header with 三级指标 and 指标值.",
  },
  "log-sheet-taken": {
    "zh-CN": (p) => `已有工作表「${p.sheet}」，但它的表头不是台账的表头（需要「三级指标」和「完成值」两列）：请补上表头，或把它改名后再生成台账。`,
    en: (p) => `A sheet named ${p.sheet} exists but its header is not a log's (it needs 三级指标 and 完成值 columns): add them, or rename the sheet and make the log again.`,
  },
  "as-of-outside-year": {
    "zh-CN": (p) => `监控日 ${p.day} 不在项目年度 ${p.year} 年内：请用 ${p.year}-01-01 到 ${p.year}-12-31 之间的日期（如 ${p.year}-06-30）。`,
    en: (p) => `The as-of date ${p.day} is outside the project's year ${p.year}: use a date from ${p.year}-01-01 to ${p.year}-12-31 (e.g. ${p.year}-06-30).`,
  },
};

export function inputMessage(problem: CoreInputProblem, lang: Lang = "zh-CN"): string {
  return problemMessage(INPUT_MESSAGES as ProblemMessages<Record<string, object>>, problem as Problem<string, object>, lang);
}
