/**
 * `jixiao log-template <file> --out FILE` (DESIGN §3, §6): a copy with the log sheet made for
 * staff — 完成情况台账 with its dropdowns — or, when the workbook has a log already, with the
 * indicator list behind its dropdown brought up to date (the log itself untouched). The input is
 * never modified.
 */
import type { Lang } from "../core/issues";
import { analyzeWorkbook } from "../core";
import { logTemplatePlan } from "../core/log/template";
import { applyPlan } from "../xlsx/apply-plan";
import { loadGrids } from "./load";
import { checkOutput, checkOutputKind, writeOutput } from "./write-output";
import { EXIT, type Output } from "./output";
import { reportUnusable } from "./validate-command";
import { refuseReadOnly } from "./score-command";

export interface LogTemplateFlags {
  sheet?: string;
  out: string;
  json?: boolean;
  lang: Lang;
}

export async function logTemplateFile(file: string, flags: LogTemplateFlags, out: Output): Promise<number> {
  try {
    await checkOutput(file, flags.out);
    const { bytes, grids, kind, format } = await loadGrids(file);
    refuseReadOnly(file, format);
    checkOutputKind(flags.out, kind);
    const result = logTemplatePlan(grids, analyzeWorkbook(grids, { sheet: flags.sheet }));
    await writeOutput(file, flags.out, kind, await applyPlan(new Uint8Array(bytes), result.plan));
    const en = flags.lang === "en";
    if (flags.json) out.stdout(JSON.stringify({ file, out: flags.out, sheet: result.sheet, listOnly: result.listOnly, indicators: result.names }));
    else if (result.listOnly)
      out.stdout(
        en
          ? `${file} has a log (${result.sheet}): the indicator list of its dropdown now holds the table's ${result.names.length} indicators. Written to ${flags.out}`
          : `${file} 已有台账「${result.sheet}」：只更新了三级指标下拉列表（目标表的 ${result.names.length} 个指标）。已写出：${flags.out}`,
      );
    else
      out.stdout(
        en
          ? `Log sheet ${result.sheet} added, its 三级指标 dropdown listing the table's ${result.names.length} indicators. Written to ${flags.out}`
          : `已添加台账「${result.sheet}」，三级指标可从下拉列表选择（目标表的 ${result.names.length} 个指标）。已写出：${flags.out}`,
      );
    return EXIT.ok;
  } catch (err) {
    return reportUnusable(file, err, flags, out);
  }
}
