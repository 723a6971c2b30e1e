/**
 * Sheet protection (审阅 › 保护工作表) of an .xlsx / .xlsm, which SheetJS does not read: it keeps
 * neither `<sheetProtection>` nor a cell's locked flag. Read here from the package SheetJS has
 * already unzipped (`bookFiles`): a sheet is protected when its `<sheetProtection sheet="1">`;
 * its unlocked cells are those whose cell format (`s`, an index into styles.xml's `<cellXfs>`)
 * carries `<protection locked="0"/>`. Other formats report no protection (Score never writes them).
 */
import { decodeXml } from "../xml-text";
import { resolveTarget } from "../package-paths";

/** The unzipped package as SheetJS keeps it with `bookFiles`: part name → its bytes. */
export type PackageFiles = Record<string, { content?: Uint8Array | ArrayLike<number> } | undefined>;

const utf8 = new TextDecoder("utf-8");

function textOf(files: PackageFiles, name: string): string | null {
  const wanted = name.replace(/^\/+/, "");
  let entry = files[wanted];
  if (!entry) {
    const lower = wanted.toLowerCase();
    const key = Object.keys(files).find((k) => k.toLowerCase() === lower);
    entry = key === undefined ? undefined : files[key];
  }
  if (!entry || !entry.content) return null;
  const bytes = entry.content instanceof Uint8Array ? entry.content : Uint8Array.from(entry.content as ArrayLike<number>);
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return utf8.decode(bytes);
}

const attr = (tag: string, name: string): string | null => {
  const m = new RegExp(`\\s(?:\\w+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2] ?? "") : null;
};
const truthy = (v: string | null) => v === "1" || v === "true";


/** The cell formats (cellXfs indexes) that are unlocked. */
function unlockedFormats(styles: string | null): Set<number> {
  const out = new Set<number>();
  if (!styles) return out;
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(styles);
  if (!xfs) return out;
  let i = 0;
  for (const m of xfs[1].matchAll(/<(?:\w+:)?xf\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?xf>)/g)) {
    const prot = m[1] ? /<(?:\w+:)?protection\b[^>]*>/.exec(m[1]) : null;
    const locked = prot ? attr(prot[0], "locked") : null;
    if (locked === "0" || locked === "false") out.add(i);
    i++;
  }
  return out;
}

/** Per sheet (by name): null when not protected, else the A1 addresses of its unlocked cells. */
export type SheetProtection = Map<string, Set<string> | null>;

export function protectionOf(files: PackageFiles | undefined, workbookPart: string, stylesPart: string, sheetNames: string[]): SheetProtection {
  const out: SheetProtection = new Map();
  if (!files) return out;
  const part = workbookPart.replace(/^\/+/, "");
  const dir = part.slice(0, part.lastIndexOf("/") + 1);
  const workbook = textOf(files, part);
  const rels = textOf(files, `${dir}_rels/${part.slice(dir.length)}.rels`);
  if (!workbook || !rels) return out;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target) targets.set(id, resolveTarget(dir, target));
  }
  let formats: Set<number> | null = null;
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = decodeXml(attr(m[0], "name") ?? "");
    if (!sheetNames.includes(name)) continue;
    const sheetPart = targets.get(attr(m[0], "id") ?? "");
    const xml = sheetPart ? textOf(files, sheetPart) : null;
    if (!xml) continue;
    const tag = /<(?:\w+:)?sheetProtection\b[^>]*>/.exec(xml);
    if (!tag || !truthy(attr(tag[0], "sheet"))) {
      out.set(name, null);
      continue;
    }
    formats ??= unlockedFormats(stylesPart ? textOf(files, stylesPart) : null);
    const unlocked = new Set<string>();
    if (formats.size)
      for (const c of xml.matchAll(/<(?:\w+:)?c\b[^>]*>/g)) {
        const s = attr(c[0], "s");
        const r = attr(c[0], "r");
        if (s !== null && r !== null && formats.has(Number(s))) unlocked.add(r.replace(/\$/g, "").toUpperCase());
      }
    out.set(name, unlocked);
  }
  return out;
}
