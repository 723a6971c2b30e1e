/**
 * The page's side of the workbook worker: open and apply as promises, run in a Web Worker where
 * the browser has one (no main-thread task over 200 ms on a 1,000-indicator workbook, DESIGN §8)
 * and in place where it has none (jsdom and the Node tests; a browser that refuses the worker).
 * Either way the same engine (engine.ts) answers.
 */
import type { WritePlan } from "../../core";
import type { CoreAnswer, CoreTask, DocRef } from "./core-run";
import type { Progress, SheetView } from "./engine";
import { errorFromData, sheetsFromJson, type WorkerRequest, type WorkerResponse, type WorkerTask } from "./protocol";

export interface WorkbookEngine {
  /** Read the file's bytes into the sheets the page shows (throws WorkbookFileError); `doc` keeps them for runCore. */
  open(bytes: Uint8Array, fileName: string, onProgress?: Progress, doc?: DocRef): Promise<SheetView[]>;
  /** Check and patch a write plan into the bytes; the new bytes and their sheets (kept as doc's next version). */
  apply(bytes: Uint8Array, plan: WritePlan, fileName: string, sheetNames: string[], onProgress?: Progress, doc?: DocRef): Promise<{ bytes: Uint8Array; sheets: SheetView[] }>;
  /** Validate or Score on the document's sheets (core-run.ts); Score's plan written into the bytes. */
  core(task: CoreTask, onProgress?: Progress): Promise<CoreAnswer>;
}

/** The engine in this thread: SheetJS, the core and the patcher load on first use (a chunk of their own, which a page with a worker never fetches). */
export function inThreadEngine(): WorkbookEngine {
  const engine = () => import(/* webpackChunkName: "workbook-in-place" */ "./engine");
  const coreRun = () => import(/* webpackChunkName: "workbook-in-place" */ "./core-run");
  return {
    async open(bytes, fileName, onProgress, doc) {
      const sheets = (await engine()).openBytes(bytes, fileName, onProgress);
      (await coreRun()).keepSheets(doc, sheets);
      return sheets;
    },
    async apply(bytes, plan, fileName, sheetNames, onProgress, doc) {
      const out = await (await engine()).applyPlanToBytes(bytes, plan, fileName, sheetNames, onProgress);
      if (doc) (await coreRun()).keepSheets({ doc: doc.doc, version: doc.version + 1 }, out.sheets);
      return out;
    },
    async core(task, onProgress) {
      return (await coreRun()).runCoreOnBytes(task, onProgress);
    },
  };
}

/**
 * The engine in a worker made by `spawn` (spawn-worker.ts). A worker that cannot start (a page
 * policy that forbids workers, a chunk that fails to load) hands its requests, and every later
 * one, to the engine in this thread: slower on a large file, never a failure the user sees.
 */
export function workerEngine(spawn: () => Worker, fallback: () => WorkbookEngine = inThreadEngine): WorkbookEngine {
  let worker: Worker | null = null;
  let local: WorkbookEngine | null = null;
  let answered = false;
  let next = 0;
  type Pending = { req: WorkerTask; resolve: (r: Answer) => void; reject: (e: Error) => void; onProgress?: Progress };
  const pending = new Map<number, Pending>();

  const inThread = (p: Pending): void => {
    local ??= fallback();
    const req = p.req;
    const run: Promise<Local> =
      req.op === "open"
        ? local.open(req.bytes, req.fileName, p.onProgress, req.doc).then((sheets) => ({ id: 0, sheets }))
        : req.op === "apply"
          ? local.apply(req.bytes, req.plan, req.fileName, req.sheetNames, p.onProgress, req.doc).then((r) => ({ id: 0, ...r }))
          : local.core(req, p.onProgress).then((r) => ({ id: 0, report: r.report, ...r.written }));
    run.then(p.resolve, p.reject);
  };

  const connect = (): Worker | null => {
    if (worker || local) return worker;
    let w: Worker;
    try {
      w = spawn();
    } catch {
      local = fallback();
      return null;
    }
    w.onmessage = (e: MessageEvent<WorkerResponse>) => {
      answered = true;
      const msg = e.data;
      const p = pending.get(msg.id);
      if (!p) return;
      if ("progress" in msg) return p.onProgress?.(...msg.progress);
      pending.delete(msg.id);
      if ("error" in msg) p.reject(errorFromData(msg.error));
      else p.resolve(msg as Answer);
    };
    w.onerror = (e: ErrorEvent) => {
      e.preventDefault?.();
      w.terminate();
      worker = null;
      const waiting = [...pending.values()];
      pending.clear();
      if (!answered) {
        // It never started: this thread does the work from now on.
        local = fallback();
        waiting.forEach(inThread);
      } else for (const p of waiting) p.reject(new Error(e.message || "workbook worker failed"));
    };
    return (worker = w);
  };

  const request = (req: WorkerTask, onProgress?: Progress): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const p: Pending = { req, resolve, reject, onProgress };
      const w = connect();
      if (!w) return inThread(p);
      const id = ++next;
      pending.set(id, p);
      // A copy goes over: the page keeps its bytes (Download) while the worker reads them.
      w.postMessage({ ...req, id } as WorkerRequest);
    });

  return {
    async open(bytes, fileName, onProgress, doc) {
      return sheetsOf(await request({ op: "open", bytes, fileName, doc }, onProgress));
    },
    async apply(bytes, plan, fileName, sheetNames, onProgress, doc) {
      const r = await request({ op: "apply", bytes, plan, fileName, sheetNames, doc }, onProgress);
      return { bytes: r.bytes!, sheets: sheetsOf(r) };
    },
    async core(task, onProgress) {
      const r = await request({ op: "core", ...task }, onProgress);
      const report = r.report as CoreAnswer["report"];
      return r.bytes ? { report, written: { bytes: r.bytes, sheets: sheetsOf(r) } } : { report };
    },
  };
}

/** An answer: the worker's (sheets as JSON) or the in-place fallback's (the sheets themselves). */
type Answer = { sheetsJson?: string; sheets?: SheetView[]; bytes?: Uint8Array; report?: unknown };
type Local = Answer & { id: number };

function sheetsOf(r: Answer): SheetView[] {
  return r.sheets ?? sheetsFromJson(r.sheetsJson ?? "[]");
}

let shared: WorkbookEngine | null = null;

/** The page's engine: one worker for the page's life, or in place where Worker is missing. */
export async function defaultEngine(): Promise<WorkbookEngine> {
  if (shared) return shared;
  if (typeof Worker === "undefined") return (shared = inThreadEngine());
  const { spawnWorkbookWorker } = await import("./spawn-worker");
  return (shared = workerEngine(spawnWorkbookWorker));
}
