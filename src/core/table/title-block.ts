/**
 * The title block above a target table: who files it and for which project (DESIGN §11: the
 * summary's 单位 and 项目名称; §12: the 自评表's 项目名称 / 主管部门 / 实施单位). Published tables
 * write it two ways, both read here:
 * - a label cell and its value in the next filled cell to the right:
 *   `项目名称 | 区委网信办经费 | 主管部门 | 呈贡区委宣传部`;
 * - label and value in one cell: `单位名称：中国共产党昆明市呈贡区委员会宣传部`, `填报单位(盖章)：…`.
 * Only rows above the table's header are read, so an indicator named 项目名称… is never taken.
 */
import { colCount, MergeIndex, rowCount, type Grid } from "../grid";
import { labelKey } from "../normalize";

export interface TitleBlock {
  /** 项目名称. */
  project?: string;
  /** 主管部门 (预算部门 / 部门名称). */
  department?: string;
  /** 实施单位 (项目单位 / 预算单位). */
  implementer?: string;
  /** 单位名称 / 填报单位. */
  unit?: string;
}

// Label keys (labelKey: no spaces, brackets or colons) → the field they fill, matched after a
// leading level (省级 / 市级 / 区级 / 县级) and, where the label itself does not start with it, a
// leading 项目 are taken off: `项目主管部门`, `项目执行单位`, `区级主管部门` (DESIGN §2's published
// variants; every layout of test/fixtures/published is in the test).
const LABELS: readonly [string, keyof TitleBlock][] = [
  ["项目名称", "project"],
  ["专项项目名称", "project"], // 专项(项目)名称 (陕西's 专项资金 tables)
  ["专项名称", "project"], // the 中央预算内投资 form
  ["主管部门", "department"],
  ["预算部门", "department"],
  ["部门名称", "department"],
  ["主管单位", "department"],
  ["实施单位", "implementer"],
  ["执行单位", "implementer"],
  ["项目单位", "implementer"],
  ["预算单位", "implementer"],
  ["下达地方或单位", "implementer"], // the 中央预算内投资 form: who receives and carries it out
  ["单位名称", "unit"],
  ["填报单位", "unit"],
];
/** What may follow a label in its own cell before the value: (盖章), (单位)名称, 及编码, a colon. */
const LABEL_TAIL = /^(盖章|公章|单位名称|名称|及编码|及代码|编码|代码)*/;
/**
 * A level before the label (`市级主管部门 | 宝鸡市水利局`, `区级主管部门 | 陈仓区水利局`): the most
 * local one names the unit that files, so it wins over a higher level; a label without a level
 * wins over both.
 */
const LEVELS: Record<string, number> = { 省级: 0, 市级: 1, 州级: 1, 区级: 2, 县级: 2 };
const NO_LEVEL = 3;
/** Cell text that only marks an empty value. */
const EMPTY_VALUE = /^[—–\-/／\s空无]*$/;
/** A code before the name (`[015001]武汉市青山区教育局`, 主管部门及编码): not part of the name. */
const CODE_PREFIX = /^[[［【(（]\s*\d+\s*[\]］】)）]\s*/;

interface Label {
  field: keyof TitleBlock;
  /** The value written after the label in the same cell (after its colon), or "". */
  inline: string;
  rank: number;
}

/** The label a cell's text starts with, and the value written after it in the same cell. */
function labelOf(text: string): Label | null {
  const key = labelKey(text);
  const level = /^(省级|市级|州级|区级|县级)/.exec(key)?.[1];
  const rank = level ? LEVELS[level] : NO_LEVEL;
  const base = level ? key.slice(level.length) : key;
  const colon = text.search(/[:：]/);
  const inline = colon >= 0 ? text.slice(colon + 1).trim() : "";
  for (const k of base.startsWith("项目") ? [base, base.slice(2)] : [base]) {
    for (const [label, field] of LABELS) {
      if (!k.startsWith(label)) continue;
      const rest = k.slice(label.length).replace(LABEL_TAIL, "");
      // `项目名称` alone, or `项目名称：xxx`; not a longer phrase that only starts like a label.
      if (colon < 0 && rest !== "") continue;
      return { field, inline, rank };
    }
  }
  return null;
}

/** A value as the summary shows it: one line, without a leading code. */
function cleanValue(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(CODE_PREFIX, "");
}

/** Reads the block in the grid rows before `headerRow` (all rows, up to 30, without a table). */
export function readTitleBlock(grid: Grid, headerRow?: number, merges = new MergeIndex(grid)): TitleBlock {
  const block: TitleBlock = {};
  const ranks: Partial<Record<keyof TitleBlock, number>> = {};
  const last = Math.min(headerRow ?? 30, rowCount(grid));
  const cols = colCount(grid);
  for (let r = 0; r < last; r++) {
    for (let c = 0; c < cols; c++) {
      const m = merges.at(r, c);
      if (m && (m.top !== r || m.left !== c)) continue; // a merge's other cells repeat its master
      const found = labelOf(merges.masterText(r, c).trim());
      if (!found) continue;
      let value = found.inline;
      if (!value) {
        // The next filled cell to the right that is not itself a label.
        for (let k = (m ? m.right : c) + 1; k < cols; k++) {
          const text = merges.masterText(r, k).trim();
          if (!text) continue;
          if (!labelOf(text)) value = text;
          break;
        }
      }
      if (EMPTY_VALUE.test(value)) continue;
      // The first value of a field, unless a label of a more local level comes later.
      if (block[found.field] !== undefined && (ranks[found.field] ?? 0) >= found.rank) continue;
      block[found.field] = cleanValue(value);
      ranks[found.field] = found.rank;
    }
  }
  return block;
}

/** The 单位 a finance bureau files a table under (DESIGN §11's order of preference). */
export function filingUnit(block: TitleBlock): string {
  return block.unit ?? block.department ?? block.implementer ?? "";
}
