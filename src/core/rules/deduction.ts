/**
 * Deduction per step (DESIGN §5 form 2): `每少1期扣1分`, `每低于1个百分点扣1分`,
 * `每降低1%扣2分`, `每超过一个百分点扣1分`, `每延迟1天扣1分`, `每项未完成扣1分`.
 * The verb decides which gap is counted: a shortfall below the target or an excess above it.
 */
import type { DeductionRule } from "./types";
import { NUM, knownUnit, num, readUnit, splitNumberUnit } from "./ruleText";

export type DeductionStep = Pick<DeductionRule, "step" | "points" | "gap" | "unit">;

/** Text allowed between 每, the number, and 扣: no digits and no other clause. */
const FREE = "[^\\d每扣得,;]*?";
const DEDUCT = "(?:扣除|扣减|扣)";

/** `每<verb><k><unit><…>扣<x>分`. */
const WITH_STEP = new RegExp(`每(${FREE})${NUM}(${FREE})${DEDUCT}${NUM}分`);
/**
 * Without 每, only verbs that can only mean a count take a step (`少报1次扣1分`, `逾期1天扣1分`,
 * `发现一处不符合扣1分`); `低于90%扣2分` is a threshold, not a step, and is left to the bands.
 */
const COUNTED = new RegExp(
  `(少|缺|漏|迟|延迟|推迟|逾期|延期|发现|出现|发生)(?!于)([^\\d每扣得,;]{0,3}?)${NUM}(${FREE})${DEDUCT}${NUM}分`,
);
/** `每项未完成扣1分`, `每次扣1分`: no number, one unit. */
const ONE_UNIT = new RegExp(`每([\\u4e00-\\u9fff%]{1,4}?)(${FREE})${DEDUCT}${NUM}分`);

/** Words that count both ways: the operator decides (`每偏差1个百分点`). */
const EITHER_WAY = /相差|偏差|偏离|误差|差异|变动|波动|差距/;
/** Words that count the excess above the target: cost overruns, delays, incidents. */
const EXCESS = /超|多|增加|增长|迟|延迟|推迟|逾期|延期|滞后|拖延|晚|高于|上升|提高|发生|发现|出现|违反|违规|投诉|事故|差错|失误/;
/** Words that count the shortfall below the target. */
const SHORTFALL = /少|减少|低于|降低|下降|差|缺|不足|未|短|减|欠|落后/;

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
      return { step, points: x, gap: gapAround(body, m.index, before + rest), unit: readUnit(rest) };
    }
  }
  const c = COUNTED.exec(body);
  if (c) {
    const [, verb, between, rawNum, rawRest, points] = c;
    const { num: n, rest } = splitNumberUnit(rawNum, rawRest);
    const step = num(n);
    const x = num(points);
    if (step > 0 && Number.isFinite(x)) {
      return { step, points: x, gap: gapOf(verb + between + rest), unit: readUnit(rest) };
    }
  }
  const o = ONE_UNIT.exec(body);
  if (o) {
    const [, unitWord, after, points] = o;
    const unit = knownUnit(unitWord + after);
    const x = num(points);
    if (unit !== "" && Number.isFinite(x)) {
      return { step: 1, points: x, gap: gapAround(body, o.index, unitWord + after), unit };
    }
  }
  return null;
}
