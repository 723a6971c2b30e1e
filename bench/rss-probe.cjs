// Preloaded into the CLI by bench/run.mjs (`node --require bench/rss-probe.cjs`): on exit, write the
// process's peak resident set size (worker threads included: one process) to $JIXIAO_RSS_FILE.
const { writeFileSync } = require("node:fs");
const file = process.env.JIXIAO_RSS_FILE;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS / 1024)));
