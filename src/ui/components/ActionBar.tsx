/**
 * The actions staff click: 校验, 评分, 清除标记, 清除评分, 新建台账 (Validate, Score, Clear marks, Clear
 * score, New log sheet). 监控 sits with its date field (MonitorBar).
 */
import { Button } from "@fluentui/react-button";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Action, PaneStrings } from "../i18n";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  // Fluent's 96 px minimum puts the third button on its own line in a 320 px pane.
  button: { minWidth: "72px" },
});

export interface ActionBarProps {
  t: PaneStrings;
  busy: Action | null;
  /** The one primary button: 校验 before a report, 评分 once the table is fit to score. */
  primary: "validate" | "score" | "monitor" | null;
  onRun(action: Action): void;
}

export function ActionBar({ t, busy, primary, onRun }: ActionBarProps) {
  const styles = useStyles();
  // While one action runs the buttons stay focusable (keyboard users keep their place) but inert.
  const inert = busy !== null;
  return (
    <div className={styles.bar} role="group" aria-label={t.actionsLabel}>
      <Button className={styles.button} appearance={primary === "validate" ? "primary" : "secondary"} disabledFocusable={inert} onClick={() => onRun("validate")}>
        {t.actions.validate}
      </Button>
      <Button className={styles.button} appearance={primary === "score" ? "primary" : "secondary"} disabledFocusable={inert} onClick={() => onRun("score")}>
        {t.actions.score}
      </Button>
      <Button className={styles.button} appearance="secondary" disabledFocusable={inert} onClick={() => onRun("clear")}>
        {t.actions.clear}
      </Button>
      <Button className={styles.button} appearance="secondary" disabledFocusable={inert} onClick={() => onRun("clearScore")}>
        {t.actions.clearScore}
      </Button>
      <Button className={styles.button} appearance="secondary" disabledFocusable={inert} onClick={() => onRun("logTemplate")}>
        {t.actions.logTemplate}
      </Button>
    </div>
  );
}
