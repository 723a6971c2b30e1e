/**
 * The score table the CLI prints: the scoring profile, one line per indicator (an unscored one
 * says why; what the profile changed on the lines under it), then the total and the grade — or,
 * for an incomplete score, `未评定（N 项未能评分）` where the grade goes.
 */
import type { Lang } from "../core/issues";
import type { ScoreResult } from "../core/report";
import { gradeText, notScoredText } from "../core/score/reasons";
import { pad } from "./format";
import { displayWidth } from "../core/text-width";

export function formatScore(score: ScoreResult, lang: Lang): string {
  const zh = lang === "zh-CN";
  const show = (v: number | string | null) => (v === null ? "—" : String(v));
  const lines: string[] = [];
  if (score.profile) lines.push(zh ? `评分方案：${score.profileLabel ?? score.profile}` : `Scoring profile: ${score.profileLabel ?? score.profile}`);
  const adjusted = (list: { message: string }[] | undefined) => {
    for (const a of list ?? []) lines.push(zh ? `      调整：${a.message}` : `      adjusted: ${a.message}`);
  };
  lines.push(zh ? "行号  三级指标                                  目标        实际值      得分/满分" : "Row   Indicator                                 Target      Actual      Score/Full");
  for (const i of score.indicators) {
    // Units only after numbers: `=12期`, `>=98%`, but `=不定期`, `=合格`.
    const unit = (v: number | string | null) => (typeof v === "number" ? i.unit : "");
    const target = `${i.operator && i.operator !== "定性" ? i.operator : ""}${show(i.target)}${unit(i.target)}`;
    const actual = `${show(i.actual)}${unit(i.actual)}`;
    const points = `${show(i.score)}/${show(i.full)}`;
    const why = i.score === null ? `  ${notScoredText(i.reason, lang)}` : "";
    lines.push(`${pad(String(i.row), 5)} ${pad(truncate(i.name, 40), 41)} ${pad(target, 11)} ${pad(actual, 11)} ${why ? pad(points, 9) : points}${why}`);
    adjusted(i.adjustments);
  }
  if (score.budget) {
    const b = score.budget;
    const rate = b.rate === null ? "—" : (b.rate * 100).toFixed(2) + "%";
    const why = b.score === null ? (zh ? `（${notScoredText(b.reason, lang)}）` : ` (${notScoredText(b.reason, lang)})`) : "";
    lines.push(zh ? `预算执行率 ${rate}，得分 ${show(b.score)}/${b.full}${why}` : `Budget execution ${rate}, score ${show(b.score)}/${b.full}${why}`);
    adjusted(b.adjustments);
  }
  adjusted(score.adjustments);
  // Incomplete: the total is what was scored, and there is no grade; nothing scored: no total.
  lines.push(
    zh
      ? `总分 ${show(score.total)} / ${score.max}，等级：${gradeText(score, lang)}`
      : `Total ${show(score.total)} / ${score.max}, grade: ${gradeText(score, lang)}`,
  );
  return lines.join("\n");
}

/** At most `width` columns (the core's width rule, text-width.ts), ending in `…` when cut. */
export function truncate(s: string, width: number): string {
  let w = 0;
  let out = "";
  for (const ch of s) {
    w += displayWidth(ch);
    if (w > width - 1) return out + "…";
    out += ch;
  }
  return out;
}
