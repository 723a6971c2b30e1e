/**
 * How an actual value is written: percentages of a percentage target as Excel stores a typed
 * `98.5%` (0.985 formatted 0.0%), so the cell reads back as the same percentage; others as they are.
 */
import type { Indicator } from "../indicator";
import type { CellWrite } from "./types";

export function actualCell(ind: Indicator, actual: number | string): Pick<CellWrite, "value" | "numberFormat"> {
  if (typeof actual === "number" && ind.target?.kind === "number" && ind.target.percent)
    return { value: actual / 100, numberFormat: "0.0%" };
  return { value: actual };
}
