/** @jest-environment jsdom */
import "./dom-setup";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { FakeHost, seedGrids, setGridCell } from "./fake-host";
import { groupNamed, renderPane } from "./render-pane";
import { SEED_NAMES } from "../fixtures/workbooks";

const TARGET = "项目绩效目标表";

async function validated(host: FakeHost) {
  await renderPane(host);
  fireEvent.click(screen.getByRole("button", { name: "校验" }));
  await screen.findByRole("heading", { name: "校验结果" });
}

describe("task pane: Validate", () => {
  it("shows the issues grouped by row, each with its code, cell and message, and flags them", async () => {
    const host = new FakeHost(seedGrids({ log: "partial" }));
    await validated(host);

    // Row 10 (the 专报 row) has two issues: no log entries (G10) and copied 指标内容 (S10).
    const group = groupNamed(`第 10 行 · ${SEED_NAMES.special}`);
    const entries = within(group).getAllByRole("button");
    expect(entries).toHaveLength(2);
    const dup = within(group).getByRole("button", { name: /content-duplicate/ });
    expect(within(dup).getByText("S10")).toBeTruthy();
    expect(within(dup).getByText("content-duplicate")).toBeTruthy();
    expect(within(dup).getByText("警告")).toBeTruthy();
    expect(dup.textContent).toMatch(/指标内容/);
    expect(within(group).getByRole("button", { name: /log-no-entries/ }).textContent).toContain("G10");

    // Groups follow the rows: 10, 20, 22 (the two 100 % targets are target-suspicious).
    const headings = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([`第 10 行 · ${SEED_NAMES.special}`, expect.stringMatching(/^第 20 行 · /), expect.stringMatching(/^第 22 行 · /)]);
    expect(screen.getByText("11 个指标 · 0 个错误 · 4 个警告")).toBeTruthy();
    expect(screen.getByText("校验通过")).toBeTruthy();

    // The host was asked to flag exactly the issues shown.
    const flagged = host.callsTo("flagIssues")[0][0] as { code: string }[];
    expect(flagged.map((i) => i.code).sort()).toEqual(["content-duplicate", "log-no-entries", "target-suspicious", "target-suspicious"]);
  });

  it("filters by severity with counts on the toggles", async () => {
    const grids = seedGrids({ log: "partial" });
    setGridCell(grids, TARGET, "I8", "≈"); // operator-invalid, an error on row 8
    const host = new FakeHost(grids);
    await validated(host);

    const errors = screen.getByRole("button", { name: "错误 1" });
    const warnings = screen.getByRole("button", { name: "警告 4" });
    expect(screen.getByRole("button", { name: "提示 0" })).toBeTruthy();
    expect(errors.getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByRole("button", { name: /operator-invalid/ })).toBeTruthy();
    expect(screen.getAllByRole("button", { name: /target-suspicious/ })).toHaveLength(2);

    fireEvent.click(warnings);
    expect(warnings.getAttribute("aria-pressed")).toBe("false");
    expect(screen.queryByRole("button", { name: /target-suspicious|content-duplicate|log-no-entries/ })).toBeNull();
    expect(screen.getByRole("button", { name: /operator-invalid/ })).toBeTruthy();
    // A row left with no shown issue disappears with its heading.
    expect(screen.queryByRole("heading", { name: /^第 20 行/ })).toBeNull();

    fireEvent.click(errors);
    expect(screen.getByText("所选类别中没有问题。")).toBeTruthy();

    fireEvent.click(warnings);
    expect(screen.getAllByRole("button", { name: /target-suspicious/ })).toHaveLength(2);
    expect(screen.queryByRole("button", { name: /operator-invalid/ })).toBeNull();
  });

  it("selects the issue's cell on click and on Enter", async () => {
    const host = new FakeHost(seedGrids({ log: "partial" }));
    await validated(host);

    fireEvent.click(screen.getByRole("button", { name: /content-duplicate/ }));
    await waitFor(() => expect(host.callsTo("selectCell")).toEqual([[TARGET, "S10"]]));

    const suspicious = screen.getAllByRole("button", { name: /target-suspicious/ })[1];
    suspicious.focus();
    expect(document.activeElement).toBe(suspicious);
    fireEvent.keyDown(suspicious, { key: "Enter" });
    await waitFor(() => expect(host.callsTo("selectCell")).toEqual([[TARGET, "S10"], [TARGET, "K22"]]));
    // Other keys do nothing.
    fireEvent.keyDown(suspicious, { key: "a" });
    expect(host.callsTo("selectCell")).toHaveLength(2);
  });

  it("names the log sheet on rows of the log, and selects cells there", async () => {
    const grids = seedGrids({ log: "partial" });
    setGridCell(grids, "完成情况台账", "B2", "不存在的指标");
    const host = new FakeHost(grids);
    await validated(host);

    const group = groupNamed("完成情况台账 · 第 2 行");
    fireEvent.click(within(group).getByRole("button", { name: /log-unknown-indicator/ }));
    await waitFor(() => expect(host.callsTo("selectCell")).toEqual([["完成情况台账", "B2"]]));
  });

  it("keeps a keyboard-only tab order: pages, language, actions, pickers, filters, then the issues", async () => {
    const host = new FakeHost(seedGrids({ log: "partial" }));
    await validated(host);
    // Fluent renders each Dropdown's "clear" button hidden (display: none, which jsdom does not apply).
    const tabbable = Array.from(document.querySelectorAll<HTMLElement>("button, input, [tabindex]:not([tabindex='-1']), summary, a[href]")).filter(
      (el) => !el.hasAttribute("disabled") && el.tabIndex >= 0 && !el.classList.contains("fui-Dropdown__clearButton"),
    );
    const names = tabbable.map((el) => el.getAttribute("aria-label") ?? el.textContent ?? "");
    expect(names.slice(0, 5)).toEqual(["校验与评分", "评分标准解读", "使用说明", "中文", "English"]);
    expect(names.slice(5, 10)).toEqual(["校验", "评分", "清除标记", "清除评分", "新建台账"]);
    // 目标表, 完成情况台账, 评分方案; then 监控's date field and its button.
    expect(tabbable.slice(10, 13).map((el) => el.getAttribute("role"))).toEqual(["combobox", "combobox", "combobox"]);
    expect(tabbable[13].getAttribute("type")).toBe("date");
    expect(names[14]).toBe("监控");
    expect(names.slice(15, 18)).toEqual(["错误 0", "警告 4", "提示 0"]);
    expect(names[18]).toMatch(/^警告log-no-entriesG10/);
    expect(tabbable.every((el) => el.tagName === "BUTTON" || el.getAttribute("role") === "combobox" || el.getAttribute("type") === "date")).toBe(true);
  });

  it("renders HTML in cell text as text, never as markup", async () => {
    const grids = seedGrids({ log: "partial" });
    const evil = "<img src=x onerror=alert(1)>";
    setGridCell(grids, TARGET, "G10", evil); // the 专报 row's name: it has issues, so a group heading
    const host = new FakeHost(grids);
    const { container } = await renderPane(host);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "校验" }));
    });
    await screen.findByRole("heading", { name: `第 10 行 · ${evil}` });
    expect(container.querySelector("img")).toBeNull();
    expect(document.querySelector("img")).toBeNull();
  });
});
