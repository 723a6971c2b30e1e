#!/usr/bin/env node
/**
 * Summarise a V8 CPU profile (`node --cpu-prof`): self time by function and by area (our core,
 * our hosts, exceljs, jszip, sax, node internals, GC), so docs/benchmarks.md can say what
 * dominates with numbers.
 *
 *   node bench/profile-summary.mjs PROFILE.cpuprofile [--top 25] [--lines] [--json]
 *
 * Bundled code (dist/cli.js, bench/out/core.cjs) is attributed through its source map when one
 * sits beside it, so a function in the bundle shows as src/core/… rather than dist/cli.js.
 */
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

export function summarise(profile, topN = 25) {
  const { nodes, samples, timeDeltas } = profile;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < samples.length; i++) self.set(samples[i], (self.get(samples[i]) ?? 0) + (timeDeltas[i] ?? 0));
  const totalUs = [...self.values()].reduce((a, b) => a + b, 0);
  const maps = new Map();
  const fns = new Map();
  const areas = new Map();
  for (const [id, us] of self) {
    const n = byId.get(id);
    const cf = n.callFrame;
    const src = original(maps, cf);
    const name = cf.functionName || `(${cf.url ? "anonymous" : cf.functionName || "program"})`;
    const where = src ? `${src.file}:${src.line}` : cf.url ? `${shortUrl(cf.url)}:${cf.lineNumber + 1}` : "";
    const key = `${name}\u0000${where}`;
    fns.set(key, (fns.get(key) ?? 0) + us);
    const area = areaOf(src?.file ?? cf.url, name);
    areas.set(area, (areas.get(area) ?? 0) + us);
  }
  // Hot lines of the top functions (positionTicks: samples per source line of the bundle).
  const lineTicks = new Map();
  for (const n of nodes) {
    if (!n.positionTicks) continue;
    const cf = n.callFrame;
    for (const t of n.positionTicks) {
      const src = original(maps, { ...cf, lineNumber: t.line - 1, columnNumber: 0 }) ?? original(maps, { ...cf, lineNumber: t.line - 1, columnNumber: 1e9 });
      const where = src ? `${src.file}:${src.line}` : `${shortUrl(cf.url)}:${t.line}`;
      const key = `${cf.functionName || "(anonymous)"}\u0000${where}`;
      lineTicks.set(key, (lineTicks.get(key) ?? 0) + t.ticks);
    }
  }
  const totalTicks = [...lineTicks.values()].reduce((a, b) => a + b, 0) || 1;
  const ms = (us) => us / 1000;
  const pct = (us) => (100 * us) / totalUs;
  return {
    totalMs: ms(totalUs),
    areas: [...areas].sort((a, b) => b[1] - a[1]).map(([area, us]) => ({ area, ms: ms(us), pct: pct(us) })),
    functions: [...fns]
      .sort((a, b) => b[1] - a[1])
      .slice(0, topN)
      .map(([key, us]) => {
        const [name, where] = key.split("\u0000");
        return { name, where, ms: ms(us), pct: pct(us) };
      }),
    lines: [...lineTicks]
      .sort((a, b) => b[1] - a[1])
      .slice(0, topN)
      .map(([key, ticks]) => {
        const [name, where] = key.split("\u0000");
        return { name, where, pct: (100 * ticks) / totalTicks };
      }),
  };
}

function shortUrl(url) {
  const i = url.indexOf("node_modules/");
  if (i >= 0) return url.slice(i + "node_modules/".length);
  return url.replace(/^file:\/\//, "").replace(/^.*\/(dist|bench|src)\//, "$1/");
}

function areaOf(url = "", name) {
  if (name === "(garbage collector)") return "GC";
  if (name === "(idle)") return "idle";
  if (name === "(program)") return "V8 / native (program)";
  if (!url) return "native";
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1];
  if (url.startsWith("node:")) return "node internals";
  const m = /(src\/[^/]+(?:\/[^/.]+(?=\/))?)/.exec(url);
  if (m) return m[1];
  return shortUrl(url);
}

// ---- source maps: enough of the format to map a bundled line back to its source file --------

function original(maps, cf) {
  if (!cf.url || !/\.(c?js)$/.test(cf.url) || cf.url.includes("node_modules")) return null;
  const path = cf.url.startsWith("file://") ? fileURLToPath(cf.url) : cf.url;
  if (!maps.has(path)) maps.set(path, loadMap(path));
  const map = maps.get(path);
  if (!map) return null;
  const line = map.lines[cf.lineNumber];
  if (!line || line.length === 0) return null;
  let best = line[0];
  for (const seg of line) if (seg.col <= cf.columnNumber) best = seg;
  return { file: map.sources[best.src].replace(/^(\.\.\/)+/, ""), line: best.line + 1 };
}

function loadMap(path) {
  const mapPath = `${path}.map`;
  if (!existsSync(mapPath)) return null;
  const raw = JSON.parse(readFileSync(mapPath, "utf8"));
  const lines = [];
  let src = 0;
  let srcLine = 0;
  for (const text of raw.mappings.split(";")) {
    const segs = [];
    let col = 0;
    if (text)
      for (const part of text.split(",")) {
        const v = vlq(part);
        col += v[0];
        if (v.length >= 4) {
          src += v[1];
          srcLine += v[2];
          // v[3], the source column, is not needed: lines are enough here.
          segs.push({ col, src, line: srcLine });
        }
      }
    lines.push(segs);
  }
  return { sources: raw.sources, lines };
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function vlq(s) {
  const out = [];
  let shift = 0;
  let value = 0;
  for (const ch of s) {
    const d = B64.indexOf(ch);
    value += (d & 31) << shift;
    if (d & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

function main() {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) {
    process.stderr.write("usage: node bench/profile-summary.mjs PROFILE.cpuprofile [--top N] [--lines] [--json]\n");
    process.exit(2);
  }
  const top = Number(args[args.indexOf("--top") + 1]) || 25;
  const asJson = args.includes("--json");

  process.stdout.on("error", () => process.exit(0)); // piped into head
  const summary = summarise(JSON.parse(readFileSync(file, "utf8")), top);
  if (asJson) process.stdout.write(JSON.stringify(summary) + "\n");
  else {
    process.stdout.write(`total ${summary.totalMs.toFixed(0)} ms sampled\n\nby area (self time)\n`);
    for (const a of summary.areas.filter((x) => x.pct >= 0.5)) process.stdout.write(`  ${a.pct.toFixed(1).padStart(5)}%  ${a.ms.toFixed(0).padStart(7)} ms  ${a.area}\n`);
    process.stdout.write(`\ntop functions (self time)\n`);
    for (const f of summary.functions)
      process.stdout.write(`  ${f.pct.toFixed(1).padStart(5)}%  ${f.ms.toFixed(0).padStart(7)} ms  ${f.name}  ${f.where}\n`);
    if (args.includes("--lines")) {
      process.stdout.write(`\nhot lines (share of line samples)\n`);
      for (const l of summary.lines) process.stdout.write(`  ${l.pct.toFixed(1).padStart(5)}%  ${l.where}  (${l.name})\n`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
