// Preloaded into the CLI by bench/run.mjs's review figure (`node --require bench/cpu-probe.cjs`): on
// exit, write the process's CPU time in ms (user + system, worker threads included) to
// $JIXIAO_CPU_FILE. On a machine shared with other work, wall time says how busy the neighbours
// were; CPU time per file says what the review itself costs.
const { writeFileSync } = require("node:fs");
const file = process.env.JIXIAO_CPU_FILE;
if (file)
  process.on("exit", () => {
    const u = process.resourceUsage();
    writeFileSync(file, String((u.userCPUTime + u.systemCPUTime) / 1000));
  });
