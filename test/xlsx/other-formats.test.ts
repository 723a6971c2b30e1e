/**
 * The formats read for reports only (DESIGN §6 Files): .xls (Excel 97–2003), .xlsb and .ods, made
 * here with SheetJS's own writer from the seed workbook, give `jixiao validate` and `jixiao score`
 * the issues and scores the .xlsx gives; `score --out` on them is refused (exit 2) with the way
 * out, since the package patcher writes .xlsx / .xlsm only.
 */
import { mkdtempSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import { buildBrokenWorkbook, buildSeedWorkbook, toBuffer } from "../fixtures/workbooks";
import { cli } from "../helpers/cli";

const dir = mkdtempSync(path.join(os.tmpdir(), "jixiao-formats-"));
type BookType = "xls" | "xlsb" | "ods";
let xlsx: string;
let broken: string;
const files: Record<BookType, string> = { xls: "", xlsb: "", ods: "" };
const brokenFiles: Record<BookType, string> = { xls: "", xlsb: "", ods: "" };

/** The workbook saved as .xlsx and, through SheetJS, in each other format. */
async function save(bytes: Buffer, stem: string, into: Record<BookType, string>): Promise<string> {
  const file = path.join(dir, `${stem}.xlsx`);
  await fs.writeFile(file, bytes);
  const wb = XLSX.read(bytes, { type: "buffer", cellNF: true, cellStyles: true });
  // SheetJS's ODS writer complains on stderr about `-` in yyyy-mm-dd (it writes the date anyway).
  const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    for (const bookType of ["xls", "xlsb", "ods"] as const) {
      into[bookType] = path.join(dir, `${stem}.${bookType}`);
      await fs.writeFile(into[bookType], XLSX.write(wb, { type: "buffer", bookType }) as Buffer);
    }
  } finally {
    quiet.mockRestore();
  }
  return file;
}

beforeAll(async () => {
  xlsx = await save(await toBuffer(buildSeedWorkbook({ log: "partial" })), "seed", files);
  broken = await save(await toBuffer(buildBrokenWorkbook()), "broken", brokenFiles);
});

/** A report without the file's name, to compare across formats. */
const reportOf = (stdout: string) => {
  const { file: _file, ...rest } = JSON.parse(stdout) as { file: string };
  return rest;
};

describe.each(["xls", "xlsb", "ods"] as const)("a .%s workbook", (bookType) => {
  it("validates with the issues of the .xlsx", async () => {
    const want = await cli("validate", xlsx, "--json");
    const got = await cli("validate", files[bookType], "--json");
    expect(got.stderr).toBe(want.stderr);
    expect(got.code).toBe(want.code);
    expect(reportOf(got.stdout)).toEqual(reportOf(want.stdout));
  });

  it("validates a table full of mistakes with the issues of the .xlsx", async () => {
    const want = await cli("validate", broken, "--json");
    const got = await cli("validate", brokenFiles[bookType], "--json");
    expect(want.code).toBe(1);
    expect(got.code).toBe(1);
    expect(reportOf(got.stdout)).toEqual(reportOf(want.stdout));
  });

  it("scores as the .xlsx does, without --out", async () => {
    const want = await cli("score", xlsx, "--json");
    const got = await cli("score", files[bookType], "--json");
    expect(got.code).toBe(want.code);
    expect(reportOf(got.stdout)).toEqual(reportOf(want.stdout));
  });

  it("refuses score --out with exit 2 and says to save it as .xlsx; nothing is written", async () => {
    const out = path.join(dir, `scored-${bookType}.xlsx`);
    const got = await cli("score", files[bookType], "--out", out, "--lang", "en");
    expect(got.code).toBe(2);
    expect(got.stderr).toBe(
      `${files[bookType]} is an .${bookType} file: it can be validated and scored, but no scored copy can be written (--out writes .xlsx and .xlsm only). Save it as .xlsx in Excel or WPS, then use --out.`,
    );
    await expect(fs.stat(out)).rejects.toThrow();
  });
});
