/**
 * review-category-missing: no 产出指标 or no 效益指标. Source: 财政部《中央部门项目支出核心绩效目标
 * 和指标设置及取值指引（试行）》(财预〔2021〕101号): 绩效指标 "一般包括产出指标、效益指标和满意度
 * 指标"; 产出 and 效益 are what every project must state. A missing 满意度指标 is only worth a
 * note where the project serves the public (DESIGN §4), which a table cannot tell: not raised.
 */
import { tableIssue } from "../context";
import { categoryOf, type Category } from "./category";
import type { ReviewCheck } from "./context";

const REQUIRED: readonly { category: Category; label: string }[] = [
  { category: "output", label: "产出指标" },
  { category: "benefit", label: "效益指标" },
];

export const checkCategoryMissing: ReviewCheck = (ctx) => {
  const { indicators, columns } = ctx.table;
  if (indicators.length === 0 || columns.level1 === undefined) return []; // column-missing / table issues say it
  const present = new Set(indicators.map(categoryOf));
  return REQUIRED.filter((r) => !present.has(r.category)).map((r) =>
    tableIssue(ctx, "review-category-missing", "level1", columns.level1, { category: r.label }),
  );
};
