/**
 * `--profile NAME|FILE.json` (DESIGN §6, §10): a built-in profile by name, or a custom one read
 * from a JSON file. The CLI reads and parses the file; the core checks the object. Anything wrong
 * is an InputProblem (exit 2) whose one line names the file and, for a bad profile, each field
 * that is wrong and what it expects.
 */
import { promises as fs } from "node:fs";
import { BUILTIN_PROFILE_NAMES, DEFAULT_PROFILE, builtinProfile, parseProfile, type ScoringProfile } from "../core";
import { InputProblem } from "./problems";

export async function loadProfileFlag(value: string | undefined): Promise<ScoringProfile> {
  if (value === undefined) return DEFAULT_PROFILE;
  const builtin = builtinProfile(value);
  if (builtin) return builtin;
  let text: string;
  try {
    text = await fs.readFile(value, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // A bare word that is no file was meant as a built-in's name.
    if (code === "ENOENT" && !/[\\/]|\.json$/i.test(value)) throw new InputProblem({ code: "profile-unknown", params: { name: value, builtins: BUILTIN_PROFILE_NAMES } });
    const why = code === "ENOENT" ? "missing" : code === "EISDIR" ? "folder" : "unreadable";
    throw new InputProblem({ code: "profile-unreadable", params: { path: value, why } });
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    const detail = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new InputProblem({ code: "profile-not-json", params: { path: value, detail } });
  }
  const parsed = parseProfile(data);
  if (parsed.ok) return parsed.profile;
  throw new InputProblem({ code: "profile-invalid", params: { path: value, problems: parsed.problems } });
}
