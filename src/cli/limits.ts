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
 * Pure checks: they return the package facts or a LimitProblem (limit-problems.ts: a code, its
 * parameters, a message per language); load.ts turns it into an InputProblem.
 */
import { inflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { duplicateEntry } from "./zip-directory";
import { decodeXml } from "../xlsx/xml-text";
import { relsPathOf } from "../xlsx/package-paths";
import { cellCount } from "../core/a1";
import { contentTypeOf as contentTypeIn } from "../xlsx/ooxml/content-types";
import { officeDocumentOf, relTargets } from "../xlsx/ooxml/rels";

import { MAX_XML_ENV, MB, type LimitProblem } from "./limit-problems";

export { MAX_XML_ENV, MB, LIMIT_MESSAGES, type LimitProblem, type LimitProblemCode } from "./limit-problems";

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

export const DEFAULT_MAX_XML_MB = 50;

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
export function currentLimits(env: NodeJS.ProcessEnv = process.env): Limits | LimitProblem {
  if (configured !== undefined) return limitsFor(configured);
  const raw = env[MAX_XML_ENV];
  if (raw === undefined || raw.trim() === "") return limitsFor();
  const mb = parseMegabytes(raw);
  if (mb === null) return { code: "max-xml-env-invalid", params: { value: raw } };
  return limitsFor(mb);
}

export function isProblem(x: unknown): x is LimitProblem {
  return typeof x === "object" && x !== null && "code" in x && "params" in x;
}

/** The file's size, before reading it. */
export function checkFileSize(path: string, size: number, limits: Limits): LimitProblem | null {
  if (size <= limits.maxPackageBytes) return null;
  return { code: "file-too-large", params: { path, bytes: size, limit: limits.maxPackageBytes } };
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

const damagedPart = (path: string, part: string): LimitProblem => ({ code: "part-damaged", params: { path, part } });

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
export async function inspectPackage(path: string, bytes: Uint8Array, limits: Limits, options: InspectOptions = {}): Promise<PackageFacts | LimitProblem> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    return { code: "zip-damaged", params: { path } };
  }
  const duplicate = duplicateEntry(bytes);
  if (duplicate) return { code: "duplicate-entry", params: { path, a: duplicate[0], b: duplicate[1] } };
  const files = Object.values(zip.files).filter((f) => !f.dir);
  if (files.length > limits.maxParts) return { code: "too-many-parts", params: { path, parts: files.length, limit: limits.maxParts } };
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
  if (xmlBytes > limits.maxXmlBytes) return { code: "xml-too-large", params: { path, bytes: xmlBytes, limit: limits.maxXmlBytes } };
  for (const e of entries) {
    if (e.uncompressedSize > limits.ratioFloorBytes && e.uncompressedSize > limits.maxRatio * Math.max(1, e.compressedSize))
      return { code: "zip-bomb", params: { path, part: e.name, ratio: Math.floor(e.uncompressedSize / Math.max(1, e.compressedSize)) } };
  }
  if (allBytes > limits.maxPackageBytes) return { code: "unzipped-too-large", params: { path, bytes: allBytes, limit: limits.maxPackageBytes } };

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
  if (workbookXml === null) return { code: "no-workbook-part", params: { path, part: workbookPart } };
  const rels = findText(texts, relsPathOf(workbookPart));
  const targets = rels ? xmlOr(() => relTargets(rels, workbookPart), new Map<string, string>()) : new Map<string, string>();
  const known = new Set(parts.map((n) => n.toLowerCase()));
  for (const sheet of sheetsOf(workbookXml)) {
    const target = targets.get(sheet.rid);
    if (!target || !known.has(target.toLowerCase())) return { code: "sheet-part-missing", params: { path, sheet: sheet.name, target: target || null } };
  }

  // 5. Merged areas.
  let merged = 0;
  for (const [name, xml] of texts) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) continue;
    for (const m of xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*?\bref\s*=\s*["']([^"']*)["']/g)) merged += cellCount(m[1]);
    if (merged > limits.maxMergedCells) return { code: "merged-too-large", params: { path, cells: merged, limit: limits.maxMergedCells } };
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

/** Check 6, after parsing: a sheet's used area the grid reader will allocate. */
export function checkSheetArea(path: string, sheet: string, rows: number, cols: number, limits: Limits): LimitProblem | null {
  if (rows * cols <= limits.maxSheetCells) return null;
  return { code: "sheet-area-too-large", params: { path, sheet, rows, cols, limit: limits.maxSheetCells } };
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
