/**
 * Clauses that qualify a rule rather than state it (DESIGN §5): not applicable → full points
 * (`无此项任务的不扣分`, `不涉及的按满分计`, `不适用的得满分`), and judgement (`酌情扣分`). The
 * not-applicable clause is taken out of the body before the forms are read, so its `满分` is not
 * read as a grade.
 */
import { blank } from "./points";

const NOT_APPLICABLE =
  /(?:如|若|对于?)?(?:无此项(?:任务|工作|内容|业务)?|没有此项(?:任务|工作)?|无该项(?:任务|工作)?|不涉及(?:此项|该项)?|未涉及|不适用)(?:的|者|时|情况)?(?:,)?(?:不扣分|按满分计(?:算)?|计满分|得满分|给满分|视为满分|视同满分|不计扣分|按满分计分)/g;
const DISCRETION = /酌情|视情|酌定|酌减|视具体情况/;

export interface Modifiers {
  notApplicableFull: boolean;
  discretion: boolean;
  body: string;
}

export function readModifiers(body: string): Modifiers {
  const spans = [...body.matchAll(NOT_APPLICABLE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return { notApplicableFull: spans.length > 0, discretion: DISCRETION.test(body), body: blank(body, spans) };
}

/** Actual values that say the indicator does not apply this year. */
const NOT_APPLICABLE_ACTUAL = /^(无|没有|不适用|不涉及|未涉及|无此项|无此项任务|无该项|本年无|当年无|n\/?a)$/i;

export function isNotApplicableActual(actual: unknown): boolean {
  return typeof actual === "string" && NOT_APPLICABLE_ACTUAL.test(actual.replace(/[\s。.]/g, ""));
}
