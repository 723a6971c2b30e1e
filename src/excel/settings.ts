/**
 * What the add-in keeps in the workbook's own settings (Office.context.document.settings, saved
 * into the file with saveAsync), and the UI language.
 */
import type { Lang } from "../core";
import type { SheetChoice } from "../app/port";
import { parseSheetChoice } from "../app/settings";

const CHOICE_KEY = "jixiao.sheetChoice";

/** Office's display language: English when it starts with "en", Simplified Chinese otherwise. */
export function uiLanguage(): Lang {
  try {
    const tag = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
    return typeof tag === "string" && tag.toLowerCase().startsWith("en") ? "en" : "zh-CN";
  } catch {
    return "zh-CN";
  }
}

function settings(): Office.Settings | undefined {
  try {
    return typeof Office !== "undefined" ? Office.context?.document?.settings : undefined;
  } catch {
    return undefined;
  }
}

export function loadChoice(): SheetChoice {
  return parseSheetChoice(settings()?.get(CHOICE_KEY));
}

export function saveChoice(choice: SheetChoice): Promise<void> {
  const s = settings();
  if (!s) return Promise.resolve();
  const value = parseSheetChoice(choice);
  s.set(CHOICE_KEY, value);
  return new Promise((resolve, reject) => {
    s.saveAsync((result) => {
      if (String(result.status) === "failed") reject(new Error(result.error?.message ?? "settings could not be saved"));
      else resolve();
    });
  });
}
