/**
 * The published rule corpus: 评（扣）分标准 texts copied verbatim from public pages (assessment
 * rubrics, 考核细则, 绩效评价指标评分表), each with its source and with scores computed BY HAND
 * from the formulas of DESIGN §5 — never copied from the engine's output. A failing case here
 * is a work item for the parser / evaluator, not a wrong expectation.
 *
 * Texts are verbatim as the page shows them (ASCII punctuation, traditional characters, stray
 * spaces, OCR noise such as `xl00%` included). Where a table cell was wrapped over lines in the
 * page, the wrap is kept as `\n` or, for box-drawn tables, the cell's lines are joined (noted).
 * Sources from 湖南, 河北, 安徽, 四川, 云南 and 内蒙古 are left out.
 *
 * No text here is also in corpus.test.ts (checked below by reading that file).
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { Operator, Target } from "../indicator";
import { scoreRule } from "./evaluate";
import { parseRule } from "./parse";

/** The DESIGN §5 form of a text, in words. */
type Form =
  | "per-unit"
  | "deduction"
  | "all-or-nothing"
  | "proportional"
  | "bands"
  | "graded"
  | "per-occurrence"
  | "deviation"
  | "band-range"
  | "deduct-bands"
  | "checkbox"
  | "formula"
  | "not-applicable"
  | "judgement"
  | "default";

/** The RuleKind each form must parse to (null: no kind asserted). */
const KIND: Record<Form, string | null> = {
  "per-unit": "per-unit",
  deduction: "deduction",
  "all-or-nothing": "all-or-nothing",
  proportional: "proportional",
  formula: "proportional",
  bands: "bands",
  "band-range": "bands",
  "deduct-bands": "bands",
  graded: "graded",
  checkbox: "graded",
  "not-applicable": null,
  judgement: "default",
  default: "default",
  "per-occurrence": "per-occurrence",
  deviation: "deviation",
};

interface Case {
  actual: number | string;
  score: number;
  why: string;
}

interface Entry {
  text: string;
  source: string;
  /** The full points the text states, or null (then `weight` is the 分值 column). */
  full: number | null;
  form: Form;
  weight?: number;
  operator: Operator;
  target: Target;
  cases: Case[];
}

const num = (value: number, percent = false): Target => ({ kind: "number", value, percent });
const word = (w: string): Target => ({ kind: "word", word: w });
/** Occurrence counts: the target is none (≤ 0). */
const NONE = num(0);

const BIDCENTER = "https://m.bidcenter.com.cn/news-32-131992220.html"; // 济宁市兖州区审计局 (山东)
const FSOU = "http://www.fsou.net/html/text/lar/169725/16972546_5.html";
const DONGSHI = "https://m.51dongshi.net/eedfrccdbcgba.html";
const DOCX365 = "https://365docx.com/view/b268f2af6b.html";
const ARCHIVE = "https://mdjjksjc.com/html/2025/0322/7130065011010052.shtm";
const XIANYANG = "http://ezsto.com/p-35136751.html"; // 咸阳市河长制 (陕西)
const WANGLU = "https://wanglu.net/thread/t4-156334-2.html";
const COAL = "https://m.wenke99.com/p-8935556.html";
const JIANSHE = "https://www.renrendoc.com/paper/136176316.html";
const HOSPITAL = "https://wtabcd.cn/zhishi/a/1699050057205747.html";
const TMDPS = "http://www.tmdps.cn/a1/96d2c44ec9648d98.html";
const DONGMING = "http://nbxinxi.com/a/xinchangxian/20210603/240968.html"; // 新昌县东茗乡 (浙江)
const XINXI = "https://m.wenke99.com/p-8590024.html";
const FUPIN = "https://max.book118.com/html/2019/0523/8137115111002024.shtm";
const GONGXING = "https://m.daumloan.com/p-392953299.html";
const JINHUA = "https://m.wenke99.com/p-414460.html"; // 金华市数字城管 (浙江)
const CHENGGUAN = "https://max.book118.com/html/2023/0710/7161143001005132.shtm";
const XINFANG = "https://m.001doc.com/doc/359398.html";
const MEILONG = "https://www.renrendoc.com/p-74596449.html"; // 梅陇镇 (上海)
const FANGSHAN = "https://xiexiebang.com/a3/2019051214/8992cbd88bc7f5ee.html"; // 北京市房山区
const WYDBW = "https://m.wydbw.com/show.asp?Id=196129";
const FOOD = "https://m.yzwku.com/doc/209630.html";

const ENTRIES: Entry[] = [
  // ── per occurrence (form 7): max(floor, N − x × ⌈max(0, actual − target) / k⌉) ──
  {
    text: "根据档案检查及其他抽查结果,审计项目达不到取证有据可依、报告准确详实、档案资料完备且归档及时等有关要求的每次扣2分。",
    source: BIDCENTER,
    full: null,
    weight: 10,
    form: "per-occurrence",
    operator: "<=",
    target: NONE,
    cases: [
      { actual: 0, score: 10, why: "no occurrence → 10" },
      { actual: 3, score: 4, why: "3 × 2 = 6 off 10" },
      { actual: 6, score: 0, why: "6 × 2 = 12 > 10 → floor 0" },
    ],
  },
  {
    text: "根据考勤情况、抽查结果和活动记录,不按时上下班或迟到早退的、不按规定参加会议及相关活动的、不遵守请销假制度的、工作时间乱串岗或做与工作无关事项的,以上每发现1次扣1分。",
    source: BIDCENTER,
    full: null,
    weight: 5,
    form: "per-occurrence",
    operator: "<=",
    target: NONE,
    cases: [
      { actual: 0, score: 5, why: "none found → 5" },
      { actual: 2, score: 3, why: "2 × 1 = 2 off 5" },
      { actual: 9, score: 0, why: "9 × 1 = 9 > 5 → 0" },
    ],
  },
  {
    // Box-drawn table in the page: the cell's two lines joined.
    text: "(4)路面整洁卫生,无暴露垃圾、污水,得10分;发现一处扣2分,扣完为止",
    source: FSOU,
    full: 10,
    form: "per-occurrence",
    operator: "<=",
    target: NONE,
    cases: [
      { actual: 0, score: 10, why: "clean → 10" },
      { actual: 3, score: 4, why: "3 处 × 2 = 6 off 10" },
      { actual: 6, score: 0, why: "6 × 2 = 12 > 10, 扣完为止 → 0" },
    ],
  },
  {
    text: "其中有一项不达标扣3分",
    source: DONGSHI,
    full: null,
    weight: 9,
    form: "per-occurrence",
    operator: "<=",
    target: NONE,
    cases: [
      { actual: 0, score: 9, why: "all three items met → 9" },
      { actual: 2, score: 3, why: "2 items × 3 = 6 off 9" },
      { actual: 3, score: 0, why: "3 × 3 = 9 off 9 → 0" },
    ],
  },
  {
    text: "无垃圾池、垃圾填埋场各扣6分。每发现一处垃圾外溢或积存垃圾扣1分,",
    source: DONGSHI,
    full: null,
    weight: 18,
    form: "per-occurrence",
    operator: "<=",
    target: NONE,
    cases: [
      { actual: 0, score: 18, why: "nothing found → 18" },
      { actual: 1, score: 12, why: "two clauses (6 分 each, 1 分 per 处); an occurrence naming no clause takes the first clause's 6 (DESIGN §5 form 7): 18 − 6" },
      { actual: 2, score: 6, why: "first clause's points: 18 − 2 × 6" },
    ],
  },
  {
    text: "发现一份破损档案扣1分",
    source: DOCX365,
    full: null,
    weight: 6,
    form: "per-occurrence",
    operator: "<=",
    target: NONE,
    cases: [
      { actual: 0, score: 6, why: "none → 6" },
      { actual: 4, score: 2, why: "4 份 × 1 = 4 off 6" },
      { actual: 8, score: 0, why: "8 > 6 → 0" },
    ],
  },
  {
    text: "违反一次扣三分",
    source: DOCX365,
    full: null,
    weight: 10,
    form: "per-occurrence",
    operator: "<=",
    target: NONE,
    cases: [
      { actual: 0, score: 10, why: "none → 10" },
      { actual: 2, score: 4, why: "三分 = 3: 2 × 3 = 6 off 10" },
      { actual: 4, score: 0, why: "4 × 3 = 12 > 10 → 0" },
    ],
  },
  {
    text: "违反一项扣3分",
    source: DOCX365,
    full: null,
    weight: 6,
    form: "per-occurrence",
    operator: "<=",
    target: NONE,
    cases: [
      { actual: 0, score: 6, why: "none → 6" },
      { actual: 1, score: 3, why: "1 × 3 off 6" },
      { actual: 2, score: 0, why: "2 × 3 = 6 off 6 → 0" },
    ],
  },
  {
    text: "工程未達到進度要求的扣2分;質量有缺陷的每處扣1分。",
    source: XIANYANG,
    full: null,
    weight: 10,
    form: "per-occurrence",
    operator: "<=",
    target: NONE,
    cases: [
      { actual: 0, score: 10, why: "none → 10" },
      { actual: 2, score: 6, why: "two clauses (2 分, 1 分/處); unnamed occurrences take the first clause's 2: 10 − 2 × 2" },
      { actual: 5, score: 0, why: "5 × 2 = 10 off 10 → 0" },
    ],
  },
  {
    text: "减少轻、重伤事故,杜绝死亡事故,实现安全生产无事故。(300分)(1)发生一人次轻伤事故扣50分。(2)发生一人次重伤事故扣60分。(3)发生一人次死亡事故扣100分。(4)发现重大隐患未及时处理扣40分。(5)发现瓦斯超限作业扣50分。",
    source: COAL,
    full: 300,
    form: "per-occurrence",
    operator: "<=",
    target: NONE,
    cases: [
      { actual: 0, score: 300, why: "no accident → (300分)" },
      { actual: 2, score: 200, why: "five clauses; unnamed occurrences take the first (轻伤 50): 300 − 2 × 50" },
      { actual: 7, score: 0, why: "7 × 50 = 350 > 300 → 0" },
    ],
  },
  {
    text: "“一把手”无书面报告的,每例扣1分。",
    source: JIANSHE,
    full: null,
    weight: 2,
    form: "per-occurrence",
    operator: "<=",
    target: NONE,
    cases: [
      { actual: 0, score: 2, why: "none → 2" },
      { actual: 1, score: 1, why: "1 例 × 1 off 2" },
      { actual: 3, score: 0, why: "3 > 2 → 0" },
    ],
  },
  {
    // The page wraps the cell over two lines; kept as a line break.
    text: "没有落实的每\n小项扣0.5分。",
    source: HOSPITAL,
    full: null,
    weight: 3,
    form: "per-occurrence",
    operator: "<=",
    target: NONE,
    cases: [
      { actual: 0, score: 3, why: "all sub-items done → 3" },
      { actual: 4, score: 1, why: "4 × 0.5 = 2 off 3" },
      { actual: 7, score: 0, why: "7 × 0.5 = 3.5 > 3 → 0" },
    ],
  },
  {
    text: "35周岁以下的机关工作人员,每人每周至少写一篇宣传报道,未完成的每次月考扣0.5分;",
    source: DONGMING,
    full: null,
    weight: 5,
    form: "per-occurrence",
    operator: "<=",
    target: NONE,
    cases: [
      { actual: 0, score: 5, why: "never missed → 5" },
      { actual: 3, score: 3.5, why: "3 次 × 0.5 = 1.5 off 5" },
      { actual: 12, score: 0, why: "12 × 0.5 = 6 > 5 → 0" },
    ],
  },
  {
    text: "对中心派遣的案件责任单位拒绝按要求处置,无故推诿的,每件扣 1分。",
    source: JINHUA,
    full: null,
    weight: 5,
    form: "per-occurrence",
    operator: "<=",
    target: NONE,
    cases: [
      { actual: 0, score: 5, why: "none → 5" },
      { actual: 2, score: 3, why: "2 件 × 1 off 5" },
      { actual: 6, score: 0, why: "6 > 5 → 0" },
    ],
  },
  {
    text: "发生非正常上访的,按以下三种情况扣分:个人访每人扣5分;集体访每批扣10分;重复访加倍扣分。",
    source: FANGSHAN,
    full: null,
    weight: 9,
    form: "per-occurrence",
    operator: "<=",
    target: NONE,
    cases: [
      { actual: 0, score: 9, why: "none → 9" },
      { actual: 1, score: 4, why: "clauses 5 / 10 分; an occurrence naming none takes the first (个人访 5): 9 − 5" },
      { actual: 2, score: 0, why: "2 × 5 = 10 > 9 → 0" },
    ],
  },
  {
    text: "发生一起扣30分。",
    source: FANGSHAN,
    full: null,
    weight: 6,
    form: "per-occurrence",
    operator: "<=",
    target: NONE,
    cases: [
      { actual: 0, score: 6, why: "none → 6" },
      { actual: 1, score: 0, why: "30 > 6 → 0" },
    ],
  },
  {
    text: "按问题属地进行考核,进京越级访扣5分/批次,到省集体访扣3分/批次,到市集体访扣2分/批次。",
    source: WYDBW,
    full: null,
    weight: 5,
    form: "per-occurrence",
    operator: "<=",
    target: NONE,
    cases: [
      { actual: 0, score: 5, why: "none → 5" },
      { actual: 1, score: 0, why: "`扣x分/批次` clauses; unnamed takes the first (5): 5 − 5 = 0" },
    ],
  },
  {
    text: "党政一把手每周必须接访1次以上,每个工作日安排一名分管领导值班接访,领导接访做到有方案、有公示、有台账资料。未落实的每项扣1分。",
    source: WYDBW,
    full: null,
    weight: 2,
    form: "per-occurrence",
    operator: "<=",
    target: NONE,
    cases: [
      { actual: 0, score: 2, why: "all done → 2 (the `1次以上` is the requirement, not points)" },
      { actual: 1, score: 1, why: "1 项 × 1 off 2" },
      { actual: 3, score: 0, why: "3 > 2 → 0" },
    ],
  },
  {
    text: "信访受理或办理过程中未严格按照程序受理或办理,且在过程中要素不规范的每一小点扣1分,共6分,扣完为止。",
    source: WYDBW,
    full: 6,
    form: "per-occurrence",
    operator: "<=",
    target: NONE,
    cases: [
      { actual: 0, score: 6, why: "none → 共6分" },
      { actual: 2, score: 4, why: "2 × 1 off 6" },
      { actual: 7, score: 0, why: "7 > 6, 扣完为止 → 0" },
    ],
  },
  {
    text: "未开展食品安全宣传教育,每发现一次,扣0.5分。",
    source: FOOD,
    full: null,
    weight: 2,
    form: "per-occurrence",
    operator: "<=",
    target: NONE,
    cases: [
      { actual: 0, score: 2, why: "none → 2" },
      { actual: 1, score: 1.5, why: "1 × 0.5 off 2" },
      { actual: 5, score: 0, why: "5 × 0.5 = 2.5 > 2 → 0" },
    ],
  },

  // ── deduction per shortfall / excess (form 2): max(0, N − x × ⌈gap / k⌉) ──
  {
    text: "每少一层管理扣3分",
    source: DOCX365,
    full: null,
    weight: 6,
    form: "deduction",
    operator: ">=",
    target: num(3),
    cases: [
      { actual: 3, score: 6, why: "3 层 as planned → 6" },
      { actual: 2, score: 3, why: "1 short × 3 off 6" },
      { actual: 1, score: 0, why: "2 short × 3 = 6 off 6 → 0" },
    ],
  },
  {
    text: "缺少一项扣5分",
    source: DOCX365,
    full: null,
    weight: 10,
    form: "deduction",
    operator: ">=",
    target: num(2),
    cases: [
      { actual: 2, score: 10, why: "目录 and 索引目录 both there → 10" },
      { actual: 1, score: 5, why: "1 short × 5 off 10" },
      { actual: 0, score: 0, why: "2 short × 5 = 10 → 0" },
    ],
  },
  {
    text: "每缺一項扣0.5分。",
    source: XIANYANG,
    full: null,
    weight: 5,
    form: "deduction",
    operator: ">=",
    target: num(10),
    cases: [
      { actual: 10, score: 5, why: "nothing missing → 5" },
      { actual: 8, score: 4, why: "2 short × 0.5 = 1 off 5" },
      { actual: 0, score: 0, why: "10 short × 0.5 = 5 → 0" },
    ],
  },
  {
    text: "未制定“一河一策”的,少1條扣1分,最高扣4分;未制定年度計劃的,每少1條扣1分,最高扣4分。",
    source: XIANYANG,
    full: null,
    weight: 6,
    form: "deduction",
    operator: ">=",
    target: num(5),
    cases: [
      { actual: 5, score: 6, why: "all 5 rivers have one → 6" },
      { actual: 3, score: 4, why: "2 short × 1 = 2 off 6" },
      { actual: 0, score: 2, why: "5 short × 1 = 5, 最高扣4分 → 6 − 4" },
    ],
  },
  {
    text: "缺一个基层单位和职能部门的指标实施计划或考核办法的,扣1分.",
    source: WANGLU,
    full: null,
    weight: 3,
    form: "deduction",
    operator: ">=",
    target: num(8),
    cases: [
      { actual: 8, score: 3, why: "all 8 units → 3" },
      { actual: 6, score: 1, why: "2 short × 1 off 3" },
      { actual: 4, score: 0, why: "4 short > 3 → 0" },
    ],
  },
  {
    text: "无会议记录、纪要的,缺一次扣1分。",
    source: JIANSHE,
    full: null,
    weight: 4,
    form: "deduction",
    operator: ">=",
    target: num(2),
    cases: [
      { actual: 2, score: 4, why: "both 会议 recorded → 4" },
      { actual: 1, score: 3, why: "1 short × 1 off 4" },
      { actual: 0, score: 2, why: "2 short × 1 off 4" },
    ],
  },
  {
    text: "按期结案率达 70%以上(含)的,得 50 分;未达到 70%的,每少一个百分点扣 1分。",
    source: JINHUA,
    full: 50,
    form: "deduction",
    operator: ">=",
    target: num(70, true),
    cases: [
      { actual: 80, score: 50, why: "≥ 70 % → 50" },
      { actual: 65, score: 45, why: "5 points short × 1 off 50" },
      { actual: 10, score: 0, why: "60 points short > 50 → 0" },
    ],
  },
  {
    text: "紧急问题结案率未达到100%的,每少一个百分点扣 0.5分;按期结案率未达到 95%以上(含)的,每少一个百分点扣 0.5分。",
    source: JINHUA,
    full: null,
    weight: 10,
    form: "deduction",
    operator: ">=",
    target: num(100, true),
    cases: [
      { actual: 100, score: 10, why: "met → 10" },
      { actual: 96, score: 8, why: "4 points short × 0.5 = 2 off 10" },
      { actual: 70, score: 0, why: "30 × 0.5 = 15 > 10 → 0" },
    ],
  },
  {
    text: "每少1次会议扣1分。",
    source: XINFANG,
    full: null,
    weight: 4,
    form: "deduction",
    operator: ">=",
    target: num(4),
    cases: [
      { actual: 4, score: 4, why: "4 次 as required → 4" },
      { actual: 2, score: 2, why: "2 short × 1 off 4" },
      { actual: 0, score: 0, why: "4 short → 0" },
    ],
  },
  {
    text: "没有及时按规定上报排查表,每少1次扣0.5分;",
    source: XINFANG,
    full: null,
    weight: 6,
    form: "deduction",
    operator: ">=",
    target: num(10),
    cases: [
      { actual: 10, score: 6, why: "全年不少于10次 met → 6" },
      { actual: 8, score: 5, why: "2 short × 0.5 = 1 off 6" },
      { actual: 0, score: 1, why: "10 short × 0.5 = 5 off 6" },
    ],
  },
  {
    text: "按时办结率100%的,得9分,下降1个百分点扣1分,扣完为止;",
    source: MEILONG,
    full: 9,
    form: "deduction",
    operator: ">=",
    target: num(100, true),
    cases: [
      { actual: 100, score: 9, why: "100 % → 9" },
      { actual: 95, score: 4, why: "5 points short × 1 off 9" },
      { actual: 90, score: 0, why: "10 short > 9, 扣完为止 → 0" },
    ],
  },
  {
    text: "新增重复信访率12%的,得基准分8分,在此基数上,每下降1个百分点加1分,每上升1个百分点扣1分,扣完为止。",
    source: MEILONG,
    full: 8,
    form: "deduction",
    operator: "<=",
    target: num(12, true),
    cases: [
      { actual: 12, score: 8, why: "at the base rate → 8" },
      { actual: 14, score: 6, why: "lower is better: 2 points over × 1 off 8" },
      { actual: 10, score: 8, why: "below the base: the 加1分 bonus cannot pass the full points (never above N) → 8" },
      { actual: 25, score: 0, why: "13 over > 8 → 0" },
    ],
  },

  // ── all or nothing (form 3): N when met, else 0 ──
  {
    text: "按时撰写上报个人工作总结、心得体会等书面材料的得4分",
    source: BIDCENTER,
    full: 4,
    form: "all-or-nothing",
    operator: "定性",
    target: word("完成"),
    cases: [
      { actual: "完成", score: 4, why: "met → 4" },
      { actual: "未完成", score: 0, why: "not met → 0" },
    ],
  },
  {
    text: "无分类不得分",
    source: DOCX365,
    full: null,
    weight: 6,
    form: "all-or-nothing",
    operator: "定性",
    target: word("有"),
    cases: [
      { actual: "有", score: 6, why: "classified → full 分值 6" },
      { actual: "无", score: 0, why: "无分类 → 不得分" },
    ],
  },
  {
    text: "无年度安全生产目标与指标计划的,不得分;\n安全生产目标与指标未以企业正式文件颁发的,不得分.",
    source: WANGLU,
    full: null,
    weight: 3,
    form: "all-or-nothing",
    operator: "定性",
    target: word("有"),
    cases: [
      { actual: "有", score: 3, why: "has the plan → 分值 3" },
      { actual: "无", score: 0, why: "no plan → 不得分" },
    ],
  },
  {
    text: "未落实的不计分。",
    source: XINFANG,
    full: null,
    weight: 3,
    form: "all-or-nothing",
    operator: "定性",
    target: word("落实"),
    cases: [
      { actual: "落实", score: 3, why: "the target word itself → 3" },
      { actual: "未落实", score: 0, why: "未落实 → 不计分" },
    ],
  },
  {
    text: "持续开展“食品安全宣传周”活动,得3分;否则不得分。",
    source: FOOD,
    full: 3,
    form: "all-or-nothing",
    operator: "定性",
    target: word("是"),
    cases: [
      { actual: "是", score: 3, why: "held → 3" },
      { actual: "否", score: 0, why: "否则不得分 → 0" },
    ],
  },

  // ── points per unit (form 1): min(N, x × ⌊actual / k⌋) ──
  {
    text: "刊登发表后每篇得0.5分",
    source: BIDCENTER,
    full: null,
    weight: 5,
    form: "per-unit",
    operator: ">=",
    target: num(10),
    cases: [
      { actual: 6, score: 3, why: "6 篇 × 0.5" },
      { actual: 12, score: 5, why: "12 × 0.5 = 6, capped at 5" },
      { actual: 0, score: 0, why: "none → 0" },
    ],
  },
  {
    text: "有1次得1分",
    source: TMDPS,
    full: null,
    weight: 2,
    form: "per-unit",
    operator: ">=",
    target: num(2),
    cases: [
      { actual: 1, score: 1, why: "1 次 × 1" },
      { actual: 2, score: 2, why: "2 × 1" },
      { actual: 3, score: 2, why: "3 × 1, capped at 2" },
    ],
  },
  {
    text: "信息快报采用每条10分。",
    source: XINXI,
    full: null,
    weight: 30,
    form: "per-unit",
    operator: ">=",
    target: num(3),
    cases: [
      { actual: 0, score: 0, why: "none → 0" },
      { actual: 2, score: 20, why: "2 条 × 10" },
      { actual: 5, score: 30, why: "5 × 10 = 50, capped at 30" },
    ],
  },

  // ── proportional (form 4) and printed formulas (form 10): N × min(1, actual / target) ──
  {
    text: "年度增幅高于中央安排本省的财政专项扶贫资金增幅的得满分低于增幅的按比例减分",
    source: FUPIN,
    full: null,
    weight: 10,
    form: "proportional",
    operator: ">=",
    target: num(10, true),
    cases: [
      { actual: 12, score: 10, why: "above the 10 % central increase → 得满分 (分值 10)" },
      { actual: 8, score: 8, why: "按比例: 10 × 8 / 10" },
      { actual: 5, score: 5, why: "10 × 5 / 10" },
    ],
  },
  {
    text: "资金到位率=(实际到位资金/计划投入资金)×100%。",
    source: GONGXING,
    full: null,
    weight: 3,
    form: "formula",
    operator: ">=",
    target: num(100, true),
    cases: [
      { actual: 100, score: 3, why: "fully in place → 3" },
      { actual: 90, score: 2.7, why: "the printed ratio ×100%: 3 × 90 / 100" },
      { actual: 50, score: 1.5, why: "3 × 50 / 100" },
    ],
  },
  {
    text: "(常规案件按时结案数/常规案件应结案数) xl00%x60",
    source: CHENGGUAN,
    full: 60,
    form: "formula",
    operator: ">=",
    target: num(100, true),
    cases: [
      { actual: 100, score: 60, why: "OCR noise `xl00%x60` is ×100%×60: 60 × 100 / 100" },
      { actual: 90, score: 54, why: "60 × 90 / 100" },
      { actual: 45, score: 27, why: "60 × 45 / 100" },
    ],
  },

  // ── bands (form 5) ──
  {
    text: "各股室每年报送信息数量达到15条(含15条)以上的,计50分;少于15条的,计0分。",
    source: XINXI,
    full: 50,
    form: "bands",
    operator: ">=",
    target: num(15),
    cases: [
      { actual: 15, score: 50, why: "15 条 (含15条) → 50" },
      { actual: 20, score: 50, why: "≥ 15 → 50" },
      { actual: 14, score: 0, why: "少于15条 → 0" },
    ],
  },
  {
    text: "凡交办信访事项按时化解率达100%的,得5分。未化解不得分。",
    source: MEILONG,
    full: 5,
    form: "bands",
    operator: ">=",
    target: num(100, true),
    cases: [
      { actual: 100, score: 5, why: "达100% → 5 (a number band with nothing below, like the corpus's `满意度达到90%以上得10分，否则不得分`)" },
      { actual: 98, score: 0, why: "below 100 % → 不得分" },
    ],
  },

  // ── graded words (form 6): the matched grade's points (a `扣` grade: N − x) ──
  {
    text: "无批准扣5分,无登记扣3分",
    source: DOCX365,
    full: null,
    weight: 8,
    form: "graded",
    operator: "定性",
    target: word("合格"),
    cases: [
      { actual: "无登记", score: 5, why: "grade 无登记 takes 3 off 8" },
      { actual: "无批准", score: 3, why: "grade 无批准 takes 5 off 8" },
      { actual: "合格", score: 8, why: "no failing grade named, target met → nothing off → 8" },
    ],
  },
  {
    text: "成立档案工作领导小组,明确分管领导和档案管理人员职责,得3分;未成立领导小组扣1分,职责不明确扣1分。",
    source: ARCHIVE,
    full: 3,
    form: "graded",
    operator: "定性",
    target: word("合格"),
    cases: [
      { actual: "职责不明确", score: 2, why: "grade 职责不明确: 3 − 1" },
      { actual: "未成立领导小组", score: 2, why: "grade 未成立领导小组: 3 − 1" },
      { actual: "合格", score: 3, why: "met, nothing off → 3" },
    ],
  },
  {
    text: "分管领导定期研究档案工作,解决实际问题,得2分;未定期研究扣1分。",
    source: ARCHIVE,
    full: 2,
    form: "graded",
    operator: "定性",
    target: word("合格"),
    cases: [
      { actual: "未定期研究", score: 1, why: "grade 未定期研究: 2 − 1" },
      { actual: "合格", score: 2, why: "met → 2" },
    ],
  },
  {
    text: "档案工作有明确的发展规划和年度工作计划,得3分;无规划扣1分,无年度计划扣1分。",
    source: ARCHIVE,
    full: 3,
    form: "graded",
    operator: "定性",
    target: word("合格"),
    cases: [
      { actual: "无规划", score: 2, why: "grade 无规划: 3 − 1" },
      { actual: "无年度计划", score: 2, why: "grade 无年度计划: 3 − 1" },
      { actual: "合格", score: 3, why: "met → 3" },
    ],
  },
  {
    text: "检查和监督资料不齐全的,扣1分.",
    source: WANGLU,
    full: null,
    weight: 4,
    form: "graded",
    operator: "定性",
    target: word("齐全"),
    cases: [
      { actual: "不齐全", score: 3, why: "grade 不齐全: 4 − 1" },
      { actual: "齐全", score: 4, why: "齐全 is not 不齐全; nothing off → 分值 4" },
    ],
  },
  {
    text: "有就得滿分,沒有得0分",
    source: TMDPS,
    full: null,
    weight: 3,
    form: "graded",
    operator: "定性",
    target: word("有"),
    cases: [
      { actual: "有", score: 3, why: "得滿分 (traditional 滿) without a number → 分值 3" },
      { actual: "没有", score: 0, why: "没有 → 0 (the 有 inside 没有 is negated)" },
    ],
  },

  // ── 酌情扣分 with nothing measurable: the national default (qualitative shares) ──
  {
    text: "无工作计划和专门部署的不得分,不及时制定计划和部署任务的酌情扣分。",
    source: JIANSHE,
    full: null,
    weight: 4,
    form: "judgement",
    operator: "定性",
    target: word("达成年度指标"),
    cases: [
      { actual: "达成年度指标", score: 4, why: "no points stated, 酌情扣分: national default, 达成 → N = 4" },
      { actual: "基本达成", score: 3.2, why: "national default 基本达成 → 0.8 × 4" },
      { actual: "未达成", score: 0, why: "未达成 → 0" },
    ],
  },
  {
    text: "未建立制度不得分,落实不好的酌情扣分。",
    source: XINFANG,
    full: null,
    weight: 5,
    form: "judgement",
    operator: "定性",
    target: word("完成"),
    cases: [
      { actual: "完成", score: 5, why: "national default, 完成 → N = 5" },
      { actual: "部分完成", score: 3, why: "部分完成 → 0.6 × 5" },
      { actual: "未完成", score: 0, why: "未完成 → 0" },
    ],
  },
];

function corpusTexts(): string {
  return readFileSync(join(__dirname, "corpus.test.ts"), "utf8");
}

describe("published rule corpus", () => {
  it("holds at least 45 distinct texts, none from corpus.test.ts, each with a web source and two cases", () => {
    expect(ENTRIES.length).toBeGreaterThanOrEqual(45);
    const texts = ENTRIES.map((e) => e.text);
    expect(new Set(texts).size).toBe(texts.length);
    const corpus = corpusTexts();
    for (const t of texts) expect({ text: t, inCorpus: corpus.includes(JSON.stringify(t)) }).toEqual({ text: t, inCorpus: false });
    for (const e of ENTRIES) {
      expect(e.source).toMatch(/^https?:\/\//);
      expect(e.cases.length).toBeGreaterThanOrEqual(2);
      if (e.full === null) expect(typeof e.weight).toBe("number");
    }
  });

  describe.each(ENTRIES.map((e) => [e.text, e] as const))("%s", (_text, e) => {
    const kind = KIND[e.form];

    it(`parses as ${e.form}${e.full !== null ? ` with full ${e.full}` : ""}`, () => {
      const rule = parseRule(e.text);
      if (e.full !== null) expect(rule.full).toBe(e.full);
      if (kind !== null) expect(rule.rule as string).toBe(kind);
    });

    it.each(e.cases.map((c) => [String(c.actual), c] as const))("actual %s", (_a, c) => {
      const rule = parseRule(e.text);
      const result = scoreRule({ rule, full: e.full ?? e.weight!, operator: e.operator, target: e.target, actual: c.actual });
      expect(result.score).not.toBeNull();
      expect(result.score!).toBeCloseTo(c.score, 2);
    });
  });
});
