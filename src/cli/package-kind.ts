/**
 * Which kind of Excel package a workbook is, told by its workbook part's content type in
 * [Content_Types].xml — not by the file's name. Excel refuses to open a package whose extension
 * does not match it (a macro-enabled workbook renamed .xlsx), so `--out` must keep the kind's
 * extension (DESIGN §6: ".xlsm stays macro-enabled and must be named .xlsm").
 */
export type PackageKind = "xlsx" | "xlsm" | "xltx" | "xltm";

const BY_CONTENT_TYPE: Record<string, PackageKind> = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "xlsx",
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml": "xlsm",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": "xltx",
  "application/vnd.ms-excel.template.macroEnabled.main+xml": "xltm",
};

/** The kind for a workbook part's content type; null for one we do not know (nothing is refused then). */
export function packageKindOf(contentType: string | null): PackageKind | null {
  if (!contentType) return null;
  const t = contentType.trim().toLowerCase();
  for (const [type, kind] of Object.entries(BY_CONTENT_TYPE)) if (type.toLowerCase() === t) return kind;
  return null;
}

/** The file extension a package of this kind must have, with its dot. */
export const extensionOf = (kind: PackageKind): string => `.${kind}`;

export const isMacroEnabled = (kind: PackageKind): boolean => kind === "xlsm" || kind === "xltm";
