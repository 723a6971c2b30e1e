// Bundles the Node entry points (the CLI, its batch worker, the sample-workbook maker) with
// esbuild, so `npm run cli` starts fast right after `npm install` (it runs as `prepare`).
import { build } from "esbuild";
import { existsSync } from "node:fs";

const entries = {
  cli: "src/cli/main.ts",
  "validate-worker": "src/cli/validate-worker.ts",
  "review-worker": "src/cli/review-worker.ts",
  "make-sample": "src/sample/make.ts",
};
const entryPoints = Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(file)));

await build({
  entryPoints,
  outdir: "dist",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  // exceljs and jszip stay in node_modules: they are large and already CommonJS.
  external: ["exceljs", "jszip"],
  logLevel: "warning",
});
