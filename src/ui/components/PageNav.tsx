/** The pane's pages: 校验与评分 (the actions and results), 评分标准解读 and 使用说明. */
import { Button } from "@fluentui/react-button";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { PaneStrings } from "../i18n";
import type { PaneView } from "../pane-state";

const useStyles = makeStyles({
  nav: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXXS },
  button: { minWidth: "0", paddingInline: tokens.spacingHorizontalS },
  current: { fontWeight: tokens.fontWeightSemibold, borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, borderRadius: "0" },
});

const VIEWS: readonly PaneView[] = ["main", "explainer", "help"];

export function PageNav({ t, view, onOpen }: { t: PaneStrings; view: PaneView; onOpen(view: PaneView): void }) {
  const styles = useStyles();
  return (
    <nav className={styles.nav} aria-label={t.pagesLabel}>
      {VIEWS.map((v) => (
        <Button
          key={v}
          size="small"
          appearance="subtle"
          className={mergeClasses(styles.button, v === view && styles.current)}
          aria-current={v === view ? "page" : undefined}
          onClick={() => onOpen(v)}
        >
          {t.pages[v]}
        </Button>
      ))}
    </nav>
  );
}
