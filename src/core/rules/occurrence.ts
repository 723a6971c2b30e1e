/**
 * Per-occurrence clauses without a step (DESIGN §5 form 7): `一般事故扣1分，严重事故扣2分`,
 * `发生安全责任事故扣5分`. Each clause names a kind of occurrence and what one costs; with steps
 * (`每发生1起…`, `扣1分/次`) the deduction grammar (deduction.ts) reads them instead.
 */
import { NUM, num } from "./ruleText";

const CLAUSE = new RegExp(
  `(?:^|[,;:、])(?:凡|如|若|每)?(?:发生|出现|发现)?([\\u4e00-\\u9fff]{0,8}?(?:事故|问题|投诉|差错|失误|违规|违纪|案件|事件|通报|约谈))(?:每(?:起|次|例|件|宗))?(?:的)?(?:扣除|扣减|扣)${NUM}分`,
  "g",
);

export interface OccurrenceClauses {
  points: number;
  clauses: { word: string; points: number }[];
}

/** The occurrence clauses of the body, or null when it has none. */
export function matchOccurrenceClauses(body: string): OccurrenceClauses | null {
  const clauses: { word: string; points: number }[] = [];
  for (const m of body.matchAll(CLAUSE)) {
    const points = num(m[2]);
    if (Number.isFinite(points)) clauses.push({ word: m[1], points });
  }
  if (clauses.length === 0) return null;
  return { points: clauses[0].points, clauses: clauses.length > 1 ? clauses : [] };
}
