/** `jixiao validate <file.xlsx>… [--sheet NAME] [--profile NAME|FILE.json] [--json]`: one report per file. */
import type { Lang } from "../core/issues";
import { analyzeWorkbook, InputError } from "../core/analyze";
import { reportOf } from "../core/validate";
import { profileLabel, type ScoringProfile } from "../core/profile";
import { loadProfileFlag } from "./profile-flag";
import { InputProblem, loadGrids } from "./load";
import { reportJson } from "./json";
import { formatValidation } from "./format";
import { EXIT, type Output } from "./output";

export interface ValidateFlags {
  sheet?: string;
  json?: boolean;
  lang: Lang;
  /** A built-in profile's name or a profile JSON file (profile-flag.ts); `default` when absent. */
  profile?: string;
}

/**
 * Validate one file; returns its exit code (0 valid, 1 errors, 2 unusable). Read by the one reader
 * (src/xlsx/read, SheetJS: every format of DESIGN §6 Files); the single-file path and the batch
 * workers both run this.
 */
export async function validateFile(file: string, flags: ValidateFlags, out: Output, loaded?: ScoringProfile): Promise<number> {
  try {
    // A batch loads the profile once and hands the object to every file (batch.ts).
    const profile = loaded ?? (await loadProfileFlag(flags.profile));
    const { grids } = await loadGrids(file);
    // The profile's budget points decide what the indicators must total (DESIGN §10, weight-total).
    const analysis = analyzeWorkbook(grids, { sheet: flags.sheet, profile });
    const report = reportOf(analysis, flags.lang);
    if (flags.json) out.stdout(JSON.stringify(reportJson(file, report, undefined, profile)));
    else {
      out.stdout(formatValidation(file, report, flags.lang));
      out.stdout(profileLine(profile, flags.lang));
    }
    if (!analysis.table) {
      out.stderr(analysis.issues[0] ? report.issues[0].message : file);
      return EXIT.unusable;
    }
    return report.valid ? EXIT.ok : EXIT.errors;
  } catch (err) {
    return reportUnusable(file, err, flags, out);
  }
}

/** The text report names the profile as Score's does (`评分方案：…`): every report names it (DESIGN §10). */
export function profileLine(profile: ScoringProfile, lang: Lang): string {
  return lang === "en" ? `Scoring profile: ${profileLabel(profile, lang)}` : `评分方案：${profileLabel(profile, lang)}`;
}

/** Any failure as a code, its parameters and its text: the CLI's own, the core's, or an unexpected one. */
function problemOf(file: string, err: unknown): { data: { code: string; params: object }; text: (lang: Lang) => string } {
  if (err instanceof InputProblem) return { data: err.problem, text: (lang) => err.text(lang) };
  if (err instanceof InputError) return { data: err.problem, text: (lang) => err.text(lang) };
  const detail = err instanceof Error ? err.message.split("\n")[0] : String(err);
  const unexpected = new InputProblem({ code: "unexpected", params: { path: file, detail } });
  return { data: unexpected.problem, text: (lang) => unexpected.text(lang) };
}

/** One line on stderr (and a JSON line with --json) for a file that cannot be used. */
export function reportUnusable(file: string, err: unknown, flags: { json?: boolean; lang: Lang }, out: Output): number {
  const problem = problemOf(file, err);
  const reason = problem.text(flags.lang);
  // `problem`: the failure's code and parameters, beside its message (DESIGN §6: add, never rename).
  if (flags.json) out.stdout(JSON.stringify({ file, valid: false, error: reason, problem: problem.data }));
  out.stderr(reason);
  return EXIT.unusable;
}
