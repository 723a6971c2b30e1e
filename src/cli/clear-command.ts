/**
 * `jixiao clear <file.xlsx> --out FILE.xlsx [--json]` (DESIGN §5 Clear, 清除评分): writes a copy
 * with everything Score wrote and recorded taken out — the 得分 lines, 得分合计, the values it
 * filled, the 绩效自评表 it created, its record — back to the cells as they were before Score,
 * keeping what staff wrote since (and saying what was kept). The input is never modified.
 */
import type { Lang } from "../core/issues";
import { analyzeWorkbook, clearScorePlan, InputError, type Analysis } from "../core";
import { applyPlan } from "../xlsx/apply-plan";
import { loadGrids } from "./load";
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
    const { bytes, grids, kind, format } = await loadGrids(file);
    if (format !== "ooxml") {
      out.stderr(en ? `${file}: clear writes .xlsx / .xlsm only; save the file as .xlsx in Excel or WPS first.` : `${file}：清除评分只能写出 .xlsx / .xlsm 文件；请先在 Excel 或 WPS 中另存为 .xlsx。`);
      return EXIT.unusable;
    }
    checkOutputKind(flags.out, kind);
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
