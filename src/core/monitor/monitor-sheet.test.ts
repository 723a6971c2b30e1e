/**
 * The 绩效监控表 (DESIGN §9) as a write plan, applied to grids the way a host would: its rows, and
 * what staff write in it kept by a later Monitor (DESIGN §5).
 */
import { applyToGrids, setCell } from "../../../test/helpers/apply-grids";
import { gridOf, tidyGrid, tidyRow, workbook } from "../../../test/helpers/grids";
import { textAt, type CellValue, type Grid, type WorkbookGrids } from "../grid";
import { serialFromYmd } from "../log/dates";
import { RECORD_SHEET } from "../plan/ownership";
import { clearScorePlan, scoreWorkbook } from "../index";
import { analyzeWorkbook } from "../analyze";
import { monitorWorkbook } from "./monitor";
import { MONITOR_SHEET } from "./monitor-sheet";

const TITLE = ["2022年度项目绩效目标表", "", "", "", "", "", "", "", "", ""];
const PROJECT = ["项目名称", "区委网信办经费", "", "", "", "", "", "", "", ""];

function start(): WorkbookGrids {
  const target = tidyGrid([
    tidyRow({ 三级指标: "报告期数" }),
    tidyRow({ 三级指标: "满意度", 指标性质: ">=", 指标值: 98, 度量单位: "%", "评（扣）分标准": "7分，达到标准得7分" }),
  ]);
  const log = gridOf([["日期", "三级指标", "完成值"], ["2022-03-31", "报告期数", 3], ["2022-06-30", "报告期数", 2], ["2022-05-31", "满意度", 0.99]], { sheet: "完成情况台账" });
  return workbook(gridOf([TITLE, PROJECT, ...target.values]), log);
}

const monitorOn = (wb: WorkbookGrids, m: number, d: number) => monitorWorkbook(wb, { asOf: serialFromYmd(2022, m, d) });
const sheetOf = (wb: WorkbookGrids, name = MONITOR_SHEET): Grid => wb.sheets.find((g) => g.sheet === name)!;

/** The row of the sheet whose 三级指标 (column C) is `name`, as texts A…J. */
function rowNamed(g: Grid, name: string): CellValue[] {
  const r = g.values.findIndex((row) => row[2] === name);
  return r < 0 ? [] : g.values[r];
}

describe("the 绩效监控表", () => {
  it("has the national head and a row per indicator with the values to date, projected, the deviation and the proposal", () => {
    const wb = start();
    const { plan } = monitorOn(wb, 6, 30);
    const after = applyToGrids(wb, plan);
    const g = sheetOf(after);
    expect(textAt(g, 0, 0)).toBe("项目支出绩效目标执行监控表");
    expect(textAt(g, 1, 0)).toContain("（2022年度）  监控日");
    expect(textAt(g, 1, 0)).toContain("监控日：2022-06-30（1—6月执行情况，181/365 天）");
    expect(g.values[2].slice(0, 2)).toEqual(["项目名称", "区委网信办经费"]);
    // 5 期 by 30 June: 5 × 365 / 181 = 10.08, 10.08 − 12 = −1.92, 10.08 / 12 = 0.84 → 有可能.
    expect(rowNamed(g, "报告期数").slice(2, 8)).toEqual(["报告期数", "=12期", 5, 10.08, -1.92, "有可能"]);
    // 99 % as Excel stores a typed 99 % (0.99), deviation 99 − 98 = 1 point as 0.01.
    expect(rowNamed(g, "满意度").slice(4, 8)).toEqual([0.99, 0.99, 0.01, "确定能"]);
    expect(after.sheets.some((s) => s.sheet === RECORD_SHEET)).toBe(true);
  });

  it("keeps what staff wrote — 偏差原因分析, 措施 and a judgement they changed — and updates the rest", () => {
    const wb = start();
    const once = applyToGrids(wb, monitorOn(wb, 6, 30).plan);
    const g = sheetOf(once);
    const r = g.values.findIndex((row) => row[2] === "报告期数");
    const s = g.values.findIndex((row) => row[2] === "满意度");
    setCell(g, r, 7, "确定能"); // staff: the second half-year has more reports
    setCell(g, r, 8, "人员保障");
    setCell(g, r, 9, "下半年增配一名编辑");
    // A month later, with one more report logged.
    const log = sheetOf(once, "完成情况台账");
    log.values.push(["2022-07-20", "报告期数", 1]);
    const twice = applyToGrids(once, monitorOn(once, 7, 31).plan);
    const g2 = sheetOf(twice);
    // Staff's three cells kept; the values recomputed: 6 by 31 July (212 days): 6 × 365 / 212 = 10.33.
    expect(rowNamed(g2, "报告期数").slice(4, 10)).toEqual([6, 10.33, -1.67, "确定能", "人员保障", "下半年增配一名编辑"]);
    // The proposal staff did not touch is Monitor's to update.
    expect(rowNamed(g2, "满意度")[7]).toBe("确定能");
    expect(s).toBeGreaterThan(r);
  });

  it("updates a proposal staff left as it was", () => {
    const wb = start();
    const once = applyToGrids(wb, monitorOn(wb, 6, 30).plan);
    expect(rowNamed(sheetOf(once), "报告期数")[7]).toBe("有可能");
    sheetOf(once, "完成情况台账").values.push(["2022-07-01", "报告期数", 2]);
    // 7 by 1 July (182 days): 7 × 365 / 182 = 14.04 ≥ 12.
    const twice = applyToGrids(once, monitorOn(once, 7, 1).plan);
    expect(rowNamed(sheetOf(twice), "报告期数").slice(5, 8)).toEqual([14.04, 2.04, "确定能"]);
  });

  it("never replaces a 绩效监控表 staff made: it writes beside it", () => {
    const wb = start();
    wb.sheets.push(gridOf([["我们自己的监控表"]], { sheet: MONITOR_SHEET }));
    const after = applyToGrids(wb, monitorOn(wb, 6, 30).plan);
    expect(textAt(sheetOf(after), 0, 0)).toBe("我们自己的监控表");
    expect(textAt(sheetOf(after, "绩效监控表（监控）"), 0, 0)).toBe("项目支出绩效目标执行监控表");
  });

  it("is neither the target nor the log for Score afterwards", () => {
    const wb = start();
    const after = applyToGrids(wb, monitorOn(wb, 6, 30).plan);
    const report = scoreWorkbook(after);
    expect(report.sheet).toBe("项目绩效目标表");
    expect(report.score.indicators.map((i) => i.actual)).toEqual([5, 99]);
  });
});

describe("清除评分 and the 绩效监控表", () => {
  it("leaves the 绩效监控表 and Monitor's record alone: Clear takes out only what Score wrote", () => {
    const wb = start();
    const monitored = applyToGrids(wb, monitorOn(wb, 6, 30).plan);
    const scored = applyToGrids(monitored, scoreWorkbook(monitored).plan);
    expect(scored.sheets.map((g) => g.sheet)).toEqual(expect.arrayContaining(["绩效自评表", MONITOR_SHEET]));
    const g = sheetOf(scored);
    const r = g.values.findIndex((row) => row[2] === "报告期数");
    setCell(g, r, 7, "确定能"); // staff's judgement
    const cleared = applyToGrids(scored, clearScorePlan(scored, analyzeWorkbook(scored)).plan);
    expect(cleared.sheets.map((s) => s.sheet)).not.toContain("绩效自评表");
    expect(rowNamed(sheetOf(cleared), "报告期数")[7]).toBe("确定能");
    // The next Monitor still knows the judgement is staff's.
    const again = applyToGrids(cleared, monitorOn(cleared, 6, 30).plan);
    expect(rowNamed(sheetOf(again), "报告期数")[7]).toBe("确定能");
    expect(rowNamed(sheetOf(again), "满意度")[7]).toBe("确定能");
  });
});

describe("the 绩效监控表's dropdowns, lights and print setup", () => {
  it("puts the three judgements and the five causes in dropdowns over the indicator rows, lights following the judgement", () => {
    const wb = start();
    const sheet = monitorOn(wb, 6, 30).plan.sheets.find((s) => s.sheet === MONITOR_SHEET)!;
    const header = sheet.writes.find((w) => w.value === "完成目标可能性")!;
    const rows = sheet.writes.filter((w) => w.col === 2 && (w.value === "报告期数" || w.value === "满意度")).map((w) => w.row);
    const area = (col: number) => ({ top: header.row + 1, left: col, bottom: Math.max(...rows), right: col });
    expect(sheet.validations).toEqual([
      expect.objectContaining({ area: area(7), rule: { list: ["确定能", "有可能", "完全不可能"] }, errorStyle: "stop" }),
      expect.objectContaining({ area: area(8), rule: { list: ["经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"] }, errorStyle: "warning" }),
    ]);
    expect(sheet.highlights).toEqual([
      { area: area(7), equals: "确定能", fill: "C6EFCE" },
      { area: area(7), equals: "有可能", fill: "FFEB9C" },
      { area: area(7), equals: "完全不可能", fill: "FFC7CE" },
    ]);
    expect(sheet.freeze).toEqual({ rows: header.row + 1 });
    expect(sheet.pageSetup).toEqual({ orientation: "landscape", paper: "A4", fitToWidth: 1, titleRows: { top: header.row, bottom: header.row }, centerHorizontally: true });
  });

  it("gives rows whose wrapped text needs more lines the height for them: the note, a long 三级指标", () => {
    const wb = start();
    const sheet = monitorOn(wb, 6, 30).plan.sheets.find((s) => s.sheet === MONITOR_SHEET)!;
    const heights = new Map(sheet.rowHeights!.map((h) => [h.row, h.height]));
    // The note spans the ten columns' widths (12+14+30+14+14+14+10+14+22+30 = 174 units, 173 of
    // room); its text is longer than that in CJK units (2 each), so it needs at least two lines.
    const note = sheet.writes.find((w) => typeof w.value === "string" && w.value.startsWith("说明："))!;
    const units = [...String(note.value)].reduce((s, ch) => s + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
    expect(units).toBeGreaterThan(173);
    expect(heights.get(note.row)).toBeGreaterThan(15 * 2);
    // A one-line row keeps the default height: no entry.
    const short = sheet.writes.find((w) => w.col === 2 && w.value === "报告期数")!;
    expect(heights.has(short.row)).toBe(false);
  });
});
