/**
 * A `jixiao review` worker: the batch pool's protocol (batch.ts: WORKER_READY, then a ValidateJob
 * in and a ValidateDone out per file), running reviewFile instead of validateFile. Its one line is
 * the file's review record as JSON, which the main thread prints or gathers into the summary. The
 * pool gives it the time limit, the replacement of a dead or hung worker, and argument order.
 * Bundled to dist/review-worker.js by scripts/build-cli.mjs.
 */
import { parentPort } from "node:worker_threads";
import { WORKER_READY, type ValidateDone, type ValidateJob } from "./batch";
import { setMaxXmlMbFlag } from "./limits";
import { EXIT } from "./output";
import { profileFromEnv, reviewFile, unreadable } from "./review-file";

const port = parentPort;
if (!port) throw new Error("review-worker.js runs as a worker thread of the jixiao CLI");
const profile = profileFromEnv();

port.on("message", async (job: ValidateJob) => {
  setMaxXmlMbFlag(job.maxXmlMb); // as the main thread's preAction hook does
  let record;
  try {
    record = await reviewFile(job.file, { sheet: job.flags.sheet, lang: job.flags.lang, profile });
  } catch (err) {
    record = unreadable(job.file, err, job.flags.lang);
  }
  const done: ValidateDone = { id: job.id, code: record.verdict === "pass" ? EXIT.ok : EXIT.errors, lines: [["stdout", JSON.stringify(record)]] };
  port.postMessage(done);
});

port.postMessage(WORKER_READY);
