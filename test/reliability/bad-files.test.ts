/**
 * Broken and hostile files through the real CLI (`node dist/cli.js validate <file> --json`): each
 * unusable one exits 2 with exactly one stderr line and no stack trace, within a time bound, and
 * its JSON names the problem by its code (CODES below: what is asserted is the code, not the
 * sentence; the line is the message of that code and its parameters in the run's language). The
 * ones that must read fine (an .xlsm with macros, whole-sheet data validations) do. The corpus is
 * made by scripts/make-bad-fixtures.mjs (test/fixtures/bad/expected.json lists the files and exit codes).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { buildCli, pool, ROOT, runCliProcess, STACK_FRAME, type CliRun } from "./cli-run";
import { currentLimits, isProblem, limitsFor, parseMegabytes, setMaxXmlMbFlag } from "../../src/cli/limits";
import { runCli } from "../../src/cli/program";
import { inputProblemText, type InputProblemData } from "../../src/cli/problems";

const BAD = "test/fixtures/bad";
/** Per run: a Node start (~1 s on a loaded CI machine) plus the checks; a hang is far above. */
const TIME_BOUND_MS = 15_000;

interface Case {
  file: string;
  exit: number;
  "zh-CN": string | null;
  en: string | null;
  note?: string;
}
const expected = JSON.parse(readFileSync(path.join(__dirname, "../fixtures/bad/expected.json"), "utf8")) as { cases: Case[] };

/**
 * The problem each unusable file is, by code: the CLI's (src/cli/problems.ts), a limit's
 * (src/cli/limit-problems.ts), or, for a workbook without a table, the report's issue code.
 */
const CODES: Record<string, string> = {
  "empty.xlsx": "file-empty",
  "truncated.xlsx": "zip-damaged",
  "zip-without-workbook.xlsx": "no-workbook-part",
  "sheet-part-missing.xlsx": "sheet-part-missing",
  "old-excel.xls": "file-old-excel",
  "encrypted.xlsx": "file-encrypted",
  "csv-renamed.xlsx": "file-csv",
  "random-bytes.xlsx": "file-unrecognised",
  "huge-shared-strings.xlsx": "xml-too-large",
  "zip-bomb.xlsx": "zip-bomb",
  "size-lie.xlsx": "part-damaged",
  "merge-bomb.xlsx": "merged-too-large",
  "far-cell.xlsx": "sheet-area-too-large",
  "no-table.xlsx": "table-not-found",
  "a-folder.xlsx": "file-is-folder",
  "does-not-exist.xlsx": "file-not-found",
};

interface Doc {
  error?: string;
  problem?: InputProblemData;
  issues?: { code: string; message: string }[];
}
const docOf = (run: CliRun): Doc => JSON.parse(run.stdout.trim().split("\n")[0]) as Doc;
const codeOf = (doc: Doc) => doc.problem?.code ?? doc.issues?.[0]?.code;
/** The line a document's failure prints in `lang`: its problem's message, or the table's issue. */
const lineOf = (doc: Doc, lang: "zh-CN" | "en") => (doc.problem ? inputProblemText(doc.problem, lang) : doc.issues![0].message);

const results = new Map<string, CliRun>();
const key = (file: string, lang: string) => `${lang} ${file}`;

function assertOneLine(run: CliRun, message: string | RegExp) {
  expect(run.timedOut).toBe(false);
  expect(run.ms).toBeLessThan(TIME_BOUND_MS);
  expect(run.code).toBe(2);
  expect(run.stderr.endsWith("\n")).toBe(true);
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  if (typeof message === "string") expect(lines[0]).toBe(message);
  else expect(lines[0]).toMatch(message);
  expect(run.stdout + run.stderr).not.toMatch(STACK_FRAME);
}

/** The same command in-process (for the second language: a Node start per run costs ~1 s). */
async function runInProcess(args: string[]): Promise<CliRun> {
  const started = Date.now();
  const stdout: string[] = [];
  const stderr: string[] = [];
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    const code = await runCli(args, { stdout: (l) => stdout.push(l + "\n"), stderr: (l) => stderr.push(l + "\n") });
    return { code, stdout: stdout.join(""), stderr: stderr.join(""), ms: Date.now() - started, timedOut: false };
  } finally {
    process.chdir(cwd);
  }
}

beforeAll(async () => {
  buildCli();
  // zh-CN (the default) through the built CLI, one Node process per file; en in-process.
  const runs = await pool(expected.cases, 3, (c) => runCliProcess(["validate", `${BAD}/${c.file}`, "--json"]));
  expected.cases.forEach((c, i) => results.set(key(c.file, "zh-CN"), runs[i]));
  for (const c of expected.cases) results.set(key(c.file, "en"), await runInProcess(["validate", `${BAD}/${c.file}`, "--json", "--lang", "en"]));
}, 180_000);

describe("bad files through `jixiao validate`", () => {
  it("covers every kind of broken file the issue lists", () => {
    const files = expected.cases.map((c) => c.file);
    for (const f of ["empty.xlsx", "truncated.xlsx", "zip-without-workbook.xlsx", "sheet-part-missing.xlsx", "old-excel.xls", "encrypted.xlsx", "csv-renamed.xlsx", "macros.xlsm", "huge-shared-strings.xlsx", "zip-bomb.xlsx", "a-folder.xlsx", "does-not-exist.xlsx"])
      expect(files).toContain(f);
  });

  it("names a problem code for every unusable file of the corpus, and none for the others", () => {
    expect(expected.cases.filter((c) => c.exit === 2).map((c) => c.file).sort()).toEqual(Object.keys(CODES).sort());
  });

  describe.each(expected.cases)("$file", (c) => {
    it.each(["zh-CN", "en"] as const)("%s: the expected exit code and problem code, one line, no stack trace", (lang) => {
      const run = results.get(key(c.file, lang))!;
      if (c.exit !== 2) {
        // Must read fine: a report on stdout, nothing on stderr.
        expect(run.timedOut).toBe(false);
        expect(run.ms).toBeLessThan(TIME_BOUND_MS);
        expect(run.stderr).toBe("");
        expect(run.code).toBe(c.exit);
        expect(run.stdout).toContain("项目绩效目标表");
        expect(run.stdout).not.toMatch(STACK_FRAME);
        return;
      }
      const doc = docOf(run);
      expect(codeOf(doc)).toBe(CODES[c.file]);
      // The line is the code's message with the file as typed, in the run's language.
      const line = lineOf(doc, lang);
      if (doc.problem) {
        expect(doc.problem.params).toMatchObject({ path: `${BAD}/${c.file}` });
        expect(doc.error).toBe(line);
      }
      assertOneLine(run, line);
    });
  });

  it("score refuses the same files with the same problem and line", async () => {
    const picks = ["truncated.xlsx", "zip-bomb.xlsx", "merge-bomb.xlsx"];
    const runs = await pool(picks, 4, (f) => runCliProcess(["score", `${BAD}/${f}`, "--out", path.join(os.tmpdir(), "jixiao-never-written.xlsx"), "--json"]));
    picks.forEach((f, i) => {
      const validated = results.get(key(f, "zh-CN"))!;
      expect(docOf(runs[i]).problem).toEqual(docOf(validated).problem);
      assertOneLine(runs[i], validated.stderr.trimEnd());
    });
  }, 60_000);

  it("--json prints one JSON document with the reason and the problem's code and parameters, and the same line on stderr", () => {
    const run = results.get(key("zip-bomb.xlsx", "zh-CN"))!;
    const doc = JSON.parse(run.stdout) as Doc & Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(["file", "valid", "error", "problem"]);
    expect(doc).toMatchObject({ file: `${BAD}/zip-bomb.xlsx`, valid: false, problem: { code: "zip-bomb", params: { path: `${BAD}/zip-bomb.xlsx`, part: expect.any(String), ratio: expect.any(Number) } } });
    expect((doc.problem!.params as { ratio: number }).ratio).toBeGreaterThan(100);
    assertOneLine(run, doc.error!);
  });

  it("a bad file among good ones: every file gets its report, the bad one its line, exit 2", async () => {
    const run = await runCliProcess(["validate", `${BAD}/macros.xlsm`, `${BAD}/empty.xlsx`, `${BAD}/whole-sheet-validations.xlsx`]);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split("\n")).toEqual([results.get(key("empty.xlsx", "zh-CN"))!.stderr.trimEnd()]);
    expect(run.stdout.match(/项目绩效目标表/g)?.length).toBeGreaterThanOrEqual(2);
  });
});

describe("the XML size limit (JIXIAO_MAX_XML_MB, --max-xml-mb)", () => {
  let big: string;
  beforeAll(async () => {
    // A real, legitimate 1 MB sharedStrings part: 7 000 different texts (compresses ~3 : 1).
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("项目绩效目标表");
    ws.addRow(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标属性", "评（扣）分标准"]);
    ws.addRow(["产出指标", "数量指标", "编撰报告期数", "=", 12, "期", "定量指标", "100分，完成1期得1分"]);
    const notes = wb.addWorksheet("备注");
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed / 2147483648);
    for (let r = 0; r < 7_000; r++) notes.addRow([Array.from({ length: 40 }, () => String.fromCharCode(0x4e00 + Math.floor(rand() * 20000))).join("")]);
    big = path.join(mkdtempSync(path.join(os.tmpdir(), "jixiao-big-")), "big-shared-strings.xlsx");
    writeFileSync(big, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  }, 60_000);

  it("reads a workbook under the limit, refuses it with --max-xml-mb under its size, and with JIXIAO_MAX_XML_MB", async () => {
    const [ok, flag, env, flagBeatsEnv] = await Promise.all([
      runCliProcess(["validate", big]),
      runCliProcess(["validate", big, "--max-xml-mb", "1"]),
      runCliProcess(["validate", big], { env: { JIXIAO_MAX_XML_MB: "0.9" } }),
      runCliProcess(["--max-xml-mb", "100", "validate", big], { env: { JIXIAO_MAX_XML_MB: "1" } }),
    ]);
    expect(ok.stderr).toBe("");
    expect([0, 1]).toContain(ok.code);
    assertOneLine(flag, /^.*big-shared-strings\.xlsx 中的 XML 内容过大（解压后 [\d.]+ MB，上限 1 MB），未处理。/);
    assertOneLine(env, /上限 0\.9 MB），未处理。/);
    expect(flagBeatsEnv.stderr).toBe("");
  }, 60_000);

  it("a raised limit does not let a bomb through: a part declaring 64 MB in 140 bytes is refused by its ratio", async () => {
    const run = await runCliProcess(["validate", `${BAD}/huge-shared-strings.xlsx`, "--max-xml-mb", "100"]);
    assertOneLine(run, /^test\/fixtures\/bad\/huge-shared-strings\.xlsx 的压缩比异常（xl\/sharedStrings\.xml 解压后是压缩数据的 \d+ 倍），疑似“zip 炸弹”，已拒绝处理。$/);
  });

  it("a bad value is one line, exit 2", async () => {
    const [flag, env] = await Promise.all([
      runCliProcess(["validate", `${BAD}/macros.xlsm`, "--max-xml-mb", "lots"]),
      runCliProcess(["validate", `${BAD}/macros.xlsm`], { env: { JIXIAO_MAX_XML_MB: "-3" } }),
    ]);
    expect(flag.code).toBe(2);
    expect(flag.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(flag.stderr).toContain("--max-xml-mb");
    assertOneLine(env, '环境变量 JIXIAO_MAX_XML_MB="-3" 无效：应为正数（单位 MB），例如 JIXIAO_MAX_XML_MB=100。');
  });

  it("limits.ts: megabytes parse strictly; the flag wins over the environment", () => {
    expect(parseMegabytes("50")).toBe(50);
    expect(parseMegabytes("0.5")).toBe(0.5);
    for (const bad of ["", "0", "-1", "1e3", "abc", "NaN", "Infinity", "10MB"]) expect(parseMegabytes(bad)).toBeNull();
    expect(currentLimits({})).toEqual(limitsFor(50));
    expect(currentLimits({ JIXIAO_MAX_XML_MB: "8" })).toEqual(limitsFor(8));
    expect(isProblem(currentLimits({ JIXIAO_MAX_XML_MB: "x" }))).toBe(true);
    setMaxXmlMbFlag(3);
    try {
      expect(currentLimits({ JIXIAO_MAX_XML_MB: "8" })).toEqual(limitsFor(3));
    } finally {
      setMaxXmlMbFlag(undefined);
    }
    expect(limitsFor(50)).toMatchObject({ maxXmlBytes: 50 * 1024 * 1024, maxPackageBytes: 200 * 1024 * 1024, maxRatio: 100 });
  });
});
