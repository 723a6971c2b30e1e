/**
 * `jixiao score <file.xlsx> [--log-sheet NAME] [--out FILE.xlsx] [--json]` (DESIGN §6): validates,
 * scores every indicator it can, and with --out writes a scored copy — patched into the original
 * package part by part, so everything Score does not touch stays byte for byte. The input file is
 * never modified, and the copy is written atomically under the name its format needs
 * (write-output.ts).
 */
import type { Lang } from "../core/issues";
import { scoreWorkbook } from "../core";
import { gridsFromWorkbook } from "../xlsx/read-grids";
import { applyPlan } from "../xlsx/apply-plan";
import { loadWorkbook } from "./load";
import { checkOutput, checkOutputKind, writeOutput } from "./write-output";
import { reportJson } from "./json";
import { formatValidation } from "./format";
import { formatScore } from "./format-score";
import { EXIT, type Output } from "./output";
import { reportUnusable } from "./validate-command";

export interface ScoreFlags {
  sheet?: string;
  logSheet?: string;
  out?: string;
  json?: boolean;
  lang: Lang;
}

export async function scoreFile(file: string, flags: ScoreFlags, out: Output): Promise<number> {
  try {
    // The output is checked before the work, and again right before the write.
    if (flags.out) await checkOutput(file, flags.out);
    const { bytes, workbook, kind } = await loadWorkbook(file);
    if (flags.out) checkOutputKind(flags.out, kind);
    const report = scoreWorkbook(gridsFromWorkbook(workbook), { sheet: flags.sheet, logSheet: flags.logSheet, lang: flags.lang });
    if (report.issues.some((i) => i.code === "table-not-found")) {
      if (flags.json) out.stdout(JSON.stringify(reportJson(file, report, report.score)));
      out.stderr(report.issues[0].message);
      return EXIT.unusable;
    }
    if (flags.out) {
      const scored = await applyPlan(new Uint8Array(bytes), report.plan);
      await writeOutput(file, flags.out, kind, scored);
    }
    if (flags.json) out.stdout(JSON.stringify(reportJson(file, report, report.score)));
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
