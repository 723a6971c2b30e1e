/**
 * The ribbon functions: they run on the Excel host without the pane, always call
 * event.completed() — on success and on failure — publish the result for the pane, and open the
 * pane where the shared runtime allows it.
 */
import type { HostPort } from "../../src/app/port";
import { FakeError, installFake, uninstallFake, type InstalledFake } from "./fake-excel";
import { seedFake } from "./workbooks";

type Commands = typeof import("../../src/commands/commands");
type LastResultModule = typeof import("../../src/app/last-result");

afterEach(uninstallFake);

/** Loads the commands the way the page does: after Office is there, in a fresh module registry. */
function load(): { commands: Commands; results: LastResultModule } {
  let commands!: Commands;
  let results!: LastResultModule;
  jest.isolateModules(() => {
    results = require("../../src/app/last-result");
    commands = require("../../src/commands/commands");
  });
  return { commands, results };
}

const event = () => ({ completed: jest.fn() });

async function click(fake: InstalledFake, name: "validate" | "score") {
  const e = event();
  await fake.associated.get(name)!(e);
  return e;
}

beforeEach(() => {
  jest.spyOn(console, "info").mockImplementation(() => undefined);
  jest.spyOn(console, "error").mockImplementation(() => undefined);
  jest.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

test("the manifest's FunctionNames are associated", () => {
  const fake = installFake(seedFake());
  load();
  expect([...fake.associated.keys()].sort()).toEqual(["clearScore", "logTemplate", "score", "validate"]);
});

test("校验 from the ribbon: flags in the sheet, the result in the pane, event completed once", async () => {
  const wb = seedFake({ log: "partial" });
  const fake = installFake(wb);
  const { results } = load();
  const seen: unknown[] = [];
  results.subscribeResult((r) => seen.push(r));
  const e = await click(fake, "validate");
  expect(e.completed).toHaveBeenCalledTimes(1);
  expect(results.lastResult()).toMatchObject({ action: "validate", ok: true });
  expect(seen).toHaveLength(1);
  expect(fake.panesShown).toBe(1);
  expect(wb.sheet("_jixiao_flags")).toBeDefined();
  expect(wb.syncs).toBe(2);
  expect(console.info).toHaveBeenCalledWith(expect.stringMatching(/^Jixiao: 校验完成：\d+ 个错误，\d+ 个警告。$/));
});

test("评分 from the ribbon: results written, total published, event completed once", async () => {
  const wb = seedFake({ log: "partial" });
  const fake = installFake(wb);
  const { results } = load();
  const e = await click(fake, "score");
  expect(e.completed).toHaveBeenCalledTimes(1);
  const last = results.lastResult();
  expect(last).toMatchObject({ action: "score", ok: true });
  expect(last && last.ok && last.action === "score" && last.report.score.total).toBe(81.2);
  expect(wb.sheet("绩效自评表")).toBeDefined();
});

test("when Excel fails, the event is still completed and the error goes to the pane", async () => {
  const wb = seedFake({ log: "partial" });
  const fake = installFake(wb);
  const { results } = load();
  wb.failNextSync = new FakeError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
  const e = await click(fake, "validate");
  expect(e.completed).toHaveBeenCalledTimes(1);
  expect(results.lastResult()).toMatchObject({ action: "validate", ok: false, message: expect.stringMatching(/撤销工作表保护/) });
  expect(fake.panesShown).toBe(1);
});

test("when the host itself throws, the event is still completed", async () => {
  installFake(seedFake());
  const { commands, results } = load();
  const broken: HostPort = {
    listSheets: async () => [],
    readWorkbook: async () => {
      throw new Error("boom");
    },
    applyPlan: async () => undefined,
    flagIssues: async () => undefined,
    clearFlags: async () => undefined,
    selectCell: async () => undefined,
    loadSettings: async () => ({}),
    saveSettings: async () => undefined,
    language: () => "zh-CN",
  };
  for (const action of ["validate", "score"] as const) {
    const e = event();
    await commands.runCommand(action, e as unknown as Office.AddinCommands.Event, broken);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(results.lastResult()).toMatchObject({ action, ok: false, message: "boom" });
  }
});

test("a failing completed() or pane does not escape", async () => {
  installFake(seedFake({ log: "partial" }));
  const { commands } = load();
  (Office.addin as unknown as { showAsTaskpane: () => Promise<void> }).showAsTaskpane = async () => {
    throw new Error("no pane");
  };
  const e = { completed: jest.fn(() => { throw new Error("already completed"); }) };
  await expect(commands.validate(e as unknown as Office.AddinCommands.Event)).resolves.toBeUndefined();
  expect(e.completed).toHaveBeenCalledTimes(1);
});

test("without the shared runtime (Excel 2016/2019): no pane, flags and the log only", async () => {
  const wb = seedFake({ log: "partial" }, { sharedRuntime: false });
  const fake = installFake(wb);
  load();
  const e = await click(fake, "validate");
  expect(e.completed).toHaveBeenCalledTimes(1);
  expect(fake.panesShown).toBe(0);
  expect(wb.sheet("_jixiao_flags")).toBeDefined();
});

test("the sheets chosen in the pane (document settings) are used", async () => {
  const wb = seedFake({ log: "partial" });
  wb.settings.set("jixiao.sheetChoice", { targetSheet: "完成情况台账" });
  const fake = installFake(wb);
  const { results } = load();
  await click(fake, "validate");
  // the log sheet has no indicator table: the report says so, for the sheet chosen
  expect(results.lastResult()).toMatchObject({ ok: true, report: { sheet: "完成情况台账" } });
});
