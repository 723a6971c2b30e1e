/**
 * `jixiao review <files or folders>… [--summary 汇总.xlsx] [--json]` (DESIGN §6, §11): for a
 * finance bureau. Every workbook is validated with the review checks (§4) on, on the batch pool's
 * worker threads (batch.ts, with review-worker.ts as the worker), with a progress bar on a
 * terminal; each file is one line (one JSON document with --json), in the order given; with
 * --summary one workbook lists them all.
 *
 * A file that cannot be read, has no table or is over the limits is a row with its reason, never
 * an abort. Exit code 0 when every file passes, 1 when any needs changes or could not be read,
 * 2 only for bad flags (an unknown or bad --profile among them) or a summary that cannot be
 * written (the message names its path).
 */
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import type { Lang } from "../core/issues";
import { summaryWorkbook, VERDICT_LABEL, mainIssues, type ReviewedFile } from "../xlsx/summary";
import { DEFAULT_TIMEOUT_SECONDS, validateFiles } from "./batch";
import { InputProblem } from "./load";
import { EXIT, type Output } from "./output";
import { noProgress, type Progress } from "./progress";
import { profileLabel, type ScoringProfile } from "../core/profile";
import { loadProfileFlag } from "./profile-flag";
import { PROFILE_ENV, reviewFile, unreadable } from "./review-file";
import { reviewEntries, REVIEWED_EXTENSIONS } from "./review-walk";
import { writeFileAtomically } from "./write-output";

export interface ReviewCommandFlags {
  sheet?: string;
  json?: boolean;
  lang: Lang;
  summary?: string;
  profile?: string;
  timeout?: number;
  maxXmlMb?: number;
}

export interface ReviewOptions {
  progress?: Progress;
  /** The worker script; by default review-worker.js beside the CLI bundle (dist/). */
  workerFile?: string;
  workers?: number;
  /** The review's date for the 说明 sheet (tests fix it). */
  now?: () => Date;
}

export function defaultReviewWorkerFile(): string {
  return path.join(__dirname, "review-worker.js");
}

const EN_VERDICT: Record<ReviewedFile["verdict"], string> = { pass: "pass", revise: "needs changes", unreadable: "unreadable" };

/** One line (and the main issues under it) for a terminal or a log. */
export function formatReviewed(f: ReviewedFile, lang: Lang): string {
  const en = lang === "en";
  const verdict = en ? EN_VERDICT[f.verdict] : VERDICT_LABEL[f.verdict];
  if (f.verdict === "unreadable") {
    // The reader's reasons name the file; a table-not-found message names only the sheet.
    const reason = f.error ?? "";
    return `${verdict}  ${reason.includes(f.file) ? reason : `${f.file}${en ? ": " : "："}${reason}`}`;
  }
  const who = [f.unit, f.project].filter(Boolean).join(" · ");
  const s = f.stats!;
  const counts = en
    ? `${s.indicators} indicators, ${s.errors} errors, ${s.warnings} warnings`
    : `${s.indicators} 个指标，${s.errors} 个错误，${s.warnings} 个警告`;
  const head = `${verdict}  ${f.file}${who ? (en ? ` (${who})` : `（${who}）`) : ""}${en ? ": " : "："}${counts}`;
  const main = f.verdict === "revise" ? mainIssues(f, lang) : "";
  return main ? `${head}\n${main.replace(/^/gm, "    ")}` : head;
}

function badFlag(out: Output, zh: string, en: string, lang: Lang): number {
  out.stderr(lang === "en" ? en : zh);
  return EXIT.unusable;
}

/** The summary must not be one of the inputs, by any path (the inputs are never written). */
async function summaryIsAnInput(summary: string, files: string[]): Promise<string | null> {
  const s = await fs.stat(summary).catch(() => null);
  if (!s) return null;
  for (const f of files) {
    const st = await fs.stat(f).catch(() => null);
    if (st && st.dev === s.dev && st.ino === s.ino) return f;
  }
  return null;
}

export async function reviewCommand(args: string[], flags: ReviewCommandFlags, out: Output, options: ReviewOptions = {}): Promise<number> {
  const lang = flags.lang;
  if (flags.summary !== undefined && path.extname(flags.summary).toLowerCase() !== ".xlsx")
    return badFlag(out, `--summary 须是 .xlsx 文件名（例如 汇总.xlsx），而不是「${flags.summary}」。`, `--summary must name an .xlsx file (e.g. summary.xlsx), not "${flags.summary}".`, lang);
  let profile: ScoringProfile;
  try {
    profile = await loadProfileFlag(flags.profile);
  } catch (err) {
    out.stderr(err instanceof InputProblem ? err.text(lang) : String(err));
    return EXIT.unusable;
  }

  const entries = await reviewEntries(args, flags.summary);
  const files = entries.flatMap((e) => ("file" in e ? [e.file] : []));
  if (flags.summary) {
    const input = await summaryIsAnInput(flags.summary, files);
    if (input)
      return badFlag(out, `--summary 不能是输入文件「${input}」：输入文件从不被修改，请另取一个文件名。`, `--summary must not be the input file "${input}": inputs are never modified; choose another name.`, lang);
  }

  // Records in the order given; each printed once every entry before it is known.
  const records: (ReviewedFile | undefined)[] = entries.map((e) =>
    "emptyFolder" in e
      ? unreadable(
          e.emptyFolder,
          new InputProblem({ code: "folder-empty", params: { folder: e.emptyFolder, extensions: REVIEWED_EXTENSIONS } }),
          lang,
        )
      : undefined,
  );
  const slotOf = entries.flatMap((e, i) => ("file" in e ? [i] : []));
  let printed = 0;
  const flush = () => {
    while (printed < records.length && records[printed]) {
      const r = records[printed++]!;
      out.stdout(flags.json ? JSON.stringify(r) : formatReviewed(r, lang));
    }
  };
  flush();
  let arrived = 0;
  const take = (r: ReviewedFile) => {
    records[slotOf[arrived++]] = r;
    flush();
  };

  const workerFile = options.workerFile ?? defaultReviewWorkerFile();
  if (files.length && existsSync(workerFile)) {
    // The batch pool: time limit per file, a dead or hung worker replaced, results in order. Its
    // own lines for a file it gave up on are {file, valid: false, error} (with --json on).
    const sink: Output = {
      stdout: (line) => {
        const doc = JSON.parse(line) as ReviewedFile & { error?: string };
        take(doc.verdict ? doc : { file: doc.file, verdict: "unreadable", unit: "", project: "", valid: false, error: doc.error ?? doc.file });
      },
      stderr: () => {}, // the same reason, already in the JSON line
    };
    const before = process.env[PROFILE_ENV];
    process.env[PROFILE_ENV] = JSON.stringify(profile); // read by each worker as it starts
    try {
      await validateFiles(
        files,
        { sheet: flags.sheet, json: true, lang, timeout: flags.timeout ?? DEFAULT_TIMEOUT_SECONDS, maxXmlMb: flags.maxXmlMb },
        sink,
        { progress: options.progress, workerFile, workers: options.workers },
      );
    } finally {
      if (before === undefined) delete process.env[PROFILE_ENV];
      else process.env[PROFILE_ENV] = before;
    }
  } else {
    // Not built (running from sources): in turn, in this thread.
    const progress = options.progress ?? noProgress;
    progress.update(0, files.length);
    for (let i = 0; i < files.length; i++) {
      const r = await reviewFile(files[i], { sheet: flags.sheet, lang, profile });
      progress.hide();
      take(r);
      progress.update(i + 1, files.length);
    }
    progress.end();
  }

  const done = records as ReviewedFile[];
  const count = (v: ReviewedFile["verdict"]) => done.filter((r) => r.verdict === v).length;
  const tally =
    lang === "en"
      ? `${done.length} ${done.length === 1 ? "file" : "files"}: ${count("pass")} pass, ${count("revise")} need changes, ${count("unreadable")} unreadable.`
      : `共 ${done.length} 个文件：通过 ${count("pass")}，需修改 ${count("revise")}，无法读取 ${count("unreadable")}。`;
  // With --json stdout holds only the documents; the tally goes to stderr.
  (flags.json ? out.stderr : out.stdout)(tally);

  if (flags.summary) {
    const w = profile.categoryWeights;
    const description = `${profileLabel(profile, "zh-CN")}；审核权重：产出 ${w.output}、效益 ${w.benefit}、满意度 ${w.satisfaction}、预算执行 ${w.budget}`;
    // 文件 as the officer knows it: under the folder's own name (`收文/呈贡区/a.xlsx`), not the
    // absolute path every row would repeat; a file named on the command line as it was typed.
    const roots = new Map(entries.flatMap((e) => ("file" in e && e.root !== undefined ? [[e.file, e.root] as const] : [])));
    const fileName = (file: string) => {
      const root = roots.get(file);
      return root === undefined ? file : path.join(path.basename(path.resolve(root)), path.relative(root, file));
    };
    const bytes = await summaryWorkbook(done, { date: (options.now ?? (() => new Date()))(), profile: { name: profile.name, description }, fileName });
    try {
      await writeFileAtomically(flags.summary, bytes);
    } catch (err) {
      out.stderr(err instanceof InputProblem ? err.text(lang) : String(err));
      return EXIT.unusable;
    }
    (flags.json ? out.stderr : out.stdout)(lang === "en" ? `Summary written to ${flags.summary}` : `已写出汇总表：${flags.summary}`);
  }
  return done.every((r) => r.verdict === "pass") ? EXIT.ok : EXIT.errors;
}
