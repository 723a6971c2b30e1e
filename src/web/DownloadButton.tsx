/**
 * 下载: the workbook as it is now, and the line under the button that says what Download gives.
 * A file read for reports only (.xls) is refused with the way forward (save as .xlsx first), as
 * the CLI's `--out` refuses it (DESIGN §6 Files).
 */
import { useSyncExternalStore } from "react";
import { Button } from "@fluentui/react-components";
import { saveBytes } from "./download";
import { usePageStyles } from "./page-styles";
import type { PageStrings } from "./strings";
import type { WebHost } from "./web-host";

/** Download the workbook as it is now; from then on nothing is unsaved until the next Score. */
export function download(host: WebHost): void {
  saveBytes(host.bytes(), host.downloadName());
  host.markSaved();
}

export function DownloadButton({ host, t, hintId }: { host: WebHost; t: PageStrings; hintId: string }) {
  const styles = usePageStyles();
  const view = useSyncExternalStore(host.subscribe, host.view);
  const name = host.downloadName();
  return (
    <div className={styles.downloadBox}>
      <Button appearance={view.unsaved ? "primary" : "secondary"} disabledFocusable={!view.changed || host.readOnly} aria-describedby={hintId} onClick={() => download(host)}>
        {t.download}
      </Button>
      <span id={hintId} className={styles.hint} role="status">
        {host.readOnly ? t.downloadReadOnly : !view.changed ? t.downloadHint : view.unsaved ? t.downloadReady(name) : t.downloaded(name)}
      </span>
    </div>
  );
}

