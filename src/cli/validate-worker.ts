/**
 * A batch worker (batch.ts): validates the files the main thread sends, one at a time, with the
 * single-file path's own `validateFile`, and sends back its exit code and the lines it wrote.
 * Bundled to dist/validate-worker.js by scripts/build-cli.mjs.
 */
import { parentPort } from "node:worker_threads";
import { collectingOutput, WORKER_READY, type ValidateDone, type ValidateJob } from "./batch";
import { setMaxXmlMbFlag } from "./limits";
import { reportUnusable, validateFile } from "./validate-command";

const port = parentPort;
if (!port) throw new Error("validate-worker.js runs as a worker thread of the jixiao CLI");

port.on("message", async (job: ValidateJob) => {
  const sink = collectingOutput();
  let code: number;
  setMaxXmlMbFlag(job.maxXmlMb); // as the main thread's preAction hook does for one file
  try {
    code = await validateFile(job.file, job.flags, sink, job.profile);
  } catch (err) {
    code = reportUnusable(job.file, err, job.flags, sink);
  }
  const done: ValidateDone = { id: job.id, code, lines: sink.lines };
  port.postMessage(done);
});

port.postMessage(WORKER_READY);
