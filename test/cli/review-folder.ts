/**
 * The officer's folder the review tests read: a file of each kind the bureau receives, from the
 * repo's fixtures — the seed (good, with its log), the table full of mistakes (malformed), the
 * seed's 自评表 saved as .xls (Excel 97–2003, through SheetJS's writer), a published 自评表 with
 * its title block, a workbook with no table, a truncated zip (broken), an empty subfolder, and an
 * Excel lock file that must be left out.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import { buildBrokenWorkbook, buildSeedWorkbook, buildSelfEvaluationWorkbook, toBuffer } from "../fixtures/workbooks";

const FIXTURES = path.join(__dirname, "../fixtures");

/** The folder's files in the order the walk gives them (name order), relative to the folder. */
export const FOLDER_FILES = [
  "a-seed.xlsx",
  "b-broken.xlsx",
  "c-self.xls",
  "d-putuo.xlsx",
  "e-no-table.xlsx",
  "f-empty", // the empty subfolder, a row of its own
  "g-truncated.xlsx",
];

export async function makeReviewFolder(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "jixiao-review-"));
  const put = (name: string, bytes: Uint8Array) => fs.writeFile(path.join(dir, name), bytes);
  const seed = await toBuffer(buildSeedWorkbook({ log: "full" }));
  await put("a-seed.xlsx", seed);
  await put("~$a-seed.xlsx", seed); // Excel's lock file: not a workbook to review
  await put("b-broken.xlsx", await toBuffer(buildBrokenWorkbook()));
  const self = XLSX.read(await toBuffer(buildSelfEvaluationWorkbook()), { type: "buffer", cellNF: true, cellStyles: true });
  await put("c-self.xls", XLSX.write(self, { type: "buffer", bookType: "xls" }) as Buffer);
  await put("d-putuo.xlsx", await fs.readFile(path.join(FIXTURES, "published/xlsx/shanghai-putuo-tiyu-jiesuan.xlsx")));
  await put("e-no-table.xlsx", await fs.readFile(path.join(FIXTURES, "bad/no-table.xlsx")));
  await fs.mkdir(path.join(dir, "f-empty"));
  await put("g-truncated.xlsx", await fs.readFile(path.join(FIXTURES, "bad/truncated.xlsx")));
  await put("notes.txt", Buffer.from("not a workbook")); // another extension: not walked
  return dir;
}
