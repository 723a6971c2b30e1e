/**
 * Score against full points per 一级指标, as plain divs: each track is as long as the bar's full
 * points (relative to the largest), its fill as long as the score. Screen readers get one
 * sentence (role="img" + aria-label); pointer users get a title per bar; the numbers are visible.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { formatNumber, type PaneStrings } from "../i18n";
import type { ScoreBar } from "../score-bars";

const useStyles = makeStyles({
  figure: { margin: "0", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  caption: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  bars: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  bar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  labels: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
  label: { overflowWrap: "anywhere" },
  value: { whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  track: {
    height: "10px",
    minWidth: "4px",
    backgroundColor: tokens.colorNeutralBackground5,
    borderRadius: tokens.borderRadiusSmall,
    overflow: "hidden",
    // Visible in Windows high-contrast mode, where backgrounds are dropped.
    outline: "1px solid transparent",
  },
  fill: { height: "100%", backgroundColor: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusSmall },
});

export interface ScoreChartProps {
  bars: readonly ScoreBar[];
  t: PaneStrings;
}

export function ScoreChart({ bars, t }: ScoreChartProps) {
  const styles = useStyles();
  if (bars.length === 0) return null;
  const widest = Math.max(...bars.map((b) => Math.max(b.full, b.score)), 1);
  const text = bars.map((b) => ({ label: b.label, score: formatNumber(b.score), full: formatNumber(b.full) }));
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption} aria-hidden="true">
        {t.chartTitle}
      </figcaption>
      <div className={styles.bars} role="img" aria-label={t.chartSummary(text)}>
        {bars.map((bar, i) => {
          const share = bar.full > 0 ? Math.min(1, Math.max(0, bar.score / bar.full)) : 0;
          return (
            <div key={`${i}-${bar.label}`} className={styles.bar} title={t.barTitle(text[i].label, text[i].score, text[i].full)}>
              <div className={styles.labels}>
                <span className={styles.label}>{bar.label}</span>
                <span className={styles.value}>{`${text[i].score} / ${text[i].full}`}</span>
              </div>
              <div className={styles.track} style={{ width: `${(Math.max(bar.full, bar.score) / widest) * 100}%` }}>
                <div className={styles.fill} style={{ width: `${share * 100}%` }} />
              </div>
            </div>
          );
        })}
      </div>
    </figure>
  );
}
