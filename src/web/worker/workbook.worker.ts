/**
 * The page's workbook worker: SheetJS reading and the package patcher run here, so a large
 * workbook never freezes the tab (DESIGN §8). Messages: protocol.ts. The result's bytes are
 * transferred, not copied; the sheets go as JSON text (see protocol.ts).
 */
import { applyPlanToBytes, openBytes } from "./engine";
import { errorToData, sheetsToJson, type WorkerRequest, type WorkerResponse } from "./protocol";

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage(m: WorkerResponse, transfer?: Transferable[]): void };

scope.onmessage = (e) => {
  const req = e.data;
  void (async () => {
    try {
      if (req.op === "open") {
        scope.postMessage({ id: req.id, sheetsJson: sheetsToJson(openBytes(req.bytes, req.fileName)) });
      } else {
        const out = await applyPlanToBytes(req.bytes, req.plan, req.fileName, req.sheetNames, (done, total) => scope.postMessage({ id: req.id, progress: [done, total] }));
        scope.postMessage({ id: req.id, sheetsJson: sheetsToJson(out.sheets), bytes: out.bytes }, [out.bytes.buffer as ArrayBuffer]);
      }
    } catch (err) {
      scope.postMessage({ id: req.id, error: errorToData(err) });
    }
  })();
};
