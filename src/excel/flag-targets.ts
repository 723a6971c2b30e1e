/**
 * What Validate paints (flags.ts): the areas to colour and the notes to write, from the issues —
 * a merged cell flagged as its whole area, the worst severity of a cell wins, at most NOTE_LIMIT
 * notes (errors first), never on a protected sheet or the flag sheet.
 */
import type { Issue, Lang, Severity } from "../core";
import { columnIndex } from "../core/grid";
import type { Rect } from "./addresses";
import { rowRuns } from "./blocks";
import type { FlagRecord } from "./flag-records";
import { FLAG_SHEET } from "./read";

export const NOTE_LIMIT = 500;
export const NOTE_MAX_CHARS = 1500;
export const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export interface FlagContext {
  /** Sheet names in the workbook (the flag sheet included when it exists). */
  names: string[];
  /** Merged areas per sheet, sheet coordinates. */
  merges: Map<string, Rect[]>;
  /** The flags of the previous Validate. */
  records: FlagRecord[];
  /** Notes in the workbook, or null when notes are not supported / not known. */
  noteCount: number | null;
  /**
   * Sheets the read found protected: not painted (a protected sheet refuses formats and notes,
   * even on its unlocked cells, unless its protection allows formatting); the pane lists their issues.
   */
  protectedSheets?: ReadonlySet<string>;
}

export interface FlagArea {
  sheet: string;
  rect: Rect;
  severity: Severity;
  merged?: boolean;
}

export interface FlagNote {
  sheet: string;
  row: number;
  col: number;
  severity: Severity;
  text: string;
}

const NOTE_HEAD: Record<Lang, string> = { "zh-CN": "绩效校验：", en: "Jixiao check:" };

/** Which areas to paint and which notes to write, from the issues. */
export function flagTargets(issues: readonly Issue[], ctx: FlagContext, lang: Lang): { areas: FlagArea[]; notes: FlagNote[] } {
  const names = new Set(ctx.names);
  interface Cell {
    sheet: string;
    rect: Rect;
    master: { row: number; col: number };
    severity: Severity;
    messages: string[];
    merged: boolean;
    order: number;
  }
  const cells = new Map<string, Cell>();
  issues.forEach((issue, order) => {
    const letters = /[A-Za-z]{1,3}/.exec(issue.column ?? "")?.[0];
    if (!letters || !issue.row || issue.sheet === FLAG_SHEET || !names.has(issue.sheet) || ctx.protectedSheets?.has(issue.sheet)) return;
    const row = issue.row - 1;
    const col = columnIndex(letters);
    const merge = ctx.merges.get(issue.sheet)?.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
    const rect = merge ?? { top: row, left: col, bottom: row, right: col };
    const k = `${issue.sheet}\u0000${rect.top},${rect.left}`;
    const found = cells.get(k);
    if (found) {
      if (RANK[issue.severity] > RANK[found.severity]) found.severity = issue.severity;
      if (!found.messages.includes(issue.message)) found.messages.push(issue.message);
    } else {
      cells.set(k, {
        sheet: issue.sheet,
        rect,
        master: { row: rect.top, col: rect.left },
        severity: issue.severity,
        messages: [issue.message],
        merged: Boolean(merge),
        order,
      });
    }
  });

  const areas: FlagArea[] = [];
  // single cells of one severity in one column become one run (a log column flagged on every row
  // is one area, not 20,000)
  const runs = new Map<string, Cell[]>();
  for (const c of cells.values()) {
    if (c.merged) {
      areas.push({ sheet: c.sheet, rect: c.rect, severity: c.severity, merged: true });
      continue;
    }
    const k = `${c.sheet}\u0000${c.rect.left}\u0000${c.severity}`;
    let list = runs.get(k);
    if (!list) runs.set(k, (list = []));
    list.push(c);
  }
  for (const list of runs.values()) {
    const { sheet, severity } = list[0];
    const col = list[0].rect.left;
    for (const run of rowRuns(list.map((c) => c.rect.top))) areas.push({ sheet, rect: { top: run.top, bottom: run.bottom, left: col, right: col }, severity });
  }
  areas.sort((a, b) => a.sheet.localeCompare(b.sheet) || a.rect.top - b.rect.top || a.rect.left - b.rect.left);

  const notes = [...cells.values()]
    .sort((a, b) => RANK[b.severity] - RANK[a.severity] || a.order - b.order)
    .slice(0, NOTE_LIMIT)
    .map((c) => {
      const body = c.messages.map((m) => `• ${m}`).join("\n");
      const text = `${NOTE_HEAD[lang]}\n${body}`;
      return { sheet: c.sheet, row: c.master.row, col: c.master.col, severity: c.severity, text: text.length > NOTE_MAX_CHARS ? `${text.slice(0, NOTE_MAX_CHARS - 1)}…` : text };
    });
  return { areas, notes };
}
