/**
 * The CLI never loses the input or leaves a broken file (DESIGN §6, Files): `--out` is refused when
 * it is the input by any path, its extension must fit the package, a write is atomic (a failure at
 * any step leaves the input, any existing output and the folder as they were), a failed write
 * names the output in words, and a zip with two entries for one part is refused. On real .xlsx
 * files in temp folders; the disk failures are injected at the step of the writer they hit.
 */
import { promises as fs, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { crc32 } from "node:zlib";
import JSZip from "jszip";
import { cli } from "../helpers/cli";
import { buildSeedWorkbook, toBuffer } from "../fixtures/workbooks";
import { outputFs, outputProblem } from "../../src/cli/write-output";
import { centralDirectoryNames, duplicateEntry } from "../../src/cli/zip-directory";

const MACROS = path.join(__dirname, "../fixtures/bad/macros.xlsm");
const STACK_FRAME = /^\s+at .+\(.+:\d+:\d+\)$/m;

let seedBytes: Buffer;
beforeAll(async () => {
  seedBytes = await toBuffer(buildSeedWorkbook({ log: "full" }));
});
afterEach(() => jest.restoreAllMocks());

/** A fresh folder holding the seed workbook as seed.xlsx. */
async function folderWithSeed(): Promise<{ dir: string; input: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "jixiao-out-"));
  const input = path.join(dir, "seed.xlsx");
  await fs.writeFile(input, seedBytes);
  return { dir, input };
}

/** Every file in the folder with its bytes, to compare before and after. */
async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const name of (await fs.readdir(dir)).sort()) {
    const st = await fs.lstat(path.join(dir, name));
    out.set(name, st.isFile() ? await fs.readFile(path.join(dir, name)) : Buffer.from(st.isSymbolicLink() ? "link" : "folder"));
  }
  return out;
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}

describe("--out is never the input, by any path", () => {
  it.each([
    ["the same path spelt with ./", (dir: string) => path.join(dir, ".", "seed.xlsx"), "就是输入文件"],
    ["the same path through ..", (dir: string) => `${dir}/sub/../seed.xlsx`, "就是输入文件"],
    ["a relative path", (dir: string) => path.relative(process.cwd(), path.join(dir, "seed.xlsx")), "就是输入文件"],
  ])("%s is refused", async (_name, outOf, how) => {
    const { dir, input } = await folderWithSeed();
    await fs.mkdir(path.join(dir, "sub"));
    const before = await snapshot(dir);
    const out = outOf(dir);
    const r = await cli("score", input, "--out", out);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`--out 不能与输入文件相同：「${out}」${how}「${input}」。输入文件从不被修改，请另取一个文件名。`);
    expect(await snapshot(dir)).toEqual(before);
  });

  it("a hard link to the input is refused (same device and inode), and both names keep their bytes", async () => {
    const { dir, input } = await folderWithSeed();
    const out = path.join(dir, "hard.xlsx");
    await fs.link(input, out);
    const r = await cli("score", input, "--out", out);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`--out 不能与输入文件相同：「${out}」是输入文件「${input}」的硬链接。输入文件从不被修改，请另取一个文件名。`);
    expect((await fs.readFile(input)).equals(seedBytes)).toBe(true);
    expect((await fs.readFile(out)).equals(seedBytes)).toBe(true);
    expect((await fs.readdir(dir)).sort()).toEqual(["hard.xlsx", "seed.xlsx"]);
  });

  it("a symbolic link to the input is refused, in English too", async () => {
    const { dir, input } = await folderWithSeed();
    const out = path.join(dir, "link.xlsx");
    await fs.symlink(input, out);
    const zh = await cli("score", input, "--out", out);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(`「${out}」经符号链接或另一种路径写法指向输入文件「${input}」`);
    const en = await cli("score", input, "--out", out, "--lang", "en");
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(
      `--out must differ from the input: "${out}" leads to the input file "${input}" (through a symbolic link or another spelling of the path). The input is never modified; choose another name.`,
    );
    expect((await fs.readFile(input)).equals(seedBytes)).toBe(true);
    expect((await fs.lstat(out)).isSymbolicLink()).toBe(true);
  });

  it("the input through a symbolic link to its folder is refused", async () => {
    const { dir, input } = await folderWithSeed();
    const alias = `${dir}-alias`;
    await fs.symlink(dir, alias);
    const r = await cli("score", input, "--out", path.join(alias, "seed.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--out 不能与输入文件相同");
    expect((await fs.readFile(input)).equals(seedBytes)).toBe(true);
  });

  it("another case of the input's name: refused where the disk ignores case, a new file where it does not", async () => {
    const { dir, input } = await folderWithSeed();
    const out = path.join(dir, "SEED.XLSX");
    const sameOnThisDisk = await fs.stat(out).then(
      () => true,
      () => false,
    );
    const r = await cli("score", input, "--out", out);
    expect((await fs.readFile(input)).equals(seedBytes)).toBe(true);
    if (sameOnThisDisk) {
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("--out 不能与输入文件相同");
    } else {
      expect(r.code).toBe(0);
      expect((await fs.readdir(dir)).sort()).toEqual(["SEED.XLSX", "seed.xlsx"]);
    }
  });

  it("a missing output is fine; the copy is written through an fsynced temp file in its own folder", async () => {
    const { dir, input } = await folderWithSeed();
    const out = path.join(dir, "scored.xlsx");
    const sync = jest.spyOn(outputFs, "sync");
    const rename = jest.spyOn(outputFs, "rename");
    const r = await cli("score", input, "--out", out);
    expect(r.code).toBe(0);
    expect(rename).toHaveBeenCalledTimes(1);
    const [from, to] = rename.mock.calls[0];
    expect(path.dirname(from)).toBe(dir);
    expect(to).toBe(out);
    expect(sync.mock.invocationCallOrder[0]).toBeLessThan(rename.mock.invocationCallOrder[0]);
    expect((await fs.readdir(dir)).sort()).toEqual(["scored.xlsx", "seed.xlsx"]);
    expect((await fs.readFile(input)).equals(seedBytes)).toBe(true);
    expect((await JSZip.loadAsync(await fs.readFile(out))).file("xl/workbook.xml")).not.toBeNull();
  });

  it("an existing output is replaced whole and keeps its permissions; a symbolic link at the output stays a link", async () => {
    const { dir, input } = await folderWithSeed();
    const out = path.join(dir, "scored.xlsx");
    await fs.writeFile(out, "old");
    await fs.chmod(out, 0o640);
    expect((await cli("score", input, "--out", out)).code).toBe(0);
    expect((await fs.stat(out)).mode & 0o777).toBe(0o640);
    expect((await fs.readFile(out)).subarray(0, 2).toString()).toBe("PK");

    const link = path.join(dir, "latest.xlsx");
    await fs.symlink(out, link);
    await fs.writeFile(out, "old again");
    expect((await cli("score", input, "--out", link)).code).toBe(0);
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    // The link's target holds the new copy (a whole workbook, not the old text).
    const second = await fs.readFile(out);
    expect(second.length).toBeGreaterThan(1000);
    expect((await JSZip.loadAsync(second)).file("xl/workbook.xml")).not.toBeNull();
    expect((await fs.readdir(dir)).sort()).toEqual(["latest.xlsx", "scored.xlsx", "seed.xlsx"]);
  });
});

describe("the output's extension fits its format", () => {
  it("an .xlsm written to --out x.xlsx is refused with the .xlsm name to use; nothing is written", async () => {
    const { dir } = await folderWithSeed();
    const input = path.join(dir, "macros.xlsm");
    await fs.copyFile(MACROS, input);
    const out = path.join(dir, "x.xlsx");
    const zh = await cli("score", input, "--out", out);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe(
      `--out「${out}」的扩展名与格式不符：输入是启用宏的工作簿（.xlsm），输出也必须以 .xlsm 结尾（Excel 不打开扩展名与格式不符的文件）。请改用「${path.join(dir, "x.xlsm")}」。`,
    );
    const en = await cli("score", input, "--out", out, "--lang", "en");
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(`the input is a macro-enabled workbook (.xlsm), so the output must end in .xlsm too`);
    expect((await fs.readdir(dir)).sort()).toEqual(["macros.xlsm", "seed.xlsx"]);
    expect((await fs.readFile(input)).equals(await fs.readFile(MACROS))).toBe(true);

    const good = await cli("score", input, "--out", path.join(dir, "x.xlsm"));
    expect([0, 1]).toContain(good.code);
    expect(good.stderr).toBe("");
  });

  it("an .xlsx written to --out y.xlsm is refused the other way; .xlsx → .XLSX is fine", async () => {
    const { dir, input } = await folderWithSeed();
    const r = await cli("score", input, "--out", path.join(dir, "y.xlsm"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("输入是不含宏的工作簿（.xlsx），输出也必须以 .xlsx 结尾");
    expect(r.stderr).toContain(`请改用「${path.join(dir, "y.xlsx")}」`);
    expect((await cli("score", input, "--out", path.join(dir, "Y.XLSX"))).code).toBe(0);
    expect((await fs.readdir(dir)).sort()).toEqual(["Y.XLSX", "seed.xlsx"]);
  });
});

describe("a failed write loses nothing and says why in words", () => {
  /** The folder with the input and an existing output, the CLI run with one disk step failing. */
  async function failing(step: "create" | "write" | "sync" | "rename", code: string, ...flags: string[]) {
    const { dir, input } = await folderWithSeed();
    const out = path.join(dir, "scored.xlsx");
    await fs.writeFile(out, "the scored copy of last week");
    const before = await snapshot(dir);
    if (step === "write")
      // Half the bytes reach the disk, then the write fails: the temp file is half a workbook.
      jest.spyOn(outputFs, "write").mockImplementationOnce(async (handle, bytes) => {
        await handle.write(bytes.subarray(0, bytes.length >> 1));
        throw errno(code);
      });
    else jest.spyOn(outputFs, step).mockRejectedValueOnce(errno(code));
    const unlink = jest.spyOn(outputFs, "unlink");
    const r = await cli("score", input, "--out", out, ...flags);
    return { r, dir, out, before, unlink };
  }

  it("a full disk at fsync: exit 2, the worded line, input and existing output byte-identical, no temp file", async () => {
    const { r, dir, out, before, unlink } = await failing("sync", "ENOSPC");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`无法写入输出文件「${out}」：磁盘已满。请腾出磁盘空间后再试；输入文件和原有文件均未改动。`);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(unlink).toHaveBeenCalledTimes(1);
    expect(await snapshot(dir)).toEqual(before);
  });

  it("a full disk in English, and with --json one JSON document", async () => {
    const en = await failing("sync", "ENOSPC", "--lang", "en");
    expect(en.r.code).toBe(2);
    expect(en.r.stderr).toBe(`Cannot write the output file "${en.out}": the disk is full. Free some space and try again; the input and any existing file were not changed.`);
    const json = await failing("sync", "ENOSPC", "--json");
    expect(json.r.code).toBe(2);
    expect(JSON.parse(json.r.stdout)).toEqual({
      file: path.join(json.dir, "seed.xlsx"),
      valid: false,
      error: json.r.stderr,
      problem: { code: "out-write-failed", params: { out: path.join(json.dir, "scored.xlsx"), errno: "ENOSPC" } },
    });
    expect(await snapshot(json.dir)).toEqual(json.before);
  });

  it.each([
    ["create", "EROFS", "磁盘是只读的"],
    ["create", "EACCES", "没有写入权限"],
    ["write", "ENOSPC", "磁盘已满"],
    ["write", "EIO", "磁盘读写出错"],
    ["rename", "EPERM", "没有写入权限（或文件正被其他程序打开）"],
    ["rename", "EBUSY", "文件正被其他程序占用"],
  ] as const)("%s failing with %s: 「%s」, nothing changed, no temp file", async (step, code, words) => {
    const { r, dir, out, before } = await failing(step, code);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(r.stderr.split("\n")[0]);
    expect(r.stderr).toContain(`无法写入输出文件「${out}」：${words}。`);
    expect(r.stderr).not.toContain(code);
    expect(await snapshot(dir)).toEqual(before);
  });

  it("a missing folder and a folder in the output's place are named in words (real disk, no injection)", async () => {
    const { dir, input } = await folderWithSeed();
    const missing = path.join(dir, "no-such-folder", "scored.xlsx");
    const a = await cli("score", input, "--out", missing);
    expect(a.code).toBe(2);
    expect(a.stderr).toBe(`无法写入输出文件「${missing}」：文件夹不存在。请先创建文件夹或检查路径；输入文件和原有文件均未改动。`);
    const folder = path.join(dir, "a-folder.xlsx");
    await fs.mkdir(folder);
    const b = await cli("score", input, "--out", folder, "--lang", "en");
    expect(b.code).toBe(2);
    expect(b.stderr).toContain(`Cannot write the output file "${folder}": it is a folder.`);
    expect((await fs.readdir(dir)).sort()).toEqual(["a-folder.xlsx", "seed.xlsx"]);
    expect(await fs.readdir(folder)).toEqual([]);
  });

  it("every errno the brief names has words in both languages; an unknown one still names the output", () => {
    for (const code of ["ENOSPC", "EACCES", "EPERM", "EROFS", "ENOENT", "EISDIR", "ENOTDIR", "EDQUOT", "EBUSY", "ENAMETOOLONG"]) {
      const p = outputProblem("/x/out.xlsx", errno(code));
      expect(p.problem).toEqual({ code: "out-write-failed", params: { out: "/x/out.xlsx", errno: code } });
      expect(p.text("zh-CN")).toMatch(/^无法写入输出文件「\/x\/out\.xlsx」：[^A-Z]+。/);
      expect(p.text("en")).toMatch(/^Cannot write the output file "\/x\/out\.xlsx": [a-z]/);
      expect(p.text("en")).not.toContain(code);
    }
    expect(outputProblem("/x/out.xlsx", errno("EWEIRD")).text("en")).toBe(
      `Cannot write the output file "/x/out.xlsx": the write failed (EWEIRD). The input and any existing file were not changed.`,
    );
  });
});

// ---- a hand-made zip, to have two entries with one name ---------------------------------------

/** A stored (uncompressed) zip of the entries in order, duplicates and all. */
function zipOf(entries: [string, Uint8Array][], prefix = Buffer.alloc(0)): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = prefix.length;
  for (const [name, data] of entries) {
    const n = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6); // UTF-8 names
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    locals.push(local, n, Buffer.from(data));
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x800, 8);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(data.length, 24);
    c.writeUInt16LE(n.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([prefix, ...locals, cd, end]);
}

describe("two zip entries for one part", () => {
  let parts: [string, Uint8Array][];
  beforeAll(async () => {
    const zip = await JSZip.loadAsync(seedBytes);
    parts = [];
    for (const f of Object.values(zip.files)) if (!f.dir) parts.push([f.name, await f.async("uint8array")]);
  });

  it("the directory scan reads the names JSZip reads, also with bytes prepended", async () => {
    const plain = zipOf(parts);
    expect(centralDirectoryNames(plain)).toEqual(parts.map(([n]) => n));
    expect(centralDirectoryNames(zipOf(parts, Buffer.from("MZ a self-extractor stub")))).toEqual(parts.map(([n]) => n));
    const exceljsNames = Object.values((await JSZip.loadAsync(seedBytes)).files).filter((f) => !f.dir).map((f) => f.name);
    expect(centralDirectoryNames(seedBytes)?.filter((n) => !n.endsWith("/"))).toEqual(exceljsNames);
    expect(duplicateEntry(plain)).toBeNull();
    const { dir } = await folderWithSeed();
    const file = path.join(dir, "hand-made.xlsx");
    await fs.writeFile(file, plain);
    expect((await cli("validate", file)).code).toBe(0);
  });

  it("the same name twice: JSZip keeps one, the CLI refuses with exit 2 and the reason (validate and score)", async () => {
    const sheet = parts.find(([n]) => n === "xl/worksheets/sheet1.xml")!;
    const other = new TextEncoder().encode(new TextDecoder().decode(sheet[1]).replace(/<sheetData>[\s\S]*<\/sheetData>/, "<sheetData/>"));
    const bytes = zipOf([...parts, [sheet[0], other]]);
    // What made this invisible before: JSZip reduces the two entries to one.
    const seen = Object.keys((await JSZip.loadAsync(bytes)).files).filter((n) => n === sheet[0]);
    expect(seen).toHaveLength(1);

    const { dir } = await folderWithSeed();
    const file = path.join(dir, "duplicate.xlsx");
    await fs.writeFile(file, bytes);
    const v = await cli("validate", file);
    expect(v.code).toBe(2);
    expect(v.stdout).toBe("");
    expect(v.stderr).toBe(`${file} 已损坏：压缩包中有两个同名的部件「xl/worksheets/sheet1.xml」，Excel 会把它当作损坏的文件。请在 Excel 中打开、修复后重新保存，或重新获取文件。`);
    const out = path.join(dir, "scored.xlsx");
    const s = await cli("score", file, "--out", out, "--lang", "en");
    expect(s.code).toBe(2);
    expect(s.stderr).toContain(`its zip holds two entries with the same name "xl/worksheets/sheet1.xml"`);
    expect((await fs.readdir(dir)).sort()).toEqual(["duplicate.xlsx", "seed.xlsx"]);
  });

  it("names that differ only in case are one OPC part: refused too", async () => {
    const bytes = zipOf([...parts, ["XL/Worksheets/Sheet1.xml", parts[0][1]]]);
    const { dir } = await folderWithSeed();
    const file = path.join(dir, "case.xlsx");
    await fs.writeFile(file, bytes);
    const r = await cli("validate", file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("两个只差大小写的同名部件「xl/worksheets/sheet1.xml」和「XL/Worksheets/Sheet1.xml」");
  });
});
