/**
 * Writes the sample workbook: the seed table in the official layout with the "full" 2022 log
 * (scores 100). Bundled to dist/make-sample.js by scripts/build-cli.mjs.
 *
 *   node dist/make-sample.js [out.xlsx]        (default: <repo>/assets/sample.xlsx)
 *   node dist/make-sample.js --all DIR         every variant instead (tidy, offset, 自评表, broken,
 *                                              partial log, names with line breaks) into dir
 */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { buildSeedWorkbook } from "./build-seed";
import { buildBrokenWorkbook, buildOffsetWorkbook, buildSelfEvaluationWorkbook, buildTidyWorkbook } from "./variants";

/** The repository root: the nearest folder above this script holding package.json. */
function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

async function write(wb: ExcelJS.Workbook, file: string): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
  process.stdout.write(`wrote ${path.relative(process.cwd(), file) || file}\n`);
}

async function main(argv: string[]): Promise<void> {
  const all = argv.includes("--all");
  const args = argv.filter((a) => a !== "--all");
  if (all) {
    if (!args[0]) throw new Error("--all needs an output folder: node dist/make-sample.js --all DIR");
    const dir = path.resolve(args[0]);
    await write(buildSeedWorkbook({ log: "full" }), path.join(dir, "seed-full.xlsx"));
    await write(buildSeedWorkbook({ log: "partial" }), path.join(dir, "seed-partial.xlsx"));
    await write(buildSeedWorkbook({ log: "none" }), path.join(dir, "seed-no-log.xlsx"));
    await write(buildSeedWorkbook({ log: "full", nameLineBreaks: true }), path.join(dir, "seed-line-breaks.xlsx"));
    await write(buildTidyWorkbook({ withLog: true }), path.join(dir, "tidy.xlsx"));
    await write(buildOffsetWorkbook(), path.join(dir, "offset.xlsx"));
    await write(buildSelfEvaluationWorkbook(), path.join(dir, "self-evaluation.xlsx"));
    await write(buildBrokenWorkbook(), path.join(dir, "broken.xlsx"));
    return;
  }
  const out = path.resolve(args[0] ?? path.join(repoRoot(), "assets", "sample.xlsx"));
  await write(buildSeedWorkbook({ log: "full" }), out);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`make-sample: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
});
