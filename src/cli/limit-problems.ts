/**
 * Why limits.ts refuses a package, as Problems: a closed code list, each code's parameters (sizes
 * in bytes, as measured) and its one-line message in both languages. Each names the file as typed
 * and says what to do (raise the limit, unmerge, save again) — DESIGN §6: exit 2, one line.
 */
import type { Problem, ProblemMessages } from "../core/problem";

export const MB = 1024 * 1024;
export const MAX_XML_ENV = "JIXIAO_MAX_XML_MB";

interface File {
  path: string;
}

export type LimitProblemParams = {
  /** JIXIAO_MAX_XML_MB is set to something that is not a positive number of megabytes. */
  "max-xml-env-invalid": { value: string };
  "file-too-large": File & { bytes: number; limit: number };
  /** JSZip cannot read the zip at all (cut off, or not a zip). */
  "zip-damaged": File;
  "part-damaged": File & { part: string };
  "too-many-parts": File & { parts: number; limit: number };
  "xml-too-large": File & { bytes: number; limit: number };
  "zip-bomb": File & { part: string; ratio: number };
  "unzipped-too-large": File & { bytes: number; limit: number };
  "no-workbook-part": File & { part: string };
  "sheet-part-missing": File & { sheet: string; target: string | null };
  "merged-too-large": File & { cells: number; limit: number };
  /** Two entries naming one part (`a`, `b`: the same name, or names that differ only in case). */
  "duplicate-entry": File & { a: string; b: string };
  "sheet-area-too-large": File & { sheet: string; rows: number; cols: number; limit: number };
};

export type LimitProblemCode = keyof LimitProblemParams;
export type LimitProblem = { [C in LimitProblemCode]: Problem<C, LimitProblemParams[C]> }[LimitProblemCode];

const mbText = (bytes: number) => (bytes / MB >= 10 ? (bytes / MB).toFixed(0) : (bytes / MB).toFixed(1));
const limitMb = (bytes: number) => String(Number((bytes / MB).toFixed(2)));
const raiseZh = `如确需处理，请用 --max-xml-mb 或环境变量 ${MAX_XML_ENV} 提高上限`;
const raiseEn = `To process it anyway, raise the limit with --max-xml-mb or ${MAX_XML_ENV}`;

export const LIMIT_MESSAGES: ProblemMessages<LimitProblemParams> = {
  "max-xml-env-invalid": {
    "zh-CN": (p) => `环境变量 ${MAX_XML_ENV}="${p.value}" 无效：应为正数（单位 MB），例如 ${MAX_XML_ENV}=100。`,
    en: (p) => `${MAX_XML_ENV}="${p.value}" is not valid: give a positive number of megabytes, e.g. ${MAX_XML_ENV}=100.`,
  },
  "file-too-large": {
    "zh-CN": (p) => `${p.path} 太大（${mbText(p.bytes)} MB，上限 ${limitMb(p.limit)} MB）。${raiseZh}（文件上限为其 4 倍）。`,
    en: (p) => `${p.path} is too large (${mbText(p.bytes)} MB, limit ${limitMb(p.limit)} MB). ${raiseEn} (the file limit is 4 times that).`,
  },
  "zip-damaged": {
    "zh-CN": (p) => `${p.path} 已损坏（zip 结构不完整，可能在下载或复制时被截断）。请重新获取文件，或在 Excel 中打开后重新保存。`,
    en: (p) => `${p.path} is damaged (its zip structure is incomplete, perhaps cut off while downloading or copying). Get the file again, or open it in Excel and save it again.`,
  },
  "part-damaged": {
    "zh-CN": (p) => `${p.path} 已损坏（其中的 ${p.part} 无法解压）。请在 Excel 中打开并重新保存。`,
    en: (p) => `${p.path} is damaged (its part ${p.part} cannot be decompressed). Open it in Excel and save it again.`,
  },
  "too-many-parts": {
    "zh-CN": (p) => `${p.path} 包含的部件过多（${p.parts} 个，上限 ${p.limit}），不像是 Excel 工作簿，已拒绝处理。`,
    en: (p) => `${p.path} holds too many parts (${p.parts}, limit ${p.limit}) for an Excel workbook; it was not processed.`,
  },
  "xml-too-large": {
    "zh-CN": (p) => `${p.path} 中的 XML 内容过大（解压后 ${mbText(p.bytes)} MB，上限 ${limitMb(p.limit)} MB），未处理。${raiseZh}。`,
    en: (p) => `${p.path} holds too much XML (${mbText(p.bytes)} MB uncompressed, limit ${limitMb(p.limit)} MB); it was not processed. ${raiseEn}.`,
  },
  "zip-bomb": {
    "zh-CN": (p) => `${p.path} 的压缩比异常（${p.part} 解压后是压缩数据的 ${p.ratio} 倍），疑似“zip 炸弹”，已拒绝处理。`,
    en: (p) => `${p.path} has an abnormal compression ratio (${p.part} inflates to ${p.ratio} times its size): it looks like a zip bomb and was not processed.`,
  },
  "unzipped-too-large": {
    "zh-CN": (p) => `${p.path} 解压后过大（${mbText(p.bytes)} MB，上限 ${limitMb(p.limit)} MB），未处理。${raiseZh}。`,
    en: (p) => `${p.path} is too large uncompressed (${mbText(p.bytes)} MB, limit ${limitMb(p.limit)} MB); it was not processed. ${raiseEn}.`,
  },
  "no-workbook-part": {
    "zh-CN": (p) => `${p.path} 是 zip 压缩包，但不是 Excel 工作簿（缺少工作簿部件 ${p.part}）。请用 Excel 另存为 .xlsx。`,
    en: (p) => `${p.path} is a zip archive but not an Excel workbook (it has no workbook part ${p.part}). Save it as .xlsx from Excel.`,
  },
  "sheet-part-missing": {
    "zh-CN": (p) => `${p.path} 已损坏：工作表「${p.sheet}」的内容${p.target ? `（${p.target}）` : ""}缺失。请在 Excel 中打开并重新保存。`,
    en: (p) => `${p.path} is damaged: the content of sheet "${p.sheet}"${p.target ? ` (${p.target})` : ""} is missing. Open it in Excel and save it again.`,
  },
  "merged-too-large": {
    "zh-CN": (p) => `${p.path} 中合并单元格的范围过大（至少 ${p.cells} 个单元格，上限 ${p.limit}），多为整行或整列合并。请取消这些合并后再试。`,
    en: (p) => `${p.path} has merged areas too large to read (at least ${p.cells} cells, limit ${p.limit}), usually whole rows or columns merged. Unmerge them and try again.`,
  },
  "duplicate-entry": {
    "zh-CN": (p) =>
      `${p.path} 已损坏：压缩包中有${p.a === p.b ? `两个同名的部件「${p.a}」` : `两个只差大小写的同名部件「${p.a}」和「${p.b}」`}，Excel 会把它当作损坏的文件。请在 Excel 中打开、修复后重新保存，或重新获取文件。`,
    en: (p) =>
      `${p.path} is damaged: its zip holds ${p.a === p.b ? `two entries with the same name "${p.a}"` : `two entries whose names differ only in case ("${p.a}" and "${p.b}")`}, which Excel treats as a corrupt file. Open it in Excel, let it repair the file and save it again, or get the file again.`,
  },
  "sheet-area-too-large": {
    "zh-CN": (p) =>
      `${p.path} 中工作表「${p.sheet}」的使用区域过大（${p.rows} 行 × ${p.cols} 列，上限 ${p.limit} 个单元格），多因远处的单元格（如 XFD1048576）有内容或格式。请删除多余的行列后再试。`,
    en: (p) =>
      `${p.path}: the used area of sheet "${p.sheet}" is too large (${p.rows} rows × ${p.cols} columns, limit ${p.limit} cells), usually because a far-away cell (e.g. XFD1048576) has content or formatting. Delete the extra rows and columns and try again.`,
  },
};
