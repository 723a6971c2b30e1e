/**
 * One sheet picker (target or log): "detect automatically" — naming the sheet detection picks —
 * or any sheet it may be. The choice is remembered by the host (saveSettings). The label is a
 * Fluent Label tied to the Dropdown, not a Field: Field's validation parts (and their icons) would
 * add to the pane's first load for nothing here.
 */
import { useId } from "react";
import { Dropdown, Option } from "@fluentui/react-combobox";
import { Label } from "@fluentui/react-label";
import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: "0" },
  // Fluent's default minimum width (250 px) is too wide beside padding in a 320 px task pane.
  dropdown: { minWidth: "0", width: "100%" },
});

/** The "detect" option's value: `*` cannot appear in an Excel sheet name. */
const AUTO = "*";

export interface SheetPickerProps {
  label: string;
  sheets: readonly string[];
  /** The chosen sheet; undefined = detect automatically. */
  value: string | undefined;
  /** The label of the "detect" option, e.g. `自动检测（项目绩效目标表）`. */
  autoLabel: string;
  onChange(sheet: string | undefined): void;
  /** The list opens: a good moment to refresh the sheet names. */
  onOpen(): void;
}

export function SheetPicker({ label, sheets, value, autoLabel, onChange, onOpen }: SheetPickerProps) {
  const styles = useStyles();
  const labelId = useId();
  return (
    <div className={styles.field}>
      <Label id={labelId}>{label}</Label>
      <Dropdown
        className={styles.dropdown}
        aria-labelledby={labelId}
        value={value ?? autoLabel}
        selectedOptions={[value ?? AUTO]}
        onOptionSelect={(_, data) => onChange(data.optionValue === AUTO || data.optionValue === undefined ? undefined : data.optionValue)}
        onOpenChange={(_, data) => {
          if (data.open) onOpen();
        }}
      >
        <Option value={AUTO}>{autoLabel}</Option>
        {sheets.map((sheet) => (
          <Option key={sheet} value={sheet}>
            {sheet}
          </Option>
        ))}
      </Dropdown>
    </div>
  );
}
