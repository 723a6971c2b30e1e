/**
 * Zip-package helpers shared by the workbook patcher (apply-plan.ts) and tests: list the parts of
 * an .xlsx/.xlsm, read one as bytes or text, and compare two packages part by part. Runs in Node
 * and in the browser (jszip on Uint8Array / ArrayBuffer; no fs, no Buffer).
 */
import JSZip from "jszip";

export type Bytes = Uint8Array | ArrayBuffer;

/** A decoded XML part, with what is needed to encode it back the way it came. */
export interface TextPart {
  text: string;
  /** The part started with a byte order mark. */
  bom: boolean;
  /** The part was UTF-16 (little or big endian); it is written back as UTF-8. */
  utf16: "le" | "be" | null;
}

export function decodeText(bytes: Uint8Array): TextPart {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), bom: true, utf16: null };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), bom: true, utf16: "le" };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), bom: true, utf16: "be" };
  return { text: new TextDecoder("utf-8").decode(bytes), bom: false, utf16: null };
}

/** UTF-8 bytes of `text`, keeping a UTF-8 BOM if the part had one; UTF-16 parts become UTF-8. */
export function encodeText(original: Pick<TextPart, "bom" | "utf16">, text: string): Uint8Array {
  let t = text;
  if (original.utf16) t = t.replace(/^(<\?xml[^>]*?encoding\s*=\s*)(["'])[^"']*\2/, "$1$2UTF-8$2");
  const body = new TextEncoder().encode(t);
  if (!original.bom || original.utf16) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

export async function loadZip(bytes: Bytes | JSZip): Promise<JSZip> {
  return bytes instanceof JSZip ? bytes : JSZip.loadAsync(bytes);
}

/** The file entries of the package, in zip order (folder entries left out). */
export async function listParts(bytes: Bytes | JSZip): Promise<string[]> {
  const zip = await loadZip(bytes);
  return Object.keys(zip.files).filter((name) => !zip.files[name].dir);
}

/** Find a part by name the way OPC does: exact, else case-insensitive, a leading `/` ignored. */
export function findPartName(zip: JSZip, name: string): string | null {
  const n = name.replace(/^\/+/, "");
  if (zip.files[n] && !zip.files[n].dir) return n;
  const lower = n.toLowerCase();
  for (const k of Object.keys(zip.files)) if (k.toLowerCase() === lower && !zip.files[k].dir) return k;
  return null;
}

export async function readPart(bytes: Bytes | JSZip, name: string): Promise<Uint8Array | null> {
  const zip = await loadZip(bytes);
  const found = findPartName(zip, name);
  return found ? zip.files[found].async("uint8array") : null;
}

export async function readTextPart(bytes: Bytes | JSZip, name: string): Promise<string | null> {
  const b = await readPart(bytes, name);
  return b ? decodeText(b).text : null;
}

/** Every file entry's uncompressed bytes, in zip order. */
export async function readAllParts(bytes: Bytes | JSZip): Promise<Map<string, Uint8Array>> {
  const zip = await loadZip(bytes);
  const out = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) out.set(name, await zip.files[name].async("uint8array"));
  return out;
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export interface PartsDiff {
  /** Parts in both packages with the same uncompressed bytes. */
  same: string[];
  /** Parts in both whose bytes differ. */
  changed: string[];
  /** Parts only in b. */
  added: string[];
  /** Parts only in a. */
  removed: string[];
}

/** Compare two packages part by part (uncompressed bytes); names in a's zip order, added in b's. */
export async function diffParts(a: Bytes | JSZip, b: Bytes | JSZip): Promise<PartsDiff> {
  const [pa, pb] = await Promise.all([readAllParts(a), readAllParts(b)]);
  const diff: PartsDiff = { same: [], changed: [], added: [], removed: [] };
  for (const [name, bytes] of pa) {
    const other = pb.get(name);
    if (!other) diff.removed.push(name);
    else if (sameBytes(bytes, other)) diff.same.push(name);
    else diff.changed.push(name);
  }
  for (const name of pb.keys()) if (!pa.has(name)) diff.added.push(name);
  return diff;
}
