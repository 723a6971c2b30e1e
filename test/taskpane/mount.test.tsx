/** @jest-environment jsdom */
import "./dom-setup";
import { act, screen, waitFor } from "@testing-library/react";
import { mountPane } from "../../src/taskpane/mount";
import { FakeHost, seedGrids } from "./fake-host";

describe("mountPane", () => {
  it("mounts the pane on an element with the given host, and unmounts it", async () => {
    const element = document.createElement("div");
    document.body.appendChild(element);
    const host = new FakeHost(seedGrids());
    let root!: ReturnType<typeof mountPane>;
    await act(async () => {
      root = mountPane(element, host);
    });
    expect(screen.getByRole("button", { name: "评分" })).toBeTruthy();
    await waitFor(() => expect(host.callsTo("loadSettings").length).toBeGreaterThan(0));
    await waitFor(() => expect(screen.getAllByRole("combobox")[0].textContent).toBe("自动检测（项目绩效目标表）"));
    act(() => root.unmount());
    expect(element.childElementCount).toBe(0);
    element.remove();
  });
});
