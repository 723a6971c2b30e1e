/**
 * Mounts the pane in Excel's task pane: this entry owns the FluentProvider (as Microsoft's React
 * task-pane template does) and the page around the pane, and passes the pane its layout. Returns
 * the React root (unmount() to take it down).
 */
import { StrictMode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-provider";
import { makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { HostPort } from "../app/port";
import { App, EXCEL_LAYOUT } from "../ui/App";

const useStyles = makeStyles({
  // On a wrapper inside the provider, never on the provider: Fluent copies the provider's class onto
  // the portals it mounts (the pickers' lists), which would then cover the page white.
  page: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
});

function TaskPane({ host }: { host: HostPort }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <App host={host} layout={EXCEL_LAYOUT} />
      </div>
    </FluentProvider>
  );
}

export function mountPane(element: HTMLElement, host: HostPort): Root {
  const root = createRoot(element);
  root.render(
    <StrictMode>
      <TaskPane host={host} />
    </StrictMode>,
  );
  return root;
}
