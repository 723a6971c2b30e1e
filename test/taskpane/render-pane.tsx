/** Renders the pane on a fake host with a results channel of its own, and waits for it to settle. */
import "./dom-setup";
import { render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { createResultsChannel, type ResultsChannel } from "../../src/taskpane/results-channel";
import type { FakeHost } from "./fake-host";

export async function renderPane(host: FakeHost, results: ResultsChannel = createResultsChannel()) {
  const utils = render(<App host={host} results={results} />);
  // Loaded: sheets listed, settings read, and the detection read done.
  await waitFor(() => expect(host.callsTo("readWorkbook").length).toBeGreaterThan(0));
  await waitFor(() => expect(screen.getAllByRole("combobox")[0].textContent).not.toBe(""));
  return { ...utils, results };
}

/** The list item of the issue group whose heading is exactly `name`. */
export function groupNamed(name: string): HTMLElement {
  const heading = screen.getByRole("heading", { name });
  const item = heading.closest("li");
  if (!item) throw new Error(`heading ${name} is not in a list item`);
  return item as HTMLElement;
}
