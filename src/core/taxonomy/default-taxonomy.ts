/**
 * The default indicator library (DESIGN §2): data, not code. Two editions are in use and both are
 * valid; a unit may replace this with its own library, validated by the schema in ./taxonomy.ts.
 * A third, the 中央预算内投资计划绩效目标表 of the 国家发展改革委, is read too (found in the corpus
 * of published tables: 天津 宝坻).
 */
export const DEFAULT_TAXONOMY = {
  editions: [
    {
      name: "current",
      levels: {
        产出指标: ["数量指标", "质量指标", "时效指标", "成本指标"],
        效益指标: ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
        满意度指标: ["服务对象满意度指标"],
        成本指标: ["经济成本指标", "社会成本指标", "生态环境成本指标"],
      },
    },
    {
      // The older edition: 满意度 sits under 效益指标 as a 二级 indicator.
      name: "older",
      levels: {
        产出指标: ["数量指标", "质量指标", "时效指标", "成本指标"],
        效益指标: [
          "经济效益指标",
          "社会效益指标",
          "生态效益指标",
          "可持续影响指标",
          "社会公众或服务对象满意度指标",
        ],
      },
    },
    {
      // 中央预算内投资 (基建投资) targets: 产出 and 效益 sit one level down, under 实施效果指标.
      name: "central-investment",
      levels: {
        实施效果指标: ["产出指标", "效益指标"],
        满意度指标: ["服务对象满意度指标", "满意度指标"],
      },
    },
  ],
};
