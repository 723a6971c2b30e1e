/**
 * 新建台账 from the ribbon (src/commands/commands.ts), on the pane's fake host: the log sheet is
 * made with the remembered target sheet, the event always completes, a failure is logged readably.
 */
import { logTemplate } from "../../src/commands/commands";
import { FakeHost, seedGrids } from "./fake-host";

const event = () => ({ completed: jest.fn() });

beforeEach(() => {
  jest.spyOn(console, "info").mockImplementation(() => undefined);
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

test("adds 完成情况台账 and its very hidden list, says so in the log, completes once", async () => {
  const host = new FakeHost(seedGrids({ log: "none" }));
  const e = event();
  await logTemplate(e as unknown as Office.AddinCommands.Event, host);
  expect(e.completed).toHaveBeenCalledTimes(1);
  expect(host.grids.sheets.map((g) => g.sheet)).toEqual(["项目绩效目标表", "完成情况台账", "_jixiao_lists"]);
  expect(console.info).toHaveBeenCalledWith("Jixiao: 新建台账完成：已添加「完成情况台账」，三级指标可从下拉列表选择（11 个指标）。");
});

test("a workbook without a table: nothing written, the reason logged, the event completed", async () => {
  const host = new FakeHost({ sheets: [{ sheet: "Sheet1", origin: { row: 0, col: 0 }, values: [["名称", "数值"]], merges: [] }] }, { lang: "en" });
  const e = event();
  await logTemplate(e as unknown as Office.AddinCommands.Event, host);
  expect(e.completed).toHaveBeenCalledTimes(1);
  expect(host.callsTo("applyPlan")).toHaveLength(0);
  expect(console.error).toHaveBeenCalledWith(expect.stringMatching(/^Jixiao: 新建台账 failed: 没有找到指标表/), expect.anything());
});
