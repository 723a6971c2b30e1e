/**
 * The web page's main thread while a large workbook opens and scores (DESIGN §8, issue 19): the
 * page built in <repo>/dist/web, served by its own scripts/web.mjs on a free loopback port, driven
 * by Debian's chromium through playwright-core; a PerformanceObserver for `longtask` entries
 * (tasks over 50 ms) is installed before the page's scripts run. Prints one JSON line: the
 * longest main-thread task, the count of long tasks and of those over 200 ms (DESIGN §8's bound),
 * each phase's tasks counted from its start to a second after its answer showed, and the wall
 * time of "open" (file chosen → sheets shown) and of "score" (评分 clicked → 总分 shown).
 *
 *   node bench/web-longtasks.mjs <repo> <workbook.xlsx>
 *
 * Absolute times are printed, never gated: they move with a busy machine.
 */
/* global window, document */
import { spawn } from "node:child_process";
import path from "node:path";
import { chromium } from "playwright-core";

const [repo = ".", file] = process.argv.slice(2);
const SETTLE_MS = 1000;
if (!file) throw new Error("usage: node bench/web-longtasks.mjs <repo> <workbook.xlsx>");

const server = spawn(process.execPath, [path.join(repo, "scripts", "web.mjs"), "--no-build"], { env: { ...process.env, PORT: "0" }, stdio: ["ignore", "pipe", "inherit"] });
const origin = await new Promise((resolve, reject) => {
  let out = "";
  server.stdout.on("data", (d) => {
    out += d;
    const m = /Serving (http:\/\/\S+?)\/?\s/.exec(out);
    if (m) resolve(m[1]);
  });
  server.on("exit", (code) => reject(new Error(`web.mjs exited ${code}`)));
});

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    const w = /** @type {any} */ (window);
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: "longtask", buffered: true });
  });
  await page.goto(`${origin}/?lang=zh-CN`);
  await page.waitForLoadState("networkidle");
  const phase = async (name, act, done) => {
    const t0 = await page.evaluate(() => performance.now());
    await act();
    await done();
    const t1 = await page.evaluate(() => performance.now());
    // The work that follows the answer counts too (the pane's sheet detection after an open, the
    // report's rendering): tasks starting up to SETTLE_MS after it, once they have been reported.
    await page.waitForTimeout(SETTLE_MS + 300);
    const tasks = await page.evaluate(([a, b]) => window.__longTasks.filter((t) => t.start >= a && t.start <= b), [t0, t1 + SETTLE_MS]);
    return { phase: name, wall_ms: Math.round(t1 - t0), longest_task_ms: Math.round(Math.max(0, ...tasks.map((t) => t.ms))), long_tasks: tasks.length, over_200ms: tasks.filter((t) => t.ms > 200).length };
  };
  const open = await phase(
    "open",
    // By path: Chromium is handed the file (CDP DOM.setFileInputFiles). A buffer would be sent as
    // base64 and decoded by playwright's script on the page's thread — a long task of the harness's
    // own (110–150 ms on M), counted as the page's.
    () => page.locator('input[type="file"]').setInputFiles(path.resolve(file)),
    // Cheap polls (a selector, textContent): playwright's own text and role queries walk the
    // whole DOM on the page's thread and would be counted as the page's long tasks.
    () => page.waitForFunction(() => [...document.querySelectorAll('[role="tab"]')].some((t) => t.textContent?.includes("项目绩效目标表")), null, { polling: 500, timeout: 300_000 }),
  );
  const score = await phase(
    "score",
    () => page.getByRole("button", { name: "评分", exact: true }).click({ timeout: 300_000 }),
    () => page.waitForFunction(() => /总分\s*[\d.]+/.test(document.body.textContent ?? ""), null, { polling: 500, timeout: 300_000 }),
  );
  process.stdout.write(JSON.stringify({ file: path.basename(file), open, score }) + "\n");
} finally {
  await browser.close();
  server.kill();
}
