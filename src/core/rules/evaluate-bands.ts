/**
 * Scoring by bands (DESIGN §5 forms 3 and 9): the band the actual (or its completion rate) falls
 * in gives the points, a range of points spread linearly over the band.
 */
import type { Target } from "../indicator";
import type { BandsRule } from "./types";
import { clean, EPS, f, note } from "./evaluate-working";

function inBand(v: number, b: BandsRule["bands"][number]): boolean {
  if (b.min !== null && !(b.minInclusive ? v >= b.min - EPS : v > b.min + EPS)) return false;
  if (b.max !== null && !(b.maxInclusive ? v <= b.max + EPS : v < b.max - EPS)) return false;
  return true;
}

/**
 * The first band (in the text's order) the actual falls in. Outside every band: 0 — except when
 * every band takes points off (`低于90%扣2分`), where outside them nothing is taken off (N).
 * Percent bands on a target that is not a percentage compare the completion rate
 * actual / target × 100.
 */
export function bands(rule: BandsRule, N: number, target: Target | null, a: number): number {
  const relative = rule.percent && target?.kind === "number" && !target.percent && target.value > 0;
  const v = relative ? clean((a / target.value) * 100) : a;
  if (relative) note(`完成率 = 实际 ÷ 目标 × 100 = ${f(a)} ÷ ${f(target.value)} × 100 = ${f(v)}%`, `completion = actual ÷ target × 100 = ${f(a)} ÷ ${f(target.value)} × 100 = ${f(v)}%`);
  // Bands that only deduct: the most severe one that applies, not their sum (unless 累计).
  if (rule.bands.every((b) => b.deduct)) {
    const off = rule.bands.filter((b) => inBand(v, b)).map((b) => b.points ?? N);
    const taken = off.length === 0 ? 0 : rule.cumulative ? off.reduce((x, y) => x + y, 0) : Math.max(...off);
    note(
      off.length === 0 ? `${f(v)} 不在任何扣分档内 → 满分 ${f(N)}` : `${f(v)} 落在 ${off.length} 个扣分档内，${rule.cumulative ? "累计" : "按最重的一档"}扣 ${f(taken)} → ${f(N - taken)}`,
      off.length === 0 ? `${f(v)} is in no deduction band → full ${f(N)}` : `${f(v)} is in ${off.length} deduction band(s): ${f(taken)} off (${rule.cumulative ? "added up" : "the most severe"}) → ${f(N - taken)}`,
    );
    return N - taken;
  }
  const band = rule.bands.find((b) => inBand(v, b));
  if (!band) {
    note(`${f(v)} 不在任何一档内 → 0`, `${f(v)} is in no band → 0`);
    return 0;
  }
  note(`${f(v)} 落在第 ${rule.bands.indexOf(band) + 1} 档`, `${f(v)} is in band ${rule.bands.indexOf(band) + 1}`);
  if (band.range) return withinRange(band, band.range, relative ? 100 : target?.kind === "number" ? target.value : null, v);
  if (band.points === null) return N;
  return band.deduct ? N - band.points : band.points;
}

/**
 * A band whose points are a range (`90%以上（8分至10分）`): linear from the low end at the band's
 * lower edge to the high end at its upper edge — the target when the band is open above (DESIGN
 * §5 form 9). Without a lower edge, or with no width to spread over, the high end.
 */
function withinRange(band: BandsRule["bands"][number], range: { low: number; high: number }, target: number | null, v: number): number {
  const lo = band.min;
  const hi = band.max ?? target;
  if (lo === null || hi === null || hi <= lo) return range.high;
  const share = Math.min(1, Math.max(0, (v - lo) / (hi - lo)));
  const r = range.low + (range.high - range.low) * share;
  note(
    `档内按比例：${f(range.low)} + (${f(range.high)} − ${f(range.low)}) × (${f(v)} − ${f(lo)}) ÷ (${f(hi)} − ${f(lo)}) = ${f(r)}`,
    `linear within the band: ${f(range.low)} + (${f(range.high)} − ${f(range.low)}) × (${f(v)} − ${f(lo)}) ÷ (${f(hi)} − ${f(lo)}) = ${f(r)}`,
  );
  return r;
}
