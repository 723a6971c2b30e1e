/** @jest-environment jsdom */
import "./dom-setup";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { StaleWorkbookError } from "../../src/app/port";
import { App } from "../../src/ui/App";
import { createResultsChannel } from "../../src/ui/results-channel";
import { FakeHost, seedGrids } from "./fake-host";
import { renderPane } from "./render-pane";

describe("task pane: errors from the host", () => {
  it("shows the host's message in a message bar instead of throwing, and recovers", async () => {
    const host = new FakeHost(seedGrids({ log: "partial" }));
    await renderPane(host);
    host.fail.readWorkbook = new Error("无法读取工作簿：请先退出单元格编辑状态，然后重试。");
    fireEvent.click(screen.getByRole("button", { name: "校验" }));

    expect(await screen.findByText("无法读取工作簿：请先退出单元格编辑状态，然后重试。")).toBeTruthy();
    expect(screen.getAllByText("校验未完成").length).toBeGreaterThan(0);
    expect(screen.queryByRole("heading", { name: "校验结果" })).toBeNull();

    // The user fixes it and tries again: the message goes, the result comes.
    delete host.fail.readWorkbook;
    fireEvent.click(screen.getByRole("button", { name: "校验" }));
    await screen.findByRole("heading", { name: "校验结果" });
    expect(screen.queryByText("无法读取工作簿：请先退出单元格编辑状态，然后重试。")).toBeNull();
  });

  it("says to score again when the sheet changed during Score (StaleWorkbookError)", async () => {
    const host = new FakeHost(seedGrids({ log: "partial" }));
    await renderPane(host);
    host.fail.applyPlan = new StaleWorkbookError("项目绩效目标表", "Q8");
    fireEvent.click(screen.getByRole("button", { name: "评分" }));
    expect(await screen.findByText("工作表在评分期间被修改，请重新评分。")).toBeTruthy();
    expect(screen.queryByText(/Sheet .* changed/)).toBeNull();
    expect(screen.queryByText(/^总分/)).toBeNull();
  });

  it("never shows a raw exception or stack: a runtime error becomes a plain sentence", async () => {
    const host = new FakeHost(seedGrids({ log: "partial" }));
    await renderPane(host);
    const bug = new TypeError("Cannot read properties of undefined (reading 'values')");
    bug.stack = "TypeError: Cannot read properties of undefined\n    at readWorkbook (adapter.ts:12:3)";
    host.fail.readWorkbook = bug;
    fireEvent.click(screen.getByRole("button", { name: "评分" }));
    expect(await screen.findByText(/发生了意外错误。请重试/)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Cannot read|adapter\.ts|\bat readWorkbook/);

    // Not even an Error: still a plain sentence.
    host.fail.readWorkbook = { code: 42 };
    fireEvent.click(screen.getByRole("button", { name: "校验" }));
    await waitFor(() => expect(screen.getAllByText("校验未完成").length).toBeGreaterThan(0));
    expect(document.body.textContent).not.toMatch(/\[object Object\]|42/);
  });

  it("reports a failed selectCell, a failed save, and a ribbon error, each as a message", async () => {
    const host = new FakeHost(seedGrids({ log: "partial" }));
    const results = createResultsChannel();
    await renderPane(host, results);
    fireEvent.click(screen.getByRole("button", { name: "校验" }));
    await screen.findByRole("heading", { name: "校验结果" });

    host.fail.selectCell = new Error("工作表「项目绩效目标表」已被保护，无法选择单元格。");
    fireEvent.click(screen.getByRole("button", { name: /content-duplicate/ }));
    expect(await screen.findByText("工作表「项目绩效目标表」已被保护，无法选择单元格。")).toBeTruthy();
    expect(screen.getByText("无法定位到单元格")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "关闭" }));
    expect(screen.queryByText("无法定位到单元格")).toBeNull();

    act(() => results.publish({ action: "score", ok: false, message: "找不到完成情况台账。请添加台账后重新评分。", at: 3 }));
    expect(screen.getByText("找不到完成情况台账。请添加台账后重新评分。")).toBeTruthy();
    expect(screen.getByText("评分未完成")).toBeTruthy();
  });

  it("shows a message when the workbook cannot be listed at all", async () => {
    const host = new FakeHost(seedGrids());
    host.fail.listSheets = new Error("工作簿不可用。");
    render(<App host={host} results={createResultsChannel()} />);
    expect(await screen.findByText("工作簿不可用。")).toBeTruthy();
    expect(screen.getByText("无法读取工作簿")).toBeTruthy();
    // The actions are still there.
    expect(screen.getByRole("button", { name: "校验" })).toBeTruthy();
  });
});
