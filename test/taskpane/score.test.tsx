/** @jest-environment jsdom */
import "./dom-setup";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { scoreWorkbook, type ScoreReport } from "../../src/core";
import { gridsFromWorkbook } from "../xlsx/exceljs-grids";
import { buildSelfEvaluationWorkbook } from "../fixtures/workbooks";
import { createResultsChannel } from "../../src/ui/results-channel";
import { FakeHost, seedGrids } from "./fake-host";
import { renderPane } from "./render-pane";

describe("task pane: Score", () => {
  it("shows 总分 with the total, the grade, and the chart per 一级指标; writes the plan", async () => {
    const host = new FakeHost(seedGrids({ log: "partial" }));
    const { results } = await renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: "评分" }));

    expect(await screen.findByText("总分 81.2")).toBeTruthy();
    expect(screen.getByText("/ 100")).toBeTruthy();
    expect(screen.getByText("等级 良")).toBeTruthy();
    expect(screen.queryByText("数据不完整")).toBeNull();
    // Outside tools look for `总分` followed by the number, anywhere in the page text.
    expect(document.body.textContent).toMatch(/总分 81\.2(?!\d)/);
    // …exactly once: what is said to screen readers does not repeat it.
    expect(document.body.textContent?.match(/总分/g)).toHaveLength(1);
    expect(screen.getByRole("status").textContent).toBe("评分完成：81.2 分，等级良。");

    const chart = screen.getByRole("img");
    expect(chart.getAttribute("aria-label")).toBe(
      "各一级指标得分：产出指标 67.2 分（满分 79 分），效益指标 14 分（满分 14 分），满意度指标 0 分（满分 7 分）",
    );
    expect(within(chart).getByTitle("产出指标：得分 67.2，满分 79")).toBeTruthy();
    expect(within(chart).getByText("0 / 7")).toBeTruthy();

    // The per-indicator table (folded) has a row per indicator.
    const table = screen.getByRole("table", { hidden: true });
    expect(within(table).getAllByRole("row", { hidden: true })).toHaveLength(12);

    // The write plan went to the host; the result was published for the ribbon's side too.
    expect(host.callsTo("applyPlan")).toHaveLength(1);
    expect(results.last()).toMatchObject({ action: "score", ok: true });
    // Score's report carries the issues as well.
    expect(screen.getByRole("heading", { name: "校验结果" })).toBeTruthy();
  });

  it("says 数据不完整, no grade, and why, when the score is incomplete, for a result the ribbon published", async () => {
    const report = scoreWorkbook(seedGrids({ log: "partial" }));
    // One indicator the log never names: an incomplete score has no grade (DESIGN §5).
    const reason = { code: "no-log-entries", message: "台账中没有该指标的记录" } as const;
    const indicators = report.score.indicators.map((i, n) => (n === 2 ? { ...i, actual: null, score: null, reason } : i));
    const incomplete: ScoreReport = { ...report, score: { ...report.score, indicators, total: 93, grade: null, complete: false } };
    const results = createResultsChannel();
    results.publish({ action: "score", ok: true, report: incomplete, at: 1 });

    const host = new FakeHost(seedGrids({ log: "partial" }));
    await renderPane(host, results);
    expect(screen.getByText("总分 93")).toBeTruthy();
    expect(screen.getByText("等级 未评定（1 项未能评分）")).toBeTruthy();
    expect(screen.queryByText(/^等级 [优良中差]$/)).toBeNull();
    expect(screen.getByText("数据不完整")).toBeTruthy();
    // The warning names the indicator and its reason; its row in the table says 未评分 and why.
    expect(screen.getByText(`${indicators[2].name}：台账中没有该指标的记录`)).toBeTruthy();
    const table = screen.getByRole("table", { hidden: true });
    expect(within(table).getByText("未评分：台账中没有该指标的记录")).toBeTruthy();
    // The pane did not score by itself.
    expect(host.callsTo("applyPlan")).toHaveLength(0);

    // A later ribbon click replaces what is shown.
    act(() => results.publish({ action: "score", ok: true, report: { ...report, score: { ...report.score, total: 55, grade: "差" } }, at: 2 }));
    expect(screen.getByText("总分 55")).toBeTruthy();
    expect(screen.getByText("等级 差")).toBeTruthy();
    expect(screen.queryByText("数据不完整")).toBeNull();
  });

  it("with nothing scored: no total, no grade, and every indicator's reason — never 0 分 差", async () => {
    const host = new FakeHost(seedGrids({ log: "none" }));
    await renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: "评分" }));

    expect(await screen.findByText("总分 —")).toBeTruthy();
    expect(document.body.textContent?.match(/总分/g)).toHaveLength(1);
    expect(screen.getByText("等级 未评定（11 项未能评分）")).toBeTruthy();
    expect(screen.getByText("数据不完整")).toBeTruthy();
    // In the warning, by name; in the (folded) table, in each 得分 cell.
    expect(screen.getAllByText(/^[^未].*：没有台账，实际完成值也未填写$/)).toHaveLength(11);
    expect(within(screen.getByRole("table", { hidden: true })).getAllByText("未评分：没有台账，实际完成值也未填写")).toHaveLength(11);
    expect(screen.getByRole("status").textContent).toBe("评分完成：未评定（11 项未能评分）。");
    expect(document.body.textContent).not.toMatch(/等级\s*差/);
  });

  it("shows the budget block as its own bar", async () => {
    const host = new FakeHost(gridsFromWorkbook(buildSelfEvaluationWorkbook()));
    await renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: "评分" }));
    await screen.findByText(/^总分 /);
    expect(screen.getByRole("img").getAttribute("aria-label")).toMatch(/预算执行 [\d.]+ 分（满分 (10|20) 分）$/);
  });

  it("shows a progress bar while the host works, and the buttons stay focusable but inert", async () => {
    const host = new FakeHost(seedGrids({ log: "partial" }));
    await renderPane(host);
    let release!: () => void;
    host.readGate = new Promise<void>((resolve) => (release = resolve));

    const score = screen.getByRole("button", { name: "评分" });
    fireEvent.click(score);
    const bar = await screen.findByRole("progressbar");
    expect(screen.getByText("正在评分…")).toBeTruthy();
    // The host reported 2 of 2 sheets read.
    await waitFor(() => expect(bar.getAttribute("aria-valuenow")).toBe("1"));
    expect(score.getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(screen.getByRole("button", { name: "校验" })); // ignored while busy
    expect(host.callsTo("readWorkbook")).toHaveLength(2); // detection + this Score

    await act(async () => release());
    await screen.findByText("总分 81.2");
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(score.getAttribute("aria-disabled")).toBeNull();
  });

  it("清除标记 clears the flags only, and says so", async () => {
    const host = new FakeHost(seedGrids({ log: "partial" }));
    await renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: "评分" }));
    await screen.findByText("总分 81.2");

    fireEvent.click(screen.getByRole("button", { name: "清除标记" }));
    // Shown in a message bar, and said to screen readers.
    expect(await screen.findAllByText("已清除标记。")).toHaveLength(2);
    expect(host.callsTo("clearFlags")).toHaveLength(1);
    // Nothing Score wrote is touched: no second plan.
    expect(host.callsTo("applyPlan")).toHaveLength(1);
  });

  it("清除评分 takes out what Score wrote, and says so", async () => {
    const host = new FakeHost(seedGrids({ log: "partial" }));
    await renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: "评分" }));
    await screen.findByText("总分 81.2");

    fireEvent.click(screen.getByRole("button", { name: "清除评分" }));
    expect(await screen.findAllByText("已清除评分：得分行、得分合计、评分填入的值和评分生成的工作表已移除。")).toHaveLength(2);
    expect(screen.queryByText("总分 81.2")).toBeNull();
    // The score lines, the filled cells and the 自评表 go in a second plan.
    const plans = host.callsTo("applyPlan");
    expect(plans).toHaveLength(2);
  });
});
