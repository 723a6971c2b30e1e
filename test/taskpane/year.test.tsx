/** @jest-environment jsdom */
/**
 * The year's two actions in the pane (issue 14) — 新建台账 and 监控 — and the 评分方案 setting
 * (issue 15), on the fake host. The sample for 监控 is the seed with its log cut at 30 June.
 */
import "./dom-setup";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { monitorWorkbook } from "../../src/core/monitor/monitor";
import { serialFromYmd } from "../../src/core/log/dates";
import { FakeHost, seedGrids } from "./fake-host";
import { renderPane } from "./render-pane";
import { seedCutAtJune30 } from "./year-fixtures";

async function monitorAsOf(host: FakeHost, date: string) {
  const field = await screen.findByLabelText("监控日");
  fireEvent.change(field, { target: { value: date } });
  fireEvent.click(screen.getByRole("button", { name: "监控" }));
}

/** The table's body rows, by the indicator named in each. */
function monitorRows(): Map<string, HTMLElement> {
  const table = screen.getByRole("table");
  const rows = within(table).getAllByRole("row").slice(1);
  return new Map(rows.map((r) => [within(r).getByRole("button").textContent!, r]));
}

describe("task pane: 新建台账", () => {
  it("adds the log sheet with its dropdowns to a table without one, and says so", async () => {
    const host = new FakeHost(seedGrids({ log: "none" }));
    await renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: "新建台账" }));
    // In the message bar, and said to screen readers.
    expect(await screen.findAllByText("已添加台账「完成情况台账」：三级指标可从下拉列表选择（目标表的 11 个指标）。")).toHaveLength(2);
    const [plan] = host.callsTo("applyPlan")[0] as [{ sheets: { sheet: string; state?: string; validations?: unknown[] }[]; names?: { name: string }[] }];
    expect(plan.sheets.map((s) => s.sheet)).toEqual(["完成情况台账", "_jixiao_lists"]);
    expect(plan.sheets[1].state).toBe("veryHidden");
    expect(plan.names?.map((n) => n.name)).toEqual(["jixiao_indicators"]);
    // The log's header is in the workbook now, and the pickers offer the new sheet.
    expect(host.grids.sheets.find((g) => g.sheet === "完成情况台账")!.values[0]).toEqual(["日期", "三级指标", "完成值", "备注", "汇总方式"]);
    await waitFor(() => expect(screen.getByRole("combobox", { name: "完成情况台账" }).textContent).toBe("自动检测（完成情况台账）"));
  });

  it("on a workbook with a log, updates only the dropdown's list", async () => {
    const host = new FakeHost(seedGrids({ log: "partial" }));
    await renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: "新建台账" }));
    expect(await screen.findAllByText("已有台账「完成情况台账」：只更新了三级指标下拉列表（目标表的 11 个指标）。")).toHaveLength(2);
    const [plan] = host.callsTo("applyPlan")[0] as [{ sheets: { sheet: string }[] }];
    expect(plan.sheets.map((s) => s.sheet)).toEqual(["_jixiao_lists"]);
  });
});

describe("task pane: 监控", () => {
  it("starts with today's date in the field", async () => {
    const host = new FakeHost(seedCutAtJune30());
    await renderPane(host);
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
    expect(((await screen.findByLabelText("监控日")) as HTMLInputElement).value).toBe(today);
  });

  it("shows the monitoring table of the sample cut at 30 June, lights in words, and writes the 绩效监控表", async () => {
    const grids = seedCutAtJune30();
    const expected = monitorWorkbook(seedCutAtJune30(), { asOf: serialFromYmd(2022, 6, 30) }).monitor;
    const host = new FakeHost(grids);
    await renderPane(host);
    await monitorAsOf(host, "2022-06-30");

    expect(await screen.findByRole("heading", { name: "运行监控结果" })).toBeTruthy();
    expect(screen.getByText("监控日 2022-06-30（2022 年第 181 天，共 365 天）")).toBeTruthy();
    const rows = monitorRows();
    expect([...rows.keys()]).toEqual(expected.indicators.map((i) => i.name));
    // Each row carries the light the core gave its indicator, and names it in words.
    const words = { green: "绿灯", yellow: "黄灯", red: "红灯" } as const;
    for (const ind of expected.indicators) {
      const row = rows.get(ind.name)!;
      expect(row.getAttribute("data-light")).toBe(ind.light);
      expect(row.textContent).toContain(words[ind.light!]);
      expect(row.textContent).toContain(ind.likelihood!);
    }
    // By hand: one report at each month's end, Jan–Jun = 6; 6 × 365 ÷ 181 = 12.099… → 12.1 ≥ 12.
    const reports = rows.get("编撰网络舆情分析研判报告期数")!;
    expect(within(reports).getAllByRole("cell").map((c) => c.textContent)).toEqual(["●确定能绿灯", "6期", "12.1期"]);
    // By hand: 25 Fridays 7 Jan – 24 Jun, less the 2 skipped = 23; 23 × 365 ÷ 181 = 46.38; 46.38 ÷ 48 = 0.966 ≥ 0.8.
    const weekly = rows.get("编撰呈贡区网络舆情一周综述期数")!;
    expect(within(weekly).getAllByRole("cell").map((c) => c.textContent)).toEqual(["●有可能黄灯", "23期", "46.38期"]);
    // Nothing logged yet for 报告完成质量: 有可能 while time remains.
    expect(within(rows.get("报告完成质量")!).getAllByRole("cell")[1].textContent).toBe("尚无记录");
    expect(screen.getByText("确定能 6 项 · 有可能 5 项 · 完全不可能 0 项 · 评分方案：默认（财政部项目支出绩效自评）")).toBeTruthy();
    // The seed has no budget block: the pane says so rather than showing nothing.
    expect(screen.getByText("目标表中没有预算执行（资金）部分，未计算执行进度。")).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("监控完成：确定能 6 项，有可能 5 项，完全不可能 0 项。");
    expect(screen.getByTestId("next-step").textContent).toContain("已生成「绩效监控表」");

    const sheet = host.grids.sheets.find((g) => g.sheet === "绩效监控表")!;
    expect(sheet.values[0][0]).toBe("项目支出绩效目标执行监控表");
  });

  it("a click on a row selects that indicator's row on the 绩效监控表", async () => {
    const host = new FakeHost(seedCutAtJune30());
    await renderPane(host);
    await monitorAsOf(host, "2022-06-30");
    await screen.findByRole("heading", { name: "运行监控结果" });
    const rows = monitorRows();

    // The sheet: title (row 1), period (row 2), header (row 3), then the indicators from row 4 (C4).
    fireEvent.click(rows.get("编撰呈贡区网络舆情一周综述期数")!.querySelector("td")!);
    await waitFor(() => expect(host.callsTo("selectCell")).toEqual([["绩效监控表", "C5"]]));
    fireEvent.keyDown(within(rows.get("社会公众满意度")!).getByRole("button"), { key: "Enter" });
    await waitFor(() => expect(host.callsTo("selectCell")[1]).toEqual(["绩效监控表", "C14"]));
    // The cells selected hold those indicators' names on the written sheet.
    const sheet = host.grids.sheets.find((g) => g.sheet === "绩效监控表")!;
    expect(sheet.values[4][2]).toBe("编撰呈贡区网络舆情一周综述期数");
    expect(sheet.values[13][2]).toBe("社会公众满意度");
  });

  it("an as-of date outside the project's year is refused with the core's message, nothing written", async () => {
    const host = new FakeHost(seedCutAtJune30());
    await renderPane(host);
    await monitorAsOf(host, "2023-01-15");
    expect(await screen.findAllByText("监控未完成")).toHaveLength(2);
    // The core's sentence as it is: no "choose the right sheet" after it (the sheet is not the problem).
    const bar = screen.getByText(/监控日 2023-01-15 不在项目年度 2022 年内/);
    expect(bar.textContent).toBe("监控未完成监控日 2023-01-15 不在项目年度 2022 年内：请用 2022-01-01 到 2022-12-31 之间的日期（如 2022-06-30）。");
    expect(host.callsTo("applyPlan")).toHaveLength(0);

    // An emptied field says what to do.
    await monitorAsOf(host, "");
    expect(await screen.findByText("请先选择监控日（年-月-日，如 2022-06-30），再点击「监控」。")).toBeTruthy();
  });

  it("a workbook without a table: the table-not-found sentence and where to look, nothing written", async () => {
    const host = new FakeHost({ sheets: [{ sheet: "Sheet1", origin: { row: 0, col: 0 }, values: [["名称", "数值"]], merges: [] }] });
    await renderPane(host);
    await monitorAsOf(host, "2022-06-30");
    expect(await screen.findAllByText("监控未完成")).toHaveLength(2);
    expect(document.body.textContent).toContain("请在上方选择正确的工作表");
    expect(host.callsTo("applyPlan")).toHaveLength(0);
  });

  it("speaks English when Office does", async () => {
    const host = new FakeHost(seedCutAtJune30(), { lang: "en" });
    await renderPane(host);
    fireEvent.change(await screen.findByLabelText("As of"), { target: { value: "2022-06-30" } });
    fireEvent.click(screen.getByRole("button", { name: "Monitor" }));
    expect(await screen.findByRole("heading", { name: "Monitoring" })).toBeTruthy();
    const weekly = monitorRows().get("编撰呈贡区网络舆情一周综述期数")!;
    expect(within(weekly).getAllByRole("cell")[0].textContent).toBe("●possibleamber");
    await act(async () => {
      fireEvent.change(screen.getByLabelText("As of"), { target: { value: "2021-12-31" } });
      fireEvent.click(screen.getByRole("button", { name: "Monitor" }));
    });
    expect(await screen.findByText(/^The as-of date 2021-12-31 is outside the project's year 2022/)).toBeTruthy();
  });
});
