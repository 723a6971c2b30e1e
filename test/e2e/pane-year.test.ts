/**
 * End to end, the year's pane actions on the standalone page (issues 14 and 15) in Debian's
 * chromium via playwright-core: the sample with its log cut at 30 June, 监控 as of 2022-06-30 —
 * the monitoring table with its lights, a row taking the grid to the 绩效监控表 — and the 评分方案
 * setting. Same harness as web.test.ts (built when dist/web is stale, served by scripts/web.mjs on
 * a free port, no request beyond localhost, no dialog, no error logged). Screenshots go to
 * docs/screenshots/monitor-*.png and profile-*.png.
 *
 * Skips, saying so, only when /usr/bin/chromium is missing.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { scoreWorkbook, YITIHUA_PROFILE } from "../../src/core";
import { toBuffer } from "../fixtures/workbooks";
import { buildSeedCutAtJune30, seedCutAtJune30 } from "../taskpane/year-fixtures";

const CHROMIUM = "/usr/bin/chromium";
const REPO = path.resolve(__dirname, "../..");
const DIST = path.join(REPO, "dist", "web");
const STAMP = path.join(REPO, "dist", ".web-e2e-stamp");
const SHOTS = path.join(REPO, "docs", "screenshots");

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`pane-year end-to-end tests skipped: ${CHROMIUM} is missing (apt-get install chromium fonts-noto-cjk)`);
const suite = haveChromium ? describe : describe.skip;

jest.setTimeout(120_000);

// ---- build and serve (as web.test.ts) -----------------------------------------------------------

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
  await run(process.execPath, [path.join(REPO, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--config-name", "web"]);
  writeFileSync(STAMP, new Date().toISOString());
}

function startServer(): Promise<{ child: ChildProcess; origin: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO, "scripts/web.mjs"), "--no-build"], { cwd: REPO, env: { ...process.env, PORT: "0" }, stdio: ["ignore", "pipe", "pipe"] });
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

// ---- a page with its guards -----------------------------------------------------------------------

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
let sample: Buffer;

async function openPage(opts: { width?: number; locale?: string } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: opts.width ?? 1280, height: 900 }, locale: opts.locale ?? "zh-CN" });
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
  await page.goto(`${origin}/`);
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: "sample-0630.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: sample });
  return page;
}

const button = (page: Page, name: string) => page.getByRole("button", { name, exact: true });

async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(SHOTS, name), fullPage: true });
}

async function seriousViolations(page: Page, label: string): Promise<string[]> {
  // Tabster's focus sentinels are focusable and aria-hidden by design (see web.test.ts).
  const result = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
  const all = result.violations.map((v) => `${v.impact} ${v.id} (${v.nodes.length}): ${v.help}`);
  if (all.length) console.log(`axe ${label}:\n  ${all.join("\n  ")}`);
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** 监控 as of `date`, through the date field and the button, until the table is there. */
async function monitor(page: Page, date: string, en = false): Promise<void> {
  const field = page.getByLabel(en ? "As of" : "监控日", { exact: true });
  await field.fill(date);
  await button(page, en ? "Monitor" : "监控").click();
  await page.getByRole("heading", { name: en ? "Monitoring" : "运行监控结果" }).waitFor();
}

/** Each body row of the monitoring table: the indicator, then its cells' text. */
async function monitorRows(page: Page): Promise<{ light: string | null; cells: string[] }[]> {
  return page
    .locator("main table")
    .filter({ has: page.locator("caption") })
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((r) => ({ light: r.getAttribute("data-light"), cells: [...r.children].map((c) => (c as HTMLElement).innerText.replace(/\s+/g, " ").trim()) })));
}

// ---- the suite ----------------------------------------------------------------------------------

suite("the year's pane actions on the web page", () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    sample = await toBuffer(buildSeedCutAtJune30());
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
  });

  it("监控 as of 2022-06-30 at 1280 px: a row per indicator with its light in words; a row takes the grid to it", async () => {
    const page = await openPage();
    await monitor(page, "2022-06-30");
    await page.getByText("监控日 2022-06-30（2022 年第 181 天，共 365 天）").waitFor();
    const rows = await monitorRows(page);
    expect(rows).toHaveLength(11);
    // By hand (docs/monitoring.md): 6 reports by 30 June, 6 × 365 ÷ 181 = 12.1 ≥ 12 → 确定能;
    // 23 weekly summaries, 23 × 365 ÷ 181 = 46.38, 0.966 of 48 → 有可能.
    expect(rows[0]).toEqual({ light: "green", cells: ["编撰网络舆情分析研判报告期数 目标 12期", "●确定能 绿灯", "6期", "12.1期"] });
    expect(rows[1]).toEqual({ light: "yellow", cells: ["编撰呈贡区网络舆情一周综述期数 目标 48期", "●有可能 黄灯", "23期", "46.38期"] });
    expect(rows.map((r) => r.light)).toEqual(["green", "yellow", "green", "green", "green", "green", "yellow", "yellow", "green", "yellow", "yellow"]);

    // The second row: the grid shows the 绩效监控表 with that indicator's cell selected.
    await page.locator("main table tbody tr").nth(1).locator("td").first().click();
    const cell = page.locator('td[data-cell="C5"][data-selected="true"]');
    await cell.waitFor();
    expect(await cell.innerText()).toContain("编撰呈贡区网络舆情一周综述期数");
    await page.locator("main").getByRole("heading", { name: "运行监控结果" }).scrollIntoViewIfNeeded();
    await shoot(page, "monitor-zh-1280.png");
    expect(await seriousViolations(page, "after 监控 (1280 px)")).toEqual([]);
  });

  it("监控 at 320 px: the table fits the narrow pane", async () => {
    const page = await openPage({ width: 320 });
    await monitor(page, "2022-06-30");
    const rows = await monitorRows(page);
    expect(rows).toHaveLength(11);
    // Nothing wider than the viewport: no sideways scrolling in a 320 px task pane.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await shoot(page, "monitor-zh-320.png");
    expect(await seriousViolations(page, "after 监控 (320 px)")).toEqual([]);
  });

  it("monitors in English when the browser is English, and refuses a date outside the year with the core's words", async () => {
    const page = await openPage({ locale: "en-US" });
    await monitor(page, "2022-06-30", true);
    const rows = await monitorRows(page);
    expect(rows[1].cells.slice(1)).toEqual(["●possible amber", "23期", "46.38期"]);
    await shoot(page, "monitor-en-1280.png");

    await page.getByLabel("As of", { exact: true }).fill("2023-01-15");
    await button(page, "Monitor").click();
    await page.getByText("The as-of date 2023-01-15 is outside the project's year 2022: use a date from 2022-01-01 to 2022-12-31 (e.g. 2022-06-30).").waitFor();
  });

  it("评分方案: the built-in profiles listed by name; 一体化 chosen, 评分 gives the core's yitihua total", async () => {
    const page = await openPage();
    const picker = page.getByRole("combobox", { name: "评分方案" });
    await picker.click();
    const options = page.getByRole("option");
    await options.first().waitFor();
    expect(await options.allTextContents()).toEqual(["默认（财政部项目支出绩效自评）", "预算管理一体化系统", "预算执行 20 分（省级示例）"]);
    await shoot(page, "profile-zh-1280.png");
    await page.getByRole("option", { name: "预算管理一体化系统" }).click();
    expect(await picker.textContent()).toBe("预算管理一体化系统");

    const total = scoreWorkbook(seedCutAtJune30(), { profile: YITIHUA_PROFILE }).score.total;
    await button(page, "评分").click();
    await page.getByText(new RegExp(`总分 ${String(total).replace(".", "\\.")}(?![\\d.])`)).first().waitFor();
  });
});
