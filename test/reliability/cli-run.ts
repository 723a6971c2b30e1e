/**
 * Running the built CLI (`node dist/cli.js …`) as a user would, for the reliability tests: exit
 * code, stdout, stderr and the time it took, with a hard timeout (a hang fails, it does not stall
 * the suite).
 */
import { execFile, execFileSync } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
export const CLI = path.join(ROOT, "dist", "cli.js");

/** Build dist/cli.js from the sources (scripts/build-cli.mjs, esbuild: a few seconds). */
export function buildCli(): void {
  execFileSync(process.execPath, [path.join(ROOT, "scripts", "build-cli.mjs")], { cwd: ROOT, stdio: "pipe", timeout: 120_000 });
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

export function runCliProcess(args: string[], opts: { env?: Record<string, string>; timeoutMs?: number } = {}): Promise<CliRun> {
  const started = Date.now();
  return new Promise((resolve) => {
    const env = { ...process.env, ...(opts.env ?? {}) };
    delete env.NODE_OPTIONS;
    execFile(process.execPath, [CLI, ...args], { cwd: ROOT, env, timeout: opts.timeoutMs ?? 20_000, maxBuffer: 32 * 1024 * 1024, encoding: "utf8" }, (err, stdout, stderr) => {
      const e = err as (NodeJS.ErrnoException & { code?: number | string; killed?: boolean; signal?: string }) | null;
      const code = e ? (typeof e.code === "number" ? e.code : null) : 0;
      resolve({ code, stdout, stderr, ms: Date.now() - started, timedOut: !!e?.killed || e?.signal === "SIGTERM" });
    });
  });
}

/** Run jobs with at most `n` at a time (the CLI starts a Node process each: keep the machine usable). */
export async function pool<T, R>(items: T[], n: number, job: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await job(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return out;
}

/** A stack frame (`at fn (file:line:col)`) anywhere in the output means something was not caught. */
export const STACK_FRAME = /at .*\(/;
