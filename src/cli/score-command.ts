/**
 * `jixiao score <file.xlsx> [--log-sheet NAME] [--out FILE.xlsx] [--profile NAME|FILE.json]
 * [--json]` (DESIGN §6): validates, scores every indicator it can under the scoring profile
 * (DESIGN §10; `default` unless chosen), and with --out writes a scored copy — patched into the original
 * package part by part, so everything Score does not touch stays byte for byte. The input file is
 * never modified, and the copy is written atomically under the name its format needs
 * (write-output.ts).
 */
import type { Lang } from "../core/issues";
import { scoreWorkbook } from "../core";
import { applyPlan } from "../xlsx/apply-plan";
import { InputProblem, loadGrids, type LoadedGrids } from "./load";
import { checkOutput, checkOutputKind, writeOutput } from "./write-output";
import { reportJson } from "./json";
import { formatValidation } from "./format";
import { formatScore } from "./format-score";
import { EXIT, type Output } from "./output";
import { reportUnusable } from "./validate-command";
import { loadProfileFlag } from "./profile-flag";

export interface ScoreFlags {
  sheet?: string;
  logSheet?: string;
  out?: string;
  json?: boolean;
  lang: Lang;
  /** A built-in profile's name or a profile JSON file (profile-flag.ts). */
  profile?: string;
}

export async function scoreFile(file: string, flags: ScoreFlags, out: Output): Promise<number> {
  try {
    // The profile and the output are checked before the work, the output again right before the write.
    const profile = await loadProfileFlag(flags.profile);
    if (flags.out) await checkOutput(file, flags.out);
    const { bytes, grids, kind, format } = await loadGrids(file);
    if (flags.out) {
      refuseReadOnly(file, format);
      checkOutputKind(flags.out, kind);
    }
    const report = scoreWorkbook(grids, { sheet: flags.sheet, logSheet: flags.logSheet, lang: flags.lang, profile });
    if (report.issues.some((i) => i.code === "table-not-found")) {
      if (flags.json) out.stdout(JSON.stringify(reportJson(file, report, report.score, profile)));
      out.stderr(report.issues[0].message);
      return EXIT.unusable;
    }
    if (flags.out) {
      const scored = await applyPlan(new Uint8Array(bytes), report.plan);
      await writeOutput(file, flags.out, kind, scored);
    }
    if (flags.json) out.stdout(JSON.stringify(reportJson(file, report, report.score, profile)));
    else {
      out.stdout(formatValidation(file, report, flags.lang));
      out.stdout("");
      out.stdout(formatScore(report.score, flags.lang));
      if (flags.out) out.stdout(flags.lang === "en" ? `Scored copy written to ${flags.out}` : `已写出评分后的副本：${flags.out}`);
    }
    return report.valid ? EXIT.ok : EXIT.errors;
  } catch (err) {
    return reportUnusable(file, err, flags, out);
  }
}

const READ_ONLY: Record<Exclude<LoadedGrids["format"], "ooxml">, string> = { xls: ".xls", xlsb: ".xlsb", ods: ".ods" };

/**
 * `--out` of a format read for reports only (DESIGN §6 Files): the package patcher writes .xlsx /
 * .xlsm, so the scored copy cannot be made; staff save the file as .xlsx first (exit 2).
 */
export function refuseReadOnly(file: string, format: LoadedGrids["format"]): void {
  if (format === "ooxml") return;
  throw new InputProblem({ code: "out-read-only-format", params: { path: file, ext: READ_ONLY[format] } });
}
