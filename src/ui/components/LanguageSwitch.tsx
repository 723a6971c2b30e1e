/**
 * 中文 / English: two toggle buttons, each language named in itself (a reader of the other
 * language still finds theirs). The pane shows it in Excel; the web page in its header.
 */
import { Button } from "@fluentui/react-button";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core";
import { stringsFor } from "../i18n";

const useStyles = makeStyles({
  group: { display: "inline-flex", gap: tokens.spacingHorizontalXXS },
  button: { minWidth: "0" },
  on: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground1Selected },
});

const LANGS: readonly Lang[] = ["zh-CN", "en"];

export function LanguageSwitch({ lang, onChange }: { lang: Lang; onChange(lang: Lang): void }) {
  const styles = useStyles();
  const t = stringsFor(lang);
  return (
    <div className={styles.group} role="group" aria-label={t.languageLabel}>
      {LANGS.map((l) => (
        // A plain Button with aria-pressed: ToggleButton's styles would add to the first load.
        <Button
          key={l}
          className={mergeClasses(styles.button, l === lang && styles.on)}
          size="small"
          appearance="subtle"
          lang={l}
          aria-pressed={l === lang}
          onClick={() => onChange(l)}
        >
          {t.languageName[l]}
        </Button>
      ))}
    </div>
  );
}
