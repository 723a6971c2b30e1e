/**
 * The CLI's failures outside the issue list as Problems (src/core/problem.ts): a closed code list
 * for opening files, flags, the --profile file, the output and the batch, each code's parameters,
 * and its one-line message in both languages. An InputProblem carries one of these or a
 * limits.ts one (limit-problems.ts); every command ends it the same way: exit 2, its message on
 * stderr in --lang, and in --json its code and parameters beside the message.
 */
import type { Lang } from "../core/lang";
import { ProblemError, type Problem, type ProblemMessages } from "../core/problem";
import { problemText, type ProfileProblem } from "../core/profile/problems";
import { LIMIT_MESSAGES, type LimitProblem } from "./limit-problems";
import type { PackageKind } from "./package-kind";

interface File {
  path: string;
}

export type CliProblemParams = {
  "file-not-found": File;
  "file-is-folder": File;
  "file-not-regular": File;
  /** The file exists but reading it failed (`errno`: EACCES …, or "" when Node gave none). */
  "file-unreadable": File & { errno: string };
  "file-empty": File;
  "file-encrypted": File;
  "file-old-excel": File;
  "file-csv": File;
  /** A web page or XML Spreadsheet 2003 saved with a workbook's name. */
  "file-html": File;
  "file-unrecognised": File;
  /** The reader could not parse it: the reader's first line of explanation. */
  "file-damaged": File & { detail: string };
  "file-no-sheets": File;
  /** --out of a format read for reports only (.xls, .xlsb, .ods). */
  "out-read-only-format": File & { ext: string };
  "out-same-as-input": { out: string; input: string; how: "same-path" | "link" | "hard-link" };
  "out-kind-mismatch": { out: string; kind: PackageKind; ext: string; suggestion: string };
  /** Writing the output failed (`errno` in words where known, OUTPUT_ERRNO). */
  "out-write-failed": { out: string; errno: string };
  /** A batch file still running past --timeout. */
  "timed-out": File & { seconds: string };
  "as-of-invalid": { value: string };
  "profile-unknown": { name: string; builtins: readonly string[] };
  "profile-unreadable": File & { why: "missing" | "folder" | "unreadable" };
  "profile-not-json": File & { detail: string };
  "profile-invalid": File & { problems: ProfileProblem[] };
  /** review: a folder given with no workbook in it. */
  "folder-empty": { folder: string; extensions: readonly string[] };
  /** Anything a command did not expect (a bug more likely than a bad file): its first line. */
  unexpected: File & { detail: string };
};

export type CliProblemCode = keyof CliProblemParams;
export type CliProblem = { [C in CliProblemCode]: Problem<C, CliProblemParams[C]> }[CliProblemCode];

const PROFILE_WHY = { missing: { "zh-CN": "文件不存在", en: "no such file" }, folder: { "zh-CN": "这是文件夹", en: "it is a folder" }, unreadable: { "zh-CN": "无法读取", en: "it cannot be read" } } as const;

const SAME_AS_INPUT = {
  "same-path": { "zh-CN": (o: string, i: string) => `「${o}」就是输入文件「${i}」`, en: (o: string, i: string) => `"${o}" is the input file "${i}"` },
  link: {
    "zh-CN": (o: string, i: string) => `「${o}」经符号链接或另一种路径写法指向输入文件「${i}」`,
    en: (o: string, i: string) => `"${o}" leads to the input file "${i}" (through a symbolic link or another spelling of the path)`,
  },
  "hard-link": { "zh-CN": (o: string, i: string) => `「${o}」是输入文件「${i}」的硬链接`, en: (o: string, i: string) => `"${o}" is a hard link to the input file "${i}"` },
};

const KIND_TEXT: Record<PackageKind, Record<Lang, string>> = {
  xlsx: { "zh-CN": "不含宏的工作簿（.xlsx）", en: "a workbook without macros (.xlsx)" },
  xlsm: { "zh-CN": "启用宏的工作簿（.xlsm）", en: "a macro-enabled workbook (.xlsm)" },
  xltx: { "zh-CN": "模板（.xltx）", en: "a template (.xltx)" },
  xltm: { "zh-CN": "启用宏的模板（.xltm）", en: "a macro-enabled template (.xltm)" },
};

/** A failed write's errno in words, and what to do about it. */
const OUTPUT_ERRNO: Record<string, { "zh-CN": string; en: string; zhHint: string; enHint: string }> = {
  ENOSPC: { "zh-CN": "磁盘已满", en: "the disk is full", zhHint: "请腾出磁盘空间后再试", enHint: "Free some space and try again" },
  EDQUOT: { "zh-CN": "磁盘配额已用完", en: "the disk quota is used up", zhHint: "请腾出空间后再试", enHint: "Free some space and try again" },
  EACCES: { "zh-CN": "没有写入权限", en: "permission denied", zhHint: "请换一个有写入权限的位置", enHint: "Choose a place you may write to" },
  EPERM: { "zh-CN": "没有写入权限（或文件正被其他程序打开）", en: "permission denied (or another program has the file open)", zhHint: "请关闭打开它的程序，或换一个位置", enHint: "Close the program that has it open, or choose another place" },
  EROFS: { "zh-CN": "磁盘是只读的", en: "the disk is read-only", zhHint: "请写到其他磁盘", enHint: "Write it to another disk" },
  ENOENT: { "zh-CN": "文件夹不存在", en: "the folder does not exist", zhHint: "请先创建文件夹或检查路径", enHint: "Create the folder first or check the path" },
  ENOTDIR: { "zh-CN": "路径中有一段不是文件夹", en: "part of the path is not a folder", zhHint: "请检查路径", enHint: "Check the path" },
  EISDIR: { "zh-CN": "这是一个文件夹", en: "it is a folder", zhHint: "请指定文件名，例如「评分.xlsx」", enHint: "Name a file, e.g. scored.xlsx" },
  EBUSY: { "zh-CN": "文件正被其他程序占用", en: "the file is in use by another program", zhHint: "请在 Excel 或 WPS 中关闭它后再试", enHint: "Close it in Excel or WPS and try again" },
  ENAMETOOLONG: { "zh-CN": "文件名过长", en: "the name is too long", zhHint: "请取一个短一些的名字", enHint: "Choose a shorter name" },
  EIO: { "zh-CN": "磁盘读写出错", en: "the disk reported a read/write error", zhHint: "请检查磁盘后再试", enHint: "Check the disk and try again" },
  EMFILE: { "zh-CN": "同时打开的文件过多", en: "too many files are open", zhHint: "请稍后再试", enHint: "Try again later" },
};
OUTPUT_ERRNO.ETXTBSY = OUTPUT_ERRNO.EBUSY;
OUTPUT_ERRNO.ENFILE = OUTPUT_ERRNO.EMFILE;

export const CLI_MESSAGES: ProblemMessages<CliProblemParams> = {
  "file-not-found": { "zh-CN": (p) => `找不到文件：${p.path}。请检查路径和文件名。`, en: (p) => `File not found: ${p.path}. Check the path and name.` },
  "file-is-folder": { "zh-CN": (p) => `${p.path} 是文件夹，不是 .xlsx 文件。请指定工作簿文件。`, en: (p) => `${p.path} is a folder, not an .xlsx file. Name a workbook file.` },
  "file-not-regular": { "zh-CN": (p) => `${p.path} 不是普通文件。请指定 .xlsx 工作簿文件。`, en: (p) => `${p.path} is not a regular file. Name an .xlsx workbook file.` },
  "file-unreadable": {
    "zh-CN": (p) => `无法读取 ${p.path}（${p.errno || "读取失败"}）。请检查文件权限。`,
    en: (p) => `Cannot read ${p.path} (${p.errno || "read failed"}). Check the file's permissions.`,
  },
  "file-empty": { "zh-CN": (p) => `${p.path} 是空文件（0 字节）。请重新保存工作簿。`, en: (p) => `${p.path} is empty (0 bytes). Save the workbook again.` },
  "file-encrypted": {
    "zh-CN": (p) => `${p.path} 设有打开密码（已加密）。请在 Excel 中取消密码后另存为 .xlsx 再试。`,
    en: (p) => `${p.path} is password-protected (encrypted). Remove the password in Excel, save as .xlsx, and try again.`,
  },
  "file-old-excel": {
    "zh-CN": (p) => `${p.path} 是旧版 Excel 97-2003 (.xls) 文件。请在 Excel 或 WPS 中另存为 .xlsx 再试。`,
    en: (p) => `${p.path} is an old Excel 97-2003 (.xls) file. Save it as .xlsx in Excel or WPS and try again.`,
  },
  "file-csv": {
    "zh-CN": (p) => `${p.path} 是文本（CSV）文件，不是 .xlsx 工作簿。请在 Excel 中打开后另存为 .xlsx。`,
    en: (p) => `${p.path} is a text (CSV) file, not an .xlsx workbook. Open it in Excel and save as .xlsx.`,
  },
  "file-html": {
    "zh-CN": (p) => `${p.path} 是网页或 XML 文件（可能是“另存为网页”或 XML 电子表格 2003），不是 .xlsx 工作簿。请用 Excel 另存为 .xlsx。`,
    en: (p) => `${p.path} is a web page or XML file (perhaps saved as a web page or XML Spreadsheet 2003), not an .xlsx workbook. Save it as .xlsx from Excel.`,
  },
  "file-unrecognised": {
    "zh-CN": (p) => `${p.path} 不是 .xlsx 工作簿（文件格式无法识别）。请用 Excel 另存为 .xlsx。`,
    en: (p) => `${p.path} is not an .xlsx workbook (unrecognised format). Save it as .xlsx from Excel.`,
  },
  "file-damaged": {
    "zh-CN": (p) => `${p.path} 已损坏或不是有效的 .xlsx 工作簿（${p.detail}）。请在 Excel 中打开并重新保存。`,
    en: (p) => `${p.path} is damaged or not a valid .xlsx workbook (${p.detail}). Open it in Excel and save it again.`,
  },
  "file-no-sheets": { "zh-CN": (p) => `${p.path} 中没有工作表。请在 Excel 中打开并检查后重新保存。`, en: (p) => `${p.path} has no worksheets. Open it in Excel, check it and save it again.` },
  "out-read-only-format": {
    "zh-CN": (p) => `${p.path} 是 ${p.ext} 文件，只能校验和评分，不能写出评分后的副本（--out 只支持 .xlsx 和 .xlsm）。请在 Excel 或 WPS 中另存为 .xlsx 后再用 --out。`,
    en: (p) => `${p.path} is an ${p.ext} file: it can be validated and scored, but no scored copy can be written (--out writes .xlsx and .xlsm only). Save it as .xlsx in Excel or WPS, then use --out.`,
  },
  "out-same-as-input": {
    "zh-CN": (p) => `--out 不能与输入文件相同：${SAME_AS_INPUT[p.how]["zh-CN"](p.out, p.input)}。输入文件从不被修改，请另取一个文件名。`,
    en: (p) => `--out must differ from the input: ${SAME_AS_INPUT[p.how].en(p.out, p.input)}. The input is never modified; choose another name.`,
  },
  "out-kind-mismatch": {
    "zh-CN": (p) => `--out「${p.out}」的扩展名与格式不符：输入是${KIND_TEXT[p.kind]["zh-CN"]}，输出也必须以 ${p.ext} 结尾（Excel 不打开扩展名与格式不符的文件）。请改用「${p.suggestion}」。`,
    en: (p) => `--out "${p.out}" does not match the workbook's format: the input is ${KIND_TEXT[p.kind].en}, so the output must end in ${p.ext} too (Excel refuses a file whose extension does not match its format). Use "${p.suggestion}".`,
  },
  "out-write-failed": {
    "zh-CN": (p) => {
      const r = OUTPUT_ERRNO[p.errno];
      return `无法写入输出文件「${p.out}」：${r ? r["zh-CN"] : `写入失败（${p.errno || "未知原因"}）`}。${r ? r.zhHint + "；" : ""}输入文件和原有文件均未改动。`;
    },
    en: (p) => {
      const r = OUTPUT_ERRNO[p.errno];
      return `Cannot write the output file "${p.out}": ${r ? r.en : `the write failed (${p.errno || "unknown reason"})`}. ${r ? r.enHint + "; the input" : "The input"} and any existing file were not changed.`;
    },
  },
  "timed-out": { "zh-CN": (p) => `${p.path}：处理超时（${p.seconds} 秒）`, en: (p) => `${p.path}: timed out after ${p.seconds} s` },
  "as-of-invalid": {
    "zh-CN": (p) => `--as-of「${p.value}」不是日期：请写成 2022-06-30 这样的年-月-日。`,
    en: (p) => `--as-of "${p.value}" is not a date: write it as year-month-day, e.g. 2022-06-30.`,
  },
  "profile-unknown": {
    "zh-CN": (p) => `未知的评分方案「${p.name}」：内置方案为 ${p.builtins.join("、")}，也可给出评分方案 JSON 文件的路径。`,
    en: (p) => `Unknown scoring profile "${p.name}": the built-in ones are ${p.builtins.join(", ")}, or give the path of a profile JSON file.`,
  },
  "profile-unreadable": {
    "zh-CN": (p) => `无法读取评分方案文件 ${p.path}：${PROFILE_WHY[p.why]["zh-CN"]}。`,
    en: (p) => `Cannot read the scoring profile file ${p.path}: ${PROFILE_WHY[p.why].en}.`,
  },
  "profile-not-json": {
    "zh-CN": (p) => `评分方案文件 ${p.path} 不是有效的 JSON（${p.detail}）。`,
    en: (p) => `The scoring profile file ${p.path} is not valid JSON (${p.detail}).`,
  },
  "profile-invalid": {
    "zh-CN": (p) => `评分方案文件 ${p.path} 有误：${p.problems.map((x) => problemText(x, "zh-CN")).join("；")}。`,
    en: (p) => `The scoring profile file ${p.path} is wrong: ${p.problems.map((x) => problemText(x, "en")).join("; ")}.`,
  },
  "folder-empty": {
    "zh-CN": (p) => `文件夹 ${p.folder} 中没有 ${p.extensions.join("、")} 文件。`,
    en: (p) => `The folder ${p.folder} holds no ${p.extensions.join(", ")} file.`,
  },
  unexpected: { "zh-CN": (p) => `${p.path}：无法处理（${p.detail}）。`, en: (p) => `${p.path}: could not be processed (${p.detail}).` },
};

/** What an InputProblem carries: one of the CLI's own problems or a limit's. */
export type InputProblemData = CliProblem | LimitProblem;

/** Every code an InputProblem may carry, with its messages (the two lists share no code). */
const MESSAGES = { ...CLI_MESSAGES, ...LIMIT_MESSAGES } as Record<string, Record<Lang, (p: object) => string>>;

/** The one line of a problem in `lang`. */
export function inputProblemText(problem: InputProblemData, lang: Lang = "zh-CN"): string {
  return MESSAGES[problem.code][lang](problem.params);
}

/** An unusable input, flag or output: exit 2 with its one line (DESIGN §6). */
export class InputProblem extends ProblemError<InputProblemData["code"], object> {
  declare readonly problem: InputProblemData;

  constructor(problem: InputProblemData) {
    super(problem, inputProblemText(problem, "en"));
    this.name = "InputProblem";
  }

  /** The message in `lang`, as the command prints it. */
  text(lang: Lang): string {
    return inputProblemText(this.problem, lang);
  }
}
