/**
 * The 项目支出绩效自评表 Score adds on its own sheet (DESIGN §5): 一级 / 二级 / 三级指标, 年度指标值,
 * 实际完成值, 分值, 得分 and 偏差原因分析及改进措施 — the last left for staff to write, and carried over
 * from the previous 自评表 when Score runs again, so nothing they wrote is lost.
 */
import type { ScoreResult } from "../report";
import type { ScoredIndicator } from "../score/score";
import type { CellWrite, SheetCell, SheetPlan } from "./types";
import { formLooks, rowHeights } from "./self-evaluation-looks";
import { actualCell } from "./actual-cell";
import { nameKey } from "../normalize";
import type { Indicator } from "../indicator";
import { notGradedText, notScoredText, unscoredCount } from "../score/reasons";
import type { TitleBlock } from "../table/title-block";
import { SIGN_OFF_LABELS } from "./remarks";
import { levelRuns } from "./level-runs";
import type { ScoringProfile } from "../profile/schema";
import { DEFAULT_PROFILE } from "../profile/builtins";
import { profileLabel } from "../profile/load";

export const SELF_EVALUATION_SHEET = "绩效自评表";
const HEADERS = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];
// 得分 is wide enough for `未评分：` and a short reason on two or three lines.
const WIDTHS = [12, 16, 30, 14, 14, 8, 12, 36];
/** 填报人 / 审核人 / 单位负责人 / 填报日期 and the column each starts in (the value goes right of it). */
const SIGN_OFF: [string, number][] = SIGN_OFF_LABELS.map((label, i) => [label, i * 2]);
const OPERATOR_SHOWN: Record<string, string> = { "=": "=", ">=": "≥", "<=": "≤", ">": ">", "<": "<", 定性: "" };

/** What the form's head shows (DESIGN §12): the year and the title block of the target sheet. */
export interface SelfEvaluationHead {
  year: string | null;
  block: TitleBlock;
  /** What staff filled in on the sign-off lines of the previous 自评表 (kept, DESIGN §5). */
  signOff?: Map<string, string>;
  /** A cell of the target table whose font the form takes (DESIGN §12: the target's font). */
  font?: SheetCell;
  /** The scoring profile the form was scored under (DESIGN §10: the 自评表's note names it); `default` when absent. */
  profile?: ScoringProfile;
}

/**
 * The note under the sign-off lines (DESIGN §10): the profile is named on every form, `default`
 * too, so a reviewer comparing the figures with the unit's own system sees which rules made them.
 * The form is the national one, in Chinese, so the label is too.
 */
export function profileNote(profile: ScoringProfile = DEFAULT_PROFILE): string {
  return `评分方案：${profileLabel(profile, "zh-CN")}`;
}

export function selfEvaluationSheet(result: ScoreResult, scored: ScoredIndicator[], remarks: Map<string, string>, head: SelfEvaluationHead = { year: null, block: {} }): SheetPlan {
  const writes: CellWrite[] = [];
  const merges: NonNullable<SheetPlan["merges"]> = [];
  const last = HEADERS.length - 1;
  const put = (row: number, col: number, value: string | number | null, extra: Partial<CellWrite> = {}) =>
    writes.push({ row, col, value, ...extra });

  put(0, 0, "项目支出绩效自评表", { bold: true });
  merges.push({ top: 0, left: 0, bottom: 0, right: last });
  let row = 1;
  const boxes: [number, number][] = [];
  if (head.year) {
    put(row, 0, `（${head.year}年度）`);
    merges.push({ top: row, left: 0, bottom: row, right: last });
    row++;
  }
  const { project, department, implementer } = head.block;
  const boxTop = row;
  if (project) {
    put(row, 0, "项目名称", { bold: true });
    put(row, 1, project, { wrap: true });
    merges.push({ top: row, left: 1, bottom: row, right: last });
    row++;
  }
  if (department || implementer) {
    put(row, 0, "主管部门", { bold: true });
    put(row, 1, department ?? "", { wrap: true });
    merges.push({ top: row, left: 1, bottom: row, right: 3 });
    put(row, 4, "实施单位", { bold: true });
    put(row, 5, implementer ?? "", { wrap: true });
    merges.push({ top: row, left: 5, bottom: row, right: last });
    row++;
  }
  if (row > boxTop) boxes.push([boxTop, row - 1]);
  if (result.budget) {
    const b = result.budget;
    ["年度资金", "全年预算数", "全年执行数", "分值", "执行率", "得分"].forEach((h, c) => put(row, c, h, { bold: true }));
    row++;
    put(row, 0, "项目资金");
    put(row, 1, b.planned);
    put(row, 2, b.spent);
    put(row, 3, b.full);
    put(row, 4, b.rate, { numberFormat: "0.00%" });
    // 未评分 says why in the 得分 cell itself: the form has no other column for it.
    put(row, 5, b.score ?? notScoredText(b.reason, "zh-CN"), b.score === null ? { wrap: true } : {});
    // The free cells to the right (header and value) give the reason room to read on one line.
    if (b.score === null) merges.push({ top: row - 1, left: 5, bottom: row - 1, right: last }, { top: row, left: 5, bottom: row, right: last });
    boxes.push([row - 1, row]);
    row += 2;
  }
  const headerRow = row;
  HEADERS.forEach((h, c) => put(headerRow, c, h, { bold: true, wrap: true }));
  row++;
  const levels = levelRuns(scored.map((x) => x.indicator), row);
  for (const l of levels.starts) put(l.row, l.col, l.value);
  merges.push(...levels.merges);
  scored.forEach(({ indicator: ind, result: s }) => {
    put(row, 2, ind.name, { wrap: true });
    put(row, 3, targetShown(ind));
    if (s.actual === null) put(row, 4, "");
    else writes.push({ row, col: 4, ...actualCell(ind, s.actual) });
    put(row, 5, s.full);
    // An unscored indicator says why where its points would be (`未评分：台账中没有该指标的记录`),
    // so the printed form never shows a blank a reader could take for 0; 偏差原因分析 stays staff's.
    put(row, 6, s.score ?? notScoredText(s.reason, "zh-CN"), s.score === null ? { wrap: true } : {});
    put(row, 7, remarks.get(nameKey(ind.name)) ?? "", { wrap: true });
    row++;
  });
  put(row, 0, "总分", { bold: true });
  merges.push({ top: row, left: 0, bottom: row, right: 4 });
  put(row, 5, result.max, { bold: true });
  const unscored = unscoredCount(result);
  put(row, 6, result.total ?? "未能评分", { bold: true, wrap: true });
  put(row, 7, result.complete ? "" : `数据不完整：${unscored} 项未能评分，原因见各项得分栏`, { wrap: true });
  row++;
  put(row, 0, "自评等级", { bold: true });
  merges.push({ top: row, left: 0, bottom: row, right: 4 });
  put(row, 5, result.grade ?? notGradedText(unscored, "zh-CN"), { bold: true });
  merges.push({ top: row, left: 5, bottom: row, right: last });
  const tableEnd = row;
  // The sign-off lines of the national form, left for staff to fill in by hand.
  row += 2;
  SIGN_OFF.forEach(([label, col]) => {
    put(row, col, label);
    const filled = head.signOff?.get(label);
    if (filled) put(row, col + 1, filled);
  });
  row++;
  put(row, 0, profileNote(head.profile));
  merges.push({ top: row, left: 0, bottom: row, right: last });
  return {
    sheet: SELF_EVALUATION_SHEET,
    create: true,
    replace: true,
    writes,
    merges,
    columnWidths: WIDTHS.map((width, col) => ({ col, width })),
    rowHeights: rowHeights(writes, WIDTHS, merges, 0),
    ...formLooks({ last, boxes, header: headerRow, tableEnd, signOff: row }, head.font),
  };
}

/**
 * 年度指标值 as the table shows it, once (DESIGN §5): the target cell's text, with the operator and
 * the unit added only when they sit in columns of their own — never a second time when the cell
 * carries them already (`≥50个`, not `≥≥50个`; `≥100百分比`, not `≥100百分比%`), and no operator
 * the table never wrote (a bare `100%`).
 */
export function targetShown(ind: Indicator): string {
  const text = ind.targetText;
  if (text === "" || ind.target === null || ind.target.kind !== "number") return text;
  const carriesOperator = /^[\s(（]*([<>=≥≤≧≦＞＜＝﹦]|不低于|不少于|不高于|不超过|大于|小于|等于|达到|高于|低于|超过|不多于|不大于|不小于)/.test(text);
  const op = ind.operatorText !== "" && !carriesOperator && ind.operator ? OPERATOR_SHOWN[ind.operator] : "";
  // A unit only after a bare number (`12` + 期); `98%`, `50个`, `100百分比`, `98%以上` carry theirs.
  const unit = /\d$/.test(text.trim()) && ind.unit !== "" && !ind.fromCombinedValue ? ind.unit : "";
  return `${op}${text}${unit}`;
}
