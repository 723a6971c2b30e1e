/**
 * `jixiao validate a.xlsx b.xlsx …` over many files (DESIGN §6: reviewers batch-check hundreds of
 * workbooks): the files are spread over worker threads (one per core), each running the very same
 * `validateFile` as the single-file path, and their reports are printed in argument order with the
 * same exit code (the worst of all files: 0 valid, 1 errors, 2 unusable).
 *
 * Each file has a time limit (`--timeout`, 60 s by default): a file still running past it is
 * reported as unusable (`处理超时（60 秒）`) and its worker is terminated and replaced, so one
 * pathological workbook cannot hold up the batch. A progress bar is drawn on stderr when it is a
 * terminal (progress.ts).
 *
 * One file without --timeout is validated in-process, exactly as before (no thread to start).
 */
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { InputProblem } from "./load";
import { EXIT, type Output } from "./output";
import { noProgress, type Progress } from "./progress";
import { reportUnusable, validateFile, type ValidateFlags } from "./validate-command";
import { loadProfileFlag } from "./profile-flag";
import type { ScoringProfile } from "../core/profile";

export const DEFAULT_TIMEOUT_SECONDS = 60;

export interface BatchFlags extends ValidateFlags {
  /** Per-file time limit in seconds (default 60). Given, it sends even one file to a worker. */
  timeout?: number;
  /** The program's --max-xml-mb (limits.ts), which workers must apply too. */
  maxXmlMb?: number;
}

/** One line a command wrote, and where. */
export type OutputLine = ["stdout" | "stderr", string];

/** What the main thread sends a worker, and what comes back. */
export interface ValidateJob {
  id: number;
  file: string;
  flags: ValidateFlags;
  maxXmlMb?: number;
  /** The --profile the main thread loaded (plain data): every worker validates under the same one. */
  profile: ScoringProfile;
}
export interface ValidateDone {
  id: number;
  code: number;
  lines: OutputLine[];
}

export interface BatchOptions {
  progress?: Progress;
  /** The worker script; by default validate-worker.js beside the CLI bundle (dist/). */
  workerFile?: string;
  /** Threads to use; by default one per available core (never more than the files). */
  workers?: number;
}

/** An Output that keeps the lines, for replaying them in order later. */
export function collectingOutput(): Output & { lines: OutputLine[] } {
  const lines: OutputLine[] = [];
  return { lines, stdout: (line) => lines.push(["stdout", line]), stderr: (line) => lines.push(["stderr", line]) };
}

export function defaultWorkerFile(): string {
  // In the bundle __dirname is dist/, where scripts/build-cli.mjs puts validate-worker.js.
  return path.join(__dirname, "validate-worker.js");
}

export async function validateFiles(files: string[], flags: BatchFlags, out: Output, options: BatchOptions = {}): Promise<number> {
  const jobFlags: ValidateFlags = { sheet: flags.sheet, json: flags.json, lang: flags.lang, profile: flags.profile };
  if (files.length === 1 && flags.timeout === undefined) return validateFile(files[0], jobFlags, out);
  // A bad --profile is a bad flag: one line and exit 2 before any file, as review does.
  let profile: ScoringProfile;
  try {
    profile = await loadProfileFlag(flags.profile);
  } catch (err) {
    if (!(err instanceof InputProblem)) throw err;
    out.stderr(err.text(flags.lang));
    return EXIT.unusable;
  }

  const progress = options.progress ?? noProgress;
  const total = files.length;
  const finished: (OutputLine[] | undefined)[] = new Array(total);
  const codes: number[] = new Array(total).fill(EXIT.ok);
  let printed = 0;
  let done = 0;
  progress.update(0, total);

  // Reports go out in argument order: a file's lines wait until every file before it is done.
  const record = (id: number, result: { code: number; lines: OutputLine[] }) => {
    finished[id] = result.lines;
    codes[id] = result.code;
    done++;
    if (printed < total && finished[printed]) {
      progress.hide();
      while (printed < total && finished[printed]) {
        for (const [stream, line] of finished[printed]!) out[stream](line);
        finished[printed] = [];
        printed++;
      }
    }
    progress.update(done, total);
  };

  const workerFile = options.workerFile ?? defaultWorkerFile();
  try {
    if (!existsSync(workerFile)) {
      // Not built (e.g. running from sources): validate in turn, in this thread.
      for (let id = 0; id < total; id++) {
        const sink = collectingOutput();
        const code = await validateFile(files[id], jobFlags, sink, profile);
        record(id, { code, lines: sink.lines });
      }
    } else {
      const limitMs = (flags.timeout ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
      const threads = Math.max(1, Math.min(options.workers ?? availableCores(), total));
      let next = 0;
      const slot = async () => {
        let worker: Worker | null = null;
        while (next < total) {
          const id = next++;
          // The clock of a file starts once its worker has loaded (the bundle and SheetJS take a while).
          if (!worker) {
            const start = await started(workerFile);
            if ("failure" in start) {
              record(id, unusable(files[id], start.failure, flags));
              continue;
            }
            worker = start.worker;
          }
          const outcome = await runJob(worker, { id, file: files[id], flags: jobFlags, maxXmlMb: flags.maxXmlMb, profile }, limitMs, flags);
          if (outcome.replaceWorker) {
            await worker.terminate();
            worker = null;
          }
          record(id, outcome.result);
        }
        if (worker) await worker.terminate();
      };
      await Promise.all(Array.from({ length: threads }, slot));
    }
  } finally {
    progress.end();
  }
  return codes.reduce((a, b) => Math.max(a, b), EXIT.ok);
}

function availableCores(): number {
  return typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length || 1;
}

/** A new worker, once it says it is ready; or why it could not start. */
function started(workerFile: string): Promise<{ worker: Worker } | { failure: unknown }> {
  return new Promise((resolve) => {
    const worker = new Worker(workerFile);
    const settle = (result: { worker: Worker } | { failure: unknown }) => {
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      resolve(result);
    };
    const onMessage = (msg: unknown) => {
      if (msg === WORKER_READY) settle({ worker });
    };
    const onError = (err: unknown) => settle({ failure: err });
    const onExit = (exitCode: number) => settle({ failure: new Error(`worker exited with code ${exitCode}`) });
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
  });
}

/** What a worker posts once it has loaded. */
export const WORKER_READY = "jixiao-validate-worker-ready";

/**
 * One file on one worker: its result, or — past the time limit, or when the worker dies — an
 * unusable-file report made here, with the worker marked for replacement.
 */
function runJob(
  worker: Worker,
  job: ValidateJob,
  limitMs: number,
  flags: BatchFlags,
): Promise<{ result: { code: number; lines: OutputLine[] }; replaceWorker: boolean }> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: { code: number; lines: OutputLine[] }, replaceWorker: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      resolve({ result, replaceWorker });
    };
    const onMessage = (msg: ValidateDone) => {
      if (msg && msg.id === job.id) settle({ code: msg.code, lines: msg.lines }, false);
    };
    const onError = (err: unknown) => settle(unusable(job.file, err, flags), true);
    const onExit = (exitCode: number) => settle(unusable(job.file, new Error(`worker exited with code ${exitCode}`), flags), true);
    const timer = setTimeout(() => {
      const seconds = formatSeconds(limitMs / 1000);
      const timedOut = new InputProblem({ code: "timed-out", params: { path: job.file, seconds } });
      settle(unusable(job.file, timedOut, flags), true);
    }, limitMs);
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage(job);
  });
}

/** The single-file path's report for a file that cannot be used (reportUnusable), as lines. */
function unusable(file: string, err: unknown, flags: ValidateFlags): { code: number; lines: OutputLine[] } {
  const sink = collectingOutput();
  const code = reportUnusable(file, err, flags, sink);
  return { code, lines: sink.lines };
}

function formatSeconds(s: number): string {
  return Number.isInteger(s) ? String(s) : String(Math.round(s * 1000) / 1000);
}
