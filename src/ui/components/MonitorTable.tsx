/**
 * 监控's result (DESIGN §9): the period, one row per indicator — its traffic light in words as well
 * as colour, 完成目标可能性, the value so far and the projection for the year — and the budget's
 * execution against time. A click on a row (or Enter on its indicator) selects that indicator's
 * row on the 绩效监控表 the action wrote.
 */
import { Fragment, useId, type KeyboardEvent } from "react";
import { MessageBar, MessageBarBody, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core";
import type { MonitoredIndicator, MonitorResult } from "../../core/monitor/monitor";
import type { Light } from "../../core/monitor/likelihood";
import { LAG_POINTS } from "../../core/monitor/budget";
import { formatNumber } from "../i18n";
import type { ShownResult } from "../pane-state";
import { yearStringsFor } from "../year-strings";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: "0" },
  heading: { margin: "0", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  line: { margin: "0", fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground2 },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "start", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, paddingBottom: tokens.spacingVerticalXS },
  th: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    verticalAlign: "bottom",
  },
  row: { cursor: "pointer", ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover } },
  td: {
    verticalAlign: "top",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    overflowWrap: "anywhere",
  },
  rowHead: { fontWeight: tokens.fontWeightRegular, textAlign: "start" },
  num: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  // Headers of the number columns may wrap (截至 / 监控日): the names need the room in a 320 px pane.
  numHead: { textAlign: "end" },
  name: {
    display: "block",
    width: "100%",
    padding: "0",
    border: "none",
    textAlign: "start",
    cursor: "pointer",
    backgroundColor: "transparent",
    color: tokens.colorBrandForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
    ":focus-visible": { outlineStyle: "solid", outlineWidth: tokens.strokeWidthThick, outlineColor: tokens.colorStrokeFocus2 },
  },
  target: { display: "block", color: tokens.colorNeutralForeground2 },
  light: { display: "flex", flexDirection: "column", whiteSpace: "nowrap", fontWeight: tokens.fontWeightSemibold },
  lightName: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  dot: { marginInlineEnd: tokens.spacingHorizontalXXS },
  // Cell tints and dots in the palette's green / yellow / red, as the sheet's fills; the words say it too.
  green: { backgroundColor: tokens.colorPaletteGreenBackground2 },
  yellow: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  red: { backgroundColor: tokens.colorPaletteRedBackground2 },
  dotGreen: { color: tokens.colorPaletteGreenForeground1 },
  dotYellow: { color: tokens.colorPaletteMarigoldForeground1 },
  dotRed: { color: tokens.colorPaletteRedForeground1 },
  budget: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: "0", fontSize: tokens.fontSizeBase200 },
  dt: { color: tokens.colorNeutralForeground2 },
  dd: { margin: "0", fontVariantNumeric: "tabular-nums" },
  subheading: { margin: "0", fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export interface MonitorTableProps {
  shown: Extract<ShownResult, { kind: "monitor" }>;
  lang: Lang;
  /** The label of the profile the run used. */
  profileLabel: string;
  onSelectRow(index: number): void;
}

export function MonitorTable({ shown, lang, profileLabel, onSelectRow }: MonitorTableProps) {
  const styles = useStyles();
  const headingId = useId();
  const y = yearStringsFor(lang);
  const { monitor, sheet, cells } = shown.run;
  const count = (light: Light) => monitor.indicators.filter((i) => i.light === light).length;
  const later = monitor.indicators.reduce((n, i) => n + i.later, 0);
  const tint: Record<Light, [string, string]> = { green: [styles.green, styles.dotGreen], yellow: [styles.yellow, styles.dotYellow], red: [styles.red, styles.dotRed] };
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    // As the issue entries: Enter selects exactly once in every host browser.
    if (e.key === "Enter") {
      e.preventDefault();
      onSelectRow(index);
    }
  };
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {y.heading}
      </h2>
      <p className={styles.line}>
        {y.period(monitor.asOf, monitor.year, monitor.elapsedDays, monitor.daysInYear)}
        {later > 0 ? y.later(later) : ""}
      </p>
      <p className={styles.line}>{`${y.counts(count("green"), count("yellow"), count("red"))} · ${y.profileUsed(profileLabel)}`}</p>
      <table className={styles.table}>
        <caption className={styles.caption}>{y.caption}</caption>
        <thead>
          <tr>
            <th className={styles.th} scope="col">
              {y.col.indicator}
            </th>
            <th className={styles.th} scope="col">
              {y.col.light}
            </th>
            <th className={mergeClasses(styles.th, styles.numHead)} scope="col">
              {y.col.toDate}
            </th>
            <th className={mergeClasses(styles.th, styles.numHead)} scope="col">
              {y.col.projected}
            </th>
          </tr>
        </thead>
        <tbody>
          {monitor.indicators.map((ind, index) => {
            const cell = cells[index];
            const [bg, dot] = ind.light ? tint[ind.light] : ["", ""];
            return (
              <tr key={ind.row} className={styles.row} data-light={ind.light ?? "none"} onClick={() => onSelectRow(index)}>
                <th className={mergeClasses(styles.td, styles.rowHead)} scope="row">
                  <button
                    type="button"
                    className={styles.name}
                    title={cell ? y.goToRow(sheet, cell) : undefined}
                    onClick={(e) => {
                      e.stopPropagation();
                      onSelectRow(index);
                    }}
                    onKeyDown={(e) => onKeyDown(e, index)}
                  >
                    {ind.name}
                  </button>
                  <span className={styles.target}>{y.target(targetText(ind))}</span>
                </th>
                <td className={mergeClasses(styles.td, bg)}>
                  {ind.likelihood && ind.light ? (
                    <span className={styles.light}>
                      <span>
                        <span className={mergeClasses(styles.dot, dot)} aria-hidden="true">
                          ●
                        </span>
                        {y.likelihood[ind.likelihood]}
                      </span>
                      <span className={styles.lightName}>{y.light[ind.light]}</span>
                    </span>
                  ) : (
                    "—"
                  )}
                </td>
                <td className={mergeClasses(styles.td, styles.num)}>{ind.toDate === null ? y.noEntries : valueText(ind.toDate, ind.unit)}</td>
                <td className={mergeClasses(styles.td, styles.num)}>{valueText(ind.projected, ind.unit)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <BudgetPart monitor={monitor} lang={lang} />
    </section>
  );
}

function BudgetPart({ monitor, lang }: { monitor: MonitorResult; lang: Lang }) {
  const styles = useStyles();
  const y = yearStringsFor(lang);
  const b = monitor.budget;
  if (!b) return <p className={styles.line}>{y.noBudget}</p>;
  const amount = (v: number | null) => (v === null ? "—" : formatNumber(v));
  const percent = (v: number | null) => (v === null ? "—" : `${(v * 100).toFixed(2)}%`);
  const rows: [string, string][] = [
    [y.budget.initial, amount(b.initial)],
    [y.budget.planned, amount(b.planned)],
    [y.budget.spent, amount(b.spent)],
    [y.budget.execution, percent(b.execution)],
    [y.budget.time, percent(b.time)],
    [y.budget.projectedRate, percent(b.projectedRate)],
  ];
  return (
    <>
      <h3 className={styles.subheading}>{y.budgetHeading}</h3>
      <dl className={styles.budget}>
        {rows.map(([label, value]) => (
          <Fragment key={label}>
            <dt className={styles.dt}>{label}</dt>
            <dd className={styles.dd}>{value}</dd>
          </Fragment>
        ))}
      </dl>
      {b.lagging && b.execution !== null && (
        <MessageBar intent="warning">
          <MessageBarBody>{y.lagging(formatNumber(Math.round((b.time - b.execution) * 10_000) / 100), LAG_POINTS)}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

const OPERATOR_SHOWN: Record<string, string> = { ">=": "≥", "<=": "≤", ">": ">", "<": "<", "=": "" };

/** The target as staff wrote it: `≥200期`, `12期`, `合格`, `2022-09-30`. */
function targetText(ind: MonitoredIndicator): string {
  if (ind.target === null || ind.target === "") return "—";
  const op = ind.operator && ind.operator !== "定性" ? (OPERATOR_SHOWN[ind.operator] ?? ind.operator) : "";
  return `${op}${valueText(ind.target, ind.unit)}`;
}

/** A value with its unit when it is a number: `12.1期`, `97.8%`; text as it is. */
function valueText(v: number | string | null, unit: string): string {
  if (v === null || v === "") return "—";
  return typeof v === "number" ? `${formatNumber(v)}${unit}` : v;
}
