/**
 * 评分方案 (DESIGN §10): which built-in scoring profile Validate, Score and 监控 use, remembered in
 * the workbook (saveSettings). The profiles' names come with the core (they are zod-checked data),
 * so until it has loaded the picker names the remembered choice by its key, or 默认.
 */
import { useId } from "react";
import { Dropdown, Option } from "@fluentui/react-combobox";
import { Label } from "@fluentui/react-label";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core";
import type { PaneStrings } from "../i18n";
import type { ProfileChoice } from "../pane-state";

const useStyles = makeStyles({
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: "0" },
  dropdown: { minWidth: "0", width: "100%" },
});

export interface ProfilePickerProps {
  t: PaneStrings;
  lang: Lang;
  profiles: readonly ProfileChoice[];
  /** The remembered profile's name; undefined = `default`. */
  value: string | undefined;
  onChange(name: string): void;
}

export function ProfilePicker({ t, lang, profiles, value, onChange }: ProfilePickerProps) {
  const styles = useStyles();
  const labelId = useId();
  const name = value ?? "default";
  // A remembered name this add-in does not offer (a newer add-in's) scores by `default` (controller.ts).
  const chosen = profiles.find((p) => p.name === name) ?? profiles.find((p) => p.name === "default");
  const shown = chosen ? chosen.label[lang] : name === "default" ? t.profileDefault : name;
  return (
    <div className={styles.field}>
      <Label id={labelId}>{t.profile}</Label>
      <Dropdown
        className={styles.dropdown}
        aria-labelledby={labelId}
        value={shown}
        selectedOptions={[chosen?.name ?? name]}
        onOptionSelect={(_, data) => {
          if (data.optionValue) onChange(data.optionValue);
        }}
      >
        {profiles.map((p) => (
          <Option key={p.name} value={p.name}>
            {p.label[lang]}
          </Option>
        ))}
      </Dropdown>
    </div>
  );
}
