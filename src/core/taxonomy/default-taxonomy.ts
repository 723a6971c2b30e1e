/**
 * The default indicator library (DESIGN §2): data, not code. Two editions are in use and both are
 * valid; a unit may replace this with its own library, validated by the schema in ./taxonomy.ts.
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
  ],
};
