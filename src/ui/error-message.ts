/**
 * What the pane says when an action fails: the host's own readable message, the core's message in
 * the pane's language, or a fixed sentence — never a raw exception, a stack or an object dump.
 */
import type { InputError, Lang } from "../core";
import { StaleWorkbookError } from "../app/port";
import type { PaneStrings } from "./i18n";

const MAX_LENGTH = 400;

export function errorText(err: unknown, lang: Lang, t: PaneStrings): string {
  if (isNamed(err, StaleWorkbookError, "StaleWorkbookError")) return t.stale;
  // 监控's date refused (src/app/year-actions.ts): the core's sentence says what works; the sheet
  // hint below would send staff to the wrong place.
  if (err instanceof Error && err.name === "AsOfDateError") {
    const e = err as Error & { messageEn?: string };
    return readable(lang === "en" && e.messageEn ? e.messageEn : e.message) ?? t.genericError;
  }
  // By name only: InputError's class lives in the core, which loads after the first paint.
  if (err instanceof Error && (err.name === "InputError" || err.name === "TableMissingError")) {
    const e = err as InputError;
    const text = lang === "en" && e.messageEn ? e.messageEn : e.message;
    return `${readable(text) ?? t.genericError} ${t.wrongSheetHint}`;
  }
  // A JavaScript runtime error is a bug, not something staff can act on: say so plainly.
  if (err instanceof TypeError || err instanceof ReferenceError || err instanceof SyntaxError || err instanceof RangeError) return t.genericError;
  if (err instanceof Error) return readable(err.message) ?? t.genericError;
  if (typeof err === "string") return readable(err) ?? t.genericError;
  return t.genericError;
}

/** instanceof, or the same class name (a second copy of the module in another bundle). */
function isNamed(err: unknown, cls: abstract new (...args: never[]) => Error, name: string): boolean {
  return err instanceof cls || (err instanceof Error && err.name === name);
}

/** The message's human part: no stack lines, no "Error:" prefix, bounded length; undefined if empty. */
function readable(message: string | undefined): string | undefined {
  if (!message) return undefined;
  const lines = message.split(/\r?\n/);
  const kept: string[] = [];
  for (const line of lines) {
    if (/^\s+at\s/.test(line)) break;
    kept.push(line);
  }
  let text = kept.join(" ").replace(/^\s*Error:\s*/, "").replace(/\s+/g, " ").trim();
  if (!text) return undefined;
  if (text.length > MAX_LENGTH) text = `${text.slice(0, MAX_LENGTH - 1)}…`;
  return text;
}
