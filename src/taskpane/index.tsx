/**
 * The Excel task pane's entry: once Office is ready, the pane is mounted with the Office.js host.
 * (The page is also the shared runtime of the ribbon commands; see webpack.config.js.)
 */
import { createExcelHost } from "../excel/adapter";
import { mountPane } from "./mount";

Office.onReady(() => {
  const container = document.getElementById("root");
  if (container) mountPane(container, createExcelHost());
});
