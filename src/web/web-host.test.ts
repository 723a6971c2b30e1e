/**
 * The web page's host, in Node (the browser code paths it uses run here too: Uint8Array, jszip,
 * exceljs, applyPlan): Validate flags without touching the bytes, Score patches the bytes so the
 * downloaded workbook carries the scores, Clear takes them out again, broken files explain
 * themselves.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { runClear, runScore, runValidate } from "../app/controller";
import { StaleWorkbookError } from "../app/port";
import { pageLanguage } from "./language";
import { MAX_FILE_BYTES, WorkbookFileError } from "./open-file";
import { createWebHost, openWorkbookFile, scoredFileName } from "./web-host";

const SAMPLE = new Uint8Array(readFileSync(path.join(__dirname, "../../assets/sample.xlsx")));

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
}

async function openProblem(bytes: Uint8Array, name: string): Promise<WorkbookFileError> {
  try {
    await createWebHost(bytes, name, { lang: "zh-CN", storage: null });
  } catch (err) {
    if (err instanceof WorkbookFileError) return err;
    throw err;
  }
  throw new Error(`${name} opened`);
}

describe("createWebHost", () => {
  it("validates: flags the seed's warnings at their cells and leaves the bytes alone", async () => {
    const host = await createWebHost(SAMPLE, "sample.xlsx", { lang: "zh-CN", storage: null });
    expect(await host.listSheets()).toEqual(["项目绩效目标表", "完成情况台账"]);
    const report = await runValidate(host);
    expect(report.issues.map((i) => `${i.code} ${i.column}${i.row}`)).toEqual(
      expect.arrayContaining(["content-duplicate S10", "target-suspicious K20", "target-suspicious K22"]),
    );
    const flags = host.view().flags.get("项目绩效目标表");
    expect([...(flags?.keys() ?? [])]).toEqual(expect.arrayContaining(["S10", "K20", "K22"]));
    expect(host.bytes()).toEqual(SAMPLE);
    expect(host.view().changed).toBe(false);
    await host.clearFlags();
    expect(host.view().flags.size).toBe(0);
  });

  it("scores: the bytes carry the actual values, the 得分 lines and the 绩效自评表", async () => {
    const host = await createWebHost(SAMPLE, "sample.xlsx", { lang: "zh-CN", storage: null });
    const report = await runScore(host);
    expect(report.score.total).toBe(100);
    expect(host.view().changed).toBe(true);
    expect(await host.listSheets()).toContain("绩效自评表");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(host.bytes().slice().buffer as ArrayBuffer);
    const ws = wb.getWorksheet("项目绩效目标表")!;
    expect(String(ws.getCell("Q8").value)).toMatch(/得分：12$/);
    const header: string[] = [];
    ws.getRow(5).eachCell((c) => header.push(String(c.value)));
    ws.getRow(4).eachCell((c) => header.push(String(c.value)));
    expect(header).toContain("实际完成值");
    expect(wb.getWorksheet("绩效自评表")).toBeDefined();
    // The rest of the package is kept: the log sheet's part is byte for byte the same.
    const before = await JSZip.loadAsync(SAMPLE);
    const after = await JSZip.loadAsync(host.bytes());
    expect(await after.file("xl/worksheets/sheet2.xml")!.async("string")).toBe(await before.file("xl/worksheets/sheet2.xml")!.async("string"));

    // Scoring again replaces the line; Clear removes it.
    await runScore(host);
    const grid = (await host.readWorkbook(["项目绩效目标表"])).sheets[0];
    expect(String(grid.values[7][16]).match(/得分：/g)).toHaveLength(1);
    await runClear(host);
    const cleared = (await host.readWorkbook(["项目绩效目标表"])).sheets[0];
    expect(String(cleared.values[7][16])).not.toMatch(/得分：/);
  });

  it("is unsaved from a write plan (Score, Clear) until the bytes are downloaded", async () => {
    const host = await createWebHost(SAMPLE, "sample.xlsx", { lang: "zh-CN", storage: null });
    const seen: boolean[] = [];
    host.subscribe(() => seen.push(host.view().unsaved));
    expect(host.view().unsaved).toBe(false);
    await runValidate(host); // flags only: nothing written
    expect(host.view().unsaved).toBe(false);
    await runScore(host);
    expect(host.view()).toMatchObject({ changed: true, unsaved: true });
    host.markSaved();
    expect(host.view()).toMatchObject({ changed: true, unsaved: false });
    await runClear(host); // takes the 得分 lines out: the bytes changed again
    expect(host.view().unsaved).toBe(true);
    host.markSaved();
    host.markSaved(); // already saved: no change to publish
    const states = [false, ...seen].filter((u, i, all) => i === 0 || u !== all[i - 1]);
    expect(states).toEqual([false, true, false, true, false]);
  });

  it("refuses a file over the size limit before reading its bytes", async () => {
    const read = jest.fn(async () => new ArrayBuffer(0));
    const err = await openWorkbookFile({ name: "huge.xlsx", size: MAX_FILE_BYTES + 1, arrayBuffer: read }, { storage: null }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookFileError);
    expect((err as WorkbookFileError).problem).toBe("too-large");
    expect((err as WorkbookFileError).text("zh-CN")).toMatch(/^「huge.xlsx」太大（50 MB，上限 50 MB）/);
    expect(read).not.toHaveBeenCalled();
    const host = await openWorkbookFile({ name: "s.xlsx", size: SAMPLE.length, arrayBuffer: async () => SAMPLE.slice().buffer }, { storage: null });
    expect(await host.listSheets()).toContain("项目绩效目标表");
  });

  it("refuses a plan computed from cells that have changed since", async () => {
    const host = await createWebHost(SAMPLE, "sample.xlsx", { lang: "zh-CN", storage: null });
    const plan = { sheets: [{ sheet: "项目绩效目标表", create: false, writes: [{ row: 0, col: 0, value: "x" }], expect: [{ row: 7, col: 16, value: "not what is there" }] }] };
    await expect(host.applyPlan(plan)).rejects.toBeInstanceOf(StaleWorkbookError);
    expect(host.bytes()).toEqual(SAMPLE);
  });

  it("selects cells and remembers sheet choices per file", async () => {
    const storage = memoryStorage();
    const host = await createWebHost(SAMPLE, "a.xlsx", { lang: "en", storage });
    await host.selectCell("项目绩效目标表", "K20");
    expect(host.view().selection).toMatchObject({ sheet: "项目绩效目标表", address: "K20" });
    await expect(host.selectCell("nope", "A1")).rejects.toThrow(/no sheet/);
    await host.saveSettings({ targetSheet: "项目绩效目标表" });
    const again = await createWebHost(SAMPLE, "a.xlsx", { lang: "en", storage });
    expect(await again.loadSettings()).toEqual({ targetSheet: "项目绩效目标表" });
    const other = await createWebHost(SAMPLE, "b.xlsx", { lang: "en", storage });
    expect(await other.loadSettings()).toEqual({});
    storage.setItem("jixiao:web:sheets:c.xlsx", "{not json");
    expect(await (await createWebHost(SAMPLE, "c.xlsx", { storage })).loadSettings()).toEqual({});
    expect(again.language()).toBe("en");
  });

  it("explains broken files", async () => {
    const csv = new TextEncoder().encode("三级指标,指标值\n编撰期数,12\n");
    expect((await openProblem(csv, "x.xlsx")).problem).toBe("csv");
    expect((await openProblem(SAMPLE.slice(0, 4000), "t.xlsx")).problem).toBe("damaged");
    expect((await openProblem(new Uint8Array(0), "e.xlsx")).problem).toBe("empty");
    const cfb = new Uint8Array(512);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await openProblem(cfb, "old.xls")).problem).toBe("xls");
    const enc = new Uint8Array(1024);
    enc.set(cfb.subarray(0, 8));
    enc.set(new Uint8Array(Buffer.from("EncryptionInfo", "utf16le")), 600);
    const encrypted = await openProblem(enc, "locked.xlsx");
    expect(encrypted.problem).toBe("encrypted");
    expect(encrypted.text("zh-CN")).toMatch(/密码/);
    expect(encrypted.text("en")).toMatch(/password/);
    const docx = new JSZip();
    docx.file("word/document.xml", "<w:document/>");
    expect((await openProblem(await docx.generateAsync({ type: "uint8array" }), "d.xlsx")).problem).toBe("not-workbook");
    expect((await openProblem(new TextEncoder().encode("<html><body>x</body></html>"), "page.xlsx")).problem).toBe("html");
  });
});

describe("scoredFileName", () => {
  it.each([
    ["sample.xlsx", "sample-评分.xlsx"],
    ["呈贡区 2022.XLSX", "呈贡区 2022-评分.xlsx"],
    ["macro.xlsm", "macro-评分.xlsm"],
    ["sample-评分.xlsx", "sample-评分.xlsx"],
    ["noext", "noext-评分.xlsx"],
  ])("%s → %s", (name, out) => expect(scoredFileName(name)).toBe(out));
});

describe("pageLanguage", () => {
  it.each([
    ["", "en-US", "en"],
    ["", "zh-CN", "zh-CN"],
    ["", "fr-FR", "zh-CN"],
    ["", undefined, "zh-CN"],
    ["?lang=en", "zh-CN", "en"],
    ["?lang=zh-CN", "en-GB", "zh-CN"],
    ["?lang=xx", "en-GB", "en"],
  ] as const)("%s with %s → %s", (search, nav, lang) => expect(pageLanguage(search, nav)).toBe(lang));
});
