/**
 * Score's result: `总分 93` (outside tools look for exactly this text), the grade — or, for an
 * incomplete score, `未评定（N 项未能评分）` (DESIGN §5) — a warning naming what could not be scored
 * and why, the chart per 一级指标 and, folded, the score of every indicator.
 */
import { useId, useMemo } from "react";
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ScoreResult } from "../../core";
import { unscoredCount } from "../../core/score/reasons";
import { formatNumber, type PaneStrings } from "../i18n";
import { ScoreChart } from "./ScoreChart";
import { scoreBars } from "../score-bars";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: "0" },
  heading: { margin: "0", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  totals: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: tokens.spacingHorizontalS },
  total: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  max: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase400 },
  grade: { fontSize: tokens.fontSizeBase400 },
  details: { fontSize: tokens.fontSizeBase200 },
  summary: { cursor: "pointer", fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  table: { width: "100%", borderCollapse: "collapse", marginTop: tokens.spacingVerticalS },
  th: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
  },
  td: {
    verticalAlign: "top",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    overflowWrap: "anywhere",
  },
  rowHead: { fontWeight: tokens.fontWeightRegular, textAlign: "start" },
  num: { whiteSpace: "nowrap", textAlign: "end", fontVariantNumeric: "tabular-nums" },
  // An unscored indicator's reason wraps in its cell, like the name beside it.
  unscored: { whiteSpace: "normal", textAlign: "start" },
  reasons: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface ScoreSummaryProps {
  score: ScoreResult;
  t: PaneStrings;
}

export function ScoreSummary({ score, t }: ScoreSummaryProps) {
  const styles = useStyles();
  const headingId = useId();
  const bars = useMemo(() => scoreBars(score, t.budget), [score, t]);
  const unscored = useMemo(() => unscoredItems(score, t), [score, t]);
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t.scoreHeading}
      </h2>
      <div className={styles.totals}>
        <span className={styles.total}>{`${t.total} ${score.total === null ? "—" : formatNumber(score.total)}`}</span>
        <span className={styles.max}>{t.outOf(formatNumber(score.max))}</span>
        <span className={styles.grade}>{`${t.gradeLabel} ${score.grade === null ? t.notGraded(unscoredCount(score)) : t.gradeName[score.grade]}`}</span>
      </div>
      {!score.complete && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{t.incomplete}</MessageBarTitle>
            {t.incompleteHint}
            {unscored.length > 0 && (
              <ul className={styles.reasons}>
                {unscored.map((u) => (
                  <li key={u.key}>{u.text}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      <ScoreChart bars={bars} t={t} />
      {score.indicators.length > 0 && (
        <details className={styles.details}>
          <summary className={styles.summary}>{t.detailsHeading}</summary>
          <table className={styles.table}>
            <thead>
              <tr>
                <th className={styles.th} scope="col">
                  {t.colIndicator}
                </th>
                <th className={styles.th} scope="col">
                  {t.colActual}
                </th>
                <th className={styles.th} scope="col">
                  {t.colScore}
                </th>
              </tr>
            </thead>
            <tbody>
              {score.indicators.map((ind) => (
                <tr key={ind.row}>
                  <th className={mergeClasses(styles.td, styles.rowHead)} scope="row">
                    {ind.name}
                  </th>
                  <td className={styles.td}>{valueText(ind.actual, ind.unit)}</td>
                  <td className={mergeClasses(styles.td, styles.num, ind.score === null && styles.unscored)}>
                    {ind.score === null ? t.notScored(ind.reason) : `${formatNumber(ind.score)} / ${ind.full === null ? "—" : formatNumber(ind.full)}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}

/** What could not be scored and why, for the warning: each indicator by name (or row), then the budget block. */
function unscoredItems(score: ScoreResult, t: PaneStrings): { key: string; text: string }[] {
  const items = score.indicators
    .filter((i) => i.score === null)
    .map((i) => ({ key: `row-${i.row}`, text: t.unscoredItem(i.name || t.rowHeading(i.row, undefined, undefined), i.reason) }));
  if (score.budget && score.budget.score === null) items.push({ key: "budget", text: t.unscoredItem(t.budget, score.budget.reason) });
  return items;
}

/** The actual value as staff wrote the target: `12期`, `98%`, `合格`. */
function valueText(v: number | string | null, unit: string): string {
  if (v === null || v === "") return "—";
  return typeof v === "number" ? `${formatNumber(v)}${unit}` : v;
}
