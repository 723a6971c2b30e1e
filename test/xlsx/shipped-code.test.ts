/**
 * What ships reads files through one reader (issue 19, DESIGN §7): the CLI, its batch worker, the
 * web page's host and its workbook worker, bundled as scripts/build-cli.mjs and webpack bundle
 * them, pull in neither exceljs nor the exceljs-based grid reader (which
 * is gone from src/: test/xlsx/exceljs-grids.ts keeps it for the tests). esbuild's metafile lists every input of each
 * bundle; nothing is written.
 */
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(__dirname, "../..");
const entries = ["src/cli/main.ts", "src/cli/validate-worker.ts", "src/web/web-host.ts", "src/web/worker/workbook.worker.ts"];

jest.setTimeout(120_000);

it.each(entries)("%s bundles without exceljs, with the SheetJS reader", async (entry) => {
  const result = await build({ entryPoints: [path.join(root, entry)], bundle: true, write: false, metafile: true, platform: entry.startsWith("src/cli") ? "node" : "browser", format: "esm", logLevel: "silent", external: ["react", "react-dom"] });
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs.filter((i) => /node_modules\/exceljs\/|src\/xlsx\/read-grids\.ts|exceljs-fast-merges/.test(i))).toEqual([]);
  // The reader is there (for the host, behind the in-place engine's dynamic import), so the check
  // above looked at a real bundle.
  expect(inputs.some((i) => i.includes("node_modules/@e965/xlsx/"))).toBe(true);
});
