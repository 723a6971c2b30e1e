/** 使用说明: the help page, from help-content.ts. A lazy chunk: the first paint does not need it. */
import { useId } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core";
import type { AfterScore } from "../i18n";
import { helpContent } from "./help-content";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: "0", lineHeight: tokens.lineHeightBase400 },
  heading: { margin: "0", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  sub: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  para: { margin: `0 0 ${tokens.spacingVerticalS}` },
  list: { margin: "0", paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  tableWrap: { overflowX: "auto" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "start", color: tokens.colorNeutralForeground2, paddingBottom: tokens.spacingVerticalXXS },
  cell: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, textAlign: "start" },
  head: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
});

export default function Help({ lang, afterScore }: { lang: Lang; afterScore: AfterScore }) {
  const styles = useStyles();
  const id = useId();
  const help = helpContent(lang, afterScore);
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id} className={styles.heading}>
        {help.title}
      </h2>
      {help.sections.map((s) => (
        <div key={s.heading}>
          <h3 className={styles.sub}>{s.heading}</h3>
          {s.paragraphs?.map((p) => (
            <p key={p} className={styles.para}>
              {p}
            </p>
          ))}
          {s.items && (
            <ul className={styles.list}>
              {s.items.map((i) => (
                <li key={i}>{i}</li>
              ))}
            </ul>
          )}
          {s.table && (
            <div className={styles.tableWrap}>
              <table className={styles.table}>
                <caption className={styles.caption}>{s.table.caption}</caption>
                <thead>
                  <tr>
                    {s.table.head.map((h) => (
                      <th key={h} scope="col" className={mergeClasses(styles.cell, styles.head)}>
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {s.table.rows.map((r, i) => (
                    <tr key={i}>
                      {r.map((c, j) => (
                        <td key={j} className={styles.cell}>
                          {c}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      ))}
    </section>
  );
}
