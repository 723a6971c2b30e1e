/**
 * The `jixiao` command line (DESIGN §6). Exit codes: 0 no errors, 1 errors found, 2 unusable
 * input or bad flags — always with a one-line reason on stderr, never a stack trace.
 */
import { Command, CommanderError, Option } from "commander";
import type { Lang } from "../core/issues";
import { validateFile } from "./validate-command";
import { ruleCommand } from "./rule-command";
import { scoreFile, type ScoreFlags } from "./score-command";
import { EXIT, type Output } from "./output";

const langOption = () => new Option("--lang <lang>", "message language: zh-CN (default) or en").choices(["zh-CN", "en"]).default("zh-CN");

export async function runCli(argv: string[], out: Output): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command()
    .name("jixiao")
    .description("校验和评分 项目绩效目标表 (.xlsx) — validate and score performance target tables")
    .exitOverride()
    .configureOutput({ writeOut: (s) => out.stdout(s.trimEnd()), writeErr: (s) => out.stderr(s.trimEnd()) })
    .showSuggestionAfterError();

  program
    .command("validate")
    .description("校验工作簿，报告格式错误的行 / validate workbooks and report malformed rows")
    .argument("<files...>", ".xlsx files")
    .option("--sheet <name>", "the target sheet (default: the first sheet with an indicator table)")
    .option("--json", "print one JSON document per file")
    .addOption(langOption())
    .action(async (files: string[], opts: { sheet?: string; json?: boolean; lang: Lang }) => {
      for (const file of files) code = Math.max(code, await validateFile(file, opts, out));
    });

  program
    .command("score")
    .description("评分并写出评分后的副本 / score a workbook and optionally write a scored copy")
    .argument("<file>", ".xlsx file")
    .option("--sheet <name>", "the target sheet (default: detected)")
    .option("--log-sheet <name>", "the log sheet (default: the sheet with a 三级指标 / 完成值 header)")
    .option("--out <file>", "write the scored workbook here (the input is never modified)")
    .option("--json", "print the JSON report")
    .addOption(langOption())
    .action(async (file: string, opts: ScoreFlags) => {
      code = await scoreFile(file, opts, out);
    });

  program
    .command("rule")
    .description("解释一条评（扣）分标准 / explain how a scoring rule text is understood")
    .argument("<text>", "the 评（扣）分标准 text")
    .option("--json", "print JSON")
    .addOption(langOption())
    .action((text: string, opts: { json?: boolean; lang: Lang }) => {
      code = ruleCommand(text, opts, out);
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return err.exitCode === 0 ? EXIT.ok : EXIT.unusable;
    }
    const detail = err instanceof Error ? err.message.split("\n")[0] : String(err);
    out.stderr(`jixiao: ${detail}`);
    return EXIT.unusable;
  }
  return code;
}
