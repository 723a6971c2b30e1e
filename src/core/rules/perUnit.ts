/**
 * Points per unit of work (DESIGN §5 form 1): `完成1期得1分`, `每完成1期得0.5分`,
 * `每开展1次培训得2分`, `每篇得0.5分`, `每期1分`.
 */
import type { PerUnitRule } from "./types";
import { NUM, knownUnit, num, readUnit, splitNumberUnit } from "./ruleText";

export type PerUnitStep = Pick<PerUnitRule, "step" | "points" | "unit">;

const FREE = "[^\\d每扣得,;]*?";
const AWARD = "(?:得|计|加|记|给)";

/** `完成<k><unit>得<x>分`, `有1次得1分`. */
const DONE = new RegExp(`(?:完成|有)${NUM}(${FREE})${AWARD}${NUM}分(?![钟值数])`);
/** `每<verb><k><unit><…>得<x>分`. */
const EACH = new RegExp(`每(${FREE})${NUM}(${FREE})${AWARD}${NUM}分(?![钟值数])`);
/** `每篇得0.5分`, `每期1分`: no number, one unit. */
const EACH_UNIT = new RegExp(`每([\\u4e00-\\u9fff]{1,4}?)(${FREE})${AWARD}?${NUM}分(?![钟值数])`);

/** A threshold after the count makes it a band (`完成12期以上得满分`), not a per-unit rate. */
const THRESHOLD = /以上|以下|以内|及|含|不足|低于|高于|超过|达到|之间|-|至|到|>|</;
/** Verbs of a deduction or a rate, not of work done (`每少1期得…` is not per-unit). */
const NOT_WORK = /少|低于|降低|下降|超|延迟|推迟|逾期|率/;

function step(rawNum: string, rawRest: string, points: string): PerUnitStep | null {
  const { num: n, rest } = splitNumberUnit(rawNum, rawRest);
  if (THRESHOLD.test(rest)) return null;
  const k = num(n);
  const x = num(points);
  const unit = readUnit(rest);
  // `完成100%得5分` is a threshold on a rate, not points per percent.
  if (!(k > 0) || !Number.isFinite(x) || unit === "%") return null;
  return { step: k, points: x, unit };
}

/**
 * The per-unit award the body states, or null. A `每…` rate wins over a `完成…` statement:
 * in `完成200期得8分，每完成1期得0.04分` the first is the cap, the second the rate.
 */
export function matchPerUnit(body: string): PerUnitStep | null {
  const e = EACH.exec(body);
  if (e && !NOT_WORK.test(e[1])) {
    const r = step(e[2], e[3], e[4]);
    if (r) return r;
  }
  const u = EACH_UNIT.exec(body);
  if (u) {
    const unit = knownUnit(u[1] + u[2]);
    const x = num(u[3]);
    if (unit !== "" && unit !== "%" && !NOT_WORK.test(u[1] + u[2]) && Number.isFinite(x)) {
      return { step: 1, points: x, unit };
    }
  }
  const d = DONE.exec(body);
  if (d) {
    const r = step(d[1], d[2], d[3]);
    if (r) return r;
  }
  return null;
}
