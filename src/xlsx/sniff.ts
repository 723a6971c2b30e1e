/**
 * What a file is, from its first bytes, before any parsing: one rule for every host (the CLI's
 * load.ts, the web page's open-file.ts), so a file is called a CSV, a web page or an old .xls the
 * same way wherever it is opened. Hosts turn the kind into their own Problem.
 */
import { isCompoundFile, isZip } from "./read/kind";

export type SniffedKind =
  /** 0 bytes. */
  | "empty"
  /** "PK": a zip, as .xlsx / .xlsm / .xlsb / .ods are (the package checks say which). */
  | "zip"
  /** A compound file holding an EncryptionInfo stream: an .xlsx with an open password. */
  | "encrypted"
  /** Any other compound file: an Excel 97–2003 .xls (or another OLE document). */
  | "compound"
  /** Text starting with `<`: a workbook saved as a web page, or XML Spreadsheet 2003. */
  | "html"
  /** Text (no NUL byte) with a field separator — `,` `;` tab or the full-width `，` — in its head. */
  | "csv"
  | "unknown";

/** How much of the file the text rules look at. */
const HEAD_BYTES = 1024;

export function sniffFile(bytes: Uint8Array): SniffedKind {
  if (bytes.length === 0) return "empty";
  if (isZip(bytes)) return "zip";
  if (isCompoundFile(bytes)) return includesUtf16(bytes, "EncryptionInfo") ? "encrypted" : "compound";
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, HEAD_BYTES)).replace(/^\uFEFF/, "");
  if (/^\s*</.test(head)) return "html";
  if (!head.includes("\u0000") && /[,;\t，]/.test(head)) return "csv";
  return "unknown";
}

/** Whether `b` holds `text` as UTF-16LE (compound files name their streams so). */
function includesUtf16(b: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= b.length; i++) {
    for (let j = 0; j < needle.length; j++) if (b[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
