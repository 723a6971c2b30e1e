/**
 * A user-facing failure outside the issue list — an input the core cannot read, a file a host
 * cannot open, an Excel that refuses, a limit, a bad profile — as data: a closed code and its
 * typed parameters. Messages come from per-locale maps (one per area, beside the code list), so
 * tests assert codes and hosts choose the language when they show it.
 */
import type { Lang, Localized } from "./lang";

export interface Problem<C extends string = string, P extends object = object> {
  code: C;
  params: P;
}

/** For a map of code → params, one message function per code and language. */
export type ProblemMessages<M extends Record<string, object>> = { [C in keyof M]: Localized<(p: M[C]) => string> };

/** The problem's message in `lang`, from its area's map. */
export function problemMessage<M extends Record<string, object>, C extends keyof M & string>(
  messages: ProblemMessages<M>,
  problem: Problem<C, M[C]>,
  lang: Lang = "zh-CN",
): string {
  return messages[problem.code][lang](problem.params);
}

/** An Error that carries a Problem: thrown across layers, shown by the host in its language. */
export class ProblemError<C extends string = string, P extends object = object> extends Error {
  constructor(
    readonly problem: Problem<C, P>,
    message: string,
  ) {
    super(message);
    this.name = "ProblemError";
  }
}
