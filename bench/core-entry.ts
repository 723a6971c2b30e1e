/**
 * What the benchmark needs from the TypeScript sources, bundled by bench/run.mjs with esbuild
 * (exceljs stays external): the core's two entry points, the file reader (src/xlsx/read), the seed builder
 * and the scale generator.
 */
export { scoreWorkbook, validateWorkbook } from "../src/core";
export { readWorkbookBytes } from "../src/xlsx/read";
export { buildSeedWorkbook } from "../src/sample/build-seed";
export { buildModel, gridsOf, writeXlsx, SIZES } from "./gen";
