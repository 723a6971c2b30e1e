/**
 * The names in a zip's central directory, read from the bytes themselves (DESIGN §6: a file Excel
 * would refuse — duplicate zip entries — is exit 2 with its reason). JSZip keys its entries by
 * name, so two entries with one name quietly become one and nothing after it can see the second;
 * this scan is the only place that can. Nothing is inflated.
 *
 * Layout (APPNOTE 4.3.12–4.3.16): the end-of-central-directory record (`PK\5\6`) sits in the last
 * 64 KiB + 22 bytes; it gives the directory's offset and entry count (or 0xFFFF… and a zip64
 * record before it). Each directory record (`PK\1\2`) is 46 bytes, then the name, extra field and
 * comment.
 */

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
/** Info-ZIP Unicode Path extra field: a UTF-8 name that overrides the header's. */
const UNICODE_PATH = 0x7075;

const utf8 = new TextDecoder("utf-8");

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x1_0000_0000;
}

function findEocd(b: Uint8Array): number {
  const last = b.length - 22;
  for (let p = last; p >= 0 && p >= last - 0xffff; p--) if (u32(b, p) === EOCD) return p;
  return -1;
}

/** The entry names of the central directory, in order; null when the directory cannot be read. */
export function centralDirectoryNames(b: Uint8Array): string[] | null {
  const eocd = findEocd(b);
  if (eocd < 0) return null;
  let count = u16(b, eocd + 10);
  let size = u32(b, eocd + 12);
  let offset = u32(b, eocd + 16);
  let end = eocd;
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(b, loc) !== ZIP64_LOCATOR) return null;
    const rec = u64(b, loc + 8);
    if (rec + 56 > b.length || u32(b, rec) !== ZIP64_EOCD) return null;
    count = u64(b, rec + 32);
    size = u64(b, rec + 40);
    offset = u64(b, rec + 48);
    end = rec;
  }
  // Bytes prepended to the zip (a self-extractor's stub) shift every offset alike, as JSZip allows.
  if (u32(b, offset) !== CENTRAL && count > 0) {
    const shift = end - (offset + size);
    if (shift <= 0 || u32(b, offset + shift) !== CENTRAL) return null;
    offset += shift;
  }
  const names: string[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || u32(b, at) !== CENTRAL) return null;
    const nameLength = u16(b, at + 28);
    const extraLength = u16(b, at + 30);
    const commentLength = u16(b, at + 32);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength > b.length) return null;
    names.push(unicodePath(b, nameEnd, nameEnd + extraLength) ?? utf8.decode(b.subarray(at + 46, nameEnd)));
    at = nameEnd + extraLength + commentLength;
  }
  return names;
}

function unicodePath(b: Uint8Array, from: number, to: number): string | null {
  for (let at = from; at + 4 <= to; ) {
    const id = u16(b, at);
    const length = u16(b, at + 2);
    // version (1 byte) and the CRC of the header's name (4 bytes), then the UTF-8 name.
    if (id === UNICODE_PATH && length >= 5 && at + 4 + length <= to && b[at + 4] === 1) return utf8.decode(b.subarray(at + 9, at + 4 + length));
    at += 4 + length;
  }
  return null;
}

/**
 * The first pair of entries that name one part: the same name, or names that differ only in case
 * (OPC part names compare case-insensitively, and a package must not hold two equivalent ones).
 * Folder entries (`xl/`) are not parts. Null when there is none or the directory cannot be read
 * (JSZip's own reading then decides).
 */
export function duplicateEntry(b: Uint8Array): [string, string] | null {
  const names = centralDirectoryNames(b);
  if (!names) return null;
  const seen = new Map<string, string>();
  for (const name of names) {
    if (name.endsWith("/")) continue;
    const key = name.replace(/^\/+/, "").toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) return [first, name];
    seen.set(key, name);
  }
  return null;
}
