/** Toggles that show or hide issues by severity (错误 / 警告 / 提示), each with its count. */
import { ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../../core";
import type { PaneStrings } from "../i18n";
import { SEVERITIES } from "../issue-groups";

const useStyles = makeStyles({
  group: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

export interface SeverityFilterProps {
  t: PaneStrings;
  counts: Record<Severity, number>;
  shown: ReadonlySet<Severity>;
  onToggle(severity: Severity): void;
}

export function SeverityFilter({ t, counts, shown, onToggle }: SeverityFilterProps) {
  const styles = useStyles();
  return (
    <div className={styles.group} role="group" aria-label={t.filterLabel}>
      {SEVERITIES.map((severity) => (
        <ToggleButton key={severity} size="small" shape="circular" checked={shown.has(severity)} onClick={() => onToggle(severity)}>
          {`${t.severity[severity]} ${counts[severity]}`}
        </ToggleButton>
      ))}
    </div>
  );
}
