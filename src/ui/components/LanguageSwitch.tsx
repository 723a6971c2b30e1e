/**
 * 中文 / English: two toggle buttons, each language named in itself (a reader of the other
 * language still finds theirs). The pane shows it in Excel; the web page in its header.
 */
import { ToggleButton } from "@fluentui/react-button";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core";
import { stringsFor } from "../i18n";

const useStyles = makeStyles({
  group: { display: "inline-flex", gap: tokens.spacingHorizontalXXS },
  button: { minWidth: "0" },
});

const LANGS: readonly Lang[] = ["zh-CN", "en"];

export function LanguageSwitch({ lang, onChange }: { lang: Lang; onChange(lang: Lang): void }) {
  const styles = useStyles();
  const t = stringsFor(lang);
  return (
    <div className={styles.group} role="group" aria-label={t.languageLabel}>
      {LANGS.map((l) => (
        <ToggleButton key={l} className={styles.button} size="small" appearance="subtle" lang={l} checked={l === lang} onClick={() => onChange(l)}>
          {t.languageName[l]}
        </ToggleButton>
      ))}
    </div>
  );
}
