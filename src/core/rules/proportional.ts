/**
 * Proportional scoring (DESIGN §5 form 4): `按完成比例得分`, `完成率×分值`, `实际值/目标值×分值`,
 * `10分*执行率`, `得分=实际完成值÷年度目标值×10分`. The text has been normalised, so every
 * multiplication is `*` and every division `/`.
 */
import { NUM, num } from "./ruleText";

/** `按(实际)完成比例得分`, `按完成率计分`, `根据执行率折算`, `按比例扣分`. */
const BY_RATIO =
  /(?:按|根据|依据|按照)(?:实际)?(?:完成|执行|达成|实现)?(?:的)?(?:比例|比率|进度比例|率|情况比例)(?:计|得|扣|减|折算|计算|核定|给|赋)/;
/** A product with a ratio in it: `完成率*分值`, `实际值/目标值*分值`, `分值*执行率`. */
const PRODUCT = /\*/;
const RATIO_WORD = /率|比例|比率|比重|占比|\//;

export function matchProportional(body: string): boolean {
  if (BY_RATIO.test(body)) return true;
  return PRODUCT.test(body) && RATIO_WORD.test(body);
}

/** Points a formula names as its factor: `10分*执行率`, `…*10分`, `…*10` at the end. */
const FACTOR_BEFORE = new RegExp(`${NUM}分\\*`);
const FACTOR_AFTER = new RegExp(`\\*${NUM}分?(?![\\d.%])`);

export function formulaPoints(body: string): number | null {
  const m = FACTOR_BEFORE.exec(body) ?? FACTOR_AFTER.exec(body);
  if (!m) return null;
  const v = num(m[1]);
  return Number.isFinite(v) ? v : null;
}
