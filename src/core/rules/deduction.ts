/**
 * Deduction per step (DESIGN §5 form 2): `每少1期扣1分`, `每低于1个百分点扣1分`,
 * `每降低1%扣2分`, `每超过一个百分点扣1分`, `每延迟1天扣1分`, `每项未完成扣1分`.
 * The verb decides which gap is counted: a shortfall below the target or an excess above it.
 */
import type { DeductionRule } from "./types";
import { NUM, knownUnit, num, readUnit, splitNumberUnit } from "./ruleText";

export type DeductionStep = Pick<DeductionRule, "step" | "points" | "gap" | "unit"> & {
  /**
   * Which form the step belongs to (DESIGN §5): a gap to the target (form 2), occurrences counted
   * (form 7: `每发生1起事故扣2分`), or a deviation either way (form 8: `每偏差5%扣1分`).
   */
  form: "deduction" | "per-occurrence" | "deviation";
};

/** Text allowed between 每, the number, and 扣: no digits and no other clause. */
const FREE = "[^\\d每扣得,;]*?";
const DEDUCT = "(?:扣除|扣减|扣)";

/** `每<verb><k><unit><…>扣<x>分`. */
const WITH_STEP = new RegExp(`每(${FREE})${NUM}(${FREE}),?${DEDUCT}${NUM}分`);
/**
 * Without 每, only verbs that can only mean a count take a step (`少报1次扣1分`, `逾期1天扣1分`,
 * `发现一处不符合扣1分`); `低于90%扣2分` is a threshold, not a step, and is left to the bands.
 */
const COUNTED = new RegExp(
  `(少|缺|漏|迟|延迟|推迟|逾期|延期|发现|出现|发生|下降|降低|减少)(?!于)([^\\d每扣得,;]{0,3}?)${NUM}(${FREE}),?${DEDUCT}${NUM}分`,
);
/** `每项未完成扣1分`, `每次扣1分`: no number, one unit. */
const ONE_UNIT = new RegExp(`每([\\u4e00-\\u9fff%]{1,4}?)(${FREE}),?${DEDUCT}${NUM}分`);

/** Words that count both ways: the operator decides (`每偏差1个百分点`). */
const EITHER_WAY = /相差|偏差|偏离|误差|差异|变动|波动|差距/;
/** Words that count the excess above the target: cost overruns, delays, incidents. */
const EXCESS = /超|多|增加|增长|迟|延迟|推迟|逾期|延期|滞后|拖延|晚|高于|上升|提高|发生|发现|出现|违反|违规|投诉|事故|差错|失误/;
/** Words that count the shortfall below the target. */
const SHORTFALL = /少|减少|低于|降低|下降|差|缺|不足|未|短|减|欠|落后/;

/** Words that say what is counted is an occurrence (an incident, a complaint, a problem found). */
const OCCURRENCE = /发生|出现|发现|违反|违规|违纪|投诉|事故|差错|失误|问题|通报|批评|处罚|约谈|案件|举报|事件/;
/** Units occurrences are counted in. */
/** Units that measure an amount or a delay, not occurrences (`每超过1万元`, `每延迟1天`). */
const NOT_OCCURRENCE_UNITS = new Set(["%", "万元", "元", "亿元", "千元", "天", "日", "工作日", "月", "个月", "年", "周", "小时", "分钟"]);

/** Words that count a deviation either way (form 8); 相差 / 差距 leave it to the operator. */
const DEVIATION = /偏差|偏离|误差|差异|变动|波动/;

/**
 * `…的每次扣2分`, `未落实的每项扣1分`: a clause describing a failure, then 每<unit>: each such
 * failure is counted (the failure clause is what 的 ends).
 */
const FAILURE_CLAUSE = /(的|者)$/;

function formOf(words: string, gap: DeductionRule["gap"], unit: string, before = "", body = ""): DeductionStep["form"] {
  // `偏差每超过1个百分点`: the clause before 每 names the deviation.
  if (DEVIATION.test(words) || DEVIATION.test(before.split(/[,;:]/).pop() ?? "")) return "deviation";
  if (NOT_OCCURRENCE_UNITS.has(unit)) return "deduction";
  // `每少1条` counts a shortfall even after a failure clause (`未制定…的,每少1条扣1分`).
  const counted = SHORTFALL.test(words) || EXCESS.test(words.replace(OCCURRENCE, ""));
  if (FAILURE_CLAUSE.test(before) && !counted) return "per-occurrence";
  if (gap !== "shortfall" && (OCCURRENCE.test(words) || OCCURRENCE.test(body))) return "per-occurrence";
  return "deduction";
}

function gapOf(words: string): DeductionRule["gap"] {
  if (EITHER_WAY.test(words)) return "auto";
  if (EXCESS.test(words)) return "excess";
  if (SHORTFALL.test(words)) return "shortfall";
  return "auto";
}

/**
 * The gap the words around 每 name: those after it first (`每超过`), then the clause before it
 * (`迟报、漏报每次扣1分` counts late reports, an excess).
 */
function gapAround(body: string, at: number, after: string): DeductionRule["gap"] {
  const near = gapOf(after);
  if (near !== "auto") return near;
  const clause = body.slice(0, at).split(/[,;:]/).pop() ?? "";
  return gapOf(clause);
}

/** The per-step deduction the body states, or null when it states none. */
export function matchDeduction(body: string): DeductionStep | null {
  const m = WITH_STEP.exec(body);
  if (m) {
    const [, before, rawNum, rawRest, points] = m;
    const { num: n, rest } = splitNumberUnit(rawNum, rawRest);
    const step = num(n);
    const x = num(points);
    if (step > 0 && Number.isFinite(x)) {
      const gap = gapAround(body, m.index, before + rest);
      const unit = readUnit(rest);
      return { step, points: x, gap, unit, form: formOf(before + rest, gap, unit, body.slice(0, m.index).replace(/,$/, ""), body) };
    }
  }
  const c = COUNTED.exec(body);
  if (c) {
    const [, verb, between, rawNum, rawRest, points] = c;
    const { num: n, rest } = splitNumberUnit(rawNum, rawRest);
    const step = num(n);
    const x = num(points);
    if (step > 0 && Number.isFinite(x)) {
      const gap = gapOf(verb + between + rest);
      const unit = readUnit(rest);
      return { step, points: x, gap, unit, form: formOf(verb + between + rest, gap, unit, "", body) };
    }
  }
  const o = ONE_UNIT.exec(body);
  if (o) {
    const [, unitWord, after, points] = o;
    const unit = knownUnit(unitWord + after);
    const x = num(points);
    if (unit !== "" && Number.isFinite(x)) {
      const gap = gapAround(body, o.index, unitWord + after);
      return { step: 1, points: x, gap, unit, form: formOf(unitWord + after, gap, unit, body.slice(0, o.index).replace(/,$/, ""), body) };
    }
  }
  // `扣1分/次`, `扣0.5分/处`: points per occurrence written after the points.
  const slash = PER_SLASH.exec(body);
  if (slash) {
    const x = num(slash[1]);
    if (Number.isFinite(x)) return { step: 1, points: x, gap: "excess", unit: slash[2], form: "per-occurrence" };
  }
  // `有一项不达标扣3分`, `违反一次扣三分`: one occurrence named with 一, then what it costs.
  const one = ONE_OCCURRENCE.exec(body);
  if (one) {
    const x = num(one[2]);
    if (Number.isFinite(x)) return { step: 1, points: x, gap: "excess", unit: one[1], form: "per-occurrence" };
  }
  return null;
}

const PER_SLASH = new RegExp(`${DEDUCT}${NUM}分/(人次|批次|次|处|件|起|例|个|项|条|宗|批|人)`);
const ONE_OCCURRENCE = new RegExp(`(?:有|违反|出现|发生|发现)(?:一|1)(项|次|处|个|例|件|起|宗|条)[^扣,;]{0,8}${DEDUCT}${NUM}分`);

