/**
 * Banded rules (DESIGN §5 form 5): `达到95%得满分，90%-95%得3分，低于90%不得分`,
 * `≥90%,计5分;80%(含)-90%,计4分;…;低于60%不得分`, `完成10期以上得5分，5-9期得3分`.
 *
 * Boundaries, as Chinese finance texts use them: `以上` / `以下` / `以内` / `达到` / `≥` include
 * the number, `低于` / `不足` / `超过` / `<` / `>` exclude it, `(含)` / `(不含)` say it outright.
 * A range `a-b` includes `a`; it includes `b` unless another band already claims `b`
 * (`≥90%` next to `80%-90%` gives 90 to the upper band; `5-9期` next to `10期以上` keeps 9).
 */
import type { Band } from "./types";
import type { PointsMark } from "./points";
import { NUM, num, readUnit } from "./ruleText";

interface Bound {
  value: number;
  inclusive: boolean;
}

interface ParsedCondition {
  min: Bound | null;
  max: Bound | null;
  /** A range's upper bound with no `(含)` / `(不含)`: settled once every band is known. */
  maxOpen: boolean;
  percent: boolean;
  unit: string;
}

const P = "(%)?";
const MARK = "(?:\\((含|不含|包含|含本数)\\))?";
const BETWEEN = new RegExp(`${NUM}${P}(<=|<)[^\\d<>=]*?(<=|<)${NUM}${P}`);
const RANGE = new RegExp(
  `${NUM}${P}(?:[\\u4e00-\\u9fff]{1,3}?)?${MARK}(?:以上)?(?:-|至|到)${NUM}${P}${MARK}`,
);
const BELOW = new RegExp(`(<=|<|低于|小于|少于|不足|不到|未达到|未满|未达)${NUM}${P}${MARK}`);
const ABOVE = new RegExp(`(>=|>|高于|大于|超过|多于|达到|达|满|至少|在)${NUM}${P}${MARK}`);
/** `90%以上`, `10期以上`, `100万元以内`: a number, maybe a unit, then the direction. */
const SUFFIX = new RegExp(
  `${NUM}${P}([^\\d%()<>=,;-]{0,4}?)${MARK}(及以上|以上|及以下|以下|以内|之内|内)`,
);
const BARE_PERCENT = new RegExp(`${NUM}%${MARK}`);

function inclusiveMark(mark: string | undefined, dflt: boolean): boolean {
  if (mark === undefined) return dflt;
  return mark !== "不含";
}

/** The number range a band's condition states, or null when it states none. */
export function parseCondition(cond: string): ParsedCondition | null {
  // Chinese numerals alone make no band: `质量达一流` is a word, not `≥1`.
  if (!/\d/.test(cond)) return null;
  const unitAfter = (m: RegExpExecArray): string => readUnit(cond.slice(m.index + m[0].length));
  let m = BETWEEN.exec(cond);
  if (m) {
    return {
      min: { value: num(m[1]), inclusive: m[3] === "<=" },
      max: { value: num(m[5]), inclusive: m[4] === "<=" },
      maxOpen: false,
      percent: m[2] === "%" || m[6] === "%",
      unit: "",
    };
  }
  m = RANGE.exec(cond);
  if (m) {
    const lo = num(m[1]);
    const hi = num(m[4]);
    const [a, b] = lo <= hi ? [lo, hi] : [hi, lo];
    return {
      min: { value: a, inclusive: inclusiveMark(m[3], true) },
      max: { value: b, inclusive: inclusiveMark(m[6], true) },
      maxOpen: m[6] === undefined,
      percent: m[2] === "%" || m[5] === "%",
      unit: m[5] === "%" ? "%" : unitAfter(m),
    };
  }
  m = BELOW.exec(cond);
  if (m) {
    const strict = !m[1].startsWith("<=");
    return {
      min: null,
      max: { value: num(m[2]), inclusive: inclusiveMark(m[4], !strict) },
      maxOpen: false,
      percent: m[3] === "%",
      unit: m[3] === "%" ? "%" : unitAfter(m),
    };
  }
  m = SUFFIX.exec(cond);
  if (m) {
    const upward = /以上/.test(m[5]);
    const bound = { value: num(m[1]), inclusive: inclusiveMark(m[4], true) };
    return {
      min: upward ? bound : null,
      max: upward ? null : bound,
      maxOpen: false,
      percent: m[2] === "%",
      unit: m[2] === "%" ? "%" : readUnit(m[3]),
    };
  }
  m = ABOVE.exec(cond);
  if (m) {
    const strict = /^(>|高于|大于|超过|多于)$/.test(m[1]);
    return {
      min: { value: num(m[2]), inclusive: inclusiveMark(m[4], !strict) },
      max: null,
      maxOpen: false,
      percent: m[3] === "%",
      unit: m[3] === "%" ? "%" : unitAfter(m),
    };
  }
  m = BARE_PERCENT.exec(cond);
  if (m) {
    return {
      min: { value: num(m[1]), inclusive: inclusiveMark(m[2], true) },
      max: null,
      maxOpen: false,
      percent: true,
      unit: "%",
    };
  }
  return null;
}

export interface BandsReading {
  bands: Band[];
  percent: boolean;
  unit: string;
}

/** Bands from the points clauses whose condition is a number range; null when none is. */
export function readBands(marks: PointsMark[]): BandsReading | null {
  const parsed: { cond: ParsedCondition; mark: PointsMark }[] = [];
  for (const mark of marks) {
    const cond = parseCondition(mark.cond);
    if (cond && [cond.min, cond.max].every((b) => b === null || Number.isFinite(b.value))) {
      parsed.push({ cond, mark });
    }
  }
  if (parsed.length === 0) return null;
  const bands: Band[] = parsed.map(({ cond, mark }, i) => {
    let maxInclusive = cond.max?.inclusive ?? false;
    if (cond.max && cond.maxOpen) {
      const b = cond.max.value;
      const claimed = parsed.some(
        (o, j) => j !== i && o.cond.min !== null && o.cond.min.value === b && o.cond.min.inclusive,
      );
      maxInclusive = !claimed;
    }
    const band: Band = {
      min: cond.min?.value ?? null,
      minInclusive: cond.min?.inclusive ?? false,
      max: cond.max?.value ?? null,
      maxInclusive,
      points: mark.points,
    };
    if (mark.deduct) band.deduct = true;
    if (mark.range) band.range = mark.range;
    return band;
  });
  const percent = parsed.some((p) => p.cond.percent);
  const unit = percent ? "%" : (parsed.find((p) => p.cond.unit !== "")?.cond.unit ?? "");
  return { bands, percent, unit };
}
