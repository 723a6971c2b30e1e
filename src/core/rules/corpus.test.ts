/**
 * The rule corpus: 评（扣）分标准 texts as Chinese finance staff write them, each with its exact
 * parse. toEqual on the whole object: any change in how a text is understood fails here, and
 * the change has to be made on purpose, in this file.
 */
import { parseRule } from "./parse";
import type { ScoringRule } from "./types";

/** A parse without its verbatim `text` (the test adds it back). */
type Parsed = ScoringRule extends infer R ? (R extends ScoringRule ? Omit<R, "text"> : never) : never;

/** The seed workbook's rule texts (seed/000_f2e9b42c389f6584.txt), verbatim. */
const SEED = [
  "12分，完成1期得1分",
  "24分，完成1期得0.5分",
  "5分，完成1期得5分",
  "8分，完成1期得0.04分，每1期",
  "7分，质量合格得7分",
  "7分，按计划完成得7分",
  "7分，舆论导向正确得7分",
  "7分，达到标准得7分",
];

const CORPUS: [string, Parsed][] = [
  // per-unit
  ["12分，完成1期得1分", {rule: "per-unit", full: 12, step: 1, points: 1, unit: "期"}],
  ["24分，完成1期得0.5分", {rule: "per-unit", full: 24, step: 1, points: 0.5, unit: "期"}],
  ["5分，完成1期得5分", {rule: "per-unit", full: 5, step: 1, points: 5, unit: "期"}],
  ["8分，完成1期得0.04分，每1期", {rule: "per-unit", full: 8, step: 1, points: 0.04, unit: "期"}],
  ["8分，完成1期得0.04分\n，每1期", {rule: "per-unit", full: 8, step: 1, points: 0.04, unit: "期"}],
  ["每完成1期得1分，最高12分", {rule: "per-unit", full: 12, step: 1, points: 1, unit: "期"}],
  ["每完成一篇得0.5分，满分10分", {rule: "per-unit", full: 10, step: 1, points: 0.5, unit: "篇"}],
  ["完成1次得2分，共10分", {rule: "per-unit", full: 10, step: 1, points: 2, unit: "次"}],
  ["分值5分，每开展1次培训得1分", {rule: "per-unit", full: 5, step: 1, points: 1, unit: "次"}],
  ["满分10分，每举办一场活动得2分", {rule: "per-unit", full: 10, step: 1, points: 2, unit: "场"}],
  ["每发布2条信息得1分，上限5分", {rule: "per-unit", full: 5, step: 2, points: 1, unit: "条"}],
  ["计5分，完成1期得1分", {rule: "per-unit", full: 5, step: 1, points: 1, unit: "期"}],
  ["12 分，完成 1 期 得 1 分", {rule: "per-unit", full: 12, step: 1, points: 1, unit: "期"}],
  ["１２分，完成１期得１分", {rule: "per-unit", full: 12, step: 1, points: 1, unit: "期"}],
  ["二十分，每完成一期得二分", {rule: "per-unit", full: 20, step: 1, points: 2, unit: "期"}],
  ["5分，每1期得0.5分", {rule: "per-unit", full: 5, step: 1, points: 0.5, unit: "期"}],
  ["每篇得0.5分，最高5分", {rule: "per-unit", full: 5, step: 1, points: 0.5, unit: "篇"}],
  ["12分，完成1期得1分，共12期", {rule: "per-unit", full: 12, step: 1, points: 1, unit: "期"}],
  ["完成1期得1分，满分12分", {rule: "per-unit", full: 12, step: 1, points: 1, unit: "期"}],
  ["每季度完成1期得3分，满分12分", {rule: "per-unit", full: 12, step: 1, points: 3, unit: "期"}],
  ["分值：8分；完成200期得8分，每完成1期得0.04分", {rule: "per-unit", full: 8, step: 1, points: 0.04, unit: "期"}],
  ["十二分，完成一期得一分", {rule: "per-unit", full: 12, step: 1, points: 1, unit: "期"}],
  // deduction
  ["10分，每少1期扣1分，扣完为止", {rule: "deduction", full: 10, unit: "期", step: 1, points: 1, gap: "shortfall", floor: 0, maxDeduction: null}],
  ["满意度达到95%得20分,每减少1个百分点扣1分,扣完20分为止", {rule: "deduction", full: 20, unit: "%", step: 1, points: 1, gap: "shortfall", floor: 0, maxDeduction: 20}],
  ["每低于1个百分点扣1分", {rule: "deduction", full: null, unit: "%", step: 1, points: 1, gap: "shortfall", floor: 0, maxDeduction: null}],
  ["10分，每降低1%扣2分，扣完为止", {rule: "deduction", full: 10, unit: "%", step: 1, points: 2, gap: "shortfall", floor: 0, maxDeduction: null}],
  ["5分，每超过一个百分点扣1分，扣完为止", {rule: "deduction", full: 5, unit: "%", step: 1, points: 1, gap: "excess", floor: 0, maxDeduction: null}],
  ["5分，每延迟1天扣1分，扣完为止", {rule: "deduction", full: 5, unit: "天", step: 1, points: 1, gap: "excess", floor: 0, maxDeduction: null}],
  ["10分，每超过预算1%扣1分，扣满5分为止", {rule: "deduction", full: 10, unit: "%", step: 1, points: 1, gap: "excess", floor: 0, maxDeduction: 5}],
  ["8分；每少完成1项扣2分，扣完8分为止", {rule: "deduction", full: 8, unit: "项", step: 1, points: 2, gap: "shortfall", floor: 0, maxDeduction: 8}],
  // per occurrence (DESIGN §5 form 7): the actual counts incidents
  ["6分。每发生1起安全事故扣3分，扣完为止", {rule: "per-occurrence", full: 6, unit: "起", step: 1, points: 3, clauses: [], floor: 0, maxDeduction: null}],
  ["10分，每推迟一个工作日扣0.5分，最多扣5分", {rule: "deduction", full: 10, unit: "工作日", step: 1, points: 0.5, gap: "excess", floor: 0, maxDeduction: 5}],
  // a deviation either way (form 8)
  ["5分，偏差每超过1个百分点扣0.5分", {rule: "deviation", full: 5, unit: "%", step: 1, points: 0.5, floor: 0, maxDeduction: null}],
  ["10分，每相差1个百分点扣1分，扣完为止", {rule: "deduction", full: 10, unit: "%", step: 1, points: 1, gap: "auto", floor: 0, maxDeduction: null}],
  ["100%完成得5分，每少1%扣0.5分", {rule: "deduction", full: 5, unit: "%", step: 1, points: 0.5, gap: "shortfall", floor: 0, maxDeduction: null}],
  ["5分，每低于目标值一个百分点扣0.5分，扣至0分为止", {rule: "deduction", full: 5, unit: "%", step: 1, points: 0.5, gap: "shortfall", floor: 0, maxDeduction: null}],
  ["10分，每少一人扣0.5分", {rule: "deduction", full: 10, unit: "人", step: 1, points: 0.5, gap: "shortfall", floor: 0, maxDeduction: null}],
  ["3分，培训人数每减少10人扣1分", {rule: "deduction", full: 3, unit: "人", step: 10, points: 1, gap: "shortfall", floor: 0, maxDeduction: null}],
  ["成本控制在预算内得5分，每超支1万元扣1分", {rule: "deduction", full: 5, unit: "万元", step: 1, points: 1, gap: "excess", floor: 0, maxDeduction: null}],
  ["计10分，项目按期完工得10分，每逾期1个月扣2分", {rule: "deduction", full: 10, unit: "个月", step: 1, points: 2, gap: "excess", floor: 0, maxDeduction: null}],
  ["按时完成得10分，每延期一天扣1分，扣完为止", {rule: "deduction", full: 10, unit: "天", step: 1, points: 1, gap: "excess", floor: 0, maxDeduction: null}],
  ["每少于1期扣1分", {rule: "deduction", full: null, unit: "期", step: 1, points: 1, gap: "shortfall", floor: 0, maxDeduction: null}],
  ["5分，及时率100%得5分，每降低1个百分点扣1分", {rule: "deduction", full: 5, unit: "%", step: 1, points: 1, gap: "shortfall", floor: 0, maxDeduction: null}],
  ["完成率达到100%得满分，完成率每降低10%扣1分", {rule: "deduction", full: null, unit: "%", step: 10, points: 1, gap: "shortfall", floor: 0, maxDeduction: null}],
  ["每缺一项扣1分，共5分", {rule: "deduction", full: 5, unit: "项", step: 1, points: 1, gap: "shortfall", floor: 0, maxDeduction: null}],
  ["每项未完成扣1分，扣完为止", {rule: "deduction", full: null, unit: "项", step: 1, points: 1, gap: "shortfall", floor: 0, maxDeduction: null}],
  ["每少一万元扣1分", {rule: "deduction", full: null, unit: "万元", step: 1, points: 1, gap: "shortfall", floor: 0, maxDeduction: null}],
  ["资金拨付及时率100%得5分，每降低5%扣1分，扣完为止", {rule: "deduction", full: 5, unit: "%", step: 5, points: 1, gap: "shortfall", floor: 0, maxDeduction: null}],
  ["4分：报送及时得4分，每迟报1次扣1分", {rule: "deduction", full: 4, unit: "次", step: 1, points: 1, gap: "excess", floor: 0, maxDeduction: null}],
  ["服务对象满意度≥90%得10分，每降低1个百分点扣0.5分，扣完为止", {rule: "deduction", full: 10, unit: "%", step: 1, points: 0.5, gap: "shortfall", floor: 0, maxDeduction: null}],
  ["(1)完成12期得12分;(2)每少1期扣1分", {rule: "deduction", full: 12, unit: "期", step: 1, points: 1, gap: "shortfall", floor: 0, maxDeduction: null}],
  ["6分，投诉率≤5%得6分，每超过1%扣2分", {rule: "deduction", full: 6, unit: "%", step: 1, points: 2, gap: "excess", floor: 0, maxDeduction: null}],
  ["3分，每发现一处问题扣0.5分，扣完为止", {rule: "per-occurrence", full: 3, unit: "处", step: 1, points: 0.5, clauses: [], floor: 0, maxDeduction: null}],
  ["本项满分5分。按要求及时报送得5分；迟报、漏报每次扣1分", {rule: "deduction", full: 5, unit: "次", step: 1, points: 1, gap: "excess", floor: 0, maxDeduction: null}],
  ["每超1天扣1分", {rule: "deduction", full: null, unit: "天", step: 1, points: 1, gap: "excess", floor: 0, maxDeduction: null}],
  ["4分，每季度报送1次，少报1次扣1分", {rule: "deduction", full: 4, unit: "次", step: 1, points: 1, gap: "shortfall", floor: 0, maxDeduction: null}],
  ["5分：严格按照标准执行得5分，发现一处不符合扣1分", {rule: "per-occurrence", full: 5, unit: "处", step: 1, points: 1, clauses: [], floor: 0, maxDeduction: null}],
  ["迟报1次扣0.5分", {rule: "deduction", full: null, unit: "次", step: 1, points: 0.5, gap: "excess", floor: 0, maxDeduction: null}],
  ["按时完成得满分，每延迟1天扣0.5分", {rule: "deduction", full: null, unit: "天", step: 1, points: 0.5, gap: "excess", floor: 0, maxDeduction: null}],
  ["以95%为基准，每降低1个百分点扣1分", {rule: "deduction", full: null, unit: "%", step: 1, points: 1, gap: "shortfall", floor: 0, maxDeduction: null}],
  // all-or-nothing
  ["7分，质量合格得7分", {rule: "all-or-nothing", full: 7, unit: "", condition: "质量合格"}],
  ["7分，按计划完成得7分", {rule: "all-or-nothing", full: 7, unit: "", condition: "按计划完成"}],
  ["7分，舆论导向正确得7分", {rule: "all-or-nothing", full: 7, unit: "", condition: "舆论导向正确"}],
  ["7分，达到标准得7分", {rule: "all-or-nothing", full: 7, unit: "", condition: "达到标准"}],
  ["完成得5分，未完成不得分", {rule: "all-or-nothing", full: 5, unit: "", condition: "完成"}],
  ["5分，按时完成得5分，否则不得分", {rule: "all-or-nothing", full: 5, unit: "", condition: "按时完成"}],
  ["全部完成得满分", {rule: "all-or-nothing", full: null, unit: "", condition: "全部完成"}],
  ["5分，按计划完成得5分，未按计划完成不得分", {rule: "all-or-nothing", full: 5, unit: "", condition: "按计划完成"}],
  ["舆情处置及时、得当得5分", {rule: "all-or-nothing", full: 5, unit: "", condition: "舆情处置及时、得当"}],
  ["建立制度得2分", {rule: "all-or-nothing", full: 2, unit: "", condition: "建立制度"}],
  ["【7分】按计划完成得7分", {rule: "all-or-nothing", full: 7, unit: "", condition: "按计划完成"}],
  ["达标则得5分", {rule: "all-or-nothing", full: 5, unit: "", condition: "达标"}],
  ["5分，未按时完成不得分", {rule: "all-or-nothing", full: 5, unit: "", condition: "按时完成"}],
  ["质量达标得5分，不达标酌情扣分", {rule: "default", full: 5, unit: "", discretion: true}], // 未达标 is left to judgement: the national default, with rule-judgement
  ["2分，按要求开展培训得2分", {rule: "all-or-nothing", full: 2, unit: "", condition: "按要求开展培训"}],
  ["完成全年工作任务，得12分", {rule: "all-or-nothing", full: 12, unit: "", condition: "完成全年工作任务"}],
  ["7分,舆论导向正确得7分", {rule: "all-or-nothing", full: 7, unit: "", condition: "舆论导向正确"}],
  // proportional
  ["10分，按完成比例得分", {rule: "proportional", full: 10, unit: ""}],
  ["完成率×分值", {rule: "proportional", full: null, unit: ""}],
  ["实际值/目标值×分值，满分10分", {rule: "proportional", full: 10, unit: ""}],
  ["10分*执行率", {rule: "proportional", full: 10, unit: ""}],
  ["得分=实际完成值÷年度目标值×10分", {rule: "proportional", full: 10, unit: ""}],
  ["按实际完成比例计分，最高15分", {rule: "proportional", full: 15, unit: ""}],
  ["5分，完成率乘以分值", {rule: "proportional", full: 5, unit: ""}],
  ["满分10分，根据满意度调查结果按比例得分", {rule: "proportional", full: 10, unit: ""}],
  ["20分，完成年度目标得满分，未完成按完成比例得分", {rule: "proportional", full: 20, unit: ""}],
  ["10分，实际完成值/计划值*10", {rule: "proportional", full: 10, unit: ""}],
  ["得分=(实际完成数/计划完成数)*100%*权重", {rule: "proportional", full: null, unit: ""}],
  ["5分，按实际完成率计算得分", {rule: "proportional", full: 5, unit: ""}],
  ["10分x执行率", {rule: "proportional", full: 10, unit: ""}],
  ["未达到目标值的，按实际完成比例得分", {rule: "proportional", full: null, unit: ""}],
  ["指标值/实际值*分值", {rule: "proportional", full: null, unit: ""}],
  // bands
  ["达到95%得满分，90%-95%得3分，低于90%不得分", {rule: "bands", full: null, unit: "%", bands: [{min: 95, minInclusive: true, max: null, maxInclusive: false, points: null}, {min: 90, minInclusive: true, max: 95, maxInclusive: false, points: 3}, {min: null, minInclusive: false, max: 90, maxInclusive: false, points: 0}], percent: true}],
  ["≥90%,计5分;80%(含)-90%,计4分;70%(含)-80%,计3分;60%(含)-70%,计2分;低于60%不得分", {rule: "bands", full: 5, unit: "%", bands: [{min: 90, minInclusive: true, max: null, maxInclusive: false, points: 5}, {min: 80, minInclusive: true, max: 90, maxInclusive: false, points: 4}, {min: 70, minInclusive: true, max: 80, maxInclusive: false, points: 3}, {min: 60, minInclusive: true, max: 70, maxInclusive: false, points: 2}, {min: null, minInclusive: false, max: 60, maxInclusive: false, points: 0}], percent: true}],
  ["10分，满意度≥90%得10分，80%≤满意度<90%得8分，低于80%不得分", {rule: "bands", full: 10, unit: "%", bands: [{min: 90, minInclusive: true, max: null, maxInclusive: false, points: 10}, {min: 80, minInclusive: true, max: 90, maxInclusive: false, points: 8}, {min: null, minInclusive: false, max: 80, maxInclusive: false, points: 0}], percent: true}],
  ["满意度90%（含）以上得5分，80%（含）-90%得3分，80%以下不得分", {rule: "bands", full: 5, unit: "%", bands: [{min: 90, minInclusive: true, max: null, maxInclusive: false, points: 5}, {min: 80, minInclusive: true, max: 90, maxInclusive: false, points: 3}, {min: null, minInclusive: false, max: 80, maxInclusive: true, points: 0}], percent: true}],
  ["≧95％得10分；85％～95％得6分；＜85％得0分", {rule: "bands", full: 10, unit: "%", bands: [{min: 95, minInclusive: true, max: null, maxInclusive: false, points: 10}, {min: 85, minInclusive: true, max: 95, maxInclusive: false, points: 6}, {min: null, minInclusive: false, max: 85, maxInclusive: false, points: 0}], percent: true}],
  ["完成10期以上得5分，5-9期得3分，5期以下不得分", {rule: "bands", full: 5, unit: "期", bands: [{min: 10, minInclusive: true, max: null, maxInclusive: false, points: 5}, {min: 5, minInclusive: true, max: 9, maxInclusive: true, points: 3}, {min: null, minInclusive: false, max: 5, maxInclusive: true, points: 0}], percent: false}],
  ["满意度达到90%以上得10分，否则不得分", {rule: "bands", full: 10, unit: "%", bands: [{min: 90, minInclusive: true, max: null, maxInclusive: false, points: 10}], percent: true}],
  ["满意度≥95%得5分；90%≤满意度<95%得4分；85%≤满意度<90%得3分；满意度<85%不得分", {rule: "bands", full: 5, unit: "%", bands: [{min: 95, minInclusive: true, max: null, maxInclusive: false, points: 5}, {min: 90, minInclusive: true, max: 95, maxInclusive: false, points: 4}, {min: 85, minInclusive: true, max: 90, maxInclusive: false, points: 3}, {min: null, minInclusive: false, max: 85, maxInclusive: false, points: 0}], percent: true}],
  ["10分，\n满意度达到90%（含）以上得10分；\n80%（含）-90%得8分；\n低于80%不得分", {rule: "bands", full: 10, unit: "%", bands: [{min: 90, minInclusive: true, max: null, maxInclusive: false, points: 10}, {min: 80, minInclusive: true, max: 90, maxInclusive: false, points: 8}, {min: null, minInclusive: false, max: 80, maxInclusive: false, points: 0}], percent: true}],
  ["成本控制在100万元以内得5分，超出不得分", {rule: "bands", full: 5, unit: "万元", bands: [{min: null, minInclusive: false, max: 100, maxInclusive: true, points: 5}], percent: false}],
  ["满意度90%以上得5分", {rule: "bands", full: 5, unit: "%", bands: [{min: 90, minInclusive: true, max: null, maxInclusive: false, points: 5}], percent: true}],
  ["满意度调查结果在90%以上得满分，80%-90%之间得8分，80%以下得5分", {rule: "bands", full: null, unit: "%", bands: [{min: 90, minInclusive: true, max: null, maxInclusive: false, points: null}, {min: 80, minInclusive: true, max: 90, maxInclusive: false, points: 8}, {min: null, minInclusive: false, max: 80, maxInclusive: true, points: 5}], percent: true}],
  ["宣传报道≥20篇，得5分；10-19篇，得3分；10篇以下不得分", {rule: "bands", full: 5, unit: "篇", bands: [{min: 20, minInclusive: true, max: null, maxInclusive: false, points: 5}, {min: 10, minInclusive: true, max: 19, maxInclusive: true, points: 3}, {min: null, minInclusive: false, max: 10, maxInclusive: true, points: 0}], percent: false}],
  ["知晓率达到80%以上的得4分，60%-80%的得2分，60%以下的不得分", {rule: "bands", full: 4, unit: "%", bands: [{min: 80, minInclusive: true, max: null, maxInclusive: false, points: 4}, {min: 60, minInclusive: true, max: 80, maxInclusive: false, points: 2}, {min: null, minInclusive: false, max: 60, maxInclusive: true, points: 0}], percent: true}],
  ["优秀（90分以上）得5分，良好（80-89分）得4分", {rule: "bands", full: 5, unit: "分", bands: [{min: 90, minInclusive: true, max: null, maxInclusive: false, points: 5}, {min: 80, minInclusive: true, max: 89, maxInclusive: true, points: 4}], percent: false}],
  ["完成率≥95%，计5分；90%（含）-95%，计4分；85%（含）-90%，计3分；85%以下不计分", {rule: "bands", full: 5, unit: "%", bands: [{min: 95, minInclusive: true, max: null, maxInclusive: false, points: 5}, {min: 90, minInclusive: true, max: 95, maxInclusive: false, points: 4}, {min: 85, minInclusive: true, max: 90, maxInclusive: false, points: 3}, {min: null, minInclusive: false, max: 85, maxInclusive: true, points: 0}], percent: true}],
  ["满意度低于90%扣2分", {rule: "bands", full: null, unit: "%", bands: [{min: null, minInclusive: false, max: 90, maxInclusive: false, points: 2, deduct: true}], percent: true}],
  ["满意度达到90%得满分，80%-90%扣2分，低于80%不得分", {rule: "bands", full: null, unit: "%", bands: [{min: 90, minInclusive: true, max: null, maxInclusive: false, points: null}, {min: 80, minInclusive: true, max: 90, maxInclusive: false, points: 2, deduct: true}, {min: null, minInclusive: false, max: 80, maxInclusive: false, points: 0}], percent: true}],
  // graded
  ["充分:3分;一般:1.5分;没有:0分", {rule: "graded", full: 3, unit: "", grades: [{word: "充分", points: 3}, {word: "一般", points: 1.5}, {word: "没有", points: 0}]}],
  ["齐全的得2分,不齐全的扣2分", {rule: "graded", full: 2, unit: "", grades: [{word: "齐全", points: 2}, {word: "不齐全", points: 2, deduct: true}]}],
  ["优得5分，良得4分，中得3分，差不得分", {rule: "graded", full: 5, unit: "", grades: [{word: "优", points: 5}, {word: "良", points: 4}, {word: "中", points: 3}, {word: "差", points: 0}]}],
  ["10分，评价为优秀得10分，良好得8分，合格得6分，不合格不得分", {rule: "graded", full: 10, unit: "", grades: [{word: "优秀", points: 10}, {word: "良好", points: 8}, {word: "合格", points: 6}, {word: "不合格", points: 0}]}],
  ["质量合格得7分，不合格不得分", {rule: "graded", full: 7, unit: "", grades: [{word: "质量合格", points: 7}, {word: "不合格", points: 0}]}],
  ["有得2分，无不得分", {rule: "graded", full: 2, unit: "", grades: [{word: "有", points: 2}, {word: "无", points: 0}]}],
  ["是:2分;否:0分", {rule: "graded", full: 2, unit: "", grades: [{word: "是", points: 2}, {word: "否", points: 0}]}],
  ["制度健全得3分，基本健全得1.5分，不健全不得分", {rule: "graded", full: 3, unit: "", grades: [{word: "制度健全", points: 3}, {word: "基本健全", points: 1.5}, {word: "不健全", points: 0}]}],
  ["达到预期效果得5分，基本达到得3分，未达到不得分", {rule: "graded", full: 5, unit: "", grades: [{word: "达到预期效果", points: 5}, {word: "基本达到", points: 3}, {word: "未达到", points: 0}]}],
  ["按期完成得3分，延期完成得1分，未完成不得分", {rule: "graded", full: 3, unit: "", grades: [{word: "按期完成", points: 3}, {word: "延期完成", points: 1}, {word: "未完成", points: 0}]}],
  ["好:5分;较好:3分;一般:1分;差:0分", {rule: "graded", full: 5, unit: "", grades: [{word: "好", points: 5}, {word: "较好", points: 3}, {word: "一般", points: 1}, {word: "差", points: 0}]}],
  ["优秀5分，良好4分，一般2分", {rule: "graded", full: 5, unit: "", grades: [{word: "优秀", points: 5}, {word: "良好", points: 4}, {word: "一般", points: 2}]}],
  // default
  ["10分，根据完成情况酌情扣分", {rule: "default", full: 10, unit: "", discretion: true}],
  ["按完成情况打分", {rule: "default", full: null, unit: ""}],
  ["5", {rule: "default", full: 5, unit: ""}],
  ["15分", {rule: "default", full: 15, unit: ""}],
];

describe("rule corpus", () => {
  it("has at least 50 texts, the seed's among them, none twice", () => {
    const texts = CORPUS.map(([t]) => t);
    expect(texts.length).toBeGreaterThanOrEqual(50);
    expect(new Set(texts).size).toBe(texts.length);
    for (const s of SEED) expect(texts).toContain(s);
  });

  it.each(CORPUS)("%s", (text, expected) => {
    expect(parseRule(text)).toEqual({ text, ...expected });
  });
});
