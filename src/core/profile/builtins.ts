/**
 * The built-in scoring profiles (DESIGN §10), as data checked by the same schema as a custom file.
 * Where each comes from, and what could not be found, is in docs/profiles.md.
 */
import { ProfileSchema, type ScoringProfile } from "./schema";

/** 财政部's 自评 weights (财预〔2020〕10号): 产出 50, 效益 30, 满意度 10, 预算执行 10. */
const NATIONAL_WEIGHTS = { output: 50, benefit: 30, satisfaction: 10, budget: 10 };
/** The national grade bands: 优 90–100, 良 80–89, 中 60–79, 差 below 60 (DESIGN §5). */
const NATIONAL_GRADES = { excellent: 90, good: 80, fair: 60 };
/** DESIGN §5's 定性 shares: the lower edges of the national bands (达成 full points). */
const NATIONAL_SHARES = { achieved: 1, basically: 0.8, partly: 0.6, notAchieved: 0 };

/** DESIGN §5 exactly: what Score did before profiles existed. */
export const DEFAULT_PROFILE: ScoringProfile = ProfileSchema.parse({
  name: "default",
  label: { "zh-CN": "默认（财政部项目支出绩效自评）", en: "default (财政部 project self-evaluation)" },
  source: [
    "财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）附件 项目支出绩效自评表",
    // 填表说明 of the national 自评表: 正向 全年实际值 / 年度指标值 × 分值, 反向 年度指标值 / 全年实际值 × 分值.
    "http://biz.doczj.com/doc/174893555.html",
    // A published 自评表 whose budget block is 10 × 执行率 (45.17 % → 4.52): the ratio formula.
    "https://pdf.chddh.cn/archives/48n5zg2zkkjxn27q6rjv.html",
  ],
  budgetPoints: 10,
  budgetFormula: "ratio",
  reverseFormula: "ratio",
  zeroTarget: "all-or-nothing",
  qualitative: { shares: NATIONAL_SHARES, staffChoice: false },
  grades: NATIONAL_GRADES,
  categoryWeights: NATIONAL_WEIGHTS,
});

/**
 * The national 预算管理一体化 module: 反向 linear (0 at twice the target), a target of 0 all or
 * nothing, and 定性 scores staff choose within the national bands 100–80 %, 80–60 %, 60–0 %
 * (基本达成 sits in the top band, at its lower edge, as in DESIGN §5).
 */
export const YITIHUA_PROFILE: ScoringProfile = ProfileSchema.parse({
  name: "yitihua",
  label: { "zh-CN": "预算管理一体化系统", en: "预算管理一体化 (national budget system)" },
  source: [
    "财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）附件 自评表填表说明：定性指标按达成、部分达成、未达成分别在分值的 100–80%（含）、80–60%（含）、60–0% 区间内确定得分",
    "反向指标 N × (1 − (实际值 − 指标值) ÷ 指标值)、不低于 0：一体化系统自评模块的计分方式，见 Jixiao issue 15；检索的公开资料中未找到该模块的计分说明原文（docs/profiles.md）",
  ],
  budgetPoints: 10,
  budgetFormula: "ratio",
  reverseFormula: "linear",
  zeroTarget: "all-or-nothing",
  qualitative: {
    shares: NATIONAL_SHARES,
    staffChoice: true,
    bands: { achieved: [0.8, 1], basically: [0.8, 1], partly: [0.6, 0.8], notAchieved: [0, 0.6] },
  },
  grades: NATIONAL_GRADES,
  categoryWeights: NATIONAL_WEIGHTS,
});

/**
 * A budget block worth 20 points (DESIGN §2: 分值 10, sometimes 20), the indicators then 80:
 * otherwise the national formulas. An example of the shape a provincial profile takes — no
 * province's published rubric giving these exact weights was found to cite (docs/profiles.md).
 */
export const BUDGET20_PROFILE: ScoringProfile = ProfileSchema.parse({
  name: "budget20",
  label: { "zh-CN": "预算执行 20 分（省级示例）", en: "budget block 20 points (provincial example)" },
  source: [
    "示例方案：预算执行率 20 分、产出 40、效益 30、满意度 10；其余同财预〔2020〕10号。未找到可引用的省级评分细则原文，使用前请按本省文件核对（docs/profiles.md）",
  ],
  budgetPoints: 20,
  budgetFormula: "ratio",
  reverseFormula: "ratio",
  zeroTarget: "all-or-nothing",
  qualitative: { shares: NATIONAL_SHARES, staffChoice: false },
  grades: NATIONAL_GRADES,
  categoryWeights: { output: 40, benefit: 30, satisfaction: 10, budget: 20 },
});

/** Built in, in the order the pane lists them. */
export const BUILTIN_PROFILES: readonly ScoringProfile[] = [DEFAULT_PROFILE, YITIHUA_PROFILE, BUDGET20_PROFILE];
