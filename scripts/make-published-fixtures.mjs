// Builds the published-table fixtures (test/fixtures/published/xlsx/*.xlsx) from their specs:
// bundles the TypeScript builder with esbuild and runs it. The bundle goes under node_modules/.cache
// so that its require("exceljs") resolves to the project's copy.
import { build } from "esbuild";
import { createRequire } from "node:module";
import path from "node:path";

const out = path.resolve("node_modules/.cache/jixiao/make-published.cjs");
await build({ entryPoints: ["test/fixtures/published/make.ts"], outfile: out, bundle: true, platform: "node", format: "cjs", external: ["exceljs"], logLevel: "warning" });
createRequire(import.meta.url)(out);
