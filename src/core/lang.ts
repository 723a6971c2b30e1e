/** The languages every message of Jixiao comes in: Simplified Chinese (the default) and English. */
export type Lang = "zh-CN" | "en";

/** One text per language: the shape of every locale map (issue messages, problems, UI words). */
export type Localized<T = string> = Record<Lang, T>;
