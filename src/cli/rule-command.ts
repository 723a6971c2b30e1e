/**
 * `jixiao rule "<评（扣）分标准 text>" [--target <指标值>] [--actual <value>] [--full <points>] [--json]`:
 * how a rule text is understood, without a workbook; with --actual, what Score gives for that
 * actual and the arithmetic (DESIGN §6).
 */
import type { Lang } from "../core/issues";
import { describeRule, explainRule, parseRule, whatIf } from "../core/rules";
import { EXIT, type Output } from "./output";

export interface RuleFlags {
  json?: boolean;
  lang: Lang;
  target?: string;
  actual?: string;
  full?: string;
}

export function ruleCommand(text: string, flags: RuleFlags, out: Output): number {
  const full = flags.full === undefined ? undefined : Number(flags.full);
  if (full !== undefined && !(Number.isFinite(full) && full >= 0)) {
    out.stderr(flags.lang === "en" ? `--full must be a number of points, not "${flags.full}".` : `--full 应为分数（数字），不能是「${flags.full}」。`);
    return EXIT.unusable;
  }
  const scored = flags.actual === undefined ? null : whatIf(text, { target: flags.target, actual: flags.actual, full });
  if (flags.json) {
    out.stdout(JSON.stringify(scored ? { ...explainRule(text), whatIf: scored } : explainRule(text)));
    return EXIT.ok;
  }
  out.stdout(describeRule(parseRule(text), flags.lang));
  if (scored) {
    const en = flags.lang === "en";
    const head = en ? `Target ${flags.target ?? "(none)"}, actual ${flags.actual}:` : `目标值 ${flags.target ?? "（未给出）"}，实际值 ${flags.actual}：`;
    out.stdout([head, ...(en ? scored.working.en : scored.working.zh).map((l) => `  ${l}`)].join("\n"));
  }
  return EXIT.ok;
}
