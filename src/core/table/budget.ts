/**
 * The budget block of a 自评表 (年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分) above
 * the indicator table. Its 分值 is part of the 100 points: the indicators then total 100 − 分值.
 */
import { colCount, MergeIndex, type Grid } from "../grid";
import { labelKey } from "../normalize";
import { validPoints } from "../points";

export interface BudgetBlock {
  /** Grid row of the labels and of the values below them. */
  labelRow: number;
  valueRow: number;
  full: number;
  planned: number | null;
  spent: number | null;
  /** Grid columns of the block's cells, for writing 执行率 and 得分 back. */
  cols: { full: number; planned?: number; spent?: number; rate?: number; score?: number };
}

const LABELS = {
  planned: ["全年预算数"],
  spent: ["全年执行数"],
  full: ["分值"],
  rate: ["执行率"],
  score: ["得分"],
} as const;

export function findBudgetBlock(grid: Grid, above: number, merges = new MergeIndex(grid)): BudgetBlock | null {
  const cols = colCount(grid);
  for (let r = 0; r < above; r++) {
    const found: Partial<Record<keyof typeof LABELS, number>> = {};
    for (let c = 0; c < cols; c++) {
      const key = labelKey(merges.masterText(r, c)).replace(/[（(].*$/, "");
      for (const [name, labels] of Object.entries(LABELS) as [keyof typeof LABELS, readonly string[]][])
        if (found[name] === undefined && labels.some((l) => key.startsWith(l))) found[name] = c;
    }
    if (found.planned === undefined || found.spent === undefined || found.full === undefined) continue;
    // The values sit on the first row below the labels that has a number under 全年预算数.
    for (let v = r + 1; v < above; v++) {
      const planned = num(merges.masterValue(v, found.planned));
      const full = num(merges.masterValue(v, found.full));
      if (planned === null && full === null) continue;
      return {
        labelRow: r,
        valueRow: v,
        // A 分值 that cannot be points (negative, above MAX_POINTS) counts as not written.
        full: validPoints(full) ?? 10,
        planned,
        spent: num(merges.masterValue(v, found.spent)),
        cols: { full: found.full, planned: found.planned, spent: found.spent, rate: found.rate, score: found.score },
      };
    }
  }
  return null;
}

function num(v: unknown): number | null {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string") {
    const n = Number(v.replace(/[,，\s]/g, ""));
    return v.trim() !== "" && Number.isFinite(n) ? n : null;
  }
  return null;
}

