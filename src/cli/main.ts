/** The CLI's entry point: run, then exit with the program's code once output has drained. */
import { runCli } from "./program";
import { processOutput } from "./output";

runCli(process.argv.slice(2), processOutput).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`jixiao: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}\n`);
    process.exitCode = 2;
  },
);
