import ExcelJS from "exceljs";
import { buildSeedWorkbook, LOG_SHEET_NAME, SEED_EXPECTED, seedLogEntries } from "./build-seed";
import { SEED_INDICATORS, SEED_NAMES, SEED_ROWS, type SeedIndicatorRow } from "./seed";
import {
  BROKEN_MISTAKES,
  buildBrokenWorkbook,
  buildOffsetWorkbook,
  buildSelfEvaluationWorkbook,
  buildTidyWorkbook,
} from "./variants";

/** Round-trips through .xlsx bytes, so the assertions see what is on disk. */
async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buf = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buf as ArrayBuffer);
  return back;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

const merges = (ws: ExcelJS.Worksheet): string[] => (ws.model as unknown as { merges: string[] }).merges;

/** A cell's own value: null for the non-master cells of a merge (exceljs repeats the master's). */
function own(ws: ExcelJS.Worksheet, addr: string): ExcelJS.CellValue {
  const c = ws.getCell(addr);
  return c.isMerged && c.master.address !== c.address ? null : c.value;
}

describe("buildSeedWorkbook layout", () => {
  let ws: ExcelJS.Worksheet;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await roundTrip(buildSeedWorkbook());
    ws = sheet(wb, "项目绩效目标表");
  });

  it("puts title, goals and headers where the seed has them", () => {
    expect(ws.getCell("C1").value).toBe("项目绩效目标表");
    expect(ws.getCell("C2").value).toBe("项目目标");
    expect(ws.getCell("E2").value).toBe("总体目标(2022年-2024年)");
    expect(ws.getCell("I2").value).toBe("做好呈贡区网络舆情监测、分析、研判工作及外宣稿件统计工作");
    expect(ws.getCell("E3").value).toBe("预算年度(2022年)目标");
    expect(ws.getCell("C4").value).toBe("绩效指标");
    expect(ws.getCell("Q4").value).toBe("评（扣）分标准");
    expect(ws.getCell("S4").value).toBe("指标内容");
    expect(ws.getCell("U4").value).toBe("绩效指标值设定依据及数据来源");
    const row5 = ["C", "E", "G", "I", "K", "M", "O"].map((l) => ws.getCell(`${l}5`).value);
    expect(row5).toEqual(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标属性"]);
    expect(ws.getCell("G8").value).toBe("编撰网络舆情分析研判报告期数");
    expect(ws.getCell("G25").value).toBe("社会公众满意度");
    expect(ws.pageSetup.printArea).toMatch(/C\$?1:\$?V\$?25/);
  });

  it("has the seed's merges", () => {
    const m = new Set(merges(ws));
    const expected = [
      "C1:V1", "C2:D3", "E2:H2", "I2:V2", "E3:H3", "I3:V3",
      "C4:P4", "Q4:R5", "S4:T5", "U4:V5",
      "C5:D5", "E5:F5", "G5:H5", "I5:J5", "K5:L5", "M5:N5", "O5:P5",
      "C6:D17", "C18:D22", "C23:D25",
      "E7:F13", "E14:F15", "E16:F17", "E19:F20", "E21:F22", "E24:F25",
      "E6:F6", "E18:F18", "E23:F23",
    ];
    for (const e of expected) expect(m).toContain(e);
    // Every other field is two merged columns on every data row.
    for (let r = 6; r <= 25; r++) {
      for (const [a, b] of [["G", "H"], ["I", "J"], ["K", "L"], ["M", "N"], ["O", "P"], ["Q", "R"], ["S", "T"], ["U", "V"]]) {
        expect(m).toContain(`${a}${r}:${b}${r}`);
      }
    }
  });

  it("writes text only in the top cell of the vertical merges", () => {
    expect(ws.getCell("C6").value).toBe("产出指标");
    expect(ws.getCell("C18").value).toBe("效益指标");
    expect(ws.getCell("C23").value).toBe("满意度指标");
    for (const [addr, text] of [["E7", "数量指标"], ["E14", "质量指标"], ["E16", "时效指标"], ["E19", "社会效益指标"], ["E21", "可持续影响指标"], ["E24", "服务对象满意度指标"]]) {
      expect(ws.getCell(addr).value).toBe(text);
    }
    for (let r = 7; r <= 17; r++) expect(own(ws, `C${r}`)).toBeNull();
    for (let r = 8; r <= 13; r++) expect(own(ws, `E${r}`)).toBeNull();
  });

  it("marks group rows with 空 in K, Q, S and U only", () => {
    const groups = [6, 7, 14, 16, 18, 19, 21, 23, 24];
    SEED_ROWS.forEach((row, i) => expect(groups.includes(6 + i)).toBe(row.kind === "group"));
    for (const r of groups) {
      for (const l of ["K", "Q", "S", "U"]) expect(ws.getCell(`${l}${r}`).value).toBe("空");
      for (const l of ["G", "I", "M", "O"]) expect(ws.getCell(`${l}${r}`).value ?? null).toBeNull();
    }
  });

  it("writes numbers as numbers and the % rows as 98 with unit %", () => {
    expect(ws.getCell("K8").value).toBe(12);
    expect(ws.getCell("K9").value).toBe(48);
    expect(ws.getCell("K10").value).toBe("不定期");
    expect(ws.getCell("K13").value).toBe(200);
    expect(ws.getCell("I13").value).toBe(">=");
    expect(ws.getCell("K17").value).toBe(365);
    expect(ws.getCell("K20").value).toBe(100);
    expect(ws.getCell("K22").value).toBe(98);
    expect(ws.getCell("M22").value).toBe("%");
    expect(ws.getCell("K25").value).toBe(98);
    expect(ws.getCell("M15").value ?? null).toBeNull();
    expect(ws.getCell("S20").value).toBe("反映舆论导向正确程度\n反映舆论导向正确程度");
  });

  it("keeps every indicator field verbatim from the seed data", () => {
    const rows = SEED_ROWS.map((r, i) => ({ r, n: 6 + i })).filter(
      (x): x is { r: SeedIndicatorRow; n: number } => x.r.kind === "indicator",
    );
    for (const { r, n } of rows) {
      expect(ws.getCell(`G${n}`).value).toBe(r.name);
      expect(ws.getCell(`I${n}`).value).toBe(r.operator);
      expect(ws.getCell(`K${n}`).value).toBe(r.target);
      expect(ws.getCell(`M${n}`).value ?? "").toBe(r.unit);
      expect(ws.getCell(`O${n}`).value).toBe(r.attribute);
      expect(ws.getCell(`Q${n}`).value).toBe(r.rule);
      expect(ws.getCell(`U${n}`).value).toBe(r.source);
    }
    expect(SEED_INDICATORS.reduce((s, i) => s + i.points, 0)).toBe(100);
  });

  it("styles the table in 宋体 with borders and a header fill", () => {
    expect(ws.getCell("G8").font?.name).toBe("宋体");
    expect(ws.getCell("C4").font?.bold).toBe(true);
    expect(ws.getCell("C4").fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(ws.getCell("U25").border?.bottom?.style).toBe("thin");
    expect(ws.getCell("S8").alignment?.wrapText).toBe(true);
  });

  it("writes names with line breaks when asked", async () => {
    const lb = sheet(await roundTrip(buildSeedWorkbook({ nameLineBreaks: true, log: "none" })), "项目绩效目标表");
    expect(lb.getCell("G8").value).toBe("编撰网络舆情分析\n研判报告期数");
    expect(lb.getCell("G10").value).toBe("遇热点网络舆情情\n况，及时编撰敏感\n网络舆情专报");
    expect(lb.getCell("G15").value).toBe("报告完成质量");
  });
});

// ---------------------------------------------------------------------------------------------
// The log: aggregate as DESIGN §3 says and compare with the targets
// ---------------------------------------------------------------------------------------------

interface LogRow {
  date: Date | null;
  name: string;
  value: ExcelJS.CellValue;
  numFmt: string;
}

function readLog(wb: ExcelJS.Workbook): LogRow[] {
  const ws = sheet(wb, LOG_SHEET_NAME);
  expect([1, 2, 3, 4].map((c) => ws.getRow(1).getCell(c).value)).toEqual(["日期", "三级指标", "完成值", "备注"]);
  const out: LogRow[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const d = row.getCell(1).value;
    out.push({
      date: d instanceof Date ? d : null,
      name: String(row.getCell(2).value ?? ""),
      value: row.getCell(3).value,
      numFmt: row.getCell(3).numFmt ?? "",
    });
  }
  return out;
}

const COUNT_UNITS = new Set(["期", "次", "篇", "个", "人", "件", "场", "条"]);

/** DESIGN §3: count-like units sum (blank = 1); %, 天 and words take the latest by date. */
function actual(ind: SeedIndicatorRow, log: LogRow[]): number | string | null {
  const rows = log.filter((l) => l.name === ind.name);
  if (COUNT_UNITS.has(ind.unit)) return rows.reduce((s, l) => s + (l.value === null || l.value === undefined ? 1 : Number(l.value)), 0);
  if (rows.length === 0) return null;
  const latest = [...rows].sort((a, b) => (a.date?.getTime() ?? 0) - (b.date?.getTime() ?? 0)).at(-1)!;
  if (typeof latest.value === "number") return latest.numFmt.includes("%") ? Math.round(latest.value * 1000) / 10 : latest.value;
  return String(latest.value);
}

function meets(ind: SeedIndicatorRow, a: number | string | null): boolean {
  if (a === null) return false;
  if (ind.target === "不定期") return typeof a === "number" && a >= 1;
  if (typeof ind.target === "string") return a === ind.target;
  if (typeof a !== "number") return false;
  return ind.operator === "<=" ? a <= ind.target : a >= ind.target;
}

/** The seed's rules, by hand: per-unit (`完成1期得x分`) or all-or-nothing. */
function score(ind: SeedIndicatorRow, a: number | string | null): number {
  const perUnit = /完成1期得([\d.]+)分/.exec(ind.rule);
  if (perUnit && typeof a === "number") return Math.min(ind.points, Math.round(a * Number(perUnit[1]) * 100) / 100);
  return meets(ind, a) ? ind.points : 0;
}

describe("the 完成情况台账 log", () => {
  it("full: about 100 dated rows that meet every target (score 100)", async () => {
    const wb = await roundTrip(buildSeedWorkbook({ log: "full" }));
    const log = readLog(wb);
    expect(log).toHaveLength(100);
    expect(log.every((l) => l.date instanceof Date && l.date.getUTCFullYear() === 2022)).toBe(true);
    expect(sheet(wb, LOG_SHEET_NAME).getCell("A2").numFmt).toBe("yyyy-mm-dd");
    const dates = log.map((l) => l.date!.getTime());
    expect([...dates].sort((a, b) => a - b)).toEqual(dates);
    let total = 0;
    for (const ind of SEED_INDICATORS) {
      const a = actual(ind, log);
      expect({ name: ind.name, met: meets(ind, a) }).toEqual({ name: ind.name, met: true });
      expect(score(ind, a)).toBe(SEED_EXPECTED.full.scores[ind.name]);
      total += score(ind, a);
    }
    expect(total).toBe(100);
    expect(actual(SEED_INDICATORS.find((i) => i.name === SEED_NAMES.topics)!, log)).toBe(240);
    expect(actual(SEED_INDICATORS.find((i) => i.name === SEED_NAMES.cyberspace)!, log)).toBe(98.5);
    const sat = log.find((l) => l.name === SEED_NAMES.satisfaction)!;
    expect(sat).toMatchObject({ value: 0.986, numFmt: "0.0%" });
  });

  it("partial: exactly the documented shortfalls, total 81.2", async () => {
    const log = readLog(await roundTrip(buildSeedWorkbook({ log: "partial" })));
    expect(log).toHaveLength(87);
    const byName = Object.fromEntries(SEED_INDICATORS.map((i) => [i.name, actual(i, log)]));
    expect(byName[SEED_NAMES.reports]).toBe(10);
    expect(byName[SEED_NAMES.weekly]).toBe(40);
    expect(byName[SEED_NAMES.special]).toBe(0);
    expect(byName[SEED_NAMES.topics]).toBe(180);
    expect(byName[SEED_NAMES.satisfaction]).toBe(95);
    let total = 0;
    for (const ind of SEED_INDICATORS) {
      const s = score(ind, actual(ind, log));
      expect({ name: ind.name, s }).toEqual({ name: ind.name, s: SEED_EXPECTED.partial.scores[ind.name] });
      total += s;
    }
    expect(Math.round(total * 100) / 100).toBe(SEED_EXPECTED.partial.total);
  });

  it("none: no log sheet", () => {
    expect(buildSeedWorkbook({ log: "none" }).getWorksheet(LOG_SHEET_NAME)).toBeUndefined();
    expect(seedLogEntries("full")).toHaveLength(100);
  });
});

// ---------------------------------------------------------------------------------------------
// Variants: they build, survive a round trip, and carry what their comments say
// ---------------------------------------------------------------------------------------------

describe("variants", () => {
  it("tidy: one header row in A1, no merges", async () => {
    const wb = await roundTrip(buildTidyWorkbook({ withLog: true }));
    const ws = sheet(wb, "绩效目标");
    expect(ws.getCell("A1").value).toBe("一级指标");
    expect(ws.getCell("J1").value).toBe("数据来源");
    expect(merges(ws)).toHaveLength(0);
    expect(ws.getCell("A8").value).toBe("满意度指标");
    expect(wb.getWorksheet(LOG_SHEET_NAME)).toBeDefined();
  });

  it("offset: table at B4 with combined values, a hidden row and full-width digits", async () => {
    const ws = sheet(await roundTrip(buildOffsetWorkbook()), "Sheet1");
    expect(ws.getCell("B4").value).toBe(" 一级指标");
    expect(ws.getCell("E4").value).toBe("评(扣)分标准");
    expect(ws.getCell("G4").value).toBe("指标值及单位");
    expect(ws.getCell("F4").value ?? null).toBeNull();
    expect(["G5", "G6", "G7", "G8", "G12", "G14"].map((a) => ws.getCell(a).value)).toEqual([
      "≥80M", "10辆", "１２次", "≤90万元", "≥100百分比", "98%以上",
    ]);
    expect(ws.getRow(10).hidden).toBe(true);
    expect(merges(ws)).toContain("B5:B10");
  });

  it("self-evaluation: budget block with 分值 10 and indicator 分值 summing to 90", async () => {
    const ws = sheet(await roundTrip(buildSelfEvaluationWorkbook()), "项目支出绩效自评表");
    expect(["D5", "E5", "F5", "G5", "H5", "I5"].map((a) => ws.getCell(a).value)).toEqual([
      "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
    ]);
    expect(ws.getCell("G6").value).toBe(10);
    expect(["E12", "F12", "G12", "H12", "I12"].map((a) => ws.getCell(a).value)).toEqual([
      "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
    ]);
    let sum = 0;
    for (let r = 13; r <= 23; r++) sum += Number(ws.getCell(`G${r}`).value);
    expect(sum).toBe(90);
    expect(ws.getCell("C23").value).toBe("社会公众或服务对象满意度指标");
    expect(ws.getCell("B23").value).toBe("效益指标"); // value repeated by exceljs in the merge
  });

  it("broken: every listed mistake sits where its comment says", async () => {
    const ws = sheet(await roundTrip(buildBrokenWorkbook()), "项目绩效目标表");
    const v = (a: string): unknown => ws.getCell(a).value ?? null;
    expect(v("I8")).toBe("≈");
    expect(v("K9")).toBeNull();
    expect(v("K10")).toBe("良好");
    expect([v("K11"), v("Q11")]).toEqual([10, "12分，完成1期得1分"]);
    expect(v("K12")).toBe(-4);
    expect(v("M13")).toBeNull();
    expect(v("G14")).toBe(v("G8"));
    expect(v("G15")).toBe("指标1");
    expect(v("Q17")).toBe("质量合格得分");
    expect(v("K18")).toBe("120%");
    expect([v("M20"), v("Q20")]).toEqual(["天", "7分，完成1篇得1分"]);
    expect(v("U23")).toBeNull();
    expect(v("E24")).toBe("质量指标");
    expect(v("O25")).toBe("定量");
    expect(v("C26")).toBe("效果指标");
    expect(v("K29")).toBe("空");
    expect(v("G30")).toBe("……");
    expect(BROKEN_MISTAKES.map((m) => m.code)).toEqual(
      expect.arrayContaining([
        "operator-invalid", "target-missing", "attribute-mismatch", "rule-inconsistent", "target-out-of-range",
        "unit-missing", "duplicate-indicator", "placeholder", "rule-unparsed", "unit-mismatch", "source-missing",
        "level2-invalid", "attribute-invalid", "level1-invalid",
      ]),
    );
    expect(merges(ws)).toEqual(expect.arrayContaining(["C6:D20", "C21:D25", "C26:D26", "C27:D30", "E22:F23", "E24:F24"]));
  });
});
