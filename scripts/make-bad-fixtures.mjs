// Writes the corpus of broken and hostile workbook files in test/fixtures/bad/, and
// test/fixtures/bad/expected.json: for each file, the exit code and the one-line stderr message
// `jixiao validate <file>` must give (zh-CN and en; `{file}` stands for the path as typed).
// test/reliability/bad-files.test.ts runs the CLI on each. The files are small (a few KB) and
// byte-stable: rerunning this script rewrites the same bytes (fixed dates in every zip entry).
//
//   node scripts/make-bad-fixtures.mjs
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";

const DIR = path.join(path.dirname(new URL(import.meta.url).pathname), "..", "test", "fixtures", "bad");
const DATE = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));

// ---- a small valid workbook: the target table and a log ------------------------------------------

const HEADER = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标属性", "评（扣）分标准", "指标内容", "数据来源"];
const ROWS = [
  ["产出指标", "数量指标", "编撰网络舆情分析研判报告期数", "=", 12, "期", "定量指标", "60分，完成1期得5分", "反映舆情分析报告的编撰数量", "工作计划"],
  ["满意度指标", "服务对象满意度指标", "服务对象满意度", ">=", 90, "%", "定量指标", "40分，≥90%,计40分;80%(含)-90%,计30分;低于80%不得分", "反映服务对象的满意程度", "满意度调查"],
];

async function baseWorkbook({ withLog = true } = {}) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "jixiao fixtures";
  wb.created = DATE;
  wb.modified = DATE;
  const ws = wb.addWorksheet("项目绩效目标表");
  ws.addRow(HEADER);
  for (const r of ROWS) ws.addRow(r);
  if (withLog) {
    const log = wb.addWorksheet("完成情况台账");
    log.addRow(["日期", "三级指标", "完成值"]);
    log.addRow([DATE, "编撰网络舆情分析研判报告期数", 12]);
    log.addRow([DATE, "服务对象满意度", "95%"]);
  }
  return wb;
}

/** A zip with fixed dates, in the given order: the same bytes every run. */
async function repack(entries) {
  const zip = new JSZip();
  for (const [name, data] of entries) zip.file(name, data, { date: DATE, createFolders: false });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

async function entriesOf(buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const out = [];
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) out.push([name, await zip.files[name].async("nodebuffer")]);
  return out;
}

async function baseEntries(opts) {
  return entriesOf(await (await baseWorkbook(opts)).xlsx.writeBuffer());
}

const text = (entries, name) => entries.find(([n]) => n === name)[1].toString("utf8");
const put = (entries, name, data) => {
  const i = entries.findIndex(([n]) => n === name);
  if (i < 0) entries.push([name, data]);
  else entries[i] = [name, data];
};
const drop = (entries, name) => entries.filter(([n]) => n !== name);

/** A compound file (CFB) header, then `body`: enough for the CLI to tell .xls and encrypted files. */
function cfb(body) {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // 512-byte sectors
  return Buffer.concat([header, body]);
}

/** Rewrite a zip entry's declared uncompressed size (local header and central directory). */
function lieAboutSize(zipBytes, name, size) {
  const buf = Buffer.from(zipBytes);
  const nameBytes = Buffer.from(name, "utf8");
  for (let i = 0; i + 46 < buf.length; i++) {
    const sig = buf.readUInt32LE(i);
    if (sig === 0x04034b50) {
      const n = buf.readUInt16LE(i + 26);
      if (n === nameBytes.length && buf.subarray(i + 30, i + 30 + n).equals(nameBytes)) buf.writeUInt32LE(size, i + 22);
    } else if (sig === 0x02014b50) {
      const n = buf.readUInt16LE(i + 28);
      if (n === nameBytes.length && buf.subarray(i + 46, i + 46 + n).equals(nameBytes)) buf.writeUInt32LE(size, i + 24);
    }
  }
  return buf;
}

// ---- the corpus --------------------------------------------------------------------------------

const cases = [];
const files = new Map();

function add(file, data, expect) {
  files.set(file, data);
  cases.push({ file, ...expect });
}

// Messages as src/cli/load.ts and src/cli/limits.ts word them.
const msg = {
  empty: ["{file} 是空文件（0 字节）。请重新保存工作簿。", "{file} is empty (0 bytes). Save the workbook again."],
  truncated: [
    "{file} 已损坏（zip 结构不完整，可能在下载或复制时被截断）。请重新获取文件，或在 Excel 中打开后重新保存。",
    "{file} is damaged (its zip structure is incomplete, perhaps cut off while downloading or copying). Get the file again, or open it in Excel and save it again.",
  ],
  noWorkbook: [
    "{file} 是 zip 压缩包，但不是 Excel 工作簿（缺少工作簿部件 xl/workbook.xml）。请用 Excel 另存为 .xlsx。",
    "{file} is a zip archive but not an Excel workbook (it has no workbook part xl/workbook.xml). Save it as .xlsx from Excel.",
  ],
  missingSheet: [
    "{file} 已损坏：工作表「项目绩效目标表」的内容（xl/worksheets/sheet1.xml）缺失。请在 Excel 中打开并重新保存。",
    '{file} is damaged: the content of sheet "项目绩效目标表" (xl/worksheets/sheet1.xml) is missing. Open it in Excel and save it again.',
  ],
  xls: [
    "{file} 是旧版 Excel 97-2003 (.xls) 文件。请在 Excel 或 WPS 中另存为 .xlsx 再试。",
    "{file} is an old Excel 97-2003 (.xls) file. Save it as .xlsx in Excel or WPS and try again.",
  ],
  encrypted: [
    "{file} 设有打开密码（已加密）。请在 Excel 中取消密码后另存为 .xlsx 再试。",
    "{file} is password-protected (encrypted). Remove the password in Excel, save as .xlsx, and try again.",
  ],
  csv: [
    "{file} 是文本（CSV）文件，不是 .xlsx 工作簿。请在 Excel 中打开后另存为 .xlsx。",
    "{file} is a text (CSV) file, not an .xlsx workbook. Open it in Excel and save as .xlsx.",
  ],
  unknown: [
    "{file} 不是 .xlsx 工作簿（文件格式无法识别）。请用 Excel 另存为 .xlsx。",
    "{file} is not an .xlsx workbook (unrecognised format). Save it as .xlsx from Excel.",
  ],
  hugeXml: [
    "{file} 中的 XML 内容过大（解压后 64 MB，上限 50 MB），未处理。如确需处理，请用 --max-xml-mb 或环境变量 JIXIAO_MAX_XML_MB 提高上限。",
    "{file} holds too much XML (64 MB uncompressed, limit 50 MB); it was not processed. To process it anyway, raise the limit with --max-xml-mb or JIXIAO_MAX_XML_MB.",
  ],
  bomb: [
    "{file} 的压缩比异常（xl/sharedStrings.xml 解压后是压缩数据的 {ratio} 倍），疑似“zip 炸弹”，已拒绝处理。",
    "{file} has an abnormal compression ratio (xl/sharedStrings.xml inflates to {ratio} times its size): it looks like a zip bomb and was not processed.",
  ],
  lying: [
    "{file} 已损坏（其中的 xl/worksheets/sheet1.xml 无法解压）。请在 Excel 中打开并重新保存。",
    "{file} is damaged (its part xl/worksheets/sheet1.xml cannot be decompressed). Open it in Excel and save it again.",
  ],
  mergeBomb: [
    "{file} 中合并单元格的范围过大（至少 17179869184 个单元格，上限 500000），多为整行或整列合并。请取消这些合并后再试。",
    "{file} has merged areas too large to read (at least 17179869184 cells, limit 500000), usually whole rows or columns merged. Unmerge them and try again.",
  ],
  farCell: [
    "{file} 中工作表「项目绩效目标表」的使用区域过大（1048576 行 × 16384 列，上限 2000000 个单元格），多因远处的单元格（如 XFD1048576）有内容或格式。请删除多余的行列后再试。",
    '{file}: the used area of sheet "项目绩效目标表" is too large (1048576 rows × 16384 columns, limit 2000000 cells), usually because a far-away cell (e.g. XFD1048576) has content or formatting. Delete the extra rows and columns and try again.',
  ],
  noTable: [
    "工作表「说明」中找不到绩效指标表：需要一行表头至少包含「三级指标」和「指标值」。请检查表头文字，或指定绩效指标表所在的工作表。",
    'No indicator table found on sheet "说明": a header row needs at least 三级指标 and 指标值. Check the header text, or choose the sheet that holds the indicator table.',
  ],
  folder: ["{file} 是文件夹，不是 .xlsx 文件。请指定工作簿文件。", "{file} is a folder, not an .xlsx file. Name a workbook file."],
  missing: ["找不到文件：{file}。请检查路径和文件名。", "File not found: {file}. Check the path and name."],
};
const bad = (m, extra = {}) => ({ exit: 2, "zh-CN": m[0], en: m[1], ...extra });
const fine = (exit, note) => ({ exit, "zh-CN": null, en: null, note });

const base = await baseEntries();
const valid = await repack(base);

add("empty.xlsx", Buffer.alloc(0), bad(msg.empty));
add("truncated.xlsx", valid.subarray(0, Math.floor(valid.length / 2)), bad(msg.truncated));
add("zip-without-workbook.xlsx", await repack([["readme.txt", Buffer.from("这不是工作簿 / not a workbook\n")], ["data/notes.xml", Buffer.from("<notes/>")]]), bad(msg.noWorkbook));
add("sheet-part-missing.xlsx", await repack(drop(base, "xl/worksheets/sheet1.xml")), bad(msg.missingSheet));
add("old-excel.xls", cfb(Buffer.from("Workbook\u0000".repeat(8), "utf16le")), bad(msg.xls));
add("encrypted.xlsx", cfb(Buffer.concat([Buffer.from("EncryptionInfo", "utf16le"), Buffer.alloc(64), Buffer.from("EncryptedPackage", "utf16le")])), bad(msg.encrypted));
add("csv-renamed.xlsx", Buffer.from("一级指标,二级指标,三级指标,指标值\n产出指标,数量指标,编撰报告期数,12\n", "utf8"), bad(msg.csv));
add("random-bytes.xlsx", Buffer.from(Array.from({ length: 256 }, (_, i) => (i * 131 + 7) % 251)), bad(msg.unknown));

// The sharedStrings part's directory entry declares 64 MiB (a real one would not be a small
// fixture): the XML limit is checked on the central directory, before anything is inflated.
{
  const e = base.map(([n, d]) => [n, d]);
  put(e, "xl/sharedStrings.xml", Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>x</t></si></sst>'));
  add("huge-shared-strings.xlsx", lieAboutSize(await repack(e), "xl/sharedStrings.xml", 64 * 1024 * 1024), bad(msg.hugeXml));
}

// A zip bomb: 16 MiB of spaces inside a valid sharedStrings part, ~1000 : 1.
{
  const e = base.map(([n, d]) => [n, d]);
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>x</t></si>';
  const body = Buffer.concat([Buffer.from(head), Buffer.alloc(16 * 1024 * 1024, 0x20), Buffer.from("</sst>")]);
  put(e, "xl/sharedStrings.xml", body);
  const bytes = await repack(e);
  const zip = await JSZip.loadAsync(bytes);
  const d = zip.files["xl/sharedStrings.xml"]._data;
  const ratio = Math.floor(d.uncompressedSize / d.compressedSize);
  const m = msg.bomb.map((s) => s.replace("{ratio}", String(ratio)));
  add("zip-bomb.xlsx", bytes, bad(m));
}

// A part whose directory entry says 100 bytes but which inflates to more: stopped at 100.
add("size-lie.xlsx", lieAboutSize(valid, "xl/worksheets/sheet1.xml", 100), bad(msg.lying));

// exceljs creates every cell of a merged area: A1:XFD1048576 would never finish.
{
  const e = base.map(([n, d]) => [n, d]);
  const xml = text(e, "xl/worksheets/sheet1.xml").replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>');
  put(e, "xl/worksheets/sheet1.xml", Buffer.from(xml));
  add("merge-bomb.xlsx", await repack(e), bad(msg.mergeBomb));
}

// One value in the last cell of the sheet: the used area is the whole sheet.
{
  const e = base.map(([n, d]) => [n, d]);
  const xml = text(e, "xl/worksheets/sheet1.xml").replace("</sheetData>", '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>');
  put(e, "xl/worksheets/sheet1.xml", Buffer.from(xml));
  add("far-cell.xlsx", await repack(e), bad(msg.farCell));
}

// A workbook with no indicator table: unusable for Validate (exit 2, the table-not-found message).
{
  const wb = new ExcelJS.Workbook();
  wb.created = DATE;
  wb.modified = DATE;
  const ws = wb.addWorksheet("说明");
  ws.addRow(["本工作簿只有说明文字。"]);
  add("no-table.xlsx", await repack(await entriesOf(await wb.xlsx.writeBuffer())), bad(msg.noTable));
}

// ---- files that must READ FINE -------------------------------------------------------------------

// .xlsm: a vbaProject.bin part, its relationship and the macro-enabled content type. Validate reads
// it; `jixiao score --out x.xlsm` keeps vbaProject.bin byte for byte (nothing-lost.test.ts).
const VBA_PROJECT = cfb(Buffer.concat([Buffer.from("VBA\u0000PROJECT\u0000", "utf16le"), Buffer.from('Attribute VB_Name = "Module1"\r\nSub AutoOpen()\r\n  MsgBox "宏 / macro"\r\nEnd Sub\r\n', "latin1"), Buffer.from(Array.from({ length: 200 }, (_, i) => (i * 37) % 256))]));
{
  const e = base.map(([n, d]) => [n, d]);
  let ct = text(e, "[Content_Types].xml");
  ct = ct
    .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
    .replace("<Default ", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default ');
  put(e, "[Content_Types].xml", Buffer.from(ct));
  const rels = text(e, "xl/_rels/workbook.xml.rels").replace("</Relationships>", '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>');
  put(e, "xl/_rels/workbook.xml.rels", Buffer.from(rels));
  put(e, "xl/vbaProject.bin", VBA_PROJECT);
  add("macros.xlsm", await repack(e), fine(0, "reads fine; score --out keeps xl/vbaProject.bin byte-identical"));
}

// Data validations over whole columns and a defined name over the whole sheet: exceljs would expand
// both cell by cell (minutes); they are left out of the copy it reads, so this reads at once.
{
  const e = base.map(([n, d]) => [n, d]);
  const sheet = text(e, "xl/worksheets/sheet1.xml").replace(
    /(<\/sheetData>(?:<mergeCells[\s\S]*?<\/mergeCells>)?)/,
    '$1<dataValidations count="2"><dataValidation type="list" allowBlank="1" sqref="D2:D1048576"><formula1>"=,&gt;=,&lt;=,&gt;,&lt;,定性"</formula1></dataValidation><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"定量指标,定性指标"</formula1></dataValidation></dataValidations>',
  );
  put(e, "xl/worksheets/sheet1.xml", Buffer.from(sheet));
  const wbXml = text(e, "xl/workbook.xml").replace(/<\/sheets>/, '</sheets><definedNames><definedName name="全表">\'项目绩效目标表\'!$A$1:$XFD$1048576</definedName></definedNames>');
  put(e, "xl/workbook.xml", Buffer.from(wbXml));
  add("whole-sheet-validations.xlsx", await repack(e), fine(0, "reads fine and fast: whole-sheet data validations and defined names are not expanded"));
}

// ---- write -----------------------------------------------------------------------------------------

rmSync(DIR, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });
for (const [file, data] of files) writeFileSync(path.join(DIR, file), data);
// A folder named like a workbook, and a path that does not exist.
mkdirSync(path.join(DIR, "a-folder.xlsx"));
writeFileSync(path.join(DIR, "a-folder.xlsx", ".gitkeep"), "");
cases.push({ file: "a-folder.xlsx", ...bad(msg.folder) });
cases.push({ file: "does-not-exist.xlsx", ...bad(msg.missing) });

const doc = {
  about: "Broken and hostile files for `jixiao validate`; made by scripts/make-bad-fixtures.mjs. {file} is the path as typed. exit 2 files must print exactly this one line on stderr; null messages mean the file must read fine (exit 0 or 1).",
  cases,
};
writeFileSync(path.join(DIR, "expected.json"), JSON.stringify(doc, null, 2) + "\n");
let total = 0;
for (const data of files.values()) total += data.length;
console.log(`wrote ${files.size} files (${total} bytes) and expected.json (${cases.length} cases) to ${path.relative(process.cwd(), DIR)}`);
