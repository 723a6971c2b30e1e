/**
 * More sample workbooks, each shaped like a kind of real file the reader meets (DESIGN §2):
 * a tidy one-row table, an offset table with header variants and combined value cells, a
 * 项目支出绩效自评表 with its budget block, and the seed layout full of deliberate mistakes.
 */
import type ExcelJS from "exceljs";
import {
  colLetter,
  day,
  newWorkbook,
  styleCell,
  writeLogSheet,
  writeOfficialTable,
  type LogEntry,
  type TableIndicatorRow,
  type TableRow,
} from "./build-seed";
import { SEED_GOALS, SEED_NAMES, SOURCE_NOTICE, SOURCE_RULES } from "./seed";

// ---------------------------------------------------------------------------------------------
// Tidy: one header row in A1, no merges, 一级 / 二级 repeated on every row
// ---------------------------------------------------------------------------------------------

export const TIDY_HEADERS = [
  "一级指标",
  "二级指标",
  "三级指标",
  "指标性质",
  "指标值",
  "度量单位",
  "指标属性",
  "评（扣）分标准",
  "指标内容",
  "数据来源",
] as const;

/** The tidy table's rows (a 农村公路养护 project, 2023); points sum to 100. */
export const TIDY_ROWS: readonly (readonly [string, string, string, string, number | string, string, string, string, string, string])[] = [
  ["产出指标", "数量指标", "养护农村公路里程", ">=", 120, "公里", "定量指标", "30分，每少10公里扣3分", "反映年度养护农村公路里程", "年度养护计划"],
  ["产出指标", "质量指标", "路面技术状况优良率", ">=", 85, "%", "定量指标", "20分，每低于1个百分点扣2分，扣完为止", "反映养护后路面技术状况", "公路技术状况评定报告"],
  ["产出指标", "时效指标", "养护任务按期完成率", "=", 100, "%", "定量指标", "10分，按计划完成得10分", "反映养护任务完成的及时程度", "年度养护计划"],
  ["产出指标", "成本指标", "每公里养护成本", "<=", 0.8, "万元", "定量指标", "10分，每超过0.1万元扣2分", "反映养护成本控制情况", "项目预算批复"],
  ["效益指标", "社会效益指标", "群众出行条件", "定性", "改善", "", "定性指标", "10分，达到预期得10分", "反映群众出行条件改善情况", "群众走访记录"],
  ["效益指标", "可持续影响指标", "公路使用年限延长", ">=", 3, "年", "定量指标", "10分，达到标准得10分", "反映养护对公路使用年限的影响", "公路养护技术规范"],
  ["满意度指标", "服务对象满意度指标", "沿线群众满意度", ">=", 90, "%", "定量指标", "10分，≥90%,计10分;80%(含)-90%,计8分;低于80%不得分", "反映沿线群众对养护工作的满意程度", "满意度问卷调查"],
];

export interface TidyWorkbookOptions {
  /** Add a small 完成情况台账 (all targets met except 路面优良率 83%) — default false. */
  withLog?: boolean;
}

/**
 * Sheet `绩效目标`: header in A1:J1, one indicator per row from row 2, no merges, no title.
 * With `withLog`, expected scores: 里程 125 → 30, 优良率 83% → 20 − 2×2 = 16, 按期 100% → 10,
 * 成本 0.78 → 10, 出行 改善 → 10, 年限 3 → 10, 满意度 92% → 10; total 96.
 */
export function buildTidyWorkbook(opts: TidyWorkbookOptions = {}): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("绩效目标", { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
  const widths = [10, 16, 20, 8, 8, 8, 10, 30, 28, 18];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  TIDY_HEADERS.forEach((h, i) => {
    ws.getCell(1, i + 1).value = h;
    styleCell(ws.getCell(1, i + 1), { header: true });
  });
  TIDY_ROWS.forEach((row, r) => {
    row.forEach((v, c) => {
      const cell = ws.getCell(r + 2, c + 1);
      if (v !== "") cell.value = v;
      styleCell(cell, { align: c >= 7 ? "left" : "center" });
    });
    ws.getRow(r + 2).height = 30;
  });
  ws.pageSetup.printArea = `A1:J${TIDY_ROWS.length + 1}`;
  if (opts.withLog) {
    const e: LogEntry[] = [
      { date: day(2023, 6, 30), name: "养护农村公路里程", value: 60 },
      { date: day(2023, 12, 20), name: "养护农村公路里程", value: 65 },
      { date: day(2023, 12, 25), name: "路面技术状况优良率", value: 0.83, numFmt: "0%" },
      { date: day(2023, 12, 25), name: "养护任务按期完成率", value: 1, numFmt: "0%" },
      { date: day(2023, 12, 31), name: "每公里养护成本", value: 0.78 },
      { date: day(2023, 12, 31), name: "群众出行条件", value: "改善" },
      { date: day(2023, 12, 31), name: "公路使用年限延长", value: 3 },
      { date: day(2023, 12, 31), name: "沿线群众满意度", value: 0.92, numFmt: "0%", remark: "佐证材料：问卷调查汇总表" },
    ];
    writeLogSheet(wb, e);
  }
  return wb;
}

// ---------------------------------------------------------------------------------------------
// Offset: starts at B4, other column order, header variants, combined 指标值及单位
// ---------------------------------------------------------------------------------------------

/**
 * Sheet `Sheet1` (a 城市管理信息化 project, 2023), points summing to 100.
 *
 * - B1 title `2023年城市管理信息化建设项目绩效目标表` (merged B1:J1), rows 2–3 blank.
 * - Header on row 4, one row, starting at B4, columns in this order:
 *     B ` 一级指标`  C `二级 指标`  D `三级指标 `  E `评(扣)分标准` (half-width brackets)
 *     F (blank spacer column, no header, no values)
 *     G `指标值及单位` (operator and unit inside the value)  H `指标属性`  I `指标内容`
 *     J `数据来源`
 *   No 指标性质 and no 度量单位 column.
 * - 一级 merged vertically (B5:B10 产出指标, B12:B13 效益指标), 二级 written on every row.
 * - Row  5 网络带宽             `≥80M`          row  6 购置执法车辆数量 `10辆` (no operator)
 *   Row  7 开展业务培训次数     `１２次` (full-width digits)
 *   Row  8 设备采购成本         `≤90万元`       row  9 设备验收质量     `合格`
 *   Row 10 (hidden) 二级 `时效指标` left unused: no 三级, no values (template leftover)
 *   Row 11 blank spacer row (inside the table)
 *   Row 12 系统正常运行率       `≥100百分比`    row 13 设备使用年限     `≥5年`
 *   Row 14 群众满意度           `98%以上`
 * - Stray spaces: ` 产出指标 `, `社会效益指标 `, `购置 执法车辆数量`.
 */
export function buildOffsetWorkbook(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("Sheet1", { pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const widths: Record<string, number> = { A: 3, B: 10, C: 14, D: 20, E: 30, F: 2, G: 12, H: 10, I: 26, J: 18 };
  for (const [l, w] of Object.entries(widths)) ws.getColumn(l).width = w;

  ws.mergeCells("B1:J1");
  ws.getCell("B1").value = "2023年城市管理信息化建设项目绩效目标表";
  styleCell(ws.getCell("B1"), { bold: true, size: 16, border: false });
  ws.getRow(1).height = 32;

  const headers: Record<string, string> = {
    B: " 一级指标",
    C: "二级 指标",
    D: "三级指标 ",
    E: "评(扣)分标准",
    G: "指标值及单位",
    H: "指标属性",
    I: "指标内容",
    J: "数据来源",
  };
  for (const [l, h] of Object.entries(headers)) {
    ws.getCell(`${l}4`).value = h;
    styleCell(ws.getCell(`${l}4`), { header: true });
  }
  ws.getRow(4).height = 24;

  // [level1 (top of merge only), level2, name, rule, value, attribute, content, source]
  type R = [string, string, string, string, string, string, string, string];
  const rows: (R | null)[] = [
    [" 产出指标 ", "数量指标", "网络带宽", "10分，达到标准得10分", "≥80M", "定量指标", "反映政务外网接入带宽", "网络建设方案"],
    ["", "数量指标", "购置 执法车辆数量", "20分，每少1辆扣2分", "10辆", "定量指标", "反映购置执法车辆数量", "政府采购计划"],
    ["", "数量指标", "开展业务培训次数", "12分，完成1次得1分", "１２次", "定量指标", "反映开展信息系统业务培训次数", "年度培训计划"],
    ["", "成本指标", "设备采购成本", "10分，每超过1万元扣1分，扣完为止", "≤90万元", "定量指标", "反映设备采购成本控制情况", "项目预算批复"],
    ["", "质量指标", "设备验收质量", "10分，质量合格得10分", "合格", "定性指标", "反映设备验收质量", "验收报告"],
    ["", "时效指标", "", "", "", "", "", ""],
    null,
    ["效益指标", "社会效益指标 ", "系统正常运行率", "14分，按完成比例得分", "≥100百分比", "定量指标", "反映系统正常运行情况", "系统运行日志"],
    ["", "可持续影响指标", "设备使用年限", "10分，达到标准得10分", "≥5年", "定量指标", "反映设备可持续使用年限", "设备技术参数"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "14分，达到98%得满分，90%-98%得10分，低于90%不得分", "98%以上", "定量指标", "反映群众对城市管理服务的满意程度", "满意度问卷调查"],
  ];
  const cols = ["B", "C", "D", "E", "G", "H", "I", "J"];
  rows.forEach((row, i) => {
    const r = 5 + i;
    ws.getRow(r).height = 28;
    if (!row) return;
    row.forEach((v, c) => {
      const cell = ws.getCell(`${cols[c]}${r}`);
      if (v !== "") cell.value = v;
    });
    for (const l of [...cols, "F"]) styleCell(ws.getCell(`${l}${r}`), { align: l === "E" || l === "I" ? "left" : "center", border: l !== "F" });
  });
  ws.mergeCells("B5:B10");
  ws.mergeCells("B12:B13");
  ws.getRow(10).hidden = true;
  ws.pageSetup.printArea = "B1:J14";
  return wb;
}

// ---------------------------------------------------------------------------------------------
// 项目支出绩效自评表: budget block above the indicator table
// ---------------------------------------------------------------------------------------------

/** The self-evaluation indicator rows: [一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 偏差原因]. */
type SelfRow = [string, string, string, string, string | number, number, string];

/**
 * Sheet `项目支出绩效自评表` (the seed project's 2022 self-evaluation), columns A–J:
 *
 *   1  A1:J1 项目支出绩效自评表                 2  A2:J2 （2022年度）
 *   3  项目名称 | 区委网信办经费                 4  主管部门 … | 实施单位 …
 *   5  A5:A9 项目资金（万元）; D5 年初预算数, E5 全年预算数, F5 全年执行数, G5 分值, H5 执行率,
 *      I5:J5 得分
 *   6  B6:C6 年度资金总额   76 | 76 | 72.2 | 10 | =F6/E6 (0.95, `0.00%`) | (blank: Score fills)
 *   7  其中：当年财政拨款   76 | 76 | 72.2 | — | — | —
 *   8  上年结转资金          0 |  0 |  0   | — | — | —
 *   9  其他资金              (blank)       | — | — | —
 *  10  A10:A11 年度总体目标; B10:F10 预期目标, G10:J10 实际完成情况;  11 their texts
 *  12  A12:A23 绩效指标 (merged); B12 一级指标, C12 二级指标, D12 三级指标, E12 年度指标值,
 *      F12 实际完成值, G12 分值, H12 得分, I12:J12 偏差原因分析及改进措施
 *  13–23  eleven indicators (一级 / 二级 merged vertically), 分值 summing to 90
 *      (100 − the budget block's 10); 得分 blank. Row 23 (社会公众满意度) uses the older
 *      taxonomy edition: 效益指标 / 社会公众或服务对象满意度指标.
 *  24  A24:F24 总分 | G24 100 | H24 blank
 *
 * Expected scores with the national default (no rule column; 分值 gives the full points):
 * 分析研判 12/12 → 10; 一周综述 46/48 → 20 × 46/48 = 19.17; 专报 不定期, 3期 → 5; 微信微博 → 10;
 * 外宣 → 4; 选题 240 ≥ 200 → 6; 质量 合格 → 7; 时限 350 ≤ 365 天 → 7; 舆论导向 100% → 7;
 * 清朗 98.5% (0.985 `0.0%`) → 7; 满意度 98.6% → 7. Indicators 89.17; budget 10 × 72.2/76 = 9.5;
 * total 98.67 (优).
 */
export function buildSelfEvaluationWorkbook(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("项目支出绩效自评表", {
    pageSetup: { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const widths = [10, 10, 14, 24, 12, 12, 8, 8, 14, 14];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const unit = "中国共产党昆明市呈贡区委员会宣传部";

  const put = (addr: string, v: ExcelJS.CellValue, merge?: string): ExcelJS.Cell => {
    if (merge) ws.mergeCells(`${addr}:${merge}`);
    const cell = ws.getCell(addr);
    cell.value = v;
    return cell;
  };
  put("A1", "项目支出绩效自评表", "J1");
  styleCell(ws.getCell("A1"), { bold: true, size: 16, border: false });
  ws.getRow(1).height = 32;
  put("A2", "（2022年度）", "J2");
  styleCell(ws.getCell("A2"), { border: false });

  put("A3", "项目名称", "B3");
  put("C3", "区委网信办经费", "J3");
  put("A4", "主管部门", "B4");
  put("C4", unit, "E4");
  put("F4", "实施单位", "G4");
  put("H4", unit, "J4");

  // Budget block.
  put("A5", "项目资金（万元）", "A9");
  ws.mergeCells("B5:C5");
  put("D5", "年初预算数");
  put("E5", "全年预算数");
  put("F5", "全年执行数");
  put("G5", "分值");
  put("H5", "执行率");
  put("I5", "得分", "J5");
  const budget: [string, number | null, number | null, number | null, boolean][] = [
    ["年度资金总额", 76, 76, 72.2, true],
    ["其中：当年财政拨款", 76, 76, 72.2, false],
    ["上年结转资金", 0, 0, 0, false],
    ["其他资金", null, null, null, false],
  ];
  budget.forEach(([label, a, b, c, main], i) => {
    const r = 6 + i;
    put(`B${r}`, label, `C${r}`);
    if (a !== null) put(`D${r}`, a);
    if (b !== null) put(`E${r}`, b);
    if (c !== null) put(`F${r}`, c);
    ws.mergeCells(`I${r}:J${r}`);
    if (main) {
      put(`G${r}`, 10);
      put(`H${r}`, { formula: `F${r}/E${r}`, result: 0.95 });
      ws.getCell(`H${r}`).numFmt = "0.00%";
    } else {
      put(`G${r}`, "—");
      put(`H${r}`, "—");
      put(`I${r}`, "—");
    }
    for (const l of ["D", "E", "F"]) ws.getCell(`${l}${r}`).numFmt = "0.00";
  });

  // 年度总体目标.
  put("A10", "年度总体目标", "A11");
  put("B10", "预期目标", "F10");
  put("G10", "实际完成情况", "J10");
  put("B11", SEED_GOALS.annual, "F11");
  put(
    "G11",
    "全年完成网络舆情分析研判报告12期、一周综述46期、敏感舆情专报3期，外宣稿件统计4期，热点舆情选题240期，舆论导向正确。",
    "J11",
  );

  // Indicator table.
  const first = 13;
  const rows: SelfRow[] = [
    ["产出指标", "数量指标", SEED_NAMES.reports, "12期", "12期", 10, ""],
    ["产出指标", "数量指标", SEED_NAMES.weekly, "48期", "46期", 20, "春节、国庆假期各停刊1期，下年度提前排期"],
    ["产出指标", "数量指标", SEED_NAMES.special, "不定期", "3期", 5, ""],
    ["产出指标", "数量指标", SEED_NAMES.social, "12期", "12期", 10, ""],
    ["产出指标", "数量指标", SEED_NAMES.publicity, "4期", "4期", 4, ""],
    ["产出指标", "数量指标", SEED_NAMES.topics, "≥200期", "240期", 6, ""],
    ["产出指标", "质量指标", SEED_NAMES.quality, "合格", "合格", 7, ""],
    ["产出指标", "时效指标", SEED_NAMES.deadline, "≤365天", "350天", 7, ""],
    ["效益指标", "社会效益指标", SEED_NAMES.guidance, "≥100%", "100%", 7, ""],
    ["效益指标", "可持续影响指标", SEED_NAMES.cyberspace, "98%", 0.985, 7, ""],
    ["效益指标", "社会公众或服务对象满意度指标", SEED_NAMES.satisfaction, "≥98%", "98.6%", 7, ""],
  ];
  const last = first + rows.length - 1;
  put("A12", "绩效指标", `A${last}`);
  const heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"];
  heads.forEach((h, i) => put(`${colLetter(i + 2)}12`, h));
  put("I12", "偏差原因分析及改进措施", "J12");
  rows.forEach(([, , name, target, actual, points, remark], i) => {
    const r = first + i;
    put(`D${r}`, name);
    put(`E${r}`, target);
    const a = put(`F${r}`, actual);
    if (typeof actual === "number") a.numFmt = "0.0%";
    put(`G${r}`, points);
    ws.mergeCells(`I${r}:J${r}`);
    if (remark) put(`I${r}`, remark);
    ws.getRow(r).height = 30;
  });
  // 一级 / 二级 merged vertically over their runs, text only in the top cell.
  for (const [col, key] of [["B", 0], ["C", 1]] as const) {
    let i = 0;
    while (i < rows.length) {
      let j = i + 1;
      while (j < rows.length && rows[j][key] === rows[i][key] && (key === 0 || rows[j][0] === rows[i][0])) j++;
      put(`${col}${first + i}`, rows[i][key], j - i > 1 ? `${col}${first + j - 1}` : undefined);
      i = j;
    }
  }
  const total = last + 1;
  put(`A${total}`, "总分", `F${total}`);
  put(`G${total}`, 100);
  ws.mergeCells(`I${total}:J${total}`);

  // Styling: borders everywhere A3:J{total}, header fills on the label cells.
  const headerCells = new Set([
    "A3", "A4", "F4", "A5", "D5", "E5", "F5", "G5", "H5", "I5", "J5", "A10", "B10", "G10", "A12",
    ...heads.map((_, i) => `${colLetter(i + 2)}12`), "I12", "J12", `A${total}`,
  ]);
  for (let r = 3; r <= total; r++) {
    for (let c = 1; c <= 10; c++) {
      const addr = `${colLetter(c)}${r}`;
      const leftText = (r === 11 && c >= 2) || (r >= first && r <= last && (c === 4 || c >= 9));
      styleCell(ws.getCell(addr), { header: headerCells.has(addr), align: leftText ? "left" : "center" });
    }
  }
  for (const r of [3, 4, 5, 6, 7, 8, 9, 10, 12]) ws.getRow(r).height = 22;
  ws.getRow(11).height = 48;
  ws.pageSetup.printArea = `A1:J${total}`;
  return wb;
}

// ---------------------------------------------------------------------------------------------
// Broken: the seed layout with deliberate mistakes
// ---------------------------------------------------------------------------------------------

/** The mistakes of buildBrokenWorkbook: sheet row, the column of the mistake, and the issue code. */
export const BROKEN_MISTAKES: readonly { row: number; column: string; code: string; what: string }[] = [
  { row: 8, column: "I", code: "operator-invalid", what: "指标性质 `≈`" },
  { row: 9, column: "K", code: "target-missing", what: "指标值 blank" },
  { row: 10, column: "O", code: "attribute-mismatch", what: "定量指标 with the qualitative target `良好`" },
  { row: 11, column: "Q", code: "rule-inconsistent", what: "`12分，完成1期得1分` on a target of 10" },
  { row: 12, column: "K", code: "target-out-of-range", what: "negative target -4" },
  { row: 13, column: "M", code: "unit-missing", what: "定量指标 with no 度量单位" },
  { row: 14, column: "G", code: "duplicate-indicator", what: "三级 name repeats row 8" },
  { row: 15, column: "G", code: "placeholder", what: "三级 name `指标1`" },
  { row: 17, column: "Q", code: "rule-unparsed", what: "rule `质量合格得分` states no points" },
  { row: 18, column: "K", code: "target-out-of-range", what: "target `120%`" },
  { row: 20, column: "Q", code: "unit-mismatch", what: "`7分，完成1篇得1分` on a row in 天" },
  { row: 23, column: "U", code: "source-missing", what: "数据来源 blank" },
  { row: 24, column: "E", code: "level2-invalid", what: "二级 `质量指标` under 效益指标" },
  { row: 25, column: "O", code: "attribute-invalid", what: "指标属性 `定量`" },
  { row: 26, column: "C", code: "level1-invalid", what: "一级 `效果指标` not in the taxonomy" },
  { row: 29, column: "K", code: "placeholder", what: "指标值 `空`" },
  { row: 30, column: "G", code: "placeholder", what: "三级 name `……`" },
];

/**
 * The seed layout (sheet 项目绩效目标表, same title / goals / headers / merges rules) with these
 * deliberate mistakes, one per row (see also BROKEN_MISTAKES); weights do not total 100.
 *
 *   6  group 产出指标                      7  group 数量指标
 *   8  编撰网络舆情分析研判报告期数  operator `≈`                          operator-invalid (I8)
 *   9  编撰呈贡区网络舆情一周综述期数  target blank                        target-missing (K9)
 *  10  …敏感网络舆情专报  定量指标 with target `良好`        attribute-mismatch (O10)
 *  11  呈贡区政务微信…监测期数  target 10, rule `12分，完成1期得1分`      rule-inconsistent (Q11)
 *  12  呈贡区网络外宣稿件进行统计期数  target -4 (rule `4分，每少1期扣1分`)  target-out-of-range (K12)
 *  13  全国、涉滇、涉昆热点舆情选题期数  定量指标, unit blank              unit-missing (M13)
 *  14  编撰网络舆情分析研判报告期数 again                                   duplicate-indicator (G14)
 *      (also content-duplicate with row 8)
 *  15  name `指标1` (= 1 期, `2分，完成1期得2分`)                            placeholder (G15)
 *  16  group 质量指标
 *  17  报告完成质量, rule `质量合格得分` (no points)                          rule-unparsed (Q17)
 *  18  报告差错率 `<=` `120%` (text) unit %                                 target-out-of-range (K18)
 *  19  group 时效指标
 *  20  报告完成时限 `<=` 7 天, rule `7分，完成1篇得1分`                       unit-mismatch (Q20)
 *  21  group 效益指标 (C21)                22  group 社会效益指标 (E22)
 *  23  舆论导向正确率, 数据来源 blank                                        source-missing (U23)
 *      (its `>=` 100 % is also target-suspicious, as in the seed)
 *  24  二级 `质量指标` written in E24 under 效益指标: 网络谣言处置率           level2-invalid (E24)
 *  25  营造呈贡区清朗的网络空间, 指标属性 `定量`                             attribute-invalid (O25)
 *  26  一级 `效果指标` (C26) with 二级 社会效益指标 (E26): 网民网络安全意识   level1-invalid (C26)
 *  27  group 满意度指标                    28  group 服务对象满意度指标
 *  29  社会公众满意度, target `空`                                          placeholder (K29)
 *  30  name `……` (= 1 期, `1分，完成1期得1分`)                              placeholder (G30)
 */
export function buildBrokenWorkbook(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const q = (name: string, extra: Partial<TableIndicatorRow> = {}): TableRow => ({
    kind: "indicator",
    name,
    operator: "=",
    target: 12,
    unit: "期",
    attribute: "定量指标",
    rule: "12分，完成1期得1分",
    content: `反映${name}`,
    source: SOURCE_NOTICE,
    ...extra,
  });
  const rows: TableRow[] = [
    { kind: "group", level: 1, label: "产出指标" }, // 6
    { kind: "group", level: 2, label: "数量指标" }, // 7
    q(SEED_NAMES.reports, { operator: "≈" }), // 8
    q(SEED_NAMES.weekly, { target: null, rule: "24分，完成1期得0.5分" }), // 9
    q(SEED_NAMES.special, { target: "良好", rule: "5分，完成1期得5分" }), // 10
    q(SEED_NAMES.social, { target: 10 }), // 11
    q(SEED_NAMES.publicity, { target: -4, rule: "4分，每少1期扣1分" }), // 12
    q(SEED_NAMES.topics, { operator: ">=", target: 200, unit: "", rule: "8分，完成1期得0.04分" }), // 13
    q(SEED_NAMES.reports), // 14
    q("指标1", { target: 1, rule: "2分，完成1期得2分" }), // 15
    { kind: "group", level: 2, label: "质量指标" }, // 16
    q(SEED_NAMES.quality, { target: "合格", unit: "", attribute: "定性指标", rule: "质量合格得分" }), // 17
    q("报告差错率", { operator: "<=", target: "120%", unit: "%", rule: "3分，每超过1个百分点扣1分" }), // 18
    { kind: "group", level: 2, label: "时效指标" }, // 19
    q(SEED_NAMES.deadline, { operator: "<=", target: 7, unit: "天", rule: "7分，完成1篇得1分", source: "按工作计划" }), // 20
    { kind: "group", level: 1, label: "效益指标" }, // 21
    { kind: "group", level: 2, label: "社会效益指标" }, // 22
    q(SEED_NAMES.guidance, { operator: ">=", target: 100, unit: "%", rule: "7分，舆论导向正确得7分", source: "" }), // 23
    q("网络谣言处置率", { level2Cell: "质量指标", operator: ">=", target: 95, unit: "%", rule: "5分，达到标准得5分", source: SOURCE_RULES }), // 24
    q(SEED_NAMES.cyberspace, { level2Cell: "可持续影响指标", target: 98, unit: "%", attribute: "定量", rule: "7分，达到标准得7分", source: SOURCE_RULES }), // 25
    q("网民网络安全意识", { level1Cell: "效果指标", level2Cell: "社会效益指标", operator: "定性", target: "提升", unit: "", attribute: "定性指标", rule: "5分，达到预期得5分", source: SOURCE_RULES }), // 26
    { kind: "group", level: 1, label: "满意度指标" }, // 27
    { kind: "group", level: 2, label: "服务对象满意度指标" }, // 28
    q(SEED_NAMES.satisfaction, { operator: ">=", target: "空", unit: "%", rule: "7分，达到标准得7分", source: SOURCE_RULES }), // 29
    q("……", { target: 1, rule: "1分，完成1期得1分" }), // 30
  ];
  writeOfficialTable(wb, { sheetName: "项目绩效目标表", title: "项目绩效目标表", goals: SEED_GOALS, rows });
  return wb;
}
