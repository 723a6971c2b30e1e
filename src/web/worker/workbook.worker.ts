/**
 * The page's workbook worker: SheetJS reading, the core's Validate and Score, and the package
 * patcher run here, so a large workbook never freezes the tab (DESIGN §8). Messages: protocol.ts;
 * what each one does: dispatch.ts. Result bytes are transferred, not copied.
 */
import { answer } from "./dispatch";
import type { WorkerRequest, WorkerResponse } from "./protocol";

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage(m: WorkerResponse, transfer?: Transferable[]): void };

scope.onmessage = (e) => void answer(e.data, (m, transfer) => scope.postMessage(m, transfer ?? []));
