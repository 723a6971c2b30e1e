/**
 * `jixiao clear <file.xlsx> --out FILE.xlsx [--json]` (DESIGN §5 Clear, 清除评分): writes a copy
 * with everything Score wrote and recorded taken out — the 得分 lines, 得分合计, the values it
 * filled, the 绩效自评表 it created, its record — back to the cells as they were before Score,
 * keeping what staff wrote since (and saying what was kept). The input is never modified.
 */
import type { Lang } from "../core/issues";
import { analyzeWorkbook, clearScorePlan, InputError, type Analysis } from "../core";
import { gridsFromWorkbook } from "../xlsx/read-grids";
import { applyPlan } from "../xlsx/apply-plan";
import { loadWorkbook } from "./load";
import { checkOutput, checkOutputKind, writeOutput } from "./write-output";
import { EXIT, type Output } from "./output";
import { reportUnusable } from "./validate-command";

export interface ClearFlags {
  sheet?: string;
  out?: string;
  json?: boolean;
  lang: Lang;
}

export async function clearFile(file: string, flags: ClearFlags, out: Output): Promise<number> {
  const en = flags.lang === "en";
  try {
    if (!flags.out) {
      out.stderr(en ? "clear writes a cleared copy: give it with --out FILE.xlsx (the input is never changed)." : "清除评分会写出清除后的副本：请用 --out 指定输出文件（输入文件不会被修改）。");
      return EXIT.unusable;
    }
    await checkOutput(file, flags.out);
    const { bytes, workbook, kind } = await loadWorkbook(file);
    checkOutputKind(flags.out, kind);
    const grids = gridsFromWorkbook(workbook);
    let analysis: Analysis | null = null;
    try {
      analysis = analyzeWorkbook(grids, { sheet: flags.sheet });
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
    }
    const result = clearScorePlan(grids, analysis);
    await writeOutput(file, flags.out, kind, await applyPlan(new Uint8Array(bytes), result.plan));
    if (flags.json) out.stdout(JSON.stringify({ file, out: flags.out, keptCells: result.keptCells, keptSheets: result.keptSheets }));
    else {
      out.stdout(en ? `Cleared copy written to ${flags.out}` : `已写出清除评分后的副本：${flags.out}`);
      if (result.keptCells.length)
        out.stdout(en ? `Kept, edited since Score: ${result.keptCells.join(", ")}` : `评分后修改过、已保留的单元格：${result.keptCells.join("、")}`);
      if (result.keptSheets.length)
        out.stdout(en ? `Kept, staff wrote 偏差原因分析 in them: ${result.keptSheets.join(", ")}` : `已填写偏差原因分析、已保留的工作表：${result.keptSheets.join("、")}`);
    }
    return EXIT.ok;
  } catch (err) {
    return reportUnusable(file, err, flags, out);
  }
}
