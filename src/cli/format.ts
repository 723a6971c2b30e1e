/** Human output of the CLI: a readable report grouped by row, Chinese by default. */
import type { Issue, Lang } from "../core/issues";
import type { ValidationReport } from "../core/report";
import { displayWidth } from "../core/text-width";

const SEVERITY: Record<Lang, Record<Issue["severity"], string>> = {
  "zh-CN": { error: "错误", warning: "警告", info: "提示" },
  en: { error: "error", warning: "warning", info: "info" },
};

export function formatValidation(file: string, report: ValidationReport, lang: Lang): string {
  const zh = lang === "zh-CN";
  const s = report.stats;
  const lines: string[] = [];
  lines.push(
    zh
      ? `${file} — 工作表「${report.sheet}」：${s.indicators} 个指标，${s.errors} 个错误，${s.warnings} 个警告，分值合计 ${s.totalWeight}`
      : `${file} — sheet "${report.sheet}": ${s.indicators} indicators, ${s.errors} errors, ${s.warnings} warnings, points total ${s.totalWeight}`,
  );
  // Group by sheet and row, so staff fix one row at a time.
  const groups = new Map<string, Issue[]>();
  for (const i of report.issues) {
    const key = `${i.sheet}\u0000${i.row}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(i);
  }
  for (const issues of groups.values()) {
    const first = issues[0];
    const where = zh ? `${first.sheet} 第 ${first.row} 行` : `${first.sheet} row ${first.row}`;
    const name = issues.find((i) => i.indicator)?.indicator;
    lines.push("");
    lines.push(`  ${where}${name ? `  ${name}` : ""}`);
    for (const i of issues) {
      const cell = i.column ? `${i.column}${i.row}` : "";
      lines.push(`    ${pad(SEVERITY[lang][i.severity], zh ? 4 : 7)} ${pad(cell, 6)} ${pad(i.code, 22)} ${i.message}`);
    }
  }
  lines.push("");
  lines.push(
    report.valid
      ? zh
        ? `结论：通过（没有错误${s.warnings ? `，${s.warnings} 个警告请留意` : ""}）`
        : `Result: valid (no errors${s.warnings ? `, ${s.warnings} warnings to review` : ""})`
      : zh
        ? `结论：有 ${s.errors} 个错误需要修改`
        : `Result: ${s.errors} errors to fix`,
  );
  return lines.join("\n");
}

/** Pad to a display width, counting CJK characters as two columns (the core's one rule, text-width.ts). */
export function pad(s: string, width: number): string {
  return s + " ".repeat(Math.max(0, width - displayWidth(s)));
}
