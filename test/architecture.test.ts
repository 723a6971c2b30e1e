/**
 * The layers of docs/architecture.md, checked on the source: which folder of src/ may import which,
 * the core pure (no host folder, no Node, no DOM, no Office), no host importing another host.
 * Shipped source only (tests may reach across layers to build what they need). The imports are
 * read from the text — static `import … from`, `export … from`, `import("…")`, `require("…")` —
 * so the check needs no build.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const SRC = path.resolve(__dirname, "../src");

/** What each folder of src/ may import of the others (docs/architecture.md, "The folders"). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  core: [],
  app: ["core"],
  ui: ["app", "core"],
  xlsx: ["core"],
  excel: ["app", "core"],
  cli: ["core", "xlsx"],
  web: ["app", "core", "ui", "xlsx"],
  taskpane: ["app", "excel", "ui"],
  commands: ["app", "core", "excel"],
  sample: ["core"],
};

/** Hosts: the places grids come from and plans go to. None may import another. */
const HOSTS = ["excel", "cli", "web"];

/** Packages the core may use: it is plain TypeScript plus zod at its boundaries. */
const CORE_PACKAGES = ["zod"];

/** Code that runs in the browser too, so never Node's modules. */
const NO_NODE = ["core", "app", "ui", "xlsx", "excel", "web", "taskpane", "commands"];

/**
 * Known breaks of the rules, each to be fixed rather than allowed: listed so that the test fails
 * on any new one, and also once one is fixed (then take it off the list).
 * - The web page's file reader takes the zip directory scan from the CLI: it belongs with the
 *   other package code in src/xlsx (move src/cli/zip-directory.ts there).
 */
const KNOWN: readonly string[] = ["web/worker/read-file.ts imports cli (../../cli/zip-directory)"];

/** Globals of a browser, of Office.js and of Node that pure code must not touch. */
const HOST_GLOBAL = /\b(window|document|navigator|localStorage|sessionStorage|indexedDB|Office|Excel|OfficeExtension|process|Buffer|__dirname|__filename)\s*[.[(]|\b(fetch|require|setImmediate|postMessage|importScripts)\s*\(|\bnew\s+(Worker|XMLHttpRequest|FileReader|Blob)\b/;

export interface SourceFile {
  /** Path under src/, with `/`: `core/grid.ts`. */
  path: string;
  text: string;
}

function sourceFiles(dir = SRC): SourceFile[] {
  const out: SourceFile[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) out.push({ path: path.relative(SRC, p).split(path.sep).join("/"), text: readFileSync(p, "utf8") });
  }
  return out;
}

/** The text without comments and without the insides of strings (so `"Excel.run"` in a message is not code). */
function codeOnly(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|(["'`])(?:\\.|(?!\1)[^\\\n])*\1/g, (m) => (m.startsWith("/") ? " " : m[0] + m[0]));
}

function specifiers(text: string): string[] {
  const out: string[] = [];
  const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, " ");
  for (const m of code.matchAll(/\b(?:import|export)\s[^;]*?\bfrom\s*["']([^"']+)["']|\bimport\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)|\brequire\(\s*["']([^"']+)["']\s*\)/g))
    out.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  return out;
}

/** Every break of the rules in these files, one line each. */
export function violations(files: readonly SourceFile[]): string[] {
  const out: string[] = [];
  const folders = new Set(Object.keys(MAY_IMPORT));
  for (const f of files) {
    const from = f.path.split("/")[0];
    if (!f.path.includes("/")) continue; // a file at src/ itself (none today) belongs to no layer
    if (!folders.has(from)) {
      out.push(`${f.path}: folder ${from} is not in docs/architecture.md's table`);
      continue;
    }
    for (const spec of specifiers(f.text)) {
      if (spec.startsWith(".")) {
        const to = path.posix.normalize(path.posix.join(path.posix.dirname(f.path), spec)).split("/")[0];
        if (to === from) continue;
        if (to === ".." || !folders.has(to)) out.push(`${f.path} imports outside src/ (${spec})`);
        else if (!MAY_IMPORT[from].includes(to)) out.push(`${f.path} imports ${to} (${spec})`);
        continue;
      }
      const node = spec.startsWith("node:") || ["fs", "path", "os", "zlib", "crypto", "worker_threads", "child_process", "url", "util", "stream"].includes(spec.split("/")[0]);
      if (node && NO_NODE.includes(from)) out.push(`${f.path} imports Node's ${spec}`);
      if (from === "core" && !node) {
        const pkg = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0];
        if (!CORE_PACKAGES.includes(pkg)) out.push(`${f.path} imports the package ${spec}`);
      }
    }
    if (from === "core") {
      const m = HOST_GLOBAL.exec(codeOnly(f.text));
      if (m) out.push(`${f.path} uses a host global (${m[0].trim()})`);
    }
  }
  return out;
}

describe("the layers (docs/architecture.md)", () => {
  it("the table itself: the core imports no folder, and no host may import another host", () => {
    expect(MAY_IMPORT.core).toEqual([]);
    for (const h of HOSTS) expect(MAY_IMPORT[h].filter((to) => HOSTS.includes(to))).toEqual([]);
  });

  it("the source keeps to it, but for the known breaks listed above", () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(100); // it read the real tree
    expect(violations(files)).toEqual(KNOWN);
  });

  it("catches what it is for (a check that cannot fail checks nothing)", () => {
    const found = violations([
      { path: "core/a.ts", text: `import { readFileSync } from "node:fs";\nimport ExcelJS from "exceljs";\nimport { x } from "../xlsx/read";` },
      { path: "core/b.ts", text: `// Excel.run is what the host calls\nexport const msg = "Excel.run";\nexport async function f() { return Excel.run(async () => 1); }` },
      { path: "core/c.ts", text: `export const w = () => window.innerWidth;\nimport("../web/x");` },
      { path: "cli/d.ts", text: `export { a } from "../excel/adapter";` },
      { path: "web/e.ts", text: `import { b } from "../cli/load";\nimport { c } from "../xlsx/read";` },
      { path: "newhost/f.ts", text: `` },
    ]);
    expect(found).toEqual([
      "core/a.ts imports Node's node:fs",
      "core/a.ts imports the package exceljs",
      "core/a.ts imports xlsx (../xlsx/read)",
      "core/b.ts uses a host global (Excel.)",
      "core/c.ts imports web (../web/x)",
      "core/c.ts uses a host global (window.)",
      "cli/d.ts imports excel (../excel/adapter)",
      "web/e.ts imports cli (../cli/load)",
      "newhost/f.ts: folder newhost is not in docs/architecture.md's table",
    ]);
  });
});
