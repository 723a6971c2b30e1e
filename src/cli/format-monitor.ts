/**
 * The monitoring table the CLI prints (DESIGN §9): one line per indicator — target, value to
 * date, projection, likelihood with its light — then the budget's execution against time.
 */
import type { Lang } from "../core/issues";
import type { MonitorResult } from "../core/monitor/monitor";
import { pad } from "./format";
import { truncate } from "./format-score";

const LIGHT_SHOWN = { green: "●绿", yellow: "●黄", red: "●红" } as const;
const LIGHT_EN = { green: "green", yellow: "yellow", red: "red" } as const;
const LIKELIHOOD_EN = { 确定能: "certain", 有可能: "possible", 完全不可能: "impossible" } as const;

export function formatMonitor(m: MonitorResult, lang: Lang): string {
  const zh = lang === "zh-CN";
  const show = (v: number | string | null, unit = "") => (v === null ? "—" : typeof v === "number" ? `${v}${unit}` : v);
  const lines = [
    zh
      ? `监控日 ${m.asOf}（${m.year} 年第 ${m.elapsedDays} 天，共 ${m.daysInYear} 天）`
      : `As of ${m.asOf} (day ${m.elapsedDays} of ${m.daysInYear} in ${m.year})`,
    zh ? "行号  三级指标                                  目标        截至监控日  全年预计    可能性" : "Row   Indicator                                 Target      To date     Projected   Likelihood",
  ];
  for (const i of m.indicators) {
    const op = i.operator && i.operator !== "定性" ? i.operator : "";
    const unit = (v: number | string | null) => (typeof v === "number" ? i.unit : "");
    const likely = i.likelihood === null ? "—" : zh ? `${i.likelihood} ${LIGHT_SHOWN[i.light!]}` : `${LIKELIHOOD_EN[i.likelihood]} (${LIGHT_EN[i.light!]})`;
    lines.push(
      `${pad(String(i.row), 5)} ${pad(truncate(i.name, 40), 41)} ${pad(op + show(i.target, unit(i.target)), 11)} ${pad(show(i.toDate, unit(i.toDate)), 11)} ${pad(show(i.projected, unit(i.projected)), 11)} ${likely}`,
    );
  }
  if (m.budget) {
    const b = m.budget;
    const p = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(2)}%`);
    const lag = b.lagging ? (zh ? "，执行进度落后时间进度超过 10 个百分点" : ", execution lags time by more than 10 points") : "";
    lines.push(
      zh
        ? `预算执行：执行进度 ${p(b.execution)}，时间进度 ${p(b.time)}，全年预计执行率 ${p(b.projectedRate)}${lag}`
        : `Budget: execution ${p(b.execution)}, time elapsed ${p(b.time)}, projected for the year ${p(b.projectedRate)}${lag}`,
    );
  }
  return lines.join("\n");
}
