/**
 * Which file format a workbook's bytes are, told from the bytes (DESIGN §6 Files): the zip
 * packages (.xlsx / .xlsm and their templates, .xlsb, .ods) and the compound file of Excel
 * 97–2003 (.xls). Score writes .xlsx / .xlsm only (the package patcher); the others are read for
 * reports only.
 */
export type FileFormat = "ooxml" | "xlsb" | "ods" | "xls";

/** The part names of a zip package that tell its format, lower-cased (the zip's own listing). */
export function zipFormatOf(partNames: Iterable<string>): FileFormat | null {
  const names = new Set<string>();
  for (const n of partNames) names.add(n.replace(/^\/+/, "").toLowerCase());
  if (names.has("xl/workbook.bin")) return "xlsb";
  if (names.has("content.xml") && (names.has("mimetype") || names.has("meta-inf/manifest.xml"))) return "ods";
  return names.size ? "ooxml" : null;
}

/** A compound file (Excel 97–2003, or an encrypted OOXML package, which is one too). */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0 && bytes[4] === 0xa1 && bytes[5] === 0xb1 && bytes[6] === 0x1a && bytes[7] === 0xe1;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/** Formats the package patcher can write a scored copy of. */
export const isWritable = (format: FileFormat): boolean => format === "ooxml";

/** The usual extension of a read-only format, for messages. */
export const extensionOfFormat: Record<FileFormat, string> = { ooxml: ".xlsx", xlsb: ".xlsb", ods: ".ods", xls: ".xls" };
