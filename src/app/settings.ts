/**
 * The pane's choices as every host remembers them (Excel: the workbook's own settings; the web
 * page: localStorage per file name). One reader for what comes back, since what is stored may be
 * from an older add-in, hand-edited, or from another tool: anything that is not a non-empty
 * string where a string belongs is dropped, never trusted.
 */
import type { SheetChoice } from "./port";

const KEYS = ["targetSheet", "logSheet", "profile"] as const;

/** The stored value (an object, or its JSON text) as a SheetChoice with only the fields it may have. */
export function parseSheetChoice(raw: unknown): SheetChoice {
  let v: unknown = raw;
  if (typeof raw === "string") {
    try {
      v = JSON.parse(raw);
    } catch {
      return {};
    }
  }
  const out: SheetChoice = {};
  if (!v || typeof v !== "object") return out;
  const rec = v as Record<string, unknown>;
  for (const k of KEYS) {
    const x = rec[k];
    if (typeof x === "string" && x) out[k] = x;
  }
  return out;
}
