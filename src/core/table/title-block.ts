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

// Label keys (labelKey: no spaces, brackets or colons) → the field they fill. Longest first, so
// 项目实施单位 is 实施单位 and not 项目名称's neighbour.
const LABELS: readonly [string, keyof TitleBlock][] = [
  ["项目实施单位", "implementer"],
  ["项目名称", "project"],
  ["主管部门", "department"],
  ["预算部门", "department"],
  ["部门名称", "department"],
  ["主管单位", "department"],
  ["实施单位", "implementer"],
  ["项目单位", "implementer"],
  ["预算单位", "implementer"],
  ["单位名称", "unit"],
  ["填报单位", "unit"],
];
/** What may follow a label in its own cell before the value: (盖章), 名称, a colon. */
const LABEL_TAIL = /^(盖章|公章|名称)*/;

/** The label a cell's text starts with, and the value written after it in the same cell. */
function labelOf(text: string): { field: keyof TitleBlock; inline: string } | null {
  const key = labelKey(text);
  for (const [label, field] of LABELS) {
    if (!key.startsWith(label)) continue;
    // The value after the label in the same cell: after its first colon, else nothing.
    const colon = text.search(/[:：]/);
    const inline = colon >= 0 ? text.slice(colon + 1).trim() : "";
    const rest = key.slice(label.length).replace(LABEL_TAIL, "");
    // `项目名称` alone, or `项目名称：xxx`; not a longer phrase that only starts like a label.
    if (colon < 0 && rest !== "") continue;
    return { field, inline };
  }
  return null;
}

/** Reads the block in the grid rows before `headerRow` (all rows, up to 30, without a table). */
export function readTitleBlock(grid: Grid, headerRow?: number, merges = new MergeIndex(grid)): TitleBlock {
  const block: TitleBlock = {};
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
      if (value && block[found.field] === undefined) block[found.field] = value.replace(/\s+/g, " ");
    }
  }
  return block;
}

/** The 单位 a finance bureau files a table under (DESIGN §11's order of preference). */
export function filingUnit(block: TitleBlock): string {
  return block.unit ?? block.department ?? block.implementer ?? "";
}
