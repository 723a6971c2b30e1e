/**
 * End to end: the standalone page (DESIGN §8) in a real browser — Debian's chromium driven by
 * playwright-core — served by `scripts/web.mjs` on a free localhost port, built first when
 * dist/web is missing or older than its sources. Every test also checks that the page made no
 * request beyond localhost (blob: and data: aside), raised no dialog, threw nothing and logged
 * no error (a Content-Security-Policy violation is logged as one).
 *
 * Skips, saying so, only when /usr/bin/chromium is missing (CI's .ci/run installs it).
 * Screenshots of each state go to docs/screenshots/.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import ExcelJS from "exceljs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { buildSeedWorkbook, SEED_NAMES, toBuffer } from "../fixtures/workbooks";

const CHROMIUM = "/usr/bin/chromium";
const REPO = path.resolve(__dirname, "../..");
const DIST = path.join(REPO, "dist", "web");
const STAMP = path.join(REPO, "dist", ".web-e2e-stamp");
const SHOTS = path.join(REPO, "docs", "screenshots");
const SAMPLE = path.join(REPO, "assets", "sample.xlsx");
const PAYLOAD = "<img src=x onerror=alert(1)>";
const SHEET_PAYLOAD = "<svg onload=alert(2)>";

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`web end-to-end tests skipped: ${CHROMIUM} is missing (apt-get install chromium fonts-noto-cjk)`);
const suite = haveChromium ? describe : describe.skip;

jest.setTimeout(120_000);

// ---- build and serve ---------------------------------------------------------------------------

/** Newest modification time of the files under `p` (a file or a folder). */
function newest(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(p)) max = Math.max(max, newest(path.join(p, name)));
  return max;
}

function pageIsStale(): boolean {
  if (!existsSync(path.join(DIST, "index.html")) || !existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  const inputs = ["src/web", "src/ui", "src/taskpane", "src/app", "src/core", "src/xlsx", "webpack.config.js", "package-lock.json", "tsconfig.json"];
  return inputs.some((p) => newest(path.join(REPO, p)) > built);
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: REPO, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} exited ${code}\n${out.slice(-4000)}`))));
  });
}

async function buildIfStale(): Promise<void> {
  if (!pageIsStale()) return;
  const started = Date.now();
  await run(process.execPath, [path.join(REPO, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--config-name", "web"]);
  writeFileSync(STAMP, new Date().toISOString());
  console.log(`web e2e: built dist/web in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** `node scripts/web.mjs --no-build` on a free port; resolves once it says where it serves. */
function startServer(): Promise<{ child: ChildProcess; origin: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO, "scripts/web.mjs"), "--no-build"], {
      cwd: REPO,
      env: { ...process.env, PORT: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${out}`)), 15_000);
    child.stdout!.on("data", (d) => {
      out += d;
      const m = /Serving (http:\/\/localhost:(\d+))\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, origin: m[1] });
      }
    });
    child.stderr!.on("data", (d) => (out += d));
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}):\n${out}`));
    });
  });
}

// ---- a page with its guards ---------------------------------------------------------------------

interface Guarded {
  page: Page;
  requests: string[];
  dialogs: string[];
  problems: string[];
}

let browser: Browser;
let server: ChildProcess | undefined;
let origin = "";
let contexts: BrowserContext[] = [];
let guarded: Guarded[] = [];
let tmp = "";

async function openPage(opts: { width?: number; height?: number; query?: string; locale?: string } = {}): Promise<Guarded> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 },
    locale: opts.locale ?? "zh-CN",
    acceptDownloads: true,
  });
  contexts.push(context);
  const page = await context.newPage();
  const g: Guarded = { page, requests: [], dialogs: [], problems: [] };
  page.on("request", (r) => g.requests.push(r.url()));
  page.on("dialog", (d) => {
    g.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on("pageerror", (e) => g.problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") g.problems.push(`console.${m.type()}: ${m.text()}`);
  });
  guarded.push(g);
  await page.goto(`${origin}/${opts.query ?? ""}`);
  return g;
}

/** Open a workbook through the page's file input (accept=".xlsx"). */
async function openWorkbook(page: Page, file: string | { name: string; buffer: Buffer }): Promise<void> {
  const input = page.locator('input[type="file"]');
  expect(await input.getAttribute("accept")).toBe(".xlsx");
  await input.setInputFiles(typeof file === "string" ? file : { name: file.name, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: file.buffer });
}

const button = (page: Page, name: string) => page.getByRole("button", { name, exact: true });

/** The pane's issue entry for a code at a cell (a button naming both). */
const issueEntry = (page: Page, code: string, cell: string) =>
  page.locator("main").getByRole("button").filter({ hasText: code }).filter({ hasText: new RegExp(`(^|[^A-Z0-9])${cell}([^0-9]|$)`) });

async function validate(page: Page, name = "校验"): Promise<void> {
  await button(page, name).click();
  // An issue's code in the report (the pane shows each in <code>): the report is in. Not any
  // hyphenated word: English text has some before the report arrives from the workbook worker.
  await page.locator("main code").filter({ hasText: /^[a-z]+(-[a-z]+)+$/ }).first().waitFor();
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(SHOTS, name), fullPage: true });
}

async function seriousViolations(page: Page, label: string): Promise<string[]> {
  // Tabster's focus sentinels (<i data-tabster-dummy aria-hidden tabindex=0>, which Fluent puts at
  // the page's edges to steer Tab) are focusable and aria-hidden by design: they hand focus on at
  // once and screen readers skip them. Everything else is checked.
  const result = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
  const all = result.violations.map((v) => `${v.impact} ${v.id} (${v.nodes.length}): ${v.help}`);
  if (all.length) console.log(`axe ${label}:\n  ${all.join("\n  ")}`);
  else console.log(`axe ${label}: no violations (${result.passes.length} rules passed)`);
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** A copy of the seed with hostile text in an indicator's name (both sheets) and a sheet name. */
async function hostileWorkbook(): Promise<Buffer> {
  const wb = buildSeedWorkbook({ log: "full" });
  for (const ws of wb.worksheets)
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === SEED_NAMES.weekly) cell.value = PAYLOAD;
      }),
    );
  wb.worksheets[1].name = SHEET_PAYLOAD;
  return toBuffer(wb);
}

// ---- the suite ----------------------------------------------------------------------------------

suite("the web page in chromium", () => {
  const started = Date.now();

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    tmp = mkdtempSync(path.join(os.tmpdir(), "jixiao-e2e-"));
    await buildIfStale();
    const s = await startServer();
    server = s.child;
    origin = s.origin;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
  }, 900_000);

  afterEach(async () => {
    const local = new RegExp(`^(${origin.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/|http://127\\.0\\.0\\.1:${new URL(origin).port}/|blob:|data:)`);
    const outside = guarded.flatMap((g) => g.requests.filter((u) => !local.test(u)));
    const dialogs = guarded.flatMap((g) => g.dialogs);
    const problems = guarded.flatMap((g) => g.problems);
    guarded = [];
    await Promise.all(contexts.map((c) => c.close()));
    contexts = [];
    expect(outside).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      server.kill("SIGTERM");
      const timer = setTimeout(() => server!.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    }
    console.log(`web e2e: suite took ${((Date.now() - started) / 1000).toFixed(1)} s (build included when it ran)`);
  });

  it("serves the page with a strict Content-Security-Policy and no office.js", async () => {
    const { page } = await openPage();
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'none'");
    expect(await page.locator("script[src]").evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src).filter((s) => /office/i.test(s)))).toEqual([]);
    expect(await page.evaluate(() => document.characterSet)).toBe("UTF-8");
    // One control to open a file, a visible Fluent button; the input it opens stays for outside tools.
    expect(await button(page, "打开工作簿（.xlsx）").isVisible()).toBe(true);
    expect(await page.locator('input[type="file"]').getAttribute("accept")).toBe(".xlsx");
    expect(await page.getByRole("button", { name: /打开工作簿/ }).count()).toBe(1);
  });

  it("校验 shows the seed's warnings at their cells and flags them in the grid", async () => {
    const { page } = await openPage();
    await openWorkbook(page, SAMPLE);
    await validate(page);
    for (const [code, cell] of [
      ["content-duplicate", "S10"],
      ["target-suspicious", "K20"],
      ["target-suspicious", "K22"],
    ]) {
      await expect(issueEntry(page, code, cell).count()).resolves.toBe(1);
      expect(await page.locator(`td[data-cell="${cell}"]`).getAttribute("data-severity")).toBe("warning");
    }
    // A flagged cell in the grid is a button showing its issues.
    await page.locator('td[data-cell="K20"] button').click();
    await page.getByTestId("cell-detail").getByText("target-suspicious").waitFor();
    // An issue in the pane selects its cell in the grid (the state the screenshot shows).
    await issueEntry(page, "content-duplicate", "S10").click();
    await page.getByTestId("cell-detail").getByText("content-duplicate").waitFor();
    expect(await page.locator('td[data-cell="S10"]').getAttribute("data-selected")).toBe("true");
    await shoot(page, "web-validate-1280.png");
    expect(await seriousViolations(page, "after 校验 (1280 px)")).toEqual([]);
  });

  it("评分 shows 总分 100, and 下载 gives the scored workbook", async () => {
    const { page } = await openPage();
    await openWorkbook(page, SAMPLE);
    await validate(page);
    await button(page, "评分").click();
    await page.getByText(/总分\s*100(?![\d.])/).first().waitFor();
    expect(await page.locator("body").innerText()).toMatch(/总分 100(?![\d.])/);
    await shoot(page, "web-score-1280.png");
    expect(await seriousViolations(page, "after 评分 (1280 px)")).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent("download"), button(page, "下载").click()]);
    expect(download.suggestedFilename()).toBe("sample-评分.xlsx");
    const file = path.join(tmp, "downloaded.xlsx");
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    // The 自评表, and Score's very hidden ownership record (DESIGN §5), which staff never see.
    expect(wb.worksheets.map((w) => w.name)).toEqual(["项目绩效目标表", "完成情况台账", "绩效自评表", "_jixiao_record"]);
    expect(wb.getWorksheet("_jixiao_record")!.state).toBe("veryHidden");
    const ws = wb.getWorksheet("项目绩效目标表")!;
    expect(String(ws.getCell("Q8").value)).toMatch(/\n得分：12$/);
    const headers: string[] = [];
    for (const r of [4, 5]) ws.getRow(r).eachCell((c) => headers.push(String(c.value)));
    expect(headers).toContain("实际完成值");
    const actualCol = ws.getRow(5).values as unknown[];
    const col = actualCol.findIndex((v) => v === "实际完成值");
    const fromRow4 = (ws.getRow(4).values as unknown[]).findIndex((v) => v === "实际完成值");
    const c = col > 0 ? col : fromRow4;
    expect(ws.getRow(8).getCell(c).value).toBe(12);
    // Everything else kept: the original sheet's other cells are as they were.
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(SAMPLE);
    expect(ws.getCell("G8").value).toEqual(original.getWorksheet("项目绩效目标表")!.getCell("G8").value);
    expect(wb.getWorksheet("完成情况台账")!.rowCount).toBe(original.getWorksheet("完成情况台账")!.rowCount);
  });

  it("explains a broken file — a CSV renamed .xlsx, a truncated zip, an old .xls — and recovers by drag and drop", async () => {
    const { page } = await openPage();
    const message = page.getByTestId("open-error");
    const noStack = async () => {
      const text = await message.innerText();
      expect(text).not.toMatch(/\n\s+at |Error:|undefined|\[object/);
      return text;
    };

    await openWorkbook(page, { name: "绩效.xlsx", buffer: Buffer.from("三级指标,指标值,度量单位\n编撰网络舆情分析研判报告期数,12,期\n", "utf8") });
    await message.waitFor();
    expect(await noStack()).toMatch(/无法打开文件[\s\S]*「绩效\.xlsx」是文本（CSV）文件[\s\S]*另存为/);
    await expect(button(page, "校验").count()).resolves.toBe(0);
    await shoot(page, "web-open-error-1280.png");

    const sample = readFileSync(SAMPLE);
    await openWorkbook(page, { name: "truncated.xlsx", buffer: sample.subarray(0, Math.floor(sample.length / 2)) });
    await page.getByText("「truncated.xlsx」已损坏或不完整").waitFor();
    expect(await noStack()).toMatch(/重新下载|重新保存/);

    const cfb = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    await openWorkbook(page, { name: "old.xlsx", buffer: cfb });
    await page.getByText("「old.xlsx」是旧版 Excel 97-2003 (.xls) 文件").waitFor();
    await noStack();

    // Dropping a good workbook on the drop zone opens it and clears the message.
    const dataTransfer = await page.evaluateHandle((b64) => {
      const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], "sample.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
      return dt;
    }, sample.toString("base64"));
    await page.dispatchEvent('[data-testid="drop-zone"]', "dragover", { dataTransfer });
    await page.dispatchEvent('[data-testid="drop-zone"]', "drop", { dataTransfer });
    await button(page, "校验").waitFor();
    await expect(message.count()).resolves.toBe(0);
  });

  it.each([320, 1280])("opens the 目标表 picker with the mouse and the keyboard at %i px: the list shows, the page stays", async (width) => {
    const { page } = await openPage({ width });
    await openWorkbook(page, SAMPLE);
    const picker = page.getByRole("combobox", { name: "目标表" });
    // The mouse: the list opens over the page, and the pane is still there to see.
    await picker.click();
    const options = page.getByRole("option");
    await options.first().waitFor();
    expect(await options.allTextContents()).toContain("项目绩效目标表");
    // Nothing covers the viewport: the element at the pane's action bar is still the pane's.
    const covered = await page.evaluate(() => {
      const bar = document.querySelector('main [role="group"]');
      if (!bar) return "no action bar";
      const r = bar.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + 4, r.top + 4);
      return top && bar.contains(top) ? "" : `covered by ${top?.className ?? "?"}`;
    });
    expect(covered).toBe("");
    await page.keyboard.press("Escape");
    // The keyboard: focus, open with Alt+ArrowDown, pick with the arrows and Enter.
    await picker.focus();
    await page.keyboard.press("Alt+ArrowDown");
    await options.first().waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    expect(await picker.textContent()).toBe("项目绩效目标表");

    // The log picker the same way; it offers neither the target nor a 自评表.
    const log = page.getByRole("combobox", { name: "完成情况台账" });
    await log.click();
    await options.first().waitFor();
    expect(await options.allTextContents()).toEqual(["自动检测（完成情况台账）", "完成情况台账"]);
    expect(await page.evaluate(() => document.elementFromPoint(8, 8)?.closest("[role=listbox]") === null)).toBe(true);
    await page.keyboard.press("Escape");
    await log.focus();
    await page.keyboard.press("Alt+ArrowDown");
    await options.first().waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    expect(await log.textContent()).toBe("完成情况台账");
    await shoot(page, `web-picker-${width}.png`);
  });

  it("works from the keyboard alone: Tab to 校验, Enter, Tab to an issue, Enter selects its cell", async () => {
    const { page } = await openPage();
    await openWorkbook(page, SAMPLE);
    await button(page, "校验").waitFor();
    await page.locator("body").focus();

    const focused = () => page.evaluate(() => (document.activeElement?.textContent ?? "").trim());
    const tabUntil = async (test: (text: string) => boolean, max: number) => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press("Tab");
        if (test(await focused())) return i + 1;
      }
      throw new Error(`focus never reached the target in ${max} Tabs (last: ${await focused()})`);
    };

    await tabUntil((t) => t === "校验", 10);
    await page.keyboard.press("Enter");
    await issueEntry(page, "content-duplicate", "S10").waitFor();
    await tabUntil((t) => t.includes("content-duplicate") && t.includes("S10"), 40);
    await page.keyboard.press("Enter");
    const cell = page.locator('td[data-cell="S10"]');
    await expect(cell.getAttribute("data-selected")).resolves.toBe("true");
    expect(await cell.getAttribute("aria-current")).toBe("location");
    await page.getByTestId("cell-detail").getByText("content-duplicate").waitFor();
    expect(await cell.isVisible()).toBe(true);
    // Focus stays in the issue list, so the next issue is one Tab away.
    expect(await focused()).toContain("S10");
    await tabUntil((t) => t.includes("K20"), 3);
    await page.keyboard.press("Enter");
    await expect(page.locator('td[data-cell="K20"]').getAttribute("data-selected")).resolves.toBe("true");
  });

  it("shows hostile workbook text as text: no dialog, no markup, no request", async () => {
    const { page } = await openPage();
    await openWorkbook(page, { name: `${PAYLOAD}.xlsx`, buffer: await hostileWorkbook() });
    await validate(page);
    await page.getByRole("tab", { name: SHEET_PAYLOAD }).waitFor();
    await button(page, "评分").click();
    await page.getByText(/总分\s*100(?![\d.])/).first().waitFor();
    await page.getByRole("tab", { name: SHEET_PAYLOAD }).click();
    await page.locator("td").getByText(PAYLOAD, { exact: true }).first().waitFor();
    await page.getByText("各指标得分").click(); // the score details, which name every indicator
    expect(await page.getByText(PAYLOAD).count()).toBeGreaterThan(2);
    expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll("[onerror], [onload]").length)).toBe(0);
    const [download] = await Promise.all([page.waitForEvent("download"), button(page, "下载").click()]);
    // (The browser may replace < and > in a file name; the page suggests the name as is.)
    expect(download.suggestedFilename()).toMatch(/-评分\.xlsx$/);
  });

  it("speaks English with ?lang=en: Validate, Score, Download, Total 100", async () => {
    const { page } = await openPage({ query: "?lang=en" });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await openWorkbook(page, SAMPLE);
    await validate(page, "Validate");
    await expect(issueEntry(page, "content-duplicate", "S10").count()).resolves.toBe(1);
    await button(page, "Score").click();
    await page.getByText(/Total\s*100(?![\d.])/).first().waitFor();
    expect(await page.locator("body").innerText()).toMatch(/Total 100(?![\d.])/);
    const [download] = await Promise.all([page.waitForEvent("download"), button(page, "Download").click()]);
    expect(download.suggestedFilename()).toBe("sample-评分.xlsx");
    await shoot(page, "web-score-1280-en.png");
  });

  it("fits a 320 px wide screen, pane stacked above the sheet (screenshots)", async () => {
    const { page } = await openPage({ width: 320, height: 720 });
    await openWorkbook(page, SAMPLE);
    await validate(page);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    const pane = await page.locator("main").boundingBox();
    const sheet = await page.locator('section[aria-label="工作簿内容"]').boundingBox();
    expect(pane && sheet && sheet.y >= pane.y + pane.height - 1).toBe(true);
    await shoot(page, "web-validate-320.png");
    expect(await seriousViolations(page, "after 校验 (320 px)")).toEqual([]);
    await button(page, "评分").click();
    await page.getByText(/总分\s*100(?![\d.])/).first().waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await shoot(page, "web-score-320.png");
    expect(await seriousViolations(page, "after 评分 (320 px)")).toEqual([]);
  });

  // ---- issue 13: one primary action, the next step, the explainer, help, language, the file button

  // Fluent's buttons ease their colour (a CSS transition): read it once the transition has run,
  // not half-way from neutral to brand (rgb(182, 206, 227) on a busy machine).
  const background = (page: Page, name: string) =>
    button(page, name).evaluate(async (el) => {
      await Promise.all(el.getAnimations().map((a) => a.finished));
      return getComputedStyle(el).backgroundColor;
    });

  it("first screen: a Fluent button opens the file chooser; then one primary action at a time and a next-step line (screenshots, axe)", async () => {
    const { page } = await openPage();
    await shoot(page, "web-first-1280.png");
    expect(await seriousViolations(page, "first screen (zh)")).toEqual([]);
    // The Fluent button, not the browser's "Choose File", opens the chooser.
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), button(page, "打开工作簿（.xlsx）").click()]);
    await chooser.setFiles(SAMPLE);
    await button(page, "校验").waitFor();
    const next = page.getByTestId("next-step");
    await expect(next.innerText()).resolves.toMatch(/点击「校验」/);
    // 校验 is the one primary (brand-coloured) button; 评分 is not.
    const brand = await background(page, "校验");
    expect(brand).not.toBe(await background(page, "评分"));
    await validate(page);
    await expect(next.innerText()).resolves.toMatch(/校验通过.*点击「评分」/);
    expect(await background(page, "评分")).toBe(brand);
    expect(await background(page, "校验")).not.toBe(brand);
    await button(page, "评分").click();
    await page.getByText(/总分\s*100(?![\d.])/).first().waitFor();
    await expect(next.innerText()).resolves.toMatch(/点击「下载」/);
    // After Score the page's 下载 is the primary action, no longer 评分.
    expect(await background(page, "下载")).toBe(brand);
    expect(await background(page, "评分")).not.toBe(brand);
  });

  it.each([
    ["zh-CN", "评分标准解读", "web-explainer-1280.png", "得 8 分（满分 10 分）"],
    ["en", "Rule explainer", "web-explainer-1280-en.png", "8 of 10 points"],
  ])("the rule explainer (%s): a typed rule, target and actual give the score and its arithmetic (screenshot, axe)", async (lang, page_, shot, scored) => {
    const { page } = await openPage({ query: lang === "en" ? "?lang=en" : "" });
    await openWorkbook(page, SAMPLE);
    await page.locator("main").getByRole("button", { name: page_ }).click();
    const box = page.getByTestId("rule-explained");
    const zh = lang !== "en";
    // 每少1期扣1分: 12 planned, 10 done → 2 short → 10 − 2 = 8 of 10 points.
    await page.getByLabel(zh ? "评（扣）分标准" : "Scoring rule (评（扣）分标准)").fill("每少1期扣1分，扣完为止");
    await page.getByLabel(zh ? "指标值" : "Target (指标值)").fill("≥12期");
    await page.getByLabel(zh ? "实际完成值" : "Actual (实际完成值)").fill("10");
    await page.getByLabel(zh ? "分值" : "Points (分值)").fill("10");
    await box.getByText(scored).waitFor();
    expect(await box.innerText()).toMatch(zh ? /比目标值每少 1 期扣 1 分/ : /1/);
    expect(await box.innerText()).toMatch(/max\(0, 12 − 10\) = 2/);
    // Picking an example fills the three fields.
    await page.getByRole("combobox", { name: zh ? "常见写法" : "Common forms" }).click();
    await page.getByRole("option", { name: "质量合格得7分，不合格不得分" }).click();
    await expect(page.getByLabel(zh ? "指标值" : "Target (指标值)").inputValue()).resolves.toBe("合格");
    // The example's own points (7): picking one empties 分值.
    await expect(page.getByLabel(zh ? "分值" : "Points (分值)").inputValue()).resolves.toBe("");
    await box.getByText(zh ? "得 7 分（满分 7 分）" : "7 of 7 points").waitFor();
    await page.getByLabel(zh ? "评（扣）分标准" : "Scoring rule (评（扣）分标准)").fill("每少1期扣1分，扣完为止");
    await page.getByLabel(zh ? "指标值" : "Target (指标值)").fill("≥12期");
    await page.getByLabel(zh ? "实际完成值" : "Actual (实际完成值)").fill("10");
    await page.getByLabel(zh ? "分值" : "Points (分值)").fill("10");
    await box.getByText(scored).waitFor();
    await shoot(page, shot);
    expect(await seriousViolations(page, `explainer (${lang})`)).toEqual([]);
  });

  it("使用说明 before a file is open and in the pane: the buttons, the log sheet, the colours, where the data stays (axe)", async () => {
    const { page } = await openPage();
    await button(page, "使用说明").click();
    await page.getByRole("heading", { name: "使用说明" }).waitFor();
    const text = await page.locator("body").innerText();
    for (const words of ["校验", "评分", "清除标记", "清除评分", "下载", "完成情况台账", "三级指标", "红色", "黄色", "蓝色", "不会上传"]) expect(text).toContain(words);
    expect(await seriousViolations(page, "help before a file (zh)")).toEqual([]);
    await openWorkbook(page, SAMPLE);
    await page.locator("main").getByRole("button", { name: "使用说明" }).click();
    await page.locator("main").getByRole("heading", { name: "使用说明" }).waitFor();
    expect(await page.locator("main").getByRole("button", { name: "使用说明" }).getAttribute("aria-current")).toBe("page");
    await shoot(page, "web-help-1280.png");
    expect(await seriousViolations(page, "help in the pane (zh)")).toEqual([]);
  });

  it("the 中文 / English switch: English from the browser's language, and the words, the report and the page follow a switch (screenshots, axe)", async () => {
    const { page } = await openPage({ locale: "en-US" });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await shoot(page, "web-first-1280-en.png");
    expect(await seriousViolations(page, "first screen (en)")).toEqual([]);
    await openWorkbook(page, SAMPLE);
    await validate(page, "Validate");
    const entry = issueEntry(page, "content-duplicate", "S10");
    expect(await entry.innerText()).toMatch(/The description is the same as row/);
    await shoot(page, "web-validate-1280-en.png");
    expect(await seriousViolations(page, "after Validate (en)")).toEqual([]);
    // Switch to 中文: the buttons, the pickers and the issue already shown speak Chinese.
    await page.getByRole("button", { name: "中文" }).click();
    await button(page, "校验").waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    await page.getByRole("combobox", { name: "目标表" }).waitFor();
    // The report on show is reworded from its codes and parameters (no second Validate).
    await page.waitForFunction(() => /指标内容与第 \d+ 行/.test(document.querySelector("main")?.textContent ?? ""));
    expect(await page.getByRole("button", { name: "中文" }).getAttribute("aria-pressed")).toBe("true");
    expect(await seriousViolations(page, "after the switch (zh)")).toEqual([]);
    await page.getByRole("button", { name: "English" }).click();
    await button(page, "Score").click();
    await page.getByText(/Total\s*100(?![\d.])/).first().waitFor();
  });
});
