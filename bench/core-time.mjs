#!/usr/bin/env node
/**
 * Core timings in a fresh process: generate the grids of one size in memory, then run Validate
 * and Score on them `--runs` times; prints one JSON line. Used by bench/run.mjs; run it alone
 * under `node --cpu-prof bench/core-time.mjs --size L` to profile the core.
 *
 *   node bench/core-time.mjs --size S|M|L [--runs 5] [--bundle bench/out/core.cjs] [--profile FILE]
 *
 * --profile writes a V8 CPU profile of the Validate + Score runs only (not of generating the
 * grids), for bench/profile-summary.mjs.
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const size = opt("--size", "L");
const runs = Number(opt("--runs", "5"));
const core = createRequire(import.meta.url)(path.resolve(opt("--bundle", path.join(here, "out", "core.cjs"))));

let grids;
const t0 = performance.now();
if (size === "S") grids = core.readWorkbookBytes(new Uint8Array(await core.buildSeedWorkbook({ log: "full" }).xlsx.writeBuffer()));
// Through JSON, as Office.js hands a read over (and as the CLI's reader builds plain strings):
// the generator's strings are built by concatenation, which the hosts' never are.
else grids = JSON.parse(JSON.stringify(core.gridsOf(core.buildModel(core.SIZES[size]))));
const generateMs = performance.now() - t0;

const profile = opt("--profile", null);
let session;
if (profile) {
  session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await session.post("Profiler.start");
}

const validateMs = [];
const scoreMs = [];
// CPU time of this thread and the GC's helpers, less sensitive than wall time to a busy machine.
const cpuMs = [];
let last;
for (let i = 0; i < runs; i++) {
  const cpu = process.cpuUsage();
  const a = performance.now();
  const v = core.validateWorkbook(grids);
  const b = performance.now();
  last = core.scoreWorkbook(grids);
  const c = performance.now();
  const used = process.cpuUsage(cpu);
  validateMs.push(b - a);
  scoreMs.push(c - b);
  cpuMs.push((used.user + used.system) / 1000);
  if (v.issues.length !== last.issues.length) throw new Error("validate and score disagree on the issues");
}
if (session) {
  const { profile: data } = await session.post("Profiler.stop");
  writeFileSync(profile, JSON.stringify(data));
  session.disconnect();
}
process.stdout.write(
  JSON.stringify({
    size,
    generateMs,
    validateMs,
    scoreMs,
    cpuMs,
    indicators: last.stats.indicators,
    issues: last.issues.length,
    total: last.score.total,
    logRows: grids.sheets[1] ? grids.sheets[1].values.length - 1 : 0,
  }) + "\n",
);
