/** Renders the pane on a fake host with a results channel of its own, and waits for it to settle. */
import "./dom-setup";
import { render, screen, waitFor } from "@testing-library/react";
import { FluentProvider } from "@fluentui/react-provider";
import { webLightTheme } from "@fluentui/react-components";
import { App, type AppProps } from "../../src/ui/App";
import { createResultsChannel, type ResultsChannel } from "../../src/ui/results-channel";
import type { FakeHost } from "./fake-host";

const UNSETTLED = ["自动检测", "Detect automatically"];

/** As the task pane's entry mounts it: inside the FluentProvider the entry owns. */
export async function renderPane(host: FakeHost, results: ResultsChannel = createResultsChannel(), props: Partial<AppProps> = {}) {
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} results={results} {...props} />
    </FluentProvider>,
  );
  // Settled: sheets listed, settings read, detection done. Until then a picker with no remembered
  // sheet says just 自动检测; after, 自动检测（sheet）or 自动检测（未找到）, or the remembered sheet.
  await waitFor(() => expect(host.callsTo("readWorkbook").length).toBeGreaterThan(0));
  await waitFor(() => {
    for (const picker of screen.getAllByRole("combobox")) expect(UNSETTLED).not.toContain(picker.textContent);
  });
  return { ...utils, results };
}

/** The list item of the issue group whose heading is exactly `name`. */
export function groupNamed(name: string | RegExp): HTMLElement {
  const heading = screen.getByRole("heading", { name });
  const item = heading.closest("li");
  if (!item) throw new Error(`heading ${name} is not in a list item`);
  return item as HTMLElement;
}
