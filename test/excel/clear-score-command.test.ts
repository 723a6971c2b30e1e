/** 清除评分 from the ribbon (issue 12): Score's writes go, the event completes, on the real Excel simulator. */
import { FakeHost, seedGrids } from "../taskpane/fake-host";
import { runScore } from "../../src/app/controller";

type Commands = typeof import("../../src/commands/commands");

function load(): Commands {
  let commands!: Commands;
  jest.isolateModules(() => {
    commands = require("../../src/commands/commands");
  });
  return commands;
}

beforeEach(() => {
  jest.spyOn(console, "info").mockImplementation(() => undefined);
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

test("清除评分 takes out what Score wrote and completes the event once", async () => {
  const host = new FakeHost(seedGrids({ log: "partial" }));
  await runScore(host);
  const scoredSheets = host.grids.sheets.map((s) => s.sheet);
  expect(scoredSheets).toContain("绩效自评表");
  const e = { completed: jest.fn() };
  await load().clearScore(e as unknown as Office.AddinCommands.Event, host);
  expect(e.completed).toHaveBeenCalledTimes(1);
  expect(host.grids.sheets.map((s) => s.sheet)).toEqual(seedGrids({ log: "partial" }).sheets.map((s) => s.sheet));
});

test("a failure is logged and the event still completes", async () => {
  const host = new FakeHost(seedGrids({ log: "partial" }));
  host.fail.readWorkbook = new Error("boom");
  const e = { completed: jest.fn() };
  await load().clearScore(e as unknown as Office.AddinCommands.Event, host);
  expect(e.completed).toHaveBeenCalledTimes(1);
});
