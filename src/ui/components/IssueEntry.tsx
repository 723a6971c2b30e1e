/**
 * One issue: severity, code (`content-duplicate`), cell (`S10`, or 整张表 / 工作表 for an issue about
 * the whole table or sheet) and message, as a button that selects the cell in the workbook. Click and Enter both work. Workbook text is React text only.
 */
import type { KeyboardEvent } from "react";
import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import type { Issue, Severity } from "../../core";
import type { PaneStrings } from "../i18n";
import { issueCell, issueScope } from "../issue-groups";

const useStyles = makeStyles({
  entry: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "start",
    cursor: "pointer",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    // A coloured edge on the start side tells the severity at a glance (the word says it too).
    ...shorthands.borderWidth("0", "0", "0", tokens.strokeWidthThicker),
    ...shorthands.borderStyle("solid"),
    ...shorthands.borderColor("transparent"),
    ...shorthands.padding(tokens.spacingVerticalXS, tokens.spacingHorizontalS),
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ":focus-visible": {
      outlineStyle: "solid",
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  head: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: tokens.spacingHorizontalS },
  severity: { fontWeight: tokens.fontWeightSemibold },
  severityError: { color: tokens.colorPaletteRedForeground1 },
  severityWarning: { color: tokens.colorPaletteMarigoldForeground2 },
  severityInfo: { color: tokens.colorPaletteBlueForeground2 },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  message: { overflowWrap: "anywhere" },
});

export interface IssueEntryProps {
  issue: Issue;
  t: PaneStrings;
  onSelect(issue: Issue): void;
}

export function IssueEntry({ issue, t, onSelect }: IssueEntryProps) {
  const styles = useStyles();
  const cell = issueCell(issue);
  // A table or sheet issue has no cell to fix: it says 整张表 / 工作表, not `A1`.
  const scope = issueScope(issue);
  const where = scope === "sheet" || scope === "table" ? t.scopeLabel[scope] : cell;
  const title = scope === "sheet" || scope === "table" ? t.goToSheet(issue.sheet) : t.goToCell(cell);
  const bySeverity: Record<Severity, [string, string]> = {
    error: [styles.error, styles.severityError],
    warning: [styles.warning, styles.severityWarning],
    info: [styles.info, styles.severityInfo],
  };
  const [edge, tone] = bySeverity[issue.severity];
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    // Handled here (and the native activation prevented) so Enter selects the cell exactly once
    // in every host browser, including embedded ones.
    if (e.key === "Enter") {
      e.preventDefault();
      onSelect(issue);
    }
  };
  return (
    <button type="button" className={mergeClasses(styles.entry, edge)} title={title} onClick={() => onSelect(issue)} onKeyDown={onKeyDown}>
      <span className={styles.head}>
        <span className={mergeClasses(styles.severity, tone)}>{t.severity[issue.severity]}</span>
        <code className={styles.code}>{issue.code}</code>
        <span className={styles.cell}>{where}</span>
      </span>
      <span className={styles.message}>{issue.message}</span>
    </button>
  );
}
