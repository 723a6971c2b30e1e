/** `jixiao validate <file.xlsx>… [--sheet NAME] [--json]`: one report per file. */
import type { Lang } from "../core/issues";
import { analyzeWorkbook, InputError } from "../core/analyze";
import { reportOf } from "../core/validate";
import { InputProblem, loadGrids } from "./load";
import { reportJson } from "./json";
import { formatValidation } from "./format";
import { EXIT, type Output } from "./output";

export interface ValidateFlags {
  sheet?: string;
  json?: boolean;
  lang: Lang;
}

/**
 * Validate one file; returns its exit code (0 valid, 1 errors, 2 unusable). Read by the one reader
 * (src/xlsx/read, SheetJS: every format of DESIGN §6 Files); the single-file path and the batch
 * workers both run this.
 */
export async function validateFile(file: string, flags: ValidateFlags, out: Output): Promise<number> {
  try {
    const { grids } = await loadGrids(file);
    const analysis = analyzeWorkbook(grids, { sheet: flags.sheet });
    const report = reportOf(analysis, flags.lang);
    if (flags.json) out.stdout(JSON.stringify(reportJson(file, report)));
    else out.stdout(formatValidation(file, report, flags.lang));
    if (!analysis.table) {
      out.stderr(analysis.issues[0] ? report.issues[0].message : file);
      return EXIT.unusable;
    }
    return report.valid ? EXIT.ok : EXIT.errors;
  } catch (err) {
    return reportUnusable(file, err, flags, out);
  }
}

/** One line on stderr (and a JSON line with --json) for a file that cannot be used. */
export function reportUnusable(file: string, err: unknown, flags: { json?: boolean; lang: Lang }, out: Output): number {
  let reason: string;
  if (err instanceof InputProblem) reason = err.reasons[flags.lang];
  else if (err instanceof InputError) reason = flags.lang === "en" ? err.messageEn : err.message;
  else {
    const detail = err instanceof Error ? err.message.split("\n")[0] : String(err);
    reason = flags.lang === "en" ? `${file}: could not be processed (${detail}).` : `${file}：无法处理（${detail}）。`;
  }
  if (flags.json) out.stdout(JSON.stringify({ file, valid: false, error: reason }));
  out.stderr(reason);
  return EXIT.unusable;
}
