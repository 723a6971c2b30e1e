/**
 * The web page's host, in Node (the browser code paths it uses run here too: Uint8Array, SheetJS,
 * applyPlan; with no Worker in Node the engine runs in place, and the worker's protocol is
 * tested over a fake Worker below): Validate flags without touching the bytes, Score patches the bytes so the
 * downloaded workbook carries the scores, Clear takes them out again, broken files explain
 * themselves.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { runClear, runScore, runValidate } from "../app/controller";
import { StaleWorkbookError } from "../app/port";
import { pageLanguage } from "./language";
import { MAX_FILE_BYTES, WorkbookFileError } from "./open-file";
import { createWebHost, openWorkbookFile, scoredFileName } from "./web-host";
import * as XLSX from "@e965/xlsx";
import type { HostPort } from "../app/port";
import { readWorkbookBytes } from "../xlsx/read";
import { inThreadEngine, workerEngine } from "./worker/client";
import { answer } from "./worker/dispatch";
import type { WorkerRequest, WorkerResponse } from "./worker/protocol";

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
    // The downloaded bytes, read back as the CLI would read them.
    const back = readWorkbookBytes(host.bytes());
    const ws = back.sheets.find((g) => g.sheet === "项目绩效目标表")!;
    expect(String(ws.values[7][16])).toMatch(/得分：12$/);
    expect([...ws.values[3], ...ws.values[4]]).toContain("实际完成值");
    expect(back.sheets.map((g) => g.sheet)).toContain("绩效自评表");
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

describe("the page's view of the sheets", () => {
  it("carries the column widths the file sets (<cols>), in Excel's character units", async () => {
    const host = await createWebHost(SAMPLE, "sample.xlsx", { lang: "zh-CN", storage: null });
    const [target, log] = host.view().sheets;
    // assets/sample.xlsx: <col min="1" max="2" width="2.5"/><col min="3" max="4" width="5.5"/>…
    expect(target.columnWidths.slice(0, 6)).toEqual([2.5, 2.5, 5.5, 5.5, 6.5, 6.5]);
    // <col min="15" max="16" width="5"/> then none for Q–R (0-based 16, 17), then width 10.
    expect(target.columnWidths.slice(14, 19)).toEqual([5, 5, undefined, undefined, 10]);
    expect(log.columnWidths.slice(0, 4)).toEqual([12, 46, 10, 44]);
  });
});

/**
 * A Worker in this thread: each message goes to the engine as workbook.worker.ts hands it over
 * (structured clone included, as postMessage does), so the client's protocol is the real one.
 */
class EngineWorker {
  onmessage: ((e: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  requests: WorkerRequest[] = [];
  terminated = false;
  postMessage(req: WorkerRequest): void {
    this.requests.push(req);
    const send = (m: WorkerResponse) => setTimeout(() => this.onmessage?.({ data: structuredClone(m) } as MessageEvent<WorkerResponse>));
    void answer(structuredClone(req), send);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe("the workbook worker's client", () => {
  it("opens, scores and refuses stale plans through the worker's messages, as in place", async () => {
    const worker = new EngineWorker();
    const engine = workerEngine(() => worker as unknown as Worker);
    const host = await createWebHost(SAMPLE, "sample.xlsx", { lang: "zh-CN", storage: null, engine });
    const inPlace = await createWebHost(SAMPLE, "sample.xlsx", { lang: "zh-CN", storage: null, engine: inThreadEngine() });
    expect(host.view().sheets).toEqual(inPlace.view().sheets);
    const progress: string[] = [];
    const report = await runScore(host);
    await runScore(inPlace);
    expect(report.score.total).toBe(100);
    expect(host.bytes()).toEqual(inPlace.bytes());
    // Score is one trip: the worker scores the sheets it read at open and writes the plan.
    expect(worker.requests.map((r) => r.op)).toEqual(["open", "core"]);
    const stale = { sheets: [{ sheet: "项目绩效目标表", create: false, writes: [{ row: 0, col: 0, value: "x" }], expect: [{ row: 7, col: 16, value: "not what is there" }] }] };
    const before = host.bytes();
    const err = await host.applyPlan(stale, (d, t) => progress.push(`${d}/${t}`)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StaleWorkbookError);
    expect(err).toMatchObject({ sheet: "项目绩效目标表", address: "Q8" });
    expect(host.bytes()).toBe(before);
    expect(progress).toEqual(["0/2"]);
  });

  it("rebuilds a file the worker could not read as the same WorkbookFileError", async () => {
    const engine = workerEngine(() => new EngineWorker() as unknown as Worker);
    const err = await createWebHost(SAMPLE.slice(0, 4000), "t.xlsx", { lang: "zh-CN", storage: null, engine }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookFileError);
    expect((err as WorkbookFileError).problem).toBe("damaged");
    expect((err as WorkbookFileError).text("zh-CN")).toMatch(/^「t.xlsx」已损坏或不完整/);
  });

  it("works in place when the worker cannot start (a policy forbids it, its chunk fails)", async () => {
    const refused = workerEngine(() => {
      throw new DOMException("blocked", "SecurityError");
    });
    expect(await (await createWebHost(SAMPLE, "a.xlsx", { storage: null, engine: refused })).listSheets()).toEqual(["项目绩效目标表", "完成情况台账"]);
    const dead = { onmessage: null, onerror: null as ((e: ErrorEvent) => void) | null, terminated: false, postMessage() {
      setTimeout(() => this.onerror?.({ message: "404", preventDefault: () => undefined } as unknown as ErrorEvent));
    }, terminate() {
      this.terminated = true;
    } };
    let spawned = 0;
    const failing = workerEngine(() => (spawned++, dead as unknown as Worker));
    const host = await createWebHost(SAMPLE, "b.xlsx", { storage: null, engine: failing });
    expect(await host.listSheets()).toEqual(["项目绩效目标表", "完成情况台账"]);
    expect(dead.terminated).toBe(true);
    expect((await runScore(host)).score.total).toBe(100);
    expect(spawned).toBe(1); // not started again: this thread does the work from now on
  });
});

/** The port as the pane wraps it (src/ui/use-pane.ts paneHost): only the methods it knows, no runCore. */
function wrapped(host: HostPort): HostPort {
  return {
    listSheets: () => host.listSheets(),
    readWorkbook: (sheets, onProgress) => host.readWorkbook(sheets, onProgress),
    applyPlan: (plan, onProgress) => host.applyPlan(plan, onProgress),
    flagIssues: (issues) => host.flagIssues(issues),
    clearFlags: () => host.clearFlags(),
    selectCell: (sheet, address) => host.selectCell(sheet, address),
    loadSettings: () => host.loadSettings(),
    saveSettings: (choice) => host.saveSettings(choice),
    language: () => "en",
  };
}

describe("the core in the worker (runCore)", () => {
  it("validates and scores in the worker through a wrapper of the port, as the core does on the page's grids", async () => {
    const worker = new EngineWorker();
    const host = await createWebHost(SAMPLE, "sample.xlsx", { lang: "zh-CN", storage: null, engine: workerEngine(() => worker as unknown as Worker) });
    // The report the core makes on the page's grids, without any runCore (a port that has none).
    const plain = await createWebHost(SAMPLE, "sample.xlsx", { lang: "zh-CN", storage: null, engine: inThreadEngine() });
    const grids = await plain.readWorkbook();
    const { validateWorkbook, scoreWorkbook } = await import("../core");
    const progress: string[] = [];
    const validated = await runValidate(wrapped(host), {}, (d, t) => progress.push(`${d}/${t}`));
    expect(validated).toEqual(validateWorkbook(grids, { lang: "en" }));
    expect(progress).toEqual(["0/2", "1/2", "2/2"]);
    expect([...(host.view().flags.get("项目绩效目标表")?.keys() ?? [])]).toEqual(expect.arrayContaining(["S10", "K20", "K22"]));
    const scored = await runScore(wrapped(host), { profile: "default" });
    expect(scored).toEqual(scoreWorkbook(grids, { lang: "en" }));
    expect(worker.requests.map((r) => r.op)).toEqual(["open", "core", "core"]);
    expect(host.view()).toMatchObject({ changed: true, unsaved: true });
    expect(await host.listSheets()).toContain("绩效自评表");
    // Scoring again runs on the sheets the worker kept after the first Score: the line is replaced.
    await runScore(wrapped(host));
    const grid = (await host.readWorkbook(["项目绩效目标表"])).sheets[0];
    expect(String(grid.values[7][16]).match(/得分：/g)).toHaveLength(1);
  });

  it("brings a sheet the core cannot use back as the core's InputError, in the pane's language", async () => {
    const host = await createWebHost(SAMPLE, "sample.xlsx", { lang: "zh-CN", storage: null, engine: workerEngine(() => new EngineWorker() as unknown as Worker) });
    const err = await runValidate(wrapped(host), { targetSheet: "没有这张表" }).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: "InputError" });
    expect((err as { messageEn: string }).messageEn).toMatch(/没有这张表/);
  });

  it("reads an Excel 97–2003 .xls for its report; Score's plan is not written and a write plan is refused with the way forward", async () => {
    const wb = XLSX.read(SAMPLE, { type: "array" });
    const xls = new Uint8Array(XLSX.write(wb, { type: "array", bookType: "biff8" }) as ArrayBuffer);
    const host = await createWebHost(xls, "old.xls", { lang: "zh-CN", storage: null });
    expect(host.readOnly).toBe(true);
    const report = await runScore(host);
    // The seed's workbook scores 100 (its log completes every indicator), as the .xlsx does.
    expect(report.score.total).toBe(100);
    expect(host.view().changed).toBe(false);
    expect(host.bytes()).toEqual(xls);
    const plan = { sheets: [{ sheet: "项目绩效目标表", create: false, writes: [{ row: 0, col: 0, value: "x" }] }] };
    await expect(host.applyPlan(plan)).rejects.toThrow(/另存为 \.xlsx/);
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
