// `npm run demo`: validate and score the bundled sample workbook (assets/sample.xlsx, the 呈贡区
// 网信办 2022 table with a year of log entries), print the report and the score table, and write
// the scored copy to dist/demo/sample-scored.xlsx. The sample itself is never modified.
import { mkdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const sample = path.join("assets", "sample.xlsx");
const out = path.join("dist", "demo", "sample-scored.xlsx");
mkdirSync(path.join(root, "dist", "demo"), { recursive: true });

const run = (args) => spawnSync(process.execPath, [path.join(root, "bin", "jixiao.js"), ...args], { cwd: root, stdio: "inherit" }).status;

// Score validates first and prints the same report Validate would, then the score table.
console.log(`== jixiao score ${sample} --out ${out}\n`);
const s = run(["score", sample, "--out", out]);
console.log(`\nThe scored copy is at ${path.join(root, out)}; open it in Excel to see 实际完成值, the 得分 lines and the 绩效自评表 sheet.`);
// Exit codes as the CLI's: 0 no errors, 1 errors, 2 unusable.
process.exitCode = s ?? 2;
