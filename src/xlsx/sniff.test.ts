/** The one file sniffer (sniff.ts): each kind from its first bytes, and the broken-file corpus. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { sniffFile } from "./sniff";

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);
const COMPOUND = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (s: string) => [...s].flatMap((ch) => [ch.charCodeAt(0), 0]);

describe("sniffFile", () => {
  it("empty, zip, compound and encrypted compound files", () => {
    expect(sniffFile(bytes())).toBe("empty");
    expect(sniffFile(bytes(0x50, 0x4b, 3, 4, 0))).toBe("zip");
    expect(sniffFile(bytes(...COMPOUND, 0, 0, ...utf16("Workbook")))).toBe("compound");
    expect(sniffFile(bytes(...COMPOUND, 0, 0, ...utf16("EncryptionInfo")))).toBe("encrypted");
  });

  it("a web page or XML spreadsheet, with or without a byte-order mark or leading space", () => {
    expect(sniffFile(text("<html><body><table>"))).toBe("html");
    expect(sniffFile(text("\uFEFF  <?xml version=\"1.0\"?><Workbook>"))).toBe("html");
  });

  it("CSV: text with a comma, semicolon, tab or full-width comma, on one line or several", () => {
    for (const s of ["a,b", "三级指标;指标值\n1;2", "三级指标\t指标值\n", "三级指标，指标值", "\uFEFFa,b\r\n"]) expect(sniffFile(text(s))).toBe("csv");
  });

  it("unknown: text without a separator, or bytes with a NUL in them (binary, even with commas)", () => {
    expect(sniffFile(text("just some words"))).toBe("unknown");
    expect(sniffFile(bytes(0x61, 0x2c, 0x00, 0x62, 0x0a))).toBe("unknown");
  });

  it("the broken-file corpus: each file is the kind its name says", () => {
    const bad = (f: string) => new Uint8Array(readFileSync(path.join(__dirname, "../../test/fixtures/bad", f)));
    expect(sniffFile(bad("csv-renamed.xlsx"))).toBe("csv");
    expect(sniffFile(bad("old-excel.xls"))).toBe("compound");
    expect(sniffFile(bad("encrypted.xlsx"))).toBe("encrypted");
    expect(sniffFile(bad("random-bytes.xlsx"))).toBe("unknown");
    expect(sniffFile(bad("macros.xlsm"))).toBe("zip");
    expect(sniffFile(bad("truncated.xlsx"))).toBe("zip");
  });
});
