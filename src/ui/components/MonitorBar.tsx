/**
 * 监控 (DESIGN §9) with its date: a Fluent Field around a native date input (default today, set by
 * the pane) and the button. A lazy chunk of its own: Field and Input are not in the first paint.
 */
import { useId } from "react";
import { Button } from "@fluentui/react-button";
import { Field } from "@fluentui/react-field";
import { Input } from "@fluentui/react-input";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core";
import type { Action, PaneStrings } from "../i18n";
import { yearStringsFor } from "../year-strings";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: "0" },
  hint: { margin: "0", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2 },
  bar: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  field: { flex: "1 1 12rem", minWidth: "0", maxWidth: "20rem" },
  input: { minWidth: "0", width: "100%" },
  button: { minWidth: "72px" },
});

export interface MonitorBarProps {
  t: PaneStrings;
  lang: Lang;
  asOf: string;
  busy: Action | null;
  primary: boolean;
  onAsOf(asOf: string): void;
  onRun(): void;
}

export default function MonitorBar({ t, lang, asOf, busy, primary, onAsOf, onRun }: MonitorBarProps) {
  const styles = useStyles();
  const y = yearStringsFor(lang);
  const hintId = useId();
  // The hint under the row, not Field's own: the button lines up with the input, not the hint.
  return (
    <div className={styles.section}>
      <div className={styles.bar}>
        <Field className={styles.field} label={y.asOf}>
          <Input className={styles.input} type="date" value={asOf} aria-describedby={hintId} onChange={(_, data) => onAsOf(data.value)} />
        </Field>
        <Button className={styles.button} appearance={primary ? "primary" : "secondary"} disabledFocusable={busy !== null} onClick={onRun}>
          {t.actions.monitor}
        </Button>
      </div>
      <p id={hintId} className={styles.hint}>
        {y.asOfHint}
      </p>
    </div>
  );
}
