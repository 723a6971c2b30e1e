/**
 * The scoring profiles the pane offers (DESIGN §10): the built-ins, each named in both languages
 * by the core's profileLabel. Here, not in the first paint: the profiles are zod-checked data and
 * load with the core (./core-actions.ts).
 */
import { BUILTIN_PROFILES, profileLabel } from "../core/profile";
import type { ProfileChoice } from "./pane-state";

export function profileChoices(): ProfileChoice[] {
  return BUILTIN_PROFILES.map((p) => ({ name: p.name, label: { "zh-CN": profileLabel(p, "zh-CN"), en: profileLabel(p, "en") } }));
}
