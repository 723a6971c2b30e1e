/**
 * `jixiao rule "<text>" --target 12 --actual 10`: what Score would give for one actual, with the
 * arithmetic. The target is read as a 指标值 cell is (`≥95%`, `12`, `2022年12月31日前`, `合格`),
 * the actual as a typed 实际完成值 (a number, `98%`, a date, a word).
 */
import type { Operator, Target } from "../indicator";
import { parseDateTarget } from "../table/date-target";
import { parseTargetValue } from "../table/value";
import { parseDate } from "../log/dates";
import { parseRule } from "./parse";
import { scoreRuleWithWorking, type Working } from "./evaluate";
import type { RuleFormulas } from "./formulas";

export interface WhatIf {
  full: number | null;
  operator: Operator | null;
  target: Target | null;
  actual: number | string;
  score: number | null;
  met: boolean | null;
  working: Working;
}

/** Null `full` when neither the text nor `--full` gives the points (the caller says so). */
export function whatIf(text: string, opts: { target?: string; actual: string; full?: number; formulas?: RuleFormulas }): WhatIf {
  const rule = parseRule(text);
  const full = opts.full ?? rule.full;
  const parsedTarget = readTarget(opts.target ?? "");
  const target = parsedTarget.target;
  const operator = parsedTarget.operator ?? (target === null ? null : target.kind === "word" ? "定性" : target.kind === "date" ? "<=" : ">=");
  const actual = readActual(opts.actual, target);
  if (full === null) return { full, operator, target, actual, score: null, met: null, working: { zh: ["评分标准未写明满分：请用 --full 给出分值"], en: ["The rule states no full points: give them with --full"] } };
  const r = scoreRuleWithWorking({ rule, full, operator, target, actual, formulas: opts.formulas });
  return { full, operator, target, actual, score: r.score, met: r.met, working: r.working };
}

function readTarget(text: string): { target: Target | null; operator: Operator | null } {
  if (text.trim() === "") return { target: null, operator: null };
  const date = parseDateTarget(text, text, "", "");
  if (date) return { target: date.target, operator: date.operator };
  const v = parseTargetValue(text, text);
  return { target: v.target, operator: v.operator };
}

/** A number stays a number (`98%` → 98), a date becomes its serial, anything else is a word. */
function readActual(text: string, target: Target | null): number | string {
  const t = text.trim();
  if (target?.kind === "date") return parseDate(null, t) ?? t;
  const n = Number(t.replace(/[,，%％]/g, ""));
  return t !== "" && Number.isFinite(n) && /^[-+]?[\d.,，]+[%％]?$/.test(t) ? n : t;
}
