/**
 * The sheet tabs (WAI-ARIA tabs pattern): one Tab stop for the list, arrow keys / Home / End move
 * between sheets and show them. Hand-written rather than Fluent's TabList, whose focus manager
 * inserts focusable aria-hidden sentinels that accessibility checkers rightly flag.
 */
import { useRef, type KeyboardEvent } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: {
    display: "flex",
    gap: tokens.spacingHorizontalXXS,
    overflowX: "auto",
    minWidth: "0",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    flexShrink: 0,
    maxWidth: "24em",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    margin: "0",
    borderTopStyle: "none",
    borderLeftStyle: "none",
    borderRightStyle: "none",
    borderBottomStyle: "solid",
    borderBottomWidth: tokens.strokeWidthThicker,
    borderBottomColor: "transparent",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    borderRadius: `${tokens.borderRadiusMedium} ${tokens.borderRadiusMedium} 0 0`,
    ":hover": { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
  },
});

export interface SheetTabsProps {
  sheets: readonly string[];
  selected: string;
  label: string;
  /** Text after a sheet's name, e.g. its number of flagged cells. */
  suffix?: (sheet: string) => string;
  tabId(index: number): string;
  panelId: string;
  onSelect(sheet: string): void;
}

export function SheetTabs({ sheets, selected, label, suffix, tabId, panelId, onSelect }: SheetTabsProps) {
  const styles = useStyles();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (from: number, e: KeyboardEvent<HTMLButtonElement>) => {
    const last = sheets.length - 1;
    const to = e.key === "ArrowRight" ? (from === last ? 0 : from + 1) : e.key === "ArrowLeft" ? (from === 0 ? last : from - 1) : e.key === "Home" ? 0 : e.key === "End" ? last : -1;
    if (to < 0) return;
    e.preventDefault();
    onSelect(sheets[to]);
    refs.current[to]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={styles.list}>
      {sheets.map((sheet, i) => {
        const isSelected = sheet === selected;
        return (
          <button
            key={sheet}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={tabId(i)}
            aria-selected={isSelected}
            aria-controls={isSelected ? panelId : undefined}
            tabIndex={isSelected ? 0 : -1}
            className={mergeClasses(styles.tab, isSelected && styles.selected)}
            onClick={() => onSelect(sheet)}
            onKeyDown={(e) => move(i, e)}
          >
            {sheet}
            {suffix?.(sheet)}
          </button>
        );
      })}
    </div>
  );
}
