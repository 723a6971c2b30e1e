/**
 * How a rule text is understood, for people: `jixiao rule` prints explainRule's document as JSON
 * (DESIGN §6) and describeRule's paragraph as text, so staff can check a rule before writing it.
 */
import type { Band, Grade, RuleKind, ScoringRule } from "./types";
import { parseRule } from "./parse";

export type { Lang } from "../lang";
import type { Lang } from "../lang";

/** The `jixiao rule --json` document (DESIGN §6). */
export type RuleDocument = {
  text: string;
  /** Null where the text states no points (the 分值 column then supplies them). */
  full: number | null;
  rule: RuleKind;
  unit: string;
} & Record<string, unknown>;

/**
 * `{ text, full, rule, unit, …parameters }`: the parse, with the fields people look for first
 * (the parameters are those of the rule's form: step, points, gap, bands, grades …).
 */
export function explainRule(text: string): RuleDocument {
  const { text: verbatim, full, rule, unit, ...parameters } = parseRule(text);
  return { text: verbatim, full, rule, unit, ...parameters };
}

/** `0.04`, `12`, never `0.30000000000000004`. */
function n(x: number): string {
  return String(Number(x.toPrecision(12)));
}

function unitZh(unit: string): string {
  if (unit === "%") return "个百分点";
  return unit === "" ? "个单位" : unit;
}

function unitEn(unit: string): string {
  if (unit === "%") return "percentage point(s)";
  return unit === "" ? "unit(s)" : unit;
}

function bandRangeZh(b: Band, u: string): string {
  const inc = (yes: boolean) => (yes ? "（含）" : "（不含）");
  if (b.min !== null && b.max !== null) {
    return `${n(b.min)}${u}${inc(b.minInclusive)}至${n(b.max)}${u}${inc(b.maxInclusive)}`;
  }
  if (b.min !== null) return `${n(b.min)}${u}${b.minInclusive ? "及以上" : "以上（不含）"}`;
  if (b.max !== null) return `${b.maxInclusive ? "" : "低于"}${n(b.max)}${u}${b.maxInclusive ? "及以下" : ""}`;
  return "其他";
}

function bandRangeEn(b: Band, u: string): string {
  if (b.min !== null && b.max !== null) {
    return `${n(b.min)}${u} ${b.minInclusive ? "≤" : "<"} x ${b.maxInclusive ? "≤" : "<"} ${n(b.max)}${u}`;
  }
  if (b.min !== null) return `x ${b.minInclusive ? "≥" : ">"} ${n(b.min)}${u}`;
  if (b.max !== null) return `x ${b.maxInclusive ? "≤" : "<"} ${n(b.max)}${u}`;
  return "otherwise";
}

function limitZh(r: { floor: number; maxDeduction: number | null }): string {
  return r.maxDeduction !== null ? `，最多扣 ${n(r.maxDeduction)} 分` : r.floor > 0 ? `，最低 ${n(r.floor)} 分` : "，扣完为止";
}

function limitEn(r: { floor: number; maxDeduction: number | null }): string {
  return r.maxDeduction !== null ? `, at most ${n(r.maxDeduction)} off` : r.floor > 0 ? `, never below ${n(r.floor)}` : ", down to 0";
}

function pointsZh(p: { points: number | null; deduct?: true; range?: { low: number; high: number }; share?: number }): string {
  if (p.range) return `得 ${n(p.range.low)}–${n(p.range.high)} 分（档内按比例）`;
  if (p.share !== undefined) return `得满分的 ${n(p.share * 100)}%`;
  if (p.points === null) return "得满分";
  if (p.deduct) return `扣 ${n(p.points)} 分`;
  return p.points === 0 ? "不得分" : `得 ${n(p.points)} 分`;
}

function pointsEn(p: { points: number | null; deduct?: true; range?: { low: number; high: number }; share?: number }): string {
  if (p.range) return `${n(p.range.low)}–${n(p.range.high)} (linear within the band)`;
  if (p.share !== undefined) return `${n(p.share * 100)}% of full`;
  if (p.points === null) return "full points";
  return p.deduct ? `${n(p.points)} off` : `${n(p.points)}`;
}

function gradeZh(g: Grade): string {
  return `${g.word}${pointsZh(g)}`;
}

function gradeEn(g: Grade): string {
  return `${g.word} → ${pointsEn(g)}`;
}

function describeZh(r: ScoringRule): string {
  const notes = (r.notApplicableFull ? "；无此项任务（实际值为 无 / 不适用 / 不涉及）时得满分" : "") + (r.discretion ? "；文字要求酌情打分，结果供参考，可人工调整" : "");
  return describeFormZh(r) + notes;
}

function describeFormZh(r: ScoringRule): string {
  const head = r.full === null ? "满分未写明（取分值列）" : `满分 ${n(r.full)} 分`;
  switch (r.rule) {
    case "per-occurrence": {
      const clauses = r.clauses.length > 1 ? `（${r.clauses.map((c) => `${c.word}扣 ${n(c.points)} 分`).join("，")}；未注明类别的按第一项计）` : "";
      return `${head}；按次扣分：超出目标值的每 ${n(r.step)} ${r.unit || "次"}扣 ${n(r.points)} 分${clauses}${limitZh(r)}`;
    }
    case "deviation":
      return `${head}；按偏差扣分：实际值与目标值相差（多或少都算）每 ${n(r.step)} ${unitZh(r.unit)}扣 ${n(r.points)} 分（不足一档按一档计）${limitZh(r)}`;
    case "per-unit":
      return `${head}；按件计分：每完成 ${n(r.step)} ${unitZh(r.unit)}得 ${n(r.points)} 分${
        r.full === null ? "，最多得满分" : `，最多 ${n(r.full)} 分`
      }`;
    case "deduction": {
      const way = r.gap === "shortfall" ? "比目标值每少" : r.gap === "excess" ? "比目标值每超出" : "与目标值每相差";
      const note = r.gap === "auto" ? "；目标为上限（≤、<）时计超出部分，否则计不足部分" : "";
      const limit =
        r.maxDeduction !== null
          ? `，最多扣 ${n(r.maxDeduction)} 分`
          : r.floor > 0
            ? `，最低 ${n(r.floor)} 分`
            : "，扣完为止";
      return `${head}；按差距扣分：${way} ${n(r.step)} ${unitZh(r.unit)}扣 ${n(r.points)} 分（不足一档按一档计${note}）${limit}`;
    }
    case "all-or-nothing":
      return `${head}；达到目标（${r.condition}）得满分，未达到不得分`;
    case "proportional":
      return `${head}；按完成比例计分：满分 × min(1, 实际值 ÷ 目标值)；目标为上限（≤、<）时为 满分 × min(1, 目标值 ÷ 实际值)`;
    case "bands": {
      const u = r.percent ? "%" : r.unit;
      const list = r.bands.map((b) => `${bandRangeZh(b, u)}${pointsZh(b)}`).join("；");
      if (r.bands.every((b) => b.deduct))
        return `${head}；分档扣分${r.percent ? "（按百分比）" : ""}：${list}；${r.cumulative ? "各档累计扣分" : "只按最重的一档扣分"}，不在任何一档内不扣分`;
      return `${head}；分档计分${r.percent ? "（按百分比）" : ""}：${list}；不在任何一档内不得分`;
    }
    case "graded":
      return `${head}；按等级计分：${r.grades.map(gradeZh).join("，")}`;
    case "default":
      return `${head}；未识别出评分方式，按财政部通用办法计分：定量指标 满分 × min(1, 实际值 ÷ 目标值)（越低越好的指标用 目标值 ÷ 实际值）；定性指标 达成得满分，良/基本达成得 80%，中/部分达成得 60%，差/未达成不得分`;
  }
}

function describeEn(r: ScoringRule): string {
  const notes =
    (r.notApplicableFull ? "; full points when the task does not apply (actual 无 / 不适用 / 不涉及)" : "") +
    (r.discretion ? "; the text leaves the points to judgement: the score is a suggestion staff may adjust" : "");
  return describeFormEn(r) + notes;
}

function describeFormEn(r: ScoringRule): string {
  const head = r.full === null ? "Full points not stated (taken from the 分值 column)" : `Full points ${n(r.full)}`;
  switch (r.rule) {
    case "per-occurrence": {
      const clauses = r.clauses.length > 1 ? ` (${r.clauses.map((c) => `${c.word}: ${n(c.points)} off`).join(", ")}; an occurrence naming none counts as the first)` : "";
      return `${head}; per occurrence: ${n(r.points)} off for every ${n(r.step)} ${r.unit || "occurrence(s)"} above the target${clauses}${limitEn(r)}`;
    }
    case "deviation":
      return `${head}; deviation: ${n(r.points)} off for every ${n(r.step)} ${unitEn(r.unit)} (or part of it) the actual differs from the target, either way${limitEn(r)}`;
    case "per-unit":
      return `${head}; per unit: ${n(r.points)} point(s) for every ${n(r.step)} ${unitEn(r.unit)} completed, at most ${
        r.full === null ? "the full points" : n(r.full)
      }`;
    case "deduction": {
      const way =
        r.gap === "shortfall"
          ? "short of the target"
          : r.gap === "excess"
            ? "over the target"
            : "of gap to the target (the excess for upper-bound targets, the shortfall otherwise)";
      const limit =
        r.maxDeduction !== null
          ? `, at most ${n(r.maxDeduction)} off`
          : r.floor > 0
            ? `, never below ${n(r.floor)}`
            : ", down to 0";
      return `${head}; deduction: ${n(r.points)} off for every ${n(r.step)} ${unitEn(r.unit)} (or part of it) ${way}${limit}`;
    }
    case "all-or-nothing":
      return `${head}; all or nothing: full points when the target is met (${r.condition}), otherwise 0`;
    case "proportional":
      return `${head}; proportional: full × min(1, actual ÷ target); for upper-bound targets (≤, <) full × min(1, target ÷ actual)`;
    case "bands": {
      const u = r.percent ? "%" : r.unit === "" ? "" : ` ${r.unit}`;
      const list = r.bands.map((b) => `${bandRangeEn(b, u)}: ${pointsEn(b)}`).join("; ");
      if (r.bands.every((b) => b.deduct))
        return `${head}; deduction bands${r.percent ? " (percent)" : ""}: ${list}; ${r.cumulative ? "bands add up" : "only the most severe band that applies"}; outside every band: nothing off`;
      return `${head}; bands${r.percent ? " (percent)" : ""}: ${list}; outside every band: 0`;
    }
    case "graded":
      return `${head}; graded: ${r.grades.map(gradeEn).join(", ")}`;
    case "default":
      return `${head}; rule not recognised, national default: quantitative full × min(1, actual ÷ target) (target ÷ actual when lower is better); qualitative met → full, 良/基本达成 80%, 中/部分达成 60%, 差/未达成 0`;
  }
}

/** One paragraph saying how the rule scores, e.g. `满分 12 分；按件计分：每完成 1 期得 1 分，最多 12 分`. */
export function describeRule(rule: ScoringRule, lang: Lang): string {
  return lang === "en" ? describeEn(rule) : describeZh(rule);
}
