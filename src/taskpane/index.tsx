/**
 * The Excel task pane's entry: once Office is ready, the pane is mounted with the Office.js host.
 * The page is also the shared runtime of the ribbon commands (see webpack.config.js), so the pane
 * takes the runtime's one Excel host (excelHost(), a createExcelHost() made once): the pane and
 * the ribbon share its memory of the workbook.
 */
import { excelHost } from "../excel/adapter";
import { mountPane } from "./mount";

Office.onReady(() => {
  const container = document.getElementById("root");
  if (container) mountPane(container, excelHost());
});
