/** `jixiao rule "<评（扣）分标准 text>" [--json]`: how a rule text is understood, without a workbook. */
import type { Lang } from "../core/issues";
import { describeRule, explainRule, parseRule } from "../core/rules";
import { EXIT, type Output } from "./output";

export function ruleCommand(text: string, flags: { json?: boolean; lang: Lang }, out: Output): number {
  if (flags.json) out.stdout(JSON.stringify(explainRule(text)));
  else out.stdout(describeRule(parseRule(text), flags.lang));
  return EXIT.ok;
}
