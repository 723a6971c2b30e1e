/**
 * `jixiao rule "<评（扣）分标准 text>" [--target <指标值>] [--actual <value>] [--full <points>]
 * [--profile NAME|FILE.json] [--json]`: how a rule text is understood, without a workbook; with
 * --actual, what Score gives for that actual under the scoring profile, and the arithmetic
 * (DESIGN §6, §10).
 */
import type { Lang } from "../core/issues";
import { profileLabel, whatIfUnderProfile } from "../core";
import { describeRule, explainRule, parseRule } from "../core/rules";
import { QUALITATIVE_LABEL } from "../core/rules/formulas";
import { formatPoints } from "../core/score-line";
import { EXIT, type Output } from "./output";
import { loadProfileFlag } from "./profile-flag";
import { reportUnusable } from "./validate-command";

export interface RuleFlags {
  json?: boolean;
  lang: Lang;
  target?: string;
  actual?: string;
  full?: string;
  profile?: string;
}

export async function ruleCommand(text: string, flags: RuleFlags, out: Output): Promise<number> {
  const en = flags.lang === "en";
  const full = flags.full === undefined ? undefined : Number(flags.full);
  if (full !== undefined && !(Number.isFinite(full) && full >= 0)) {
    out.stderr(en ? `--full must be a number of points, not "${flags.full}".` : `--full 应为分数（数字），不能是「${flags.full}」。`);
    return EXIT.unusable;
  }
  let profile;
  try {
    profile = await loadProfileFlag(flags.profile);
  } catch (err) {
    return reportUnusable(flags.profile ?? "", err, { lang: flags.lang }, out);
  }
  const scored = flags.actual === undefined ? null : whatIfUnderProfile(text, { target: flags.target, actual: flags.actual, full }, profile, flags.lang);
  if (flags.json) {
    out.stdout(JSON.stringify(scored ? { ...explainRule(text), whatIf: scored } : explainRule(text)));
    return EXIT.ok;
  }
  out.stdout(describeRule(parseRule(text), flags.lang));
  if (scored) {
    const head = en ? `Target ${flags.target ?? "(none)"}, actual ${flags.actual}:` : `目标值 ${flags.target ?? "（未给出）"}，实际值 ${flags.actual}：`;
    const lines = [head, ...(en ? scored.working.en : scored.working.zh).map((l) => `  ${l}`)];
    // What the profile changed, after the rule's own arithmetic; named only when it is not §5's.
    for (const a of scored.adjustments ?? []) lines.push(`  ${a.message}`);
    if (scored.band) {
      const { grade, low, high } = scored.band;
      lines.push(
        en
          ? `  Staff may choose a score within ${QUALITATIVE_LABEL[grade].en}: ${formatPoints(low)}–${formatPoints(high)} points`
          : `  可在「${QUALITATIVE_LABEL[grade]["zh-CN"]}」的分值区间 ${formatPoints(low)}–${formatPoints(high)} 分内自选得分`,
      );
    }
    if (scored.adjustments?.length) lines.push(en ? `  Score: ${scored.score === null ? "—" : formatPoints(scored.score)}` : `  得分：${scored.score === null ? "—" : formatPoints(scored.score)}`);
    lines.push(en ? `Scoring profile: ${profileLabel(profile, "en")}` : `评分方案：${profileLabel(profile)}`);
    out.stdout(lines.join("\n"));
  }
  return EXIT.ok;
}
