/** @jest-environment jsdom */
/**
 * Issue 13 in the pane: the next-step line, 工作表 / 整张表 in place of A1, the rule explainer,
 * 使用说明 and the 中文 / English switch — the real pane on the fake host, the core for real.
 */
import "./dom-setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { FakeHost, seedGrids } from "./fake-host";
import { groupNamed, renderPane } from "./render-pane";

const nextStep = () => screen.getByTestId("next-step").textContent;

describe("task pane: what to do next", () => {
  it("says to click 校验, then 评分, then what Score wrote (Excel: no 下载)", async () => {
    const host = new FakeHost(seedGrids({ log: "partial" }));
    await renderPane(host);
    expect(nextStep()).toBe("下一步：点击「校验」，检查目标表的格式和内容。");
    fireEvent.click(screen.getByRole("button", { name: "校验" }));
    await screen.findByRole("heading", { name: "校验结果" });
    // The seed: no errors, 4 warnings.
    expect(nextStep()).toBe("校验通过（4 个警告可先查看）。下一步：点击「评分」，根据完成情况台账计算得分。");
    fireEvent.click(screen.getByRole("button", { name: "评分" }));
    await screen.findByText("总分 81.2");
    expect(nextStep()).toBe("得分已写入各指标，并已生成「绩效自评表」。请检查后保存工作簿。");
  });

  it("names the sheet, not A1, when there is no log sheet", async () => {
    const grids = seedGrids({ log: "partial" });
    grids.sheets = grids.sheets.filter((s) => s.sheet !== "完成情况台账");
    const host = new FakeHost(grids);
    await renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: "校验" }));
    await screen.findByRole("heading", { name: "校验结果" });
    const group = groupNamed("工作表「项目绩效目标表」");
    const entry = within(group).getByRole("button", { name: /log-sheet-not-found/ });
    expect(within(entry).getByText("工作表")).toBeTruthy();
    expect(entry.textContent).not.toMatch(/A1/);
    expect(entry.getAttribute("title")).toBe("转到工作表「项目绩效目标表」");
    expect(screen.queryByRole("heading", { name: /第 1 行/ })).toBeNull();
  });
});

describe("task pane: its pages", () => {
  it("explains a rule with the same code as `jixiao rule`", async () => {
    const host = new FakeHost(seedGrids({ log: "partial" }));
    await renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: "评分标准解读" }));
    await screen.findByRole("heading", { name: "评分标准解读" });
    fireEvent.change(screen.getByLabelText("评（扣）分标准"), { target: { value: "完成率×分值" } });
    fireEvent.change(screen.getByLabelText("指标值"), { target: { value: "100%" } });
    fireEvent.change(screen.getByLabelText("实际完成值"), { target: { value: "90%" } });
    const out = screen.getByTestId("rule-explained");
    // The rule states no points: the pane asks for 分值 (never for a CLI flag).
    expect(out.textContent).toContain("这条标准没有写明满分：请在「分值」中填写该指标的分值。");
    fireEvent.change(screen.getByLabelText("分值"), { target: { value: "10" } });
    // 10 × min(1, 90 ÷ 100) = 9.
    expect(within(out).getByText("得 9 分（满分 10 分）")).toBeTruthy();
    expect(out.textContent).toContain("10 × min(1, 90 ÷ 100) = 9");
    expect(out.textContent).toContain("按完成比例计分");
    fireEvent.change(screen.getByLabelText("分值"), { target: { value: "-1" } });
    expect(screen.getByText("分值应为不小于 0 的数字。")).toBeTruthy();
    // Back to the actions: the pickers are there again.
    fireEvent.click(screen.getByRole("button", { name: "校验与评分" }));
    // The two sheet pickers and 评分方案.
    expect(await screen.findAllByRole("combobox")).toHaveLength(3);
  });

  it("shows 使用说明, naming each button and where the data stays", async () => {
    const host = new FakeHost(seedGrids({ log: "partial" }));
    await renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: "使用说明" }));
    await screen.findByRole("heading", { name: "使用说明" });
    const main = screen.getByRole("main").textContent ?? "";
    expect(main).toContain("工作簿只在您这台电脑的 Excel 中读取和计算");
    expect(main).toContain("红色：错误");
    expect(screen.getByRole("table").textContent).toContain("三级指标");
    expect(screen.getByRole("button", { name: "使用说明" }).getAttribute("aria-current")).toBe("page");
  });

  it("switches to English and back: the words, the report on show and the host's language for the next action", async () => {
    const host = new FakeHost(seedGrids({ log: "partial" }));
    await renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: "校验" }));
    await screen.findByRole("heading", { name: "校验结果" });
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(await screen.findByRole("button", { name: "Validate" })).toBeTruthy();
    expect(screen.getByRole("main").getAttribute("lang")).toBe("en");
    expect(screen.getByRole("button", { name: "English" }).getAttribute("aria-pressed")).toBe("true");
    // The shown report is reworded from its codes: the English message, without a new Validate.
    await waitFor(() => expect(within(groupNamed(/^Row 10 · /)).getByRole("button", { name: /content-duplicate/ }).textContent).toMatch(/The description is the same as row 9/));
    expect(host.callsTo("readWorkbook")).toHaveLength(2); // detection, then the one Validate
    fireEvent.click(screen.getByRole("button", { name: "Score" }));
    expect(await screen.findByText("Total 81.2")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "中文" }));
    expect(await screen.findByText("总分 81.2")).toBeTruthy();
  });
});
