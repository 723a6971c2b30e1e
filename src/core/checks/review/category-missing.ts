/**
 * review-category-missing: no 产出指标 or no 效益指标. Source: 财政部《中央部门项目支出核心绩效目标
 * 和指标设置及取值指引（试行）》(财预〔2021〕101号): 绩效指标 "一般包括产出指标、效益指标和满意度
 * 指标"; 产出 and 效益 are what every project must state ([warning]).
 *
 * A missing 满意度指标 is a note, not a rule (DESIGN §4): 101号 asks for 满意度 "原则上" where the
 * project has 服务对象 — the public, pupils, patients, villagers. A table does not say whom the
 * project serves, but its indicators do (`群众满意度`, `惠及农户数`, `学生受益面`): when they name
 * such people and no indicator is 满意度, the same code comes as [info] with `note: 1`.
 */
import { nameKey } from "../../normalize";
import { tableIssue } from "../context";
import { categoryOf, type Category } from "./category";
import type { ReviewCheck } from "./context";

const REQUIRED: readonly { category: Category; label: string }[] = [
  { category: "output", label: "产出指标" },
  { category: "benefit", label: "效益指标" },
];

/** Words for the people a project serves (服务对象), as indicators name them. */
const SERVES_PUBLIC = /群众|公众|居民|市民|村民|农户|农民|学生|师生|幼儿|患者|病人|游客|老人|老年人|残疾人|服务对象|受益人|受益对象|办事人|企业满意/;

export const checkCategoryMissing: ReviewCheck = (ctx) => {
  const { indicators, columns } = ctx.table;
  if (indicators.length === 0 || columns.level1 === undefined) return []; // column-missing / table issues say it
  const present = new Set(indicators.map(categoryOf));
  const issues = REQUIRED.filter((r) => !present.has(r.category)).map((r) =>
    tableIssue(ctx, "review-category-missing", "level1", columns.level1, { category: r.label }),
  );
  const servesPublic = indicators.some((ind) => SERVES_PUBLIC.test(nameKey(ind.name)) || SERVES_PUBLIC.test(nameKey(ind.content)));
  if (!present.has("satisfaction") && servesPublic)
    issues.push({ ...tableIssue(ctx, "review-category-missing", "level1", columns.level1, { category: "满意度指标", note: true }), severity: "info" });
  return issues;
};
