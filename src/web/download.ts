/**
 * Saving the workbook: a Blob URL and a temporary <a download>, all in the browser (no request
 * leaves the page). The URL is revoked once the browser has had time to start the download.
 */
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const XLSM_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.12";

export function saveBytes(bytes: Uint8Array, fileName: string, doc: Document = document): void {
  const type = /\.xlsm$/i.test(fileName) ? XLSM_TYPE : XLSX_TYPE;
  const blob = new Blob([bytes.slice().buffer as ArrayBuffer], { type });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.style.display = "none";
  doc.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
