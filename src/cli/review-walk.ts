/**
 * The files `jixiao review` reads (DESIGN §6: "files or folders"): each argument in the order
 * given; a folder walked for .xlsx / .xlsm / .xls, its files in name order, subfolders too. Left
 * out: Excel's and WPS's lock files (`~$a.xlsx`, `.~a.xlsx`), hidden files and folders, the summary
 * being written, and a file named twice. A folder with no workbook is an entry of its own, so the
 * summary says so instead of silently listing nothing.
 */
import { promises as fs } from "node:fs";
import path from "node:path";

export const REVIEWED_EXTENSIONS = [".xlsx", ".xlsm", ".xls"];

/** A file to review (with the folder argument it was found in, if any), or a folder with none. */
export type WalkEntry = { file: string; root?: string } | { emptyFolder: string };

const isWorkbookName = (name: string) => REVIEWED_EXTENSIONS.includes(path.extname(name).toLowerCase()) && !/^(~\$|\.~|\.)/.test(name);

/** Name order as a person sorts (文件2 before 文件10), the same on every machine. */
const byName = (a: string, b: string) => a.localeCompare(b, "zh-CN", { numeric: true });

async function walkFolder(dir: string, skip: Set<string>, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return; // an unreadable subfolder: nothing to list (the top folder is checked by the caller)
  }
  entries.sort((a, b) => byName(a.name, b.name));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const full = path.join(dir, e.name);
    // Symbolic links to folders are not followed (a link loop would never end).
    if (e.isDirectory()) await walkFolder(full, skip, out);
    else if ((e.isFile() || e.isSymbolicLink()) && isWorkbookName(e.name) && !skip.has(path.resolve(full))) out.push(full);
  }
}

/**
 * The entries for the arguments. A path that is not a folder is taken as a file whatever its
 * name, so a missing or misnamed file becomes a row with its reason (the reader says it).
 */
export async function reviewEntries(args: string[], summary?: string): Promise<WalkEntry[]> {
  const skip = new Set(summary ? [path.resolve(summary)] : []);
  const seen = new Set<string>();
  const entries: WalkEntry[] = [];
  const add = (file: string, root?: string) => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    entries.push(root === undefined ? { file } : { file, root });
  };
  for (const arg of args) {
    const stat = await fs.stat(arg).catch(() => null);
    if (stat?.isDirectory()) {
      const files: string[] = [];
      await walkFolder(arg, skip, files);
      if (files.length === 0) entries.push({ emptyFolder: arg });
      for (const f of files) add(f, arg);
    } else add(arg);
  }
  return entries;
}
