/**
 * Validate's result: a summary line, the severity filter, and the issues grouped by row
 * (`第 10 行 · 指标名`); rows on another sheet than the target (the log) name their sheet; issues
 * about the whole table or a whole sheet are grouped under 整张表 / 工作表「…」, never under 第 1 行.
 */
import { useId, useMemo, useState } from "react";
import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Issue, Severity, ValidationReport } from "../../core";
import type { PaneStrings } from "../i18n";
import { IssueEntry } from "./IssueEntry";
import { SEVERITIES, countBySeverity, groupIssues, type IssueGroup } from "../issue-groups";
import { SeverityFilter } from "./SeverityFilter";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: "0" },
  heading: { margin: "0", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  summary: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  list: { listStyleType: "none", margin: "0", padding: "0", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  groupHeading: {
    margin: `0 0 ${tokens.spacingVerticalXXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  entries: { listStyleType: "none", margin: "0", padding: "0", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

export interface IssueListProps {
  report: ValidationReport;
  t: PaneStrings;
  onSelect(issue: Issue): void;
}

export function IssueList({ report, t, onSelect }: IssueListProps) {
  const styles = useStyles();
  const headingId = useId();
  const [shown, setShown] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  const counts = useMemo(() => countBySeverity(report.issues), [report]);
  const groups = useMemo(() => groupIssues(report.issues, shown), [report, shown]);
  const toggle = (severity: Severity) =>
    setShown((prev) => {
      const next = new Set(prev);
      if (next.has(severity)) next.delete(severity);
      else next.add(severity);
      return next;
    });

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t.issuesHeading}
      </h2>
      <div className={styles.summary}>
        <Badge appearance="filled" color={report.valid ? "success" : "danger"}>
          {report.valid ? t.valid : t.invalid}
        </Badge>
        <Text>{t.summary(report.stats.indicators, report.stats.errors, report.stats.warnings)}</Text>
      </div>
      {report.issues.length === 0 ? (
        <Text>{t.noIssues}</Text>
      ) : (
        <>
          <SeverityFilter t={t} counts={counts} shown={shown} onToggle={toggle} />
          {groups.length === 0 ? (
            <Text>{t.allFiltered}</Text>
          ) : (
            <ul className={styles.list}>
              {groups.map((group) => (
                <li key={group.key}>
                  <h3 className={styles.groupHeading}>{groupHeading(group, report.sheet, t)}</h3>
                  <ul className={styles.entries}>
                    {group.issues.map((issue, i) => (
                      <li key={`${issue.code}-${issue.column}-${i}`}>
                        <IssueEntry issue={issue} t={t} onSelect={onSelect} />
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/** `第 10 行 · 指标名`; `整张表` for the table's own issues; `工作表「台账」` for a sheet's. */
function groupHeading(group: IssueGroup, targetSheet: string, t: PaneStrings): string {
  const other = group.sheet !== targetSheet ? group.sheet : undefined;
  if (group.scope === "sheet") return t.sheetHeading(group.sheet);
  if (group.scope === "table") return t.tableHeading(other);
  return t.rowHeading(group.row, group.indicator, other);
}
