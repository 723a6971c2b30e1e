/** @jest-environment jsdom */
/**
 * 评分方案 in the pane's settings (issue 15, DESIGN §10): the built-in profiles by their labels,
 * the choice remembered through saveSettings and used by Score, Validate and 监控.
 */
import "./dom-setup";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { scoreWorkbook, YITIHUA_PROFILE, type WorkbookGrids } from "../../src/core";
import { gridsFromWorkbook } from "../xlsx/exceljs-grids";
import { buildSelfEvaluationWorkbook } from "../fixtures/workbooks";
import { FakeHost } from "./fake-host";
import { renderPane } from "./render-pane";

/**
 * The 自评表 sample as staff left it (test/cli/score.test.ts): 报告完成时限 400 天 against ≤365天,
 * and 6 typed as 报告完成质量's 得分 — the two places where 一体化 scores differently.
 */
function editedSelfEvaluation(): WorkbookGrids {
  const wb = buildSelfEvaluationWorkbook();
  const ws = wb.getWorksheet("项目支出绩效自评表")!;
  ws.getCell("F20").value = "400天";
  ws.getCell("H19").value = 6;
  return gridsFromWorkbook(wb);
}

async function pickProfile(label: string) {
  const picker = screen.getByRole("combobox", { name: "评分方案" });
  await act(async () => {
    fireEvent.click(picker);
  });
  fireEvent.click(await screen.findByRole("option", { name: label }));
}

describe("task pane: 评分方案", () => {
  it("offers the built-in profiles by their labels, 默认 first", async () => {
    const host = new FakeHost(editedSelfEvaluation());
    await renderPane(host);
    const picker = screen.getByRole("combobox", { name: "评分方案" });
    await waitFor(() => expect(picker.textContent).toBe("默认（财政部项目支出绩效自评）"));
    await act(async () => {
      fireEvent.click(picker);
    });
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["默认（财政部项目支出绩效自评）", "预算管理一体化系统", "预算执行 20 分（省级示例）"]);
  });

  it("remembers 一体化 through saveSettings, and Score uses it: the pane's total is the core's under yitihua", async () => {
    const grids = editedSelfEvaluation();
    const expected = scoreWorkbook(editedSelfEvaluation(), { profile: YITIHUA_PROFILE }).score.total;
    // By hand (test/core/profiles-score.test.ts): 75.17 + 6 (the typed 得分, inside 达成's 5.6–7)
    // + 7 × max(0, 1 − (400 − 365) ÷ 365) = 6.33 + 9.5 = 97; under default 98.06.
    expect(expected).toBe(97);
    const host = new FakeHost(grids);
    await renderPane(host);
    await pickProfile("预算管理一体化系统");
    await waitFor(() => expect(host.callsTo("saveSettings")).toEqual([[{ profile: "yitihua" }]]));
    expect(host.settings).toEqual({ profile: "yitihua" });

    fireEvent.click(screen.getByRole("button", { name: "评分" }));
    expect(await screen.findByText(`总分 ${expected}`)).toBeTruthy();
  });

  it("starts from the remembered profile; back to 默认 forgets it, and Score gives the default total", async () => {
    const host = new FakeHost(editedSelfEvaluation(), { settings: { profile: "yitihua" } });
    await renderPane(host);
    await waitFor(() => expect(screen.getByRole("combobox", { name: "评分方案" }).textContent).toBe("预算管理一体化系统"));
    await pickProfile("默认（财政部项目支出绩效自评）");
    await waitFor(() => expect(host.settings).toEqual({}));
    fireEvent.click(screen.getByRole("button", { name: "评分" }));
    expect(await screen.findByText("总分 98.06")).toBeTruthy();
  });

  it("监控 names the profile it used", async () => {
    const host = new FakeHost(editedSelfEvaluation(), { settings: { profile: "budget20" } });
    await renderPane(host);
    fireEvent.change(await screen.findByLabelText("监控日"), { target: { value: "2022-06-30" } });
    fireEvent.click(screen.getByRole("button", { name: "监控" }));
    expect(await screen.findByText(/评分方案：预算执行 20 分（省级示例）$/)).toBeTruthy();
    // The budget part, by hand: 执行进度 72.2 ÷ 76 = 95.00 %, 时间进度 181 ÷ 365 = 49.59 %,
    // 全年预计执行率 0.95 ÷ (181 ÷ 365) = 1.9157 → 191.57 %; execution ahead of time: no warning.
    expect(screen.getByRole("heading", { name: "预算执行（万元）" })).toBeTruthy();
    const shown = (label: string) => screen.getByText(label, { selector: "dt" }).nextElementSibling!.textContent;
    expect([shown("全年预算数"), shown("截至监控日执行数"), shown("执行进度"), shown("时间进度"), shown("全年预计执行率")]).toEqual(["76", "72.2", "95.00%", "49.59%", "191.57%"]);
    expect(screen.queryByText(/执行进度落后时间进度/)).toBeNull();
  });
});
