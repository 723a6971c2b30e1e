/** The ribbon's log line after 新建台账; loaded with the click, not with the page (taskpane_gz_kb). */
import type { Lang } from "../core";

/** One line for the log after 新建台账: the sheet made, or only its dropdown's list updated. */
export function logTemplateLine(result: { sheet: string; names: string[]; listOnly: boolean }, lang: Lang): string {
  const n = result.names.length;
  if (lang === "en")
    return result.listOnly ? `新建台账 done: ${result.sheet} exists; its 三级指标 list now holds the table's ${n} indicators.` : `新建台账 done: ${result.sheet} added, its 三级指标 dropdown listing the table's ${n} indicators.`;
  return result.listOnly ? `新建台账完成：已有台账「${result.sheet}」，只更新了三级指标下拉列表（${n} 个指标）。` : `新建台账完成：已添加「${result.sheet}」，三级指标可从下拉列表选择（${n} 个指标）。`;
}

