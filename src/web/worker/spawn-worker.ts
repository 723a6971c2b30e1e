/**
 * Starts the workbook worker. webpack 5 sees `new Worker(new URL(…, import.meta.url))` and bundles
 * workbook.worker.ts (with SheetJS and the patcher) as a chunk of its own; nothing in the config
 * names it. Loaded only in a browser (client.ts), never under jest's CommonJS.
 */
export function spawnWorkbookWorker(): Worker {
  // @ts-expect-error -- import.meta: tsconfig.json's CommonJS (jest, the CLI) lacks it; webpack builds this file as an ES module
  return new Worker(new URL("./workbook.worker.ts", import.meta.url), { name: "jixiao-workbook" });
}
