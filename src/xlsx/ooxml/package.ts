/**
 * The zip package being patched: parts found the way OPC names them (case-insensitive, leading
 * `/` ignored), XML parts kept as text once read, and written back only when their text changed —
 * every other entry keeps its bytes and its place in the zip.
 */
import JSZip from "jszip";
import { decodeText, encodeText, findPartName, type Bytes, type TextPart } from "../zip-parts";

interface CachedText extends TextPart {
  /** The text as read (null for a new part), to tell whether it changed. */
  original: string | null;
}

export class Package {
  private texts = new Map<string, CachedText>();

  private constructor(readonly zip: JSZip) {}

  static async load(bytes: Bytes): Promise<Package> {
    return new Package(await JSZip.loadAsync(bytes));
  }

  find(name: string): string | null {
    const n = name.replace(/^\/+/, "");
    const cached = [...this.texts.keys()].find((k) => k.toLowerCase() === n.toLowerCase());
    if (cached) return cached;
    return findPartName(this.zip, n);
  }

  names(): string[] {
    const names = Object.keys(this.zip.files).filter((n) => !this.zip.files[n].dir);
    for (const k of this.texts.keys()) if (!names.includes(k)) names.push(k);
    return names;
  }

  async text(name: string): Promise<string> {
    const found = this.find(name);
    if (!found) throw new Error(`part not found: ${name}`);
    const cached = this.texts.get(found);
    if (cached) return cached.text;
    const part = decodeText(await this.zip.files[found].async("uint8array"));
    this.texts.set(found, { ...part, original: part.text });
    return part.text;
  }

  async textOrNull(name: string): Promise<string | null> {
    return this.find(name) ? this.text(name) : null;
  }

  /** Replace an existing part's text (read with text() first) or add a new part. */
  setText(name: string, text: string): void {
    const found = this.find(name);
    const cached = found ? this.texts.get(found) : undefined;
    if (cached) cached.text = text;
    else if (found) throw new Error(`part not read before writing: ${name}`);
    else this.texts.set(name.replace(/^\/+/, ""), { text, bom: false, utf16: null, original: null });
  }

  /** Read a part, change its text, write it back (unchanged text is not marked as changed). */
  async edit(name: string, change: (xml: string) => string): Promise<void> {
    const xml = await this.text(name);
    const out = change(xml);
    if (out !== xml) this.setText(name, out);
  }

  remove(name: string): void {
    const found = this.find(name);
    if (!found) return;
    this.texts.delete(found);
    if (this.zip.files[found]) this.zip.remove(found);
  }

  async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    for (const [name, t] of this.texts) {
      if (t.original === t.text) continue;
      this.zip.file(name, encodeText(t, t.text), { binary: true, createFolders: false });
    }
    // jszip allocates a plain ArrayBuffer for the result.
    return (await this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } })) as Uint8Array<ArrayBuffer>;
  }
}
