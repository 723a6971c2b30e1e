/** @jest-environment jsdom */
import "./dom-setup";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import type { WorkbookGrids } from "../../src/core";
import { FakeHost, seedGrids, tidyGrids } from "./fake-host";
import { renderPane } from "./render-pane";

/** The seed (项目绩效目标表 + 完成情况台账) plus a second table (绩效目标, the tidy layout). */
function twoTables(): WorkbookGrids {
  return { sheets: [...seedGrids({ log: "partial" }).sheets, ...tidyGrids().sheets] };
}

/** Opens the list (the pane refreshes the sheet names then) and picks an option. */
async function open(combobox: HTMLElement) {
  await act(async () => {
    fireEvent.click(combobox);
  });
}

async function pick(combobox: HTMLElement, option: string) {
  await open(combobox);
  fireEvent.click(screen.getByRole("option", { name: option }));
}

describe("task pane: sheet pickers", () => {
  it("names the sheets detection picks, and lists the sheets that can be the target (not the log)", async () => {
    const host = new FakeHost(twoTables());
    await renderPane(host);
    const target = screen.getByRole("combobox", { name: "目标表" });
    const log = screen.getByRole("combobox", { name: "完成情况台账" });
    expect(target.textContent).toBe("自动检测（项目绩效目标表）");
    expect(log.textContent).toBe("自动检测（完成情况台账）");

    await open(target);
    expect(host.callsTo("listSheets")).toHaveLength(2);
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["自动检测（项目绩效目标表）", "项目绩效目标表", "绩效目标"]);
  });

  it("remembers an override through saveSettings and uses it for Validate", async () => {
    const host = new FakeHost(twoTables());
    await renderPane(host);
    const target = screen.getByRole("combobox", { name: "目标表" });

    await pick(target, "绩效目标");
    await waitFor(() => expect(host.callsTo("saveSettings")).toEqual([[{ targetSheet: "绩效目标" }]]));
    expect(target.textContent).toBe("绩效目标");

    fireEvent.click(screen.getByRole("button", { name: "校验" }));
    await screen.findByRole("heading", { name: "校验结果" });
    // The tidy table has 7 indicators (the seed 11): Validate read the chosen sheet.
    expect(screen.getByText(/^7 个指标/)).toBeTruthy();

    // Back to detection: the choice is forgotten.
    await pick(target, "自动检测（项目绩效目标表）");
    await waitFor(() => expect(host.callsTo("saveSettings")[1]).toEqual([{}]));
    expect(host.settings).toEqual({});
  });

  it("starts from the remembered choice, and ignores one whose sheet is gone", async () => {
    const host = new FakeHost(twoTables(), { settings: { targetSheet: "绩效目标", logSheet: "旧台账" } });
    await renderPane(host);
    await waitFor(() => expect(screen.getByRole("combobox", { name: "目标表" }).textContent).toBe("绩效目标"));
    // 旧台账 no longer exists: detection again (the tidy table has no log of its own, the seed's is found).
    expect(screen.getByRole("combobox", { name: "完成情况台账" }).textContent).toBe("自动检测（完成情况台账）");

    fireEvent.click(screen.getByRole("button", { name: "校验" }));
    await screen.findByRole("heading", { name: "校验结果" });
    expect(screen.getByText(/^7 个指标/)).toBeTruthy();
    expect(host.callsTo("saveSettings")).toHaveLength(0);
  });

  it("says when detection finds no table", async () => {
    const host = new FakeHost({ sheets: [{ sheet: "Sheet1", origin: { row: 0, col: 0 }, values: [["名称", "数值"]], merges: [] }] });
    await renderPane(host);
    expect(screen.getByRole("combobox", { name: "目标表" }).textContent).toBe("自动检测（未找到）");
    fireEvent.click(screen.getByRole("button", { name: "校验" }));
    expect(await screen.findByRole("button", { name: /table-not-found/ })).toBeTruthy();
  });
});
