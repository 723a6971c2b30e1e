/**
 * The `jixiao` command line (DESIGN §6). Exit codes: 0 no errors, 1 errors found, 2 unusable
 * input or bad flags — always with a one-line reason on stderr, never a stack trace.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { DEFAULT_TIMEOUT_SECONDS, validateFiles, type BatchFlags } from "./batch";
import { progressBar } from "./progress";
import { ruleCommand, type RuleFlags } from "./rule-command";
import { clearFile, type ClearFlags } from "./clear-command";
import { scoreFile, type ScoreFlags } from "./score-command";
import { monitorFile, type MonitorFlags } from "./monitor-command";
import { logTemplateFile, type LogTemplateFlags } from "./log-template-command";
import { EXIT, processOutput, type Output } from "./output";
import { MAX_XML_ENV, parseMegabytes, setMaxXmlMbFlag } from "./limits";
import { reviewCommand, type ReviewCommandFlags } from "./review-command";

const langOption = () => new Option("--lang <lang>", "message language: zh-CN (default) or en").choices(["zh-CN", "en"]).default("zh-CN");

function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("a positive number of seconds is needed");
  return n;
}

export async function runCli(argv: string[], out: Output): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command()
    .name("jixiao")
    .description("校验和评分 项目绩效目标表 (.xlsx) — validate and score performance target tables")
    .exitOverride()
    .configureOutput({ writeOut: (s) => out.stdout(s.trimEnd()), writeErr: (s) => out.stderr(s.trimEnd()) })
    .showSuggestionAfterError()
    // A program option, so every command that opens files (validate, score, …) takes it, before
    // or after the command name. See src/cli/limits.ts and docs/reliability.md.
    .addOption(
      new Option("--max-xml-mb <mb>", `largest uncompressed XML a workbook may hold, in MB (default 50, or ${MAX_XML_ENV})`).argParser((v) => {
        const mb = parseMegabytes(v);
        if (mb === null) throw new InvalidArgumentError("give a positive number of megabytes, e.g. --max-xml-mb 100");
        return mb;
      }),
    )
    .hook("preAction", (root) => setMaxXmlMbFlag(root.opts<{ maxXmlMb?: number }>().maxXmlMb));

  program
    .command("validate")
    .description("校验工作簿，报告格式错误的行 / validate workbooks and report malformed rows")
    .argument("<files...>", ".xlsx files")
    .option("--sheet <name>", "the target sheet (default: the first sheet with an indicator table)")
    .option("--profile <name|file.json>", "scoring profile (DESIGN §10): its budget points decide what the indicators should total (default, yitihua, budget20, or a JSON file)")
    .option("--json", "print one JSON document per file")
    .addOption(new Option("--timeout <seconds>", `time limit per file with several files (default ${DEFAULT_TIMEOUT_SECONDS})`).argParser(seconds))
    .addOption(langOption())
    .action(async (files: string[], _opts: BatchFlags, command: Command) => {
      // Several files run on worker threads (batch.ts), which also need the program's options
      // (--max-xml-mb); the progress bar only when stderr is a terminal.
      const opts = command.optsWithGlobals<BatchFlags>();
      code = await validateFiles(files, opts, out, { progress: out === processOutput ? progressBar(process.stderr, opts.lang) : undefined });
    });

  program
    .command("score")
    .description("评分并写出评分后的副本 / score a workbook and optionally write a scored copy")
    .argument("<file>", ".xlsx file")
    .option("--sheet <name>", "the target sheet (default: detected)")
    .option("--log-sheet <name>", "the log sheet (default: the sheet with a 三级指标 / 完成值 header)")
    .option("--out <file>", "write the scored workbook here (the input is never modified)")
    .option("--profile <name|file.json>", "scoring profile: default, yitihua, budget20, or a profile JSON file (DESIGN §10)")
    .option("--json", "print the JSON report")
    .addOption(langOption())
    .action(async (file: string, opts: ScoreFlags) => {
      code = await scoreFile(file, opts, out);
    });

  program
    .command("clear")
    .description("清除评分：写出去掉评分所写内容的副本 / write a copy with everything Score wrote taken out")
    .argument("<file>", "a scored .xlsx")
    .option("--sheet <name>", "the target sheet (default: detected)")
    .option("--out <file>", "write the cleared workbook here (the input is never modified)")
    .option("--json", "print JSON")
    .addOption(langOption())
    .action(async (file: string, opts: ClearFlags) => {
      code = await clearFile(file, opts, out);
    });

  program
    .command("monitor")
    .description("绩效运行监控：截至监控日的完成情况、全年预计和完成目标可能性 / mid-year monitoring as of a date")
    .argument("<file>", ".xlsx file")
    .requiredOption("--as-of <date>", "the as-of date (监控日), e.g. 2022-06-30; log entries after it are left out")
    .option("--sheet <name>", "the target sheet (default: detected)")
    .option("--log-sheet <name>", "the log sheet (default: the sheet with a 三级指标 / 完成值 header)")
    .option("--out <file>", "write a copy with the 绩效监控表 sheet here (the input is never modified)")
    .option("--profile <name|file.json>", "scoring profile (DESIGN §10): its budget points decide what the indicators should total")
    .option("--json", "print the JSON report")
    .addOption(langOption())
    .action(async (file: string, opts: MonitorFlags) => {
      code = await monitorFile(file, opts, out);
    });

  program
    .command("review")
    .description("审核：校验多个工作簿（含审核检查）并写出汇总表 / review many workbooks and write one summary workbook")
    .argument("<paths...>", ".xlsx / .xlsm / .xls files, or folders to walk for them")
    .option("--summary <file>", "write the summary workbook here (汇总.xlsx: 汇总, 问题清单, 说明)")
    .option("--profile <name|file.json>", "scoring profile: its category weights for the review, its formulas for 得分 (default, yitihua, budget20, or a JSON file)")
    .option("--sheet <name>", "the target sheet (default: the first sheet with an indicator table)")
    .option("--json", "print one JSON document per file")
    .addOption(new Option("--timeout <seconds>", `time limit per file (default ${DEFAULT_TIMEOUT_SECONDS})`).argParser(seconds))
    .addOption(langOption())
    .action(async (paths: string[], _opts: ReviewCommandFlags, command: Command) => {
      const opts = command.optsWithGlobals<ReviewCommandFlags>();
      const progress = out === processOutput ? progressBar(process.stderr, opts.lang) : undefined;
      code = await reviewCommand(paths, opts, out, { progress });
    });

  program
    .command("log-template")
    .description("新建台账：写出添加了完成情况台账（含下拉列表）的副本 / write a copy with the log sheet made for staff")
    .argument("<file>", ".xlsx file with the target table")
    .requiredOption("--out <file>", "write the copy here (the input is never modified)")
    .option("--sheet <name>", "the target sheet (default: detected)")
    .option("--json", "print JSON")
    .addOption(langOption())
    .action(async (file: string, opts: LogTemplateFlags) => {
      code = await logTemplateFile(file, opts, out);
    });

  program
    .command("rule")
    .description("解释一条评（扣）分标准 / explain how a scoring rule text is understood")
    .argument("<text>", "the 评（扣）分标准 text")
    .option("--target <value>", "the indicator's 指标值 (≥95%, 12, 2022年12月31日前, 合格)")
    .option("--actual <value>", "an actual value: print the score Score gives and the arithmetic")
    .option("--full <points>", "the 分值, when the rule text states no points")
    .option("--profile <name|file.json>", "scoring profile for --actual: default, yitihua, budget20, or a profile JSON file")
    .option("--json", "print JSON")
    .addOption(langOption())
    .action(async (text: string, opts: RuleFlags) => {
      code = await ruleCommand(text, opts, out);
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
