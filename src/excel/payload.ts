/**
 * Payload sizes and round trips.
 *
 * Excel on the web refuses a request or a response over 5 MB, and a request is a whole
 * `context.sync()` batch, not one range: everything queued before a sync travels together. So two
 * limits are kept apart here:
 *
 * - BLOCK_BYTES: no single range read or write is planned above it (≈2.5 MB, half the limit,
 *   because sizes are estimates from rows × columns × bytes per cell). This holds everywhere.
 * - the sync budget: how many bytes one sync may carry. On Excel on the web it is WEB_SYNC_BUDGET
 *   (4 MB), so a workbook bigger than that needs more than one sync there — there is no way
 *   round it. Excel on Windows and Mac have no such limit, so there everything goes in one sync.
 *
 * SyncBatch does the bookkeeping: callers reserve the bytes of what they are about to queue, and it
 * syncs first when the reservation would pass the budget.
 */

export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const BLOCK_BYTES = 2.5 * 1024 * 1024;
export const WEB_SYNC_BUDGET = 4 * 1024 * 1024;
/** Rough size of one queued action (object path + action) in the request. */
export const ACTION_BYTES = 160;
/** Bytes per cell read (values + text + numberFormat as JSON) when nothing has been measured yet. */
export const DEFAULT_CELL_BYTES = 96;
/** Bytes per cell assumed after Excel refused a payload: far more careful. */
export const CAREFUL_CELL_BYTES = 400;
export const MAX_BLOCK_ROWS = 5000;

/** UTF-8 length of a string, without allocating a buffer. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The bytes a value takes as JSON in a request or response. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}

/**
 * Excel reads at most this many cells per range ("on all platforms, a range is limited to five
 * million cells for get operations"); past it `values` is null (office-js #4783).
 */
export const READ_CELL_LIMIT = 5_000_000;

/** Rows per read block for a sheet `cols` wide, so that a block stays under BLOCK_BYTES and Excel's cell limit. */
export function rowsPerBlock(cols: number, cellBytes: number): number {
  const rows = Math.floor(BLOCK_BYTES / Math.max(1, cols * cellBytes));
  return Math.max(1, Math.min(MAX_BLOCK_ROWS, rows, Math.floor(READ_CELL_LIMIT / Math.max(1, cols))));
}

/** True on Excel on the web, where the 5 MB limit applies. */
export function isExcelOnTheWeb(): boolean {
  try {
    return typeof Office !== "undefined" && String(Office.context?.platform) === "OfficeOnline";
  } catch {
    return false;
  }
}

/** The sync budget for this platform. */
export function syncBudget(): number {
  return isExcelOnTheWeb() ? WEB_SYNC_BUDGET : Number.POSITIVE_INFINITY;
}

/** Counts what is queued on a request context and syncs before the budget is passed. */
export class SyncBatch {
  private used = 0;
  syncs = 0;

  constructor(
    private readonly context: { sync(): Promise<unknown> },
    readonly budget: number,
    /** Queued again at the start of every batch after a sync (e.g. suspend calculation). */
    private readonly prelude?: () => void,
  ) {
    prelude?.();
  }

  /** Makes room for `bytes` about to be queued: syncs what is queued first if they would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.budget) {
      await this.sync();
      this.prelude?.();
    }
    this.used += bytes;
  }

  /** Sends what is queued. */
  async sync(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.used = 0;
  }

  get pending(): number {
    return this.used;
  }
}
