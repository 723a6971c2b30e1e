/**
 * What bench/run.mjs needs to count the Office adapter's round trips: the workbook simulator of
 * test/excel (office-addin-mock behind the `Excel` and `Office` globals, every context.sync()
 * counted and its payload measured), the adapter, and the steps the pane and ribbon run.
 * Bundled by bench/run.mjs with esbuild (office-addin-manifest mapped to its test stub, as jest does).
 */
export { installFake, uninstallFake } from "../test/excel/fake-excel";
export { fakeFromGrids, seedFake } from "../test/excel/workbooks";
export { createExcelHost } from "../src/excel/adapter";
export { runScore, runValidate } from "../src/app/controller";
export { buildModel, gridsOf, SIZES } from "./gen";
