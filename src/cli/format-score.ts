/** The score table the CLI prints: one line per indicator, then the total and the grade. */
import type { Lang } from "../core/issues";
import type { ScoreResult } from "../core/report";
import { pad } from "./format";

export function formatScore(score: ScoreResult, lang: Lang): string {
  const zh = lang === "zh-CN";
  const show = (v: number | string | null) => (v === null ? "—" : String(v));
  const lines = [zh ? "行号  三级指标                                  目标        实际值      得分/满分" : "Row   Indicator                                 Target      Actual      Score/Full"];
  for (const i of score.indicators) {
    // Units only after numbers: `=12期`, `>=98%`, but `=不定期`, `=合格`.
    const unit = (v: number | string | null) => (typeof v === "number" ? i.unit : "");
    const target = `${i.operator && i.operator !== "定性" ? i.operator : ""}${show(i.target)}${unit(i.target)}`;
    const actual = `${show(i.actual)}${unit(i.actual)}`;
    lines.push(`${pad(String(i.row), 5)} ${pad(truncate(i.name, 40), 41)} ${pad(target, 11)} ${pad(actual, 11)} ${show(i.score)}/${show(i.full)}`);
  }
  if (score.budget) {
    const b = score.budget;
    lines.push(zh ? `预算执行率 ${b.rate === null ? "—" : (b.rate * 100).toFixed(2) + "%"}，得分 ${show(b.score)}/${b.full}` : `Budget execution ${b.rate === null ? "—" : (b.rate * 100).toFixed(2) + "%"}, score ${show(b.score)}/${b.full}`);
  }
  lines.push(
    zh
      ? `总分 ${score.total} / ${score.max}，等级：${score.grade}${score.complete ? "" : "（数据不完整：部分指标缺少完成数据）"}`
      : `Total ${score.total} / ${score.max}, grade: ${score.grade}${score.complete ? "" : " (incomplete: some indicators have no data)"}`,
  );
  return lines.join("\n");
}

function truncate(s: string, width: number): string {
  let w = 0;
  let out = "";
  for (const ch of s) {
    w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
    if (w > width - 1) return out + "…";
    out += ch;
  }
  return out;
}
