/*
 * PLACEHOLDER task pane entry, to be replaced by the real pane (React + Fluent UI v9).
 * It only proves the build and the page wiring: it renders "Jixiao" once Office is ready.
 */
import { createRoot } from "react-dom/client";

Office.onReady(() => {
  const container = document.getElementById("root");
  if (container) createRoot(container).render(<div>Jixiao</div>);
});
