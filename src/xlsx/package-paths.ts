/**
 * Part names inside an OPC package (the .xlsx zip): a part's folder, its relationships part, and
 * a relationship target resolved against the folder it is relative to. One copy for the package
 * patcher, the reader's protection pass and the CLI's package limits.
 */

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/`. */
export function dirOf(path: string): string {
  const k = path.lastIndexOf("/");
  return k < 0 ? "" : path.slice(0, k + 1);
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPathOf(part: string): string {
  return `${dirOf(part)}_rels/${part.slice(dirOf(part).length)}.rels`;
}

/** A relationship's Target (a URI: `%20` decoded, `..` and `.` resolved) as a part name. */
export function resolveTarget(baseDir: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(t);
  } catch {
    /* keep as written */
  }
  const joined = t.startsWith("/") ? t.slice(1) : baseDir + t;
  const parts: string[] = [];
  for (const p of joined.split("/")) {
    if (p === "" || p === ".") continue;
    if (p === "..") parts.pop();
    else parts.push(p);
  }
  return parts.join("/");
}
