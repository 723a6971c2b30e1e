/**
 * The page's language: `?lang=en` / `?lang=zh-CN` when given, else the browser's (en* → English,
 * anything else → Simplified Chinese, the product's default).
 */
import type { Lang } from "../core";

export function pageLanguage(search: string, browserLanguage: string | undefined): Lang {
  const asked = new URLSearchParams(search).get("lang")?.trim().toLowerCase();
  if (asked) {
    if (asked === "en" || asked.startsWith("en-")) return "en";
    if (asked === "zh" || asked.startsWith("zh-")) return "zh-CN";
  }
  return (browserLanguage ?? "").toLowerCase().startsWith("en") ? "en" : "zh-CN";
}

/** The language of the page this code runs in (zh-CN outside a browser). */
export function currentLanguage(): Lang {
  if (typeof window === "undefined") return "zh-CN";
  return pageLanguage(window.location?.search ?? "", typeof navigator === "undefined" ? undefined : navigator.language);
}
