/**
 * What an action found: Score's summary (total, grade, chart, details) or 监控's table, and the
 * issue list. A lazy
 * chunk of its own (see ../App.tsx): the first paint shows no report, so it loads with the first
 * Validate or Score, or right after the first paint when the pane is idle.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Issue, Lang } from "../../core";
import type { PaneStrings } from "../i18n";
import type { ShownResult } from "../pane-state";
import { IssueList } from "./IssueList";
import { ScoreSummary } from "./ScoreSummary";
import { MonitorTable } from "./MonitorTable";

const useStyles = makeStyles({
  results: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 22rem), 1fr))",
    rowGap: tokens.spacingVerticalXL,
    columnGap: tokens.spacingHorizontalXXL,
    alignItems: "start",
  },
  // The page puts the pane in a side column: one column there, whatever the window's width.
  stacked: { gridTemplateColumns: "minmax(0, 1fr)" },
});

export interface ResultsProps {
  shown: ShownResult;
  t: PaneStrings;
  stacked: boolean;
  onSelect(issue: Issue): void;
  lang: Lang;
  /** The label of the profile 监控 used (its table names it). */
  profileLabel(name: string): string;
  onSelectMonitorRow(index: number): void;
}

export default function Results({ shown, t, stacked, onSelect, lang, profileLabel, onSelectMonitorRow }: ResultsProps) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.results, stacked && styles.stacked)}>
      {shown.kind === "score" && <ScoreSummary score={shown.report.score} t={t} />}
      {shown.kind === "monitor" && <MonitorTable shown={shown} lang={lang} profileLabel={profileLabel(shown.run.profile)} onSelectRow={onSelectMonitorRow} />}
      <IssueList report={shown.report} t={t} onSelect={onSelect} />
    </div>
  );
}
