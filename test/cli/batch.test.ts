/**
 * Batch validation on worker threads (src/cli/batch.ts): reports in argument order whatever order
 * the files finish in, a per-file time limit that reports a hung file and carries on with a new
 * worker, a dead worker reported as one unusable file — and the progress bar, drawn only on a
 * terminal. The workers here are small scripts that stand in for dist/validate-worker.js, so each
 * behaviour (slow, hung, crashing) can be produced on purpose.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { collectingOutput, validateFiles, WORKER_READY } from "../../src/cli/batch";
import { noProgress, progressBar } from "../../src/cli/progress";

const dir = mkdtempSync(path.join(os.tmpdir(), "jixiao-batch-"));

/** A worker script: answers each job after `delay(file)` ms, or never when it returns null. */
function fakeWorker(name: string, body: string): string {
  const file = path.join(dir, name);
  writeFileSync(
    file,
    `const { parentPort } = require("node:worker_threads");
parentPort.on("message", (job) => {
  ${body}
});
parentPort.postMessage(${JSON.stringify(WORKER_READY)});
`,
  );
  return file;
}

const answer = `parentPort.postMessage({ id: job.id, code: 0, lines: [["stdout", "report " + job.file]] });`;

test("reports come out in argument order, whatever order the files finish in", async () => {
  // The first files take longest: with two workers, later files finish first.
  const worker = fakeWorker("slow-first.js", `setTimeout(() => { ${answer} }, job.file === "a" ? 300 : job.file === "b" ? 150 : 10);`);
  const out = collectingOutput();
  const code = await validateFiles(["a", "b", "c", "d"], { lang: "zh-CN" }, out, { workerFile: worker, workers: 2 });
  expect(code).toBe(0);
  expect(out.lines).toEqual([
    ["stdout", "report a"],
    ["stdout", "report b"],
    ["stdout", "report c"],
    ["stdout", "report d"],
  ]);
});

test("a file past the time limit is reported as timed out (exit 2); the files after it still run", async () => {
  const worker = fakeWorker("hangs-on-b.js", `if (job.file === "b") return; ${answer}`);
  const out = collectingOutput();
  const started = Date.now();
  const code = await validateFiles(["a", "b", "c"], { lang: "zh-CN", timeout: 0.5 }, out, { workerFile: worker, workers: 1 });
  expect(code).toBe(2);
  expect(out.lines).toEqual([
    ["stdout", "report a"],
    ["stderr", "b：处理超时（0.5 秒）"],
    ["stdout", "report c"],
  ]);
  // One time limit waited, not a hang.
  expect(Date.now() - started).toBeLessThan(10_000);
});

test("--json: the timed-out file is a JSON report too; English with --lang en", async () => {
  const worker = fakeWorker("hangs.js", `return;`);
  const out = collectingOutput();
  const code = await validateFiles(["x.xlsx"], { lang: "en", json: true, timeout: 0.2 }, out, { workerFile: worker, workers: 1 });
  expect(code).toBe(2);
  expect(out.lines).toEqual([
    ["stdout", JSON.stringify({ file: "x.xlsx", valid: false, error: "x.xlsx: timed out after 0.2 s", problem: { code: "timed-out", params: { path: "x.xlsx", seconds: "0.2" } } })],
    ["stderr", "x.xlsx: timed out after 0.2 s"],
  ]);
});

test("a worker that dies is one unusable file; a new worker takes the rest", async () => {
  const worker = fakeWorker("dies-on-b.js", `if (job.file === "b") process.exit(7); ${answer}`);
  const out = collectingOutput();
  const code = await validateFiles(["a", "b", "c"], { lang: "zh-CN" }, out, { workerFile: worker, workers: 1 });
  expect(code).toBe(2);
  expect(out.lines).toEqual([
    ["stdout", "report a"],
    ["stderr", "b：无法处理（worker exited with code 7）。"],
    ["stdout", "report c"],
  ]);
});

describe("the progress bar", () => {
  const terminal = () => {
    const writes: string[] = [];
    return { writes, stream: { isTTY: true, columns: 60, write: (s: string) => writes.push(s) } };
  };

  test("nothing at all when stderr is not a terminal", () => {
    const writes: string[] = [];
    expect(progressBar({ isTTY: false, write: (s: string) => writes.push(s) }, "zh-CN")).toBe(noProgress);
    expect(writes).toEqual([]);
  });

  test("draws done/total in place, redraws at most every 80 ms but always the last, and clears at the end", () => {
    let t = 0;
    const { writes, stream } = terminal();
    const bar = progressBar(stream, "zh-CN", () => t);
    bar.update(0, 4);
    // 60 columns − 校验中 (6 wide) − " 0/4  0.0 s" (11) − 4 = 39 for the bar.
    expect(writes.at(-1)).toBe(`\r\x1b[2K校验中 [${"-".repeat(39)}] 0/4  0.0 s`);
    t = 10;
    bar.update(1, 4); // too soon: not redrawn
    expect(writes).toHaveLength(1);
    t = 100;
    bar.update(2, 4);
    expect(writes.at(-1)).toMatch(/ 2\/4 {2}0\.1 s$/);
    t = 110;
    bar.update(4, 4); // the last is always drawn
    expect(writes.at(-1)).toMatch(/\[#+\] 4\/4/);
    bar.end();
    expect(writes.at(-1)).toBe("\r\x1b[2K");
  });

  test("a report line clears the bar first (hide), and the bar comes back (show) while files remain", () => {
    const { writes, stream } = terminal();
    const bar = progressBar(stream, "en", () => 0);
    bar.update(1, 3);
    bar.hide();
    expect(writes.at(-1)).toBe("\r\x1b[2K");
    bar.show();
    expect(writes.at(-1)).toMatch(/Validating \[#+-+\] 1\/3/);
  });
});
