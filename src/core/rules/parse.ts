/**
 * parseRule: a 评（扣）分标准 text → ScoringRule (DESIGN §5). The text is normalised, the total
 * it states is taken out (`12分，…`), then the body is tried against each form, most specific
 * first: a formula (proportional) before a deduction (`每…扣`) before points per unit
 * (`每…得`), then the points clauses as number bands or as words. Anything else is `default`.
 */
import type { ScoringRule } from "./types";
import { readBands } from "./bands";
import { matchDeduction } from "./deduction";
import { extractLimits } from "./floors";
import { readWords } from "./grades";
import { matchPerUnit } from "./perUnit";
import { extractTotal, largestAward, scanMarks } from "./points";
import { formulaPoints, matchProportional } from "./proportional";
import { normalizeRuleText } from "./ruleText";
import { readModifiers } from "./modifiers";
import { matchOccurrenceClauses } from "./occurrence";
import { readCheckboxGrades } from "./checkbox";
import { validPoints } from "../points";

/** Never throws: whatever arrives (a cell's value may be anything), a rule comes back. */
export function parseRule(text: string): ScoringRule {
  const verbatim = typeof text === "string" ? text : String(text ?? "");
  try {
    const rule = parseText(verbatim);
    // `5000分`, `99999999999999999999分`: not full points any table can have (rule-unparsed).
    return rule.full === null || validPoints(rule.full) !== null ? rule : { ...rule, full: null };
  } catch {
    return { rule: "default", text: verbatim, full: null, unit: "" };
  }
}

function parseText(text: string): ScoringRule {
  const { total, body: afterTotal } = extractTotal(normalizeRuleText(text));
  const modifiers = readModifiers(afterTotal);
  let rule = parseBody(text, total, modifiers.body);
  // `未建立制度不得分,落实不好的酌情扣分`: word clauses left to judgement are the national default.
  if (modifiers.discretion && (rule.rule === "all-or-nothing" || rule.rule === "graded")) rule = { rule: "default", text, full: rule.full, unit: "" };
  if (modifiers.notApplicableFull) rule.notApplicableFull = true;
  if (modifiers.discretion && rule.rule === "default") rule.discretion = true;
  return rule;
}

function parseBody(text: string, total: number | null, afterModifiers: string): ScoringRule {
  const limits = extractLimits(afterModifiers);
  const body = limits.body;
  const marks = scanMarks(body);

  if (matchProportional(body)) {
    return { rule: "proportional", text, full: total ?? formulaPoints(body), unit: "" };
  }

  const deduction = matchDeduction(body);
  if (deduction) {
    // `达到95%得20分,每减少…`: the award the deduction starts from; else `扣完20分为止`.
    const full = total ?? largestAward(marks) ?? limits.exhausted;
    const { step, points, unit } = deduction;
    const bounds = { floor: limits.floor, maxDeduction: limits.maxDeduction };
    if (deduction.form === "per-occurrence") {
      // Several clauses with their own points: an occurrence naming none takes the first one's (DESIGN §5 form 7).
      const clauses = marks.filter((m) => m.deduct && m.points !== null).map((m) => ({ word: m.cond, points: m.points! }));
      if (clauses.length > 1) return { rule: "per-occurrence", text, full, unit, step, points: clauses[0].points, clauses, ...bounds };
      return { rule: "per-occurrence", text, full, unit, step, points, clauses: [], ...bounds };
    }
    if (deduction.form === "deviation") return { rule: "deviation", text, full, unit, step, points, ...bounds };
    return { rule: "deduction", text, full, unit, step, points, gap: deduction.gap, ...bounds };
  }

  const occurrences = matchOccurrenceClauses(body);
  if (occurrences) {
    return {
      rule: "per-occurrence",
      text,
      full: total ?? limits.exhausted,
      unit: "",
      step: 1,
      points: occurrences.points,
      clauses: occurrences.clauses,
      floor: limits.floor,
      maxDeduction: limits.maxDeduction,
    };
  }

  const perUnit = matchPerUnit(body);
  if (perUnit) {
    return { rule: "per-unit", text, full: total, ...perUnit };
  }

  const bands = readBands(marks);
  if (bands) {
    const stated = bands.bands.some((b) => b.points === null && !b.deduct)
      ? null // `得满分` without a number: the text does not say how much that is
      : largestAward(marks);
    return {
      rule: "bands",
      text,
      full: total ?? stated,
      unit: bands.unit,
      bands: bands.bands,
      percent: bands.percent,
      ...(bands.bands.every((b) => b.deduct) && /累计|累加|合计扣/.test(body) ? { cumulative: true as const } : {}),
    };
  }

  const checkboxes = readCheckboxGrades(body);
  if (checkboxes) return { rule: "graded", text, full: total, unit: "", grades: checkboxes };

  const words = readWords(marks);
  if (words?.kind === "all-or-nothing") {
    return {
      rule: "all-or-nothing",
      text,
      full: total ?? words.points,
      unit: "",
      condition: words.condition,
    };
  }
  if (words?.kind === "graded") {
    const stated = words.grades.some((g) => g.points === null) ? null : largestAward(marks);
    return { rule: "graded", text, full: total ?? stated, unit: "", grades: words.grades };
  }

  return { rule: "default", text, full: total ?? largestAward(marks), unit: "" };
}
