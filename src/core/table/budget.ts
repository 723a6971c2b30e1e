/**
 * The budget block of a 自评表 (年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分) above
 * the indicator table. Its 分值 is part of the 100 points: the indicators then total 100 − 分值.
 */
import { colCount, MergeIndex, valueAt, type Grid } from "../grid";
import { labelKey } from "../normalize";
import { validPoints } from "../points";
import { round } from "./value";

export interface BudgetBlock {
  /** Grid row of the labels and of the values below them. */
  labelRow: number;
  valueRow: number;
  full: number;
  /** 年初预算数, when the block has the column (monitoring reports it, DESIGN §9). */
  initial?: number | null;
  planned: number | null;
  spent: number | null;
  /** Grid columns of the block's cells, for writing 执行率 and 得分 back. */
  cols: { full: number; initial?: number; planned?: number; spent?: number; rate?: number; score?: number };
}

const LABELS = {
  initial: ["年初预算数"],
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
    const block = readValues(grid, merges, r, above, found as Required<Pick<typeof found, "planned" | "spent" | "full">> & typeof found);
    if (block) return block;
  }
  return null;
}

// The rows under the labels: 年度资金总额 (the total), then 其中 (of which) 财政拨款 / 本年财政拨款 /
// 上年结转资金 / 其他资金. The block ends where the 年度总体目标 or the indicators begin.
const TOTAL_ROW = /年度资金总额|资金总额|资金合计|合计/;
const PART_ROW = /其中|财政拨款|上年结转|其他资金|自筹/;
const BLOCK_END = /总体目标|年度目标|绩效指标|一级指标/;

type Found = { planned: number; spent: number; full: number; initial?: number; rate?: number; score?: number };

function readValues(grid: Grid, merges: MergeIndex, labelRow: number, above: number, found: Found): BudgetBlock | null {
  const left = Math.min(found.planned, found.spent, found.full);
  let total: number | null = null;
  const parts: number[] = [];
  let firstWithNumber: number | null = null;
  for (let v = labelRow + 1; v < above; v++) {
    const label = labelKey(rowLabel(grid, merges, v, left));
    if (BLOCK_END.test(label)) break;
    if (PART_ROW.test(label)) parts.push(v);
    else if (total === null && TOTAL_ROW.test(label)) total = v;
    if (firstWithNumber === null && (num(merges.masterValue(v, found.planned)) !== null || num(merges.masterValue(v, found.full)) !== null)) firstWithNumber = v;
  }
  // The values sit on the 年度资金总额 row; without that label, on the first row with a number.
  // A block with no figures at all is not read (as before 其中 rows were).
  if (firstWithNumber === null) return null;
  const valueRow = total ?? firstWithNumber;
  let planned = num(merges.masterValue(valueRow, found.planned));
  let spent = num(merges.masterValue(valueRow, found.spent));
  const full = num(merges.masterValue(valueRow, found.full));
  // A total left empty or 0 while the 其中 rows carry the figures: the block is their sum (DESIGN §2).
  if (total !== null && !planned && !spent) {
    const sum = (c: number) =>
      parts.reduce<number | null>((acc, v) => {
        const x = num(merges.masterValue(v, c));
        return x === null ? acc : (acc ?? 0) + x;
      }, null);
    const partsPlanned = sum(found.planned);
    const partsSpent = sum(found.spent);
    if (partsPlanned || partsSpent) {
      planned = partsPlanned === null ? planned : round(partsPlanned, 6);
      spent = partsSpent === null ? spent : round(partsSpent, 6);
    }
  }
  const initial = found.initial === undefined ? undefined : num(merges.masterValue(valueRow, found.initial));
  return {
    labelRow,
    valueRow,
    ...(initial === undefined ? {} : { initial }),
    // A 分值 that cannot be points (negative, above MAX_POINTS) counts as not written; one of 100
    // or more is the table's total written in the block's cell (鄂州 does), not the block's points.
    full: full !== null && full >= 100 ? 0 : (validPoints(full) ?? 10),
    planned,
    spent,
    cols: { full: found.full, initial: found.initial, planned: found.planned, spent: found.spent, rate: found.rate, score: found.score },
  };
}

/** The text that labels a row of the block: its first text cell left of the figures. */
function rowLabel(grid: Grid, merges: MergeIndex, r: number, left: number): string {
  for (let c = 0; c < left; c++) {
    const m = merges.at(r, c);
    // A label merged down over several rows (项目资金（万元）) labels the block, not this row.
    if (m && m.bottom > m.top) continue;
    const t = merges.masterText(r, c).trim();
    if (t) return t;
  }
  return "";
}

/** A figure of the block: a number, or text such as `125.25万` / `1,200` (the block is in 万元). */
function num(v: unknown): number | null {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string") {
    const t = v.replace(/[,，\s]/g, "").replace(/万元?$/, "");
    const n = Number(t);
    return t !== "" && Number.isFinite(n) ? n : null;
  }
  return null;
}

/** True when the block's 分值 cell is left blank: its points then come from the profile (DESIGN §10). */
export function budgetPointsBlank(grid: Grid, b: BudgetBlock): boolean {
  const v = valueAt(grid, b.valueRow, b.cols.full);
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}
