/**
 * `jixiao monitor <file> --as-of DATE [--log-sheet NAME] [--profile NAME|FILE.json] [--out FILE] [--json]` (DESIGN §6, §9):
 * mid-year monitoring from the same table and log as Score, for the log entries up to the date.
 * Without --out it prints the monitoring table; with --out it writes a copy with the 绩效监控表
 * sheet (the input is never modified). The JSON is the validation report plus `monitor`.
 */
import type { Lang } from "../core/issues";
import { reportOf } from "../core";
import { parseAsOf } from "../core/monitor/calendar";
import { monitorWorkbook } from "../core/monitor/monitor";
import { applyPlan } from "../xlsx/apply-plan";
import { InputProblem, loadGrids } from "./load";
import { checkOutput, checkOutputKind, writeOutput } from "./write-output";
import { reportJson } from "./json";
import { formatValidation } from "./format";
import { formatMonitor } from "./format-monitor";
import { EXIT, type Output } from "./output";
import { reportUnusable } from "./validate-command";
import { refuseReadOnly } from "./score-command";
import { loadProfileFlag } from "./profile-flag";

export interface MonitorFlags {
  asOf: string;
  sheet?: string;
  logSheet?: string;
  /** A built-in profile's name or a profile JSON file (profile-flag.ts). */
  profile?: string;
  out?: string;
  json?: boolean;
  lang: Lang;
}

export async function monitorFile(file: string, flags: MonitorFlags, out: Output): Promise<number> {
  try {
    const asOf = parseAsOf(flags.asOf);
    if (asOf === null) throw new InputProblem({ code: "as-of-invalid", params: { value: flags.asOf } });
    const profile = await loadProfileFlag(flags.profile);
    if (flags.out) await checkOutput(file, flags.out);
    const { bytes, grids, kind, format } = await loadGrids(file);
    if (flags.out) {
      refuseReadOnly(file, format);
      checkOutputKind(flags.out, kind);
    }
    const { analysis, monitor, plan } = monitorWorkbook(grids, { sheet: flags.sheet, logSheet: flags.logSheet, asOf, profile });
    const report = reportOf(analysis, flags.lang);
    if (!analysis.table) {
      if (flags.json) out.stdout(JSON.stringify({ ...reportJson(file, report, undefined, profile), monitor }));
      out.stderr(report.issues[0]?.message ?? "");
      return EXIT.unusable;
    }
    if (flags.out) await writeOutput(file, flags.out, kind, await applyPlan(new Uint8Array(bytes), plan));
    if (flags.json) out.stdout(JSON.stringify({ ...reportJson(file, report, undefined, profile), monitor }));
    else {
      out.stdout(formatValidation(file, report, flags.lang));
      out.stdout("");
      out.stdout(formatMonitor(monitor, flags.lang));
      if (flags.out) out.stdout(flags.lang === "en" ? `Copy with the 绩效监控表 written to ${flags.out}` : `已写出含绩效监控表的副本：${flags.out}`);
    }
    return report.valid ? EXIT.ok : EXIT.errors;
  } catch (err) {
    return reportUnusable(file, err, flags, out);
  }
}
