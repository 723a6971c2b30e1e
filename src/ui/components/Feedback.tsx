/**
 * What the pane says while an action runs (a progress bar) and after it failed or cleared (message
 * bars). A lazy chunk: the first paint shows neither, and MessageBar brings its own motion code.
 */
import { Button } from "@fluentui/react-button";
import { Field } from "@fluentui/react-field";
import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-message-bar";
import { ProgressBar } from "@fluentui/react-progress";
import type { Failure } from "../pane-state";
import type { PaneState } from "../use-pane";

/** The progress bar, under a visible label (main page) or named for screen readers only. */
export function Working({ label, progress, labelled }: { label: string; progress: number | undefined; labelled: boolean }) {
  if (!labelled) return <ProgressBar aria-label={label} />;
  return (
    <Field label={label}>
      <ProgressBar value={progress} max={1} />
    </Field>
  );
}

/** What went wrong, or what 清除 did. */
export function Banners({ pane }: { pane: PaneState }) {
  const { t, error, notice } = pane;
  return (
    <>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{failureTitle(pane, error.failed)}</MessageBarTitle>
            {error.message || t.genericError}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={pane.dismissError}>
              {t.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{t.notice(notice)}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

function failureTitle(pane: PaneState, failed: Failure): string {
  return failed === "load" || failed === "select" || failed === "settings" ? pane.t.failedStep[failed] : pane.t.failed[failed];
}
