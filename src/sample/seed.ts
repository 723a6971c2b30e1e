/**
 * The seed table (DESIGN §1: `seed/000_f2e9b42c389f6584.txt`, the Kunming 呈贡区 区委网信办经费
 * 2022 项目绩效目标表) as plain data, every text verbatim from the seed's cell layout.
 *
 * Names are single-line text here, as in the seed's tab-separated cell section; `printedName`
 * keeps the line breaks of the printed form (the reader must treat both the same).
 */

/** A category row: names only a 一级 (level 1) or a 二级 (level 2); `空` in 指标值/评分/内容/来源. */
export interface SeedGroupRow {
  kind: "group";
  level: 1 | 2;
  label: string;
}

/** An indicator (三级指标) row. `target` is a number where the seed cell holds a number. */
export interface SeedIndicatorRow {
  kind: "indicator";
  level1: string;
  level2: string;
  name: string;
  /** The name with the line breaks of the printed seed (only where it differs from `name`). */
  printedName?: string;
  operator: string;
  target: number | string;
  unit: string;
  attribute: string;
  rule: string;
  content: string;
  source: string;
  /** Full points, read off the rule text (`12分，…`): the seed has no 分值 column. */
  points: number;
}

export type SeedRow = SeedGroupRow | SeedIndicatorRow;

export const SEED_SHEET_NAME = "项目绩效目标表";
export const SEED_TITLE = "项目绩效目标表";

/** The 项目目标 block above the table (rows 2–3). */
export const SEED_GOALS = {
  label: "项目目标",
  overallLabel: "总体目标(2022年-2024年)",
  overall: "做好呈贡区网络舆情监测、分析、研判工作及外宣稿件统计工作",
  annualLabel: "预算年度(2022年)目标",
  annual: "做好全国、涉滇、涉昆及属地网络舆情监测、分析、研判工作及外宣稿件统计工作",
} as const;

/** Header texts as in the seed (row 4: 绩效指标 + the three vertical headers; row 5: the fields). */
export const SEED_HEADERS = {
  group: "绩效指标",
  level1: "一级指标",
  level2: "二级指标",
  name: "三级指标",
  operator: "指标性质",
  target: "指标值",
  unit: "度量单位",
  attribute: "指标属性",
  rule: "评（扣）分标准",
  content: "指标内容",
  source: "绩效指标值设定依据及数据来源",
} as const;

/** The long 数据来源 text shared by the 产出指标 rows. */
export const SOURCE_NOTICE =
  "《中共昆明市委宣传部下发的<关于加强舆情信息和每日要情信息报送工作的通知》及《中共昆明市委网络安全和信息化委员会办公室 昆明市互联网信息办公室 要发的<市委网信办信息报送工作办法";
/** The 数据来源 text of the 效益 / 满意度 rows. */
export const SOURCE_RULES = "落实《呈贡区党工委（党组）网络意识形态实施细则》";

export const SEED_NAMES = {
  reports: "编撰网络舆情分析研判报告期数",
  weekly: "编撰呈贡区网络舆情一周综述期数",
  special: "遇热点网络舆情情况，及时编撰敏感网络舆情专报",
  social: "呈贡区政务微信、微博运维情况进行监测期数",
  publicity: "呈贡区网络外宣稿件进行统计期数",
  topics: "全国、涉滇、涉昆热点舆情选题期数",
  quality: "报告完成质量",
  deadline: "报告完成时限",
  guidance: "舆论导向正确率",
  cyberspace: "营造呈贡区清朗的网络空间",
  satisfaction: "社会公众满意度",
} as const;

const ind = (r: Omit<SeedIndicatorRow, "kind">): SeedIndicatorRow => ({ kind: "indicator", ...r });

/** The table rows in sheet order: row 6 (产出指标) to row 25 (社会公众满意度). */
export const SEED_ROWS: readonly SeedRow[] = [
  { kind: "group", level: 1, label: "产出指标" },
  { kind: "group", level: 2, label: "数量指标" },
  ind({
    level1: "产出指标",
    level2: "数量指标",
    name: SEED_NAMES.reports,
    printedName: "编撰网络舆情分析\n研判报告期数",
    operator: "=",
    target: 12,
    unit: "期",
    attribute: "定量指标",
    rule: "12分，完成1期得1分",
    content: "反映编撰网络舆情分析研判报告期数",
    source: SOURCE_NOTICE,
    points: 12,
  }),
  ind({
    level1: "产出指标",
    level2: "数量指标",
    name: SEED_NAMES.weekly,
    printedName: "编撰呈贡区网络舆\n情一周综述期数",
    operator: "=",
    target: 48,
    unit: "期",
    attribute: "定量指标",
    rule: "24分，完成1期得0.5分",
    content: "反映编撰呈贡区网络舆情一周综述期数",
    source: SOURCE_NOTICE,
    points: 24,
  }),
  ind({
    level1: "产出指标",
    level2: "数量指标",
    name: SEED_NAMES.special,
    printedName: "遇热点网络舆情情\n况，及时编撰敏感\n网络舆情专报",
    operator: "=",
    target: "不定期",
    unit: "期",
    attribute: "定性指标",
    rule: "5分，完成1期得5分",
    // Verbatim: the seed reuses the 一周综述 text here (DESIGN §4 content-duplicate).
    content: "反映编撰呈贡区网络舆情一周综述期数",
    source: SOURCE_NOTICE,
    points: 5,
  }),
  ind({
    level1: "产出指标",
    level2: "数量指标",
    name: SEED_NAMES.social,
    printedName: "呈贡区政务微信、\n微博运维情况进行\n监测期数",
    operator: "=",
    target: 12,
    unit: "期",
    attribute: "定量指标",
    rule: "12分，完成1期得1分",
    content: "反映对呈贡区政务微信、微博运维情况进行监测期数",
    source: SOURCE_NOTICE,
    points: 12,
  }),
  ind({
    level1: "产出指标",
    level2: "数量指标",
    name: SEED_NAMES.publicity,
    printedName: "呈贡区网络外宣稿\n件进行统计期数",
    operator: "=",
    target: 4,
    unit: "期",
    attribute: "定量指标",
    rule: "4分，完成1期得1分",
    content: "反映对呈贡区网络外宣稿件进行统计期数",
    source: SOURCE_NOTICE,
    points: 4,
  }),
  ind({
    level1: "产出指标",
    level2: "数量指标",
    name: SEED_NAMES.topics,
    printedName: "全国、涉滇、涉昆\n热点舆情选题期数",
    operator: ">=",
    target: 200,
    unit: "期",
    attribute: "定量指标",
    rule: "8分，完成1期得0.04分",
    content: "反映全国、涉滇、涉昆热点舆情选题期数，每个工作日1期",
    source: SOURCE_NOTICE,
    points: 8,
  }),
  { kind: "group", level: 2, label: "质量指标" },
  ind({
    level1: "产出指标",
    level2: "质量指标",
    name: SEED_NAMES.quality,
    operator: "=",
    target: "合格",
    unit: "",
    attribute: "定性指标",
    rule: "7分，质量合格得7分",
    content: "反映报告完成质量",
    source: SOURCE_NOTICE,
    points: 7,
  }),
  { kind: "group", level: 2, label: "时效指标" },
  ind({
    level1: "产出指标",
    level2: "时效指标",
    name: SEED_NAMES.deadline,
    operator: "<=",
    target: 365,
    unit: "天",
    attribute: "定量指标",
    rule: "7分，按计划完成得7分",
    content: "反映计划完成时间情况",
    source: "按工作计划",
    points: 7,
  }),
  { kind: "group", level: 1, label: "效益指标" },
  { kind: "group", level: 2, label: "社会效益指标" },
  ind({
    level1: "效益指标",
    level2: "社会效益指标",
    name: SEED_NAMES.guidance,
    operator: ">=",
    target: 100,
    unit: "%",
    attribute: "定量指标",
    rule: "7分，舆论导向正确得7分",
    content: "反映舆论导向正确程度\n反映舆论导向正确程度",
    source: SOURCE_RULES,
    points: 7,
  }),
  { kind: "group", level: 2, label: "可持续影响指标" },
  ind({
    level1: "效益指标",
    level2: "可持续影响指标",
    name: SEED_NAMES.cyberspace,
    printedName: "营造呈贡区清朗的\n网络空间",
    operator: "=",
    target: 98,
    unit: "%",
    attribute: "定量指标",
    rule: "7分，达到标准得7分",
    content: "反映营造呈贡区清朗的网络空间程度",
    source: SOURCE_RULES,
    points: 7,
  }),
  { kind: "group", level: 1, label: "满意度指标" },
  { kind: "group", level: 2, label: "服务对象满意度指标" },
  ind({
    level1: "满意度指标",
    level2: "服务对象满意度指标",
    name: SEED_NAMES.satisfaction,
    operator: ">=",
    target: 98,
    unit: "%",
    attribute: "定量指标",
    rule: "7分，达到标准得7分",
    content: "反映社会公众对宣传的满意程度。",
    source: SOURCE_RULES,
    points: 7,
  }),
];

/** The indicator rows only, in order (11 indicators, points summing to 100). */
export const SEED_INDICATORS: readonly SeedIndicatorRow[] = SEED_ROWS.filter(
  (r): r is SeedIndicatorRow => r.kind === "indicator",
);

/** First sheet row of the table body in the official layout (row 6). */
export const SEED_FIRST_DATA_ROW = 6;
