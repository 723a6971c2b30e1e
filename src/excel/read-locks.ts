import { rectAddress, type Rect } from "./addresses";
import { ACTION_BYTES, type SyncBatch } from "./payload";
import type { Probe } from "./read-probe";

/**
 * Which cells of a protected sheet Score may write: the unlocked ones (Format Cells › Protection ›
 * Locked off — what the sheet's author left for staff to fill in, typically the 实际完成值
 * column). Asked coarse to fine, so a sheet locked throughout (Excel's default) costs nothing: the
 * used range's `format.protection.locked` comes with the first sync (true, false, or null when its
 * cells differ); only where they differ does a follow-up ask per column, and one more per cell of
 * the columns that still differ (getCellProperties, LOCK_STRIP rows at a time).
 */
const LOCK_STRIP = 5000;
const LOCK_CELL_BYTES = 48;

/** The next step of finding a protected sheet's unlocked cells (see LOCK_STRIP); true when it queued one. */
export async function queueLocks(batch: SyncBatch, probe: Probe, used: Rect): Promise<boolean> {
  const all = (r: Rect) => {
    const out: { r: number; c: number }[] = [];
    for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) out.push({ r: i - used.top, c: j - used.left });
    return out;
  };
  const whole = probe.trimmed === undefined ? probe.usedLocked.locked : null; // a wide sheet's answer covers columns not read
  if (whole === true) probe.unlocked = [];
  else if (whole === false) probe.unlocked = all(used);
  else if (!probe.lockColumns) {
    probe.lockColumns = [];
    for (let c = used.left; c <= used.right; c++) {
      await batch.reserve(ACTION_BYTES * 2);
      const protection = probe.ws.getRange(rectAddress({ top: used.top, bottom: used.bottom, left: c, right: c })).format.protection;
      protection.load("locked");
      probe.lockColumns.push({ col: c, protection });
    }
    return true;
  } else if (!probe.lockCells) {
    probe.lockCells = [];
    const unlocked: { r: number; c: number }[] = [];
    for (const { col, protection } of probe.lockColumns) {
      if (protection.locked === false) unlocked.push(...all({ top: used.top, bottom: used.bottom, left: col, right: col }));
      if (protection.locked !== null) continue;
      for (let a = used.top; a <= used.bottom; a += LOCK_STRIP) {
        const b = Math.min(used.bottom, a + LOCK_STRIP - 1);
        await batch.reserve(ACTION_BYTES * 2 + (b - a + 1) * LOCK_CELL_BYTES);
        const cells = probe.ws.getRange(rectAddress({ top: a, bottom: b, left: col, right: col })).getCellProperties({ format: { protection: true } });
        probe.lockCells.push({ col, top: a, cells });
      }
    }
    if (probe.lockCells.length === 0) probe.unlocked = unlocked;
    else {
      probe.unlocked = undefined;
      probe.lockColumnsUnlocked = unlocked;
      return true;
    }
  } else {
    const unlocked = [...(probe.lockColumnsUnlocked ?? [])];
    for (const { col, top, cells } of probe.lockCells)
      cells.value.forEach((row, i) => {
        if (row[0]?.format?.protection?.locked === false) unlocked.push({ r: top + i - used.top, c: col - used.left });
      });
    probe.unlocked = unlocked;
  }
  return false;
}
