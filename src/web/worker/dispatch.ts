/**
 * One request of the page to its workbook worker, answered: what workbook.worker.ts does with each
 * message, apart from the worker's global scope so the tests drive the very same code.
 */
import { runCoreOnBytes, keepSheets } from "./core-run";
import { applyPlanToBytes, openBytes } from "./engine";
import { errorToData, sheetsToJson, type WorkerRequest, type WorkerResponse } from "./protocol";

export type Post = (m: WorkerResponse, transfer?: Transferable[]) => void;

export async function answer(req: WorkerRequest, post: Post): Promise<void> {
  const progress = (done: number, total: number) => post({ id: req.id, progress: [done, total] });
  try {
    if (req.op === "open") {
      const sheets = openBytes(req.bytes, req.fileName, progress);
      keepSheets(req.doc, sheets);
      post({ id: req.id, sheetsJson: sheetsToJson(sheets) });
    } else if (req.op === "apply") {
      const out = await applyPlanToBytes(req.bytes, req.plan, req.fileName, req.sheetNames, progress);
      if (req.doc) keepSheets({ doc: req.doc.doc, version: req.doc.version + 1 }, out.sheets);
      post({ id: req.id, sheetsJson: sheetsToJson(out.sheets), bytes: out.bytes }, [out.bytes.buffer as ArrayBuffer]);
    } else {
      const { report, written } = await runCoreOnBytes(req, progress);
      if (!written) post({ id: req.id, report });
      else post({ id: req.id, report, sheetsJson: sheetsToJson(written.sheets), bytes: written.bytes }, [written.bytes.buffer as ArrayBuffer]);
    }
  } catch (err) {
    post({ id: req.id, error: errorToData(err) });
  }
}
