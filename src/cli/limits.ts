/**
 * Limits on what the CLI will open, checked on the zip package BEFORE the reader parses anything, so a
 * hostile or broken file ends in a one-line reason (exit 2) — never a hang, a memory blow-up or a
 * stack trace. Reviewers batch-check hundreds of workbooks sent in by others: one bad file must
 * not stop the batch.
 *
 * What is checked, in order:
 * 1. the file size (≤ the package limit) — before the file is read into memory;
 * 2. the zip's central directory (nothing inflated yet): no two entries naming one part (read from
 *    the bytes, zip-directory.ts: JSZip keeps only one of them); the uncompressed size of
 *    the XML parts together (≤ JIXIAO_MAX_XML_MB / --max-xml-mb, default 50 MB), of all parts
 *    together (≤ 4 × that: images, vbaProject.bin …), and each part's compression ratio (a part
 *    that inflates to more than 1 MiB at more than 100 : 1 is a zip bomb — real sheets are ~15 : 1);
 * 3. every part inflated with a hard output cap equal to its declared size, so a part whose
 *    directory entry lies about its size is stopped at that size, not after it has filled memory;
 * 4. the package structure: a workbook part, and a part for every sheet it lists (skipped with
 *    `skipStructure` for an .xlsb or .ods, whose workbook part is not OOXML's);
 * 5. merged areas, all sheets together: whole rows or columns merged get their own reason
 *    (unmerge them) rather than step 6's used-area one, which they would also meet;
 * 6. after parsing, each sheet's used area (rows × columns), which the grid reader allocates.
 *
 * Pure checks: they return the package facts or a Problem ({ zh-CN, en } one-liners); load.ts
 * turns a Problem into an InputProblem.
 */
import { inflateRawSync } from "node:zlib";
import JSZip from "jszip";
import type { Lang } from "../core/issues";
import { duplicateEntry } from "./zip-directory";
import { decodeXml } from "../xlsx/xml-text";
import { relsPathOf } from "../xlsx/package-paths";
import { cellCount } from "../core/a1";
import { contentTypeOf as contentTypeIn } from "../xlsx/ooxml/content-types";
import { officeDocumentOf, relTargets } from "../xlsx/ooxml/rels";

export type Problem = Record<Lang, string>;

export interface Limits {
  /** Uncompressed XML (.xml, .rels, .vml parts) the package may hold, in bytes. */
  maxXmlBytes: number;
  /** Uncompressed size of all parts together, and the largest file accepted, in bytes. */
  maxPackageBytes: number;
  /** A part larger than ratioFloorBytes inflating more than this many times its size is a bomb. */
  maxRatio: number;
  ratioFloorBytes: number;
  /** Cells inside merged areas, all sheets together (the reader marks each covered cell). */
  maxMergedCells: number;
  /** Rows × columns of one sheet's used area (the grid reader allocates that many cells). */
  maxSheetCells: number;
  /** Parts in the package. */
  maxParts: number;
}

export const MB = 1024 * 1024;
export const DEFAULT_MAX_XML_MB = 50;
export const MAX_XML_ENV = "JIXIAO_MAX_XML_MB";

export function limitsFor(maxXmlMb: number = DEFAULT_MAX_XML_MB): Limits {
  const maxXmlBytes = Math.round(maxXmlMb * MB);
  return {
    maxXmlBytes,
    maxPackageBytes: Math.max(4 * maxXmlBytes, 8 * MB),
    maxRatio: 100,
    ratioFloorBytes: MB,
    maxMergedCells: 500_000,
    maxSheetCells: 2_000_000,
    maxParts: 10_000,
  };
}

/** A --max-xml-mb / JIXIAO_MAX_XML_MB value: a positive number of megabytes, or null. */
export function parseMegabytes(text: string): number | null {
  const t = text.trim();
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) && n > 0 && n <= 1_000_000 ? n : null;
}

let configured: number | undefined;

/** The --max-xml-mb flag of this run (undefined: none given); the CLI sets it before each command. */
export function setMaxXmlMbFlag(mb: number | undefined): void {
  configured = mb;
}

/** The limits in force: the flag, else JIXIAO_MAX_XML_MB, else the default. */
export function currentLimits(env: NodeJS.ProcessEnv = process.env): Limits | Problem {
  if (configured !== undefined) return limitsFor(configured);
  const raw = env[MAX_XML_ENV];
  if (raw === undefined || raw.trim() === "") return limitsFor();
  const mb = parseMegabytes(raw);
  if (mb === null)
    return {
      "zh-CN": `环境变量 ${MAX_XML_ENV}="${raw}" 无效：应为正数（单位 MB），例如 ${MAX_XML_ENV}=100。`,
      en: `${MAX_XML_ENV}="${raw}" is not valid: give a positive number of megabytes, e.g. ${MAX_XML_ENV}=100.`,
    };
  return limitsFor(mb);
}

export function isProblem(x: unknown): x is Problem {
  return typeof x === "object" && x !== null && "zh-CN" in x && "en" in x;
}

const mbText = (bytes: number) => (bytes / MB >= 10 ? (bytes / MB).toFixed(0) : (bytes / MB).toFixed(1));
const limitMb = (bytes: number) => String(Number((bytes / MB).toFixed(2)));

/** The file's size, before reading it. */
export function checkFileSize(path: string, size: number, limits: Limits): Problem | null {
  if (size <= limits.maxPackageBytes) return null;
  return {
    "zh-CN": `${path} 太大（${mbText(size)} MB，上限 ${limitMb(limits.maxPackageBytes)} MB）。如确需处理，请用 --max-xml-mb 或环境变量 ${MAX_XML_ENV} 提高上限（文件上限为其 4 倍）。`,
    en: `${path} is too large (${mbText(size)} MB, limit ${limitMb(limits.maxPackageBytes)} MB). To process it anyway, raise the limit with --max-xml-mb or ${MAX_XML_ENV} (the file limit is 4 times that).`,
  };
}

/** One part of the package as its central directory describes it. */
interface Entry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** 0 stored, 8 deflated. */
  method: number;
  data: Uint8Array;
}

/** What the checks learnt about the package. */
export interface PackageFacts {
  parts: string[];
  /** The workbook part's content type in [Content_Types].xml (says .xlsx or .xlsm), or null. */
  workbookContentType: string | null;
}

const isXmlPart = (name: string) => /\.(xml|rels|vml)$/i.test(name);

/** JSZip keeps each entry's directory facts on an internal CompressedObject; read them from there. */
function entryOf(file: JSZip.JSZipObject): Entry | null {
  const data = (file as unknown as { _data?: { compressedSize?: number; uncompressedSize?: number; compression?: { magic?: string }; compressedContent?: Uint8Array } })._data;
  if (!data || typeof data.compressedSize !== "number" || typeof data.uncompressedSize !== "number" || !data.compressedContent) return null;
  const magic = data.compression?.magic ?? "";
  const method = magic === "\x00\x00" ? 0 : magic === "\x08\x00" ? 8 : -1;
  return { name: file.name, compressedSize: data.compressedSize, uncompressedSize: data.uncompressedSize, method, data: data.compressedContent };
}

const damaged = (path: string): Problem => ({
  "zh-CN": `${path} 已损坏（zip 结构不完整，可能在下载或复制时被截断）。请重新获取文件，或在 Excel 中打开后重新保存。`,
  en: `${path} is damaged (its zip structure is incomplete, perhaps cut off while downloading or copying). Get the file again, or open it in Excel and save it again.`,
});

const damagedPart = (path: string, part: string): Problem => ({
  "zh-CN": `${path} 已损坏（其中的 ${part} 无法解压）。请在 Excel 中打开并重新保存。`,
  en: `${path} is damaged (its part ${part} cannot be decompressed). Open it in Excel and save it again.`,
});

/** Inflate one part, never past its declared size (a lying directory entry stops there). */
function inflate(entry: Entry): Uint8Array | null {
  if (entry.method === 0) return entry.data.length === entry.uncompressedSize ? entry.data : null;
  if (entry.method !== 8) return null;
  try {
    // maxOutputLength: zlib stops and throws once the output would pass the declared size.
    const out = inflateRawSync(entry.data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    return out.length === entry.uncompressedSize ? out : null;
  } catch {
    return null;
  }
}

const utf8 = new TextDecoder("utf-8");
function textOf(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return utf8.decode(bytes);
}

export interface InspectOptions {
  /**
   * Leave out step 4, the OOXML structure: for a zip whose workbook is not OOXML's (.xlsb's
   * workbook.bin, .ods's content.xml), which the size, bomb and inflate checks still guard.
   */
  skipStructure?: boolean;
}

/** Checks 2–5 on the package's bytes. */
export async function inspectPackage(path: string, bytes: Uint8Array, limits: Limits, options: InspectOptions = {}): Promise<PackageFacts | Problem> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    return damaged(path);
  }
  const duplicate = duplicateEntry(bytes);
  if (duplicate) return duplicateProblem(path, duplicate);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  if (files.length > limits.maxParts)
    return {
      "zh-CN": `${path} 包含的部件过多（${files.length} 个，上限 ${limits.maxParts}），不像是 Excel 工作簿，已拒绝处理。`,
      en: `${path} holds too many parts (${files.length}, limit ${limits.maxParts}) for an Excel workbook; it was not processed.`,
    };
  const entries: Entry[] = [];
  for (const f of files) {
    const e = entryOf(f);
    if (!e) return damagedPart(path, f.name);
    entries.push(e);
  }

  // 2. Sizes from the central directory, before anything is inflated.
  let xmlBytes = 0;
  let allBytes = 0;
  for (const e of entries) {
    allBytes += e.uncompressedSize;
    if (isXmlPart(e.name)) xmlBytes += e.uncompressedSize;
  }
  if (xmlBytes > limits.maxXmlBytes)
    return {
      "zh-CN": `${path} 中的 XML 内容过大（解压后 ${mbText(xmlBytes)} MB，上限 ${limitMb(limits.maxXmlBytes)} MB），未处理。如确需处理，请用 --max-xml-mb 或环境变量 ${MAX_XML_ENV} 提高上限。`,
      en: `${path} holds too much XML (${mbText(xmlBytes)} MB uncompressed, limit ${limitMb(limits.maxXmlBytes)} MB); it was not processed. To process it anyway, raise the limit with --max-xml-mb or ${MAX_XML_ENV}.`,
    };
  for (const e of entries) {
    if (e.uncompressedSize > limits.ratioFloorBytes && e.uncompressedSize > limits.maxRatio * Math.max(1, e.compressedSize))
      return {
        "zh-CN": `${path} 的压缩比异常（${e.name} 解压后是压缩数据的 ${Math.floor(e.uncompressedSize / Math.max(1, e.compressedSize))} 倍），疑似“zip 炸弹”，已拒绝处理。`,
        en: `${path} has an abnormal compression ratio (${e.name} inflates to ${Math.floor(e.uncompressedSize / Math.max(1, e.compressedSize))} times its size): it looks like a zip bomb and was not processed.`,
      };
  }
  if (allBytes > limits.maxPackageBytes)
    return {
      "zh-CN": `${path} 解压后过大（${mbText(allBytes)} MB，上限 ${limitMb(limits.maxPackageBytes)} MB），未处理。如确需处理，请用 --max-xml-mb 或环境变量 ${MAX_XML_ENV} 提高上限。`,
      en: `${path} is too large uncompressed (${mbText(allBytes)} MB, limit ${limitMb(limits.maxPackageBytes)} MB); it was not processed. To process it anyway, raise the limit with --max-xml-mb or ${MAX_XML_ENV}.`,
    };

  // 3. Inflate each part with its declared size as a hard cap; keep the XML texts we read.
  const texts = new Map<string, string>();
  for (const e of entries) {
    const out = inflate(e);
    if (!out) return damagedPart(path, e.name);
    if (isXmlPart(e.name) && (/^xl\/(workbook|worksheets\/[^/]+)\.xml$/i.test(e.name) || /\.rels$/i.test(e.name) || e.name === "[Content_Types].xml")) texts.set(e.name, textOf(out));
  }

  const parts = entries.map((e) => e.name);
  if (options.skipStructure) return { parts, workbookContentType: null };

  // 4. The structure: a workbook part, and every sheet it lists.
  const rootRels = findText(texts, "_rels/.rels");
  const workbookPart = (rootRels && xmlOr(() => officeDocumentOf(rootRels), null)) || "xl/workbook.xml";
  const workbookXml = findText(texts, workbookPart);
  if (workbookXml === null)
    return {
      "zh-CN": `${path} 是 zip 压缩包，但不是 Excel 工作簿（缺少工作簿部件 ${workbookPart}）。请用 Excel 另存为 .xlsx。`,
      en: `${path} is a zip archive but not an Excel workbook (it has no workbook part ${workbookPart}). Save it as .xlsx from Excel.`,
    };
  const rels = findText(texts, relsPathOf(workbookPart));
  const targets = rels ? xmlOr(() => relTargets(rels, workbookPart), new Map<string, string>()) : new Map<string, string>();
  const known = new Set(parts.map((n) => n.toLowerCase()));
  for (const sheet of sheetsOf(workbookXml)) {
    const target = targets.get(sheet.rid);
    if (!target || !known.has(target.toLowerCase()))
      return {
        "zh-CN": `${path} 已损坏：工作表「${sheet.name}」的内容${target ? `（${target}）` : ""}缺失。请在 Excel 中打开并重新保存。`,
        en: `${path} is damaged: the content of sheet "${sheet.name}"${target ? ` (${target})` : ""} is missing. Open it in Excel and save it again.`,
      };
  }

  // 5. Merged areas.
  let merged = 0;
  for (const [name, xml] of texts) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) continue;
    for (const m of xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*?\bref\s*=\s*["']([^"']*)["']/g)) merged += cellCount(m[1]);
    if (merged > limits.maxMergedCells)
      return {
        "zh-CN": `${path} 中合并单元格的范围过大（至少 ${merged} 个单元格，上限 ${limits.maxMergedCells}），多为整行或整列合并。请取消这些合并后再试。`,
        en: `${path} has merged areas too large to read (at least ${merged} cells, limit ${limits.maxMergedCells}), usually whole rows or columns merged. Unmerge them and try again.`,
      };
  }
  const types = findText(texts, "[Content_Types].xml");
  return { parts, workbookContentType: types ? xmlOr(() => contentTypeIn(types, workbookPart), null) : null };
}

/** A package helper's answer, or `fallback` where the part is not well-formed XML (it throws). */
function xmlOr<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

function duplicateProblem(path: string, [a, b]: [string, string]): Problem {
  const zhNames = a === b ? `两个同名的部件「${a}」` : `两个只差大小写的同名部件「${a}」和「${b}」`;
  const enNames = a === b ? `two entries with the same name "${a}"` : `two entries whose names differ only in case ("${a}" and "${b}")`;
  return {
    "zh-CN": `${path} 已损坏：压缩包中有${zhNames}，Excel 会把它当作损坏的文件。请在 Excel 中打开、修复后重新保存，或重新获取文件。`,
    en: `${path} is damaged: its zip holds ${enNames}, which Excel treats as a corrupt file. Open it in Excel, let it repair the file and save it again, or get the file again.`,
  };
}

/** Check 6, after parsing: a sheet's used area the grid reader will allocate. */
export function checkSheetArea(path: string, sheet: string, rows: number, cols: number, limits: Limits): Problem | null {
  if (rows * cols <= limits.maxSheetCells) return null;
  return {
    "zh-CN": `${path} 中工作表「${sheet}」的使用区域过大（${rows} 行 × ${cols} 列，上限 ${limits.maxSheetCells} 个单元格），多因远处的单元格（如 XFD1048576）有内容或格式。请删除多余的行列后再试。`,
    en: `${path}: the used area of sheet "${sheet}" is too large (${rows} rows × ${cols} columns, limit ${limits.maxSheetCells} cells), usually because a far-away cell (e.g. XFD1048576) has content or formatting. Delete the extra rows and columns and try again.`,
  };
}

// ---- small OPC helpers ----------------------------------------------------------------------

function findName(texts: Map<string, string>, name: string): string | null {
  const n = name.replace(/^\/+/, "");
  if (texts.has(n)) return n;
  const lower = n.toLowerCase();
  for (const k of texts.keys()) if (k.toLowerCase() === lower) return k;
  return null;
}

function findText(texts: Map<string, string>, name: string): string | null {
  const k = findName(texts, name);
  return k === null ? null : texts.get(k)!;
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s(?:\\w+:)?${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? decodeXml(m[2] ?? m[3] ?? "") : null;
}

function sheetsOf(workbookXml: string): { name: string; rid: string }[] {
  const out: { name: string; rid: string }[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const rid = attr(m[0], "id");
    out.push({ name: attr(m[0], "name") ?? "?", rid: rid ?? "" });
  }
  return out;
}
