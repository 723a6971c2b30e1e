/** The checks, in the order they run (and their issues are listed within a row). */
import { checkColumns } from "./columns";
import { checkWeightTotal } from "./weight-total";
import { checkLeftoverRows, checkPlaceholder } from "./placeholder";
import { checkLevelWeightTotal } from "./level-weight-total";
import { checkName } from "./name";
import { checkLevels } from "./levels";
import { checkOperator } from "./operator";
import { checkTarget } from "./target";
import { checkUnit } from "./unit";
import { checkAttribute } from "./attribute";
import { checkRule } from "./rule";
import { checkSource } from "./source";
import { checkDuplicates } from "./duplicates";
import { checkFormulaUncached } from "./formula-uncached";
import type { IndicatorCheck, TableCheck } from "./context";

export const TABLE_CHECKS: TableCheck[] = [checkColumns, checkWeightTotal, checkLevelWeightTotal, checkLeftoverRows, checkDuplicates, checkFormulaUncached];
export const INDICATOR_CHECKS: IndicatorCheck[] = [
  checkPlaceholder,
  checkName,
  checkLevels,
  checkOperator,
  checkTarget,
  checkUnit,
  checkAttribute,
  checkRule,
  checkSource,
];
