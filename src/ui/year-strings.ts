/**
 * The words of 监控 (DESIGN §9) in the pane: the date field and the monitoring table, in Simplified
 * Chinese and English. Apart from ./i18n.ts because only the lazy parts that show them
 * (components/MonitorBar, components/MonitorTable) load them: the first paint is budgeted.
 */
import type { Lang } from "../core";
import type { Light, Likelihood } from "../core/monitor/likelihood";

export interface YearStrings {
  /** The date field (监控日) and what it does. */
  asOf: string;
  asOfHint: string;
  heading: string;
  /** `监控日 2022-06-30（2022 年第 181 天，共 365 天）`. */
  period: (asOf: string, year: number, day: number, days: number) => string;
  profileUsed: (label: string) => string;
  counts: (green: number, yellow: number, red: number) => string;
  /** The traffic light named in words (never colour alone). */
  light: Record<Light, string>;
  likelihood: Record<Likelihood, string>;
  caption: string;
  col: { indicator: string; light: string; toDate: string; projected: string };
  target: (target: string) => string;
  noEntries: string;
  later: (n: number) => string;
  goToRow: (sheet: string, cell: string) => string;
  budgetHeading: string;
  budget: { initial: string; planned: string; spent: string; execution: string; time: string; projectedRate: string };
  lagging: (points: string, limit: number) => string;
  noBudget: string;
}

const zhCN: YearStrings = {
  asOf: "监控日",
  asOfHint: "统计台账中截至该日（含）的记录，并按已过天数折算全年。",
  heading: "运行监控结果",
  period: (asOf, year, day, days) => `监控日 ${asOf}（${year} 年第 ${day} 天，共 ${days} 天）`,
  profileUsed: (label) => `评分方案：${label}`,
  counts: (g, y, r) => `确定能 ${g} 项 · 有可能 ${y} 项 · 完全不可能 ${r} 项`,
  light: { green: "绿灯", yellow: "黄灯", red: "红灯" },
  likelihood: { 确定能: "确定能", 有可能: "有可能", 完全不可能: "完全不可能" },
  caption: "各指标执行情况（点击指标可定位到绩效监控表中的行）",
  col: { indicator: "三级指标", light: "完成目标可能性", toDate: "截至监控日", projected: "全年预计" },
  target: (target) => `目标 ${target}`,
  noEntries: "尚无记录",
  later: (n) => `（监控日后的 ${n} 条记录未计入）`,
  goToRow: (sheet, cell) => `定位到「${sheet}」${cell}`,
  budgetHeading: "预算执行（万元）",
  budget: { initial: "年初预算数", planned: "全年预算数", spent: "截至监控日执行数", execution: "执行进度", time: "时间进度", projectedRate: "全年预计执行率" },
  lagging: (points, limit) => `执行进度落后时间进度 ${points} 个百分点（超过 ${limit} 个百分点）。`,
  noBudget: "目标表中没有预算执行（资金）部分，未计算执行进度。",
};

const en: YearStrings = {
  asOf: "As of",
  asOfHint: "Counts the log's entries up to this day (inclusive) and projects them over the year.",
  heading: "Monitoring",
  period: (asOf, year, day, days) => `As of ${asOf} (day ${day} of ${days} in ${year})`,
  profileUsed: (label) => `Scoring profile: ${label}`,
  counts: (g, y, r) => `${g} certain · ${y} possible · ${r} impossible`,
  light: { green: "green", yellow: "amber", red: "red" },
  likelihood: { 确定能: "certain", 有可能: "possible", 完全不可能: "impossible" },
  caption: "Each indicator so far (click one to go to its row on the monitoring sheet)",
  col: { indicator: "Indicator", light: "Likelihood", toDate: "To date", projected: "Projected" },
  target: (target) => `Target ${target}`,
  noEntries: "no entries yet",
  later: (n) => ` (${n} entr${n === 1 ? "y" : "ies"} after the date left out)`,
  goToRow: (sheet, cell) => `Go to ${cell} on ${sheet}`,
  budgetHeading: "Budget execution (万元)",
  budget: { initial: "Initial budget", planned: "Budget for the year", spent: "Spent to date", execution: "Execution", time: "Time elapsed", projectedRate: "Projected for the year" },
  lagging: (points, limit) => `Execution lags the time elapsed by ${points} points (more than ${limit}).`,
  noBudget: "The target table has no budget block (资金), so execution is not computed.",
};

const STRINGS: Record<Lang, YearStrings> = { "zh-CN": zhCN, en };

export function yearStringsFor(lang: Lang): YearStrings {
  return STRINGS[lang] ?? zhCN;
}
