/**
 * The review summary (DESIGN §11) of the officer's folder (review-folder.ts: good, malformed,
 * broken, .xls, a published 自评表, no table), written by `jixiao review --summary` and read back
 * cell by cell with SheetJS — and, from the package's own parts, what SheetJS does not show: the
 * frozen header, the autofilter, A4 landscape fit to one page wide, the 结论 colours.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import JSZip from "jszip";
import { collectingOutput } from "../../src/cli/batch";
import { reviewCommand } from "../../src/cli/review-command";
import { makeReviewFolder } from "./review-folder";

let dir: string;
let summary: string;
let book: XLSX.WorkBook;
let zip: JSZip;
let records: { file: string; issues?: { message: string; severity: string; code: string; row: number; column: string }[]; error?: string }[];

beforeAll(async () => {
  dir = await makeReviewFolder();
  summary = path.join(dir, "汇总.xlsx");
  const out = collectingOutput();
  const when = new Date(2026, 11, 3, 9, 30);
  expect(await reviewCommand([dir], { lang: "zh-CN", json: true, summary }, out, { workerFile: path.join(dir, "no-worker.js"), now: () => when })).toBe(1);
  records = out.lines.filter(([s]) => s === "stdout").map(([, l]) => JSON.parse(l));
  const bytes = await fs.readFile(summary);
  book = XLSX.read(bytes, { type: "buffer", cellStyles: true }); // cellStyles: column widths too
  zip = await JSZip.loadAsync(bytes);
}, 120_000);

/** A sheet as rows of values (null for an empty cell), exactly as Excel would show them. */
const rowsOf = (name: string) => XLSX.utils.sheet_to_json<(string | number | null)[]>(book.Sheets[name], { header: 1, defval: null, blankrows: true });
/** 文件 in the summary: under the folder's own name, not the absolute path. */
const f = (name: string) => path.join(path.basename(dir), name);
const messages = (k: number) => (records[k].issues ?? []).map((i) => i.message);

it("has the three sheets, 汇总 first", () => {
  expect(book.SheetNames).toEqual(["汇总", "问题清单", "说明"]);
});

it("汇总: one row per file in the order walked, with its figures and 结论", () => {
  const rows = rowsOf("汇总");
  expect(rows[0]).toEqual(["文件", "单位", "项目名称", "指标数", "错误", "警告", "分值合计", "得分", "等级", "结论", "主要问题"]);
  // Each message after the cell it is about (the messages name none): `2. I8：…`; a whole-table one alone.
  const placed = (i: { code: string; row: number; column: string; message: string }) => (i.code.includes("weight") ? i.message : `${i.column}${i.row}：${i.message}`);
  const main = (k: number, order: number[], more: number) =>
    [...order.map((i, n) => `${n + 1}. ${placed(records[k].issues![i])}`), ...(more ? [`（另有 ${more} 条，见问题清单）`] : [])].join("\n");
  // The seed's issues: weight-profile ×2, content-duplicate, target-suspicious ×2 (all warnings,
  // review ones first): three shown, 2 more.
  expect(rows[1]).toEqual([f("a-seed.xlsx"), null, null, 11, 0, 5, 100, 100, "优", "需修改", main(0, [0, 1, 2], 2)]);
  // The table of mistakes: 16 errors first (weight-total on row 5, then operator-invalid I8,
  // target-missing K9), 21 problems in all (its two [info] notes are not problems): 18 more.
  const broken = records[1].issues!;
  expect(broken.map((i) => i.code).slice(0, 5)).toEqual(["log-sheet-not-found", "review-weight-profile", "weight-total", "operator-invalid", "target-missing"]);
  expect(rows[2]).toEqual([f("b-broken.xlsx"), null, null, 17, 16, 5, 121, null, null, "需修改", main(1, [2, 3, 4], 18)]);
  // The 自评表 as .xls: its title block's 主管部门, 项目名称, and its score 98.67 优.
  expect(rows[3].slice(0, 10)).toEqual([f("c-self.xls"), "中国共产党昆明市呈贡区委员会宣传部", "区委网信办经费", 11, 0, 4, 90, 98.67, "优", "需修改"]);
  expect(rows[4].slice(0, 10)).toEqual([f("d-putuo.xlsx"), "上海市普陀区体育局", "普陀体育中心与委托运营方结算费用", 5, 0, 4, 90, 98.62, "优", "通过"]);
  expect(rows[5]).toEqual([f("e-no-table.xlsx"), null, null, null, null, null, null, null, null, "无法读取", records[4].error]);
  expect(rows[6]).toEqual([
    f("g-truncated.xlsx"),
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    "无法读取",
    `${path.join(dir, "g-truncated.xlsx")} 已损坏（zip 结构不完整，可能在下载或复制时被截断）。请重新获取文件，或在 Excel 中打开后重新保存。`,
  ]);
  expect(rows).toHaveLength(7);
});

it("问题清单: one row per issue — every issue of every file, and the reason of a file that cannot be read", () => {
  const rows = rowsOf("问题清单");
  expect(rows[0]).toEqual(["文件", "工作表", "单元格", "代码", "级别", "说明"]);
  // 5 (seed) + 23 (mistakes) + 5 (自评表) + 5 (普陀) + 1 (no table) + 1 (truncated) rows.
  expect(rows).toHaveLength(1 + 5 + 23 + 5 + 5 + 1 + 1);
  expect(rows[1]).toEqual([f("a-seed.xlsx"), "项目绩效目标表", "C5", "review-weight-profile", "警告", messages(0)[0]]);
  // An issue about the whole row or table has no column: its row alone.
  expect(rows[6]).toEqual([f("b-broken.xlsx"), "项目绩效目标表", "第 1 行", "log-sheet-not-found", "提示", messages(1)[0]]);
  expect(rows[9]).toEqual([f("b-broken.xlsx"), "项目绩效目标表", "I8", "operator-invalid", "错误", messages(1)[3]]);
  expect(rows[39]).toEqual([f("e-no-table.xlsx"), "说明", "第 1 行", "table-not-found", "错误", records[4].error]);
  expect(rows[40]).toEqual([f("g-truncated.xlsx"), null, null, null, "错误", records[5].error]);
});

it("说明: the date, the profile, the counts, the review checks and their sources", () => {
  const rows = rowsOf("说明");
  expect(rows[0][0]).toBe("项目绩效目标表审核汇总 说明");
  expect(rows.slice(2, 5)).toEqual([
    ["审核日期", "2026-12-03 09:30", null],
    ["评分方案", "default：默认（财政部项目支出绩效自评）；审核权重：产出 50、效益 30、满意度 10、预算执行 10", null],
    ["文件数", "6 个：通过 1，需修改 3，无法读取 2", null],
  ]);
  const header = rows.findIndex((r) => r[0] === "审核检查");
  expect(rows[header]).toEqual(["审核检查", "检查内容", "依据"]);
  expect(rows.slice(header + 1).map((r) => r[0])).toEqual([
    "review-too-few",
    "review-category-missing",
    "review-input-as-output",
    "review-qualitative-share",
    "review-cost-standard",
    "review-weight-profile",
  ]);
  expect(rows[header + 3][2]).toBe("财预〔2021〕101号；审核规则“财力、人力和物力等投入数量不能作为绩效目标”");
});

describe("what a finance officer works with", () => {
  const part = (name: string) => zip.file(name)!.async("string");

  it("汇总 and 问题清单 have the header frozen and an autofilter over the table", async () => {
    const summarySheet = await part("xl/worksheets/sheet1.xml");
    expect(summarySheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(summarySheet).toContain('<autoFilter ref="A1:K7"/>');
    expect(await part("xl/worksheets/sheet2.xml")).toContain('<autoFilter ref="A1:F41"/>');
    expect(book.Sheets["汇总"]["!autofilter"]).toEqual({ ref: "A1:K7" });
    const workbook = await part("xl/workbook.xml");
    expect(workbook).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'汇总'!$A$1:$K$7</definedName>`);
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'汇总'!$1:$1</definedName>`);
  });

  it("prints on A4 landscape, one page wide", async () => {
    for (const n of [1, 2, 3]) {
      const xml = await part(`xl/worksheets/sheet${n}.xml`);
      expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
      expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    }
  });

  it("has column widths that fit, within bounds: counts narrow, 主要问题 wide", () => {
    const widths = book.Sheets["汇总"]["!cols"]!.map((c) => c.width);
    // 指标数: the header's 3 characters are 6 wide, +2 → 8; 错误 / 警告 at their minimum 6.
    expect(widths[3]).toBe(8);
    expect(widths[4]).toBe(6);
    // 主要问题 holds lines of ~70 characters: at its bound, 56.
    expect(widths[10]).toBe(56);
    // 单位: 中国共产党昆明市呈贡区委员会宣传部 is 17 characters (34 wide), over its bound 24.
    expect(widths[1]).toBe(24);
  });

  it("colours 结论: 通过 green, 需修改 red, 无法读取 grey", async () => {
    const styles = await part("xl/styles.xml");
    const fills = [...styles.matchAll(/<fill>(.*?)<\/fill>/g)].map((m) => /fgColor rgb="FF(\w{6})"/.exec(m[1])?.[1] ?? null);
    const xfs = [...styles.split("<cellXfs")[1].matchAll(/<xf [^>]*fillId="(\d+)"/g)].map((m) => Number(m[1]));
    const sheet = await part("xl/worksheets/sheet1.xml");
    const fillOf = (ref: string) => fills[xfs[Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(sheet)![1])]];
    expect([fillOf("J2"), fillOf("J5"), fillOf("J6")]).toEqual(["FFC7CE", "C6EFCE", "E7E6E6"]);
  });

  it("makes rows tall enough for the wrapped 主要问题", async () => {
    const sheet = await part("xl/worksheets/sheet1.xml");
    const height = (r: number) => Number(new RegExp(`<row r="${r}" ht="([\\d.]+)"`).exec(sheet)![1]);
    // The seed's four lines of problems need more room than the header's one line.
    expect(height(2)).toBeGreaterThan(4 * 14.5);
    expect(height(1)).toBeLessThan(2 * 14.5 + 4);
  });
});
