#!/usr/bin/env node
/**
 * The yardstick for cli_ratio_M: the least any exceljs-based tool does with a workbook — read the
 * file and write it back, nothing else. `jixiao score M.xlsx --out x.xlsx` reads, validates,
 * scores and writes a scored copy; bench/run.mjs divides its wall time by this script's.
 *
 *   node bench/baseline-roundtrip.mjs IN.xlsx OUT.xlsx
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const ExcelJS = require("exceljs");

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  process.stderr.write("usage: node bench/baseline-roundtrip.mjs IN.xlsx OUT.xlsx\n");
  process.exit(2);
}
const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(input);
await wb.xlsx.writeFile(output);
