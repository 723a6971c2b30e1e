/**
 * Mounts the pane on an element with a given host: the Excel task pane passes the Office.js host,
 * the standalone web page its exceljs host. Returns the React root (unmount() to take it down).
 */
import { StrictMode } from "react";
import { createRoot, type Root } from "react-dom/client";
import type { HostPort } from "../app/port";
import { App } from "./App";

export function mountPane(element: HTMLElement, host: HostPort): Root {
  const root = createRoot(element);
  root.render(
    <StrictMode>
      <App host={host} />
    </StrictMode>,
  );
  return root;
}
