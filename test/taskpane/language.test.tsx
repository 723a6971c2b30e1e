/** @jest-environment jsdom */
import "./dom-setup";
import { fireEvent, screen } from "@testing-library/react";
import { StaleWorkbookError } from "../../src/app/port";
import { SEED_NAMES } from "../fixtures/workbooks";
import { FakeHost, seedGrids } from "./fake-host";
import { groupNamed, renderPane } from "./render-pane";

describe("task pane: English when the host's language is en", () => {
  it("labels, issue groups, messages and the score line are English", async () => {
    const host = new FakeHost(seedGrids({ log: "partial" }), { lang: "en" });
    await renderPane(host);
    expect(screen.getByRole("button", { name: "Validate" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Clear marks" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Clear score" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "校验" })).toBeNull();
    expect(screen.getByRole("combobox", { name: "Target sheet" }).textContent).toBe("Detect automatically (项目绩效目标表)");
    expect(screen.getByRole("main").getAttribute("lang")).toBe("en");

    fireEvent.click(screen.getByRole("button", { name: "Score" }));
    expect(await screen.findByText("Total 81.2")).toBeTruthy();
    expect(screen.getByText("Grade 良 (good)")).toBeTruthy();
    expect(screen.getByRole("img").getAttribute("aria-label")).toMatch(/^Score by first-level indicator: 产出指标 67.2 of 79, /);

    const group = groupNamed(`Row 10 · ${SEED_NAMES.special}`);
    expect(group.textContent).toMatch(/content-duplicate/);
    expect(group.textContent).not.toMatch(/请/); // the core's English messages
    expect(screen.getByRole("button", { name: "Warning 4" })).toBeTruthy();
  });

  it("says an incomplete score is not graded, and why each indicator was not scored, in English", async () => {
    const host = new FakeHost(seedGrids({ log: "none" }), { lang: "en" });
    await renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: "Score" }));
    expect(await screen.findByText("Total —")).toBeTruthy();
    expect(screen.getByText("Grade not graded (11 indicators could not be scored)")).toBeTruthy();
    expect(screen.getAllByText(/^(?!not scored).*: no log sheet, and nothing typed in 实际完成值$/)).toHaveLength(11);
    expect(screen.getAllByText("not scored: no log sheet, and nothing typed in 实际完成值")).toHaveLength(11);
    expect(screen.getByRole("status").textContent).toBe("Score finished: no points, not graded (11 indicators could not be scored).");
  });

  it("says the stale-sheet message in English", async () => {
    const host = new FakeHost(seedGrids({ log: "partial" }), { lang: "en" });
    await renderPane(host);
    host.fail.applyPlan = new StaleWorkbookError("项目绩效目标表", "Q8");
    fireEvent.click(screen.getByRole("button", { name: "Score" }));
    expect(await screen.findByText("The sheet was changed while scoring. Please score again.")).toBeTruthy();
    expect(screen.getAllByText("Score did not finish").length).toBeGreaterThan(0);
  });
});
