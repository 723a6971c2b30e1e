/**
 * One sheet as an HTML table: column letters and row numbers as headers, merged areas through
 * rowSpan / colSpan, flagged cells tinted by severity (and told apart by their border style, for
 * readers who do not see colour) as buttons that show their issues. Big sheets are shown a page of
 * rows at a time and up to MAX_COLS columns, and of a page only the rows in sight (and OVERSCAN
 * either side) are in the document: spacer rows of the estimated height stand for the others, so a
 * 3,000-row sheet renders as fast as a short one (DESIGN §8: no task over 200 ms). Cell text is
 * React text only, never HTML.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Issue, Severity } from "../core";
import { columnIndex, columnLetter } from "../core";
import { textAt } from "../core/grid";
import type { PageStrings } from "./strings";
import type { SheetView } from "./web-host";

export const ROW_PAGE = 500;
export const MAX_COLS = 100;
/** Rows rendered beyond the visible ones on each side, so a scroll shows rows already there. */
export const OVERSCAN = 30;
/** A row's height before one is measured: one line of the grid's text and its padding. */
const ROW_GUESS = 22;

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

const useStyles = makeStyles({
  wrap: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: "0" },
  scroller: {
    // The containing block of the cells' screen-reader text (position: absolute), so that text
    // stays inside the scrolled area instead of widening the page.
    position: "relative",
    overflow: "auto",
    maxHeight: "75vh",
    minHeight: "120px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: "0",
    tableLayout: "fixed",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
  },
  colHead: {
    position: "sticky",
    top: "0",
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "center",
    padding: "2px 4px",
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  corner: { left: "0", zIndex: 3 },
  rowHead: {
    position: "sticky",
    left: "0",
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "end",
    padding: "2px 6px",
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: "nowrap",
  },
  cell: {
    verticalAlign: "top",
    padding: "2px 4px",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflow: "hidden",
    scrollMargin: "32px 8px 8px 56px",
  },
  flagged: { padding: "0" },
  error: { backgroundColor: "#FDE7E9" },
  warning: { backgroundColor: "#FFF4CE" },
  info: { backgroundColor: "#DEECF9" },
  // Border style tells the severity apart without colour: solid, dashed, dotted.
  errorMark: { outline: "2px solid #C50F1F", outlineOffset: "-2px" },
  warningMark: { outline: "2px dashed #BC4B09", outlineOffset: "-2px" },
  infoMark: { outline: "2px dotted #0F6CBD", outlineOffset: "-2px" },
  selected: { boxShadow: `inset 0 0 0 3px ${tokens.colorBrandStroke1}` },
  hiddenRow: { color: tokens.colorNeutralForeground3 },
  cellButton: {
    display: "block",
    boxSizing: "border-box",
    width: "100%",
    minHeight: "100%",
    minWidth: "24px",
    padding: "2px 4px",
    margin: "0",
    border: "none",
    background: "transparent",
    color: "inherit",
    font: "inherit",
    textAlign: "start",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    cursor: "pointer",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-3px" },
  },
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: "0",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: "0",
  },
  pager: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
  note: { margin: "0", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export interface SheetGridProps {
  view: SheetView;
  /** Flagged issues of this sheet by cell address. */
  flags: ReadonlyMap<string, Issue[]> | undefined;
  /** The selected cell on this sheet and its selection number (a new number scrolls to it again). */
  selected: { address: string; seq: number } | null;
  t: PageStrings;
  severityName: Record<Severity, string>;
  /** id of the element labelling the table (the sheet's tab). */
  labelledBy?: string;
  onSelectCell(address: string): void;
}

interface Span {
  rowSpan: number;
  colSpan: number;
}

export function SheetGrid({ view, flags, selected, t, severityName, labelledBy, onSelectCell }: SheetGridProps) {
  const styles = useStyles();
  const { grid, columnWidths } = view;
  const totalRows = grid.values.length;
  const totalCols = useMemo(() => grid.values.reduce((n, row) => Math.max(n, row.length), 0), [grid]);
  const nCols = Math.min(totalCols, MAX_COLS);
  const hidden = useMemo(() => new Set(grid.hiddenRows ?? []), [grid]);

  // The page of rows on show; a selection outside it brings its page (adjusted during render).
  const [rowStart, setRowStart] = useState(0);
  const [seenSeq, setSeenSeq] = useState<number | null>(null);
  let start = Math.min(rowStart, Math.max(0, totalRows - 1));
  if (selected && selected.seq !== seenSeq) {
    const row = rowOf(selected.address);
    const page = Math.floor(row / ROW_PAGE) * ROW_PAGE;
    if (row < totalRows && (row < start || row >= start + ROW_PAGE)) start = page;
    setSeenSeq(selected.seq);
    if (start !== rowStart) setRowStart(start);
  }
  start = Math.floor(start / ROW_PAGE) * ROW_PAGE;
  const pageEnd = Math.min(totalRows, start + ROW_PAGE);

  // The rows of the page in sight; null where the scroller has no height (not laid out: jsdom, a
  // hidden tab) — then the whole page, there being nothing to window to.
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [rowHeight, setRowHeight] = useState(ROW_GUESS);
  // undefined: not measured yet (the first render shows the page's first rows only, which any
  // scroller shows first: a 500-row first render would be the long task this avoids).
  const [sight, setSight] = useState<{ top: number; height: number } | null | undefined>(undefined);
  const measure = useCallback(() => {
    const el = scrollerRef.current;
    if (!el || el.clientHeight === 0) return setSight((s) => (s === null ? s : null));
    // Whole steps of a few rows: a scroll within one re-renders nothing.
    const step = rowHeight * 8;
    const top = Math.floor(el.scrollTop / step) * step;
    setSight((s) => (s && s.top === top && s.height === el.clientHeight ? s : { top, height: el.clientHeight }));
  }, [rowHeight]);
  let winStart = start;
  let winEnd = pageEnd;
  if (sight === undefined) winEnd = Math.min(pageEnd, start + 2 * OVERSCAN);
  else if (sight) {
    winStart = Math.min(pageEnd, start + Math.max(0, Math.floor(sight.top / rowHeight) - OVERSCAN));
    winEnd = Math.min(pageEnd, start + Math.ceil((sight.top + sight.height) / rowHeight) + 8 + OVERSCAN);
  }
  // A selected row outside the rows in sight: its rows are rendered, and the effect below scrolls to it.
  // Once: after the scroll to it, the rows in sight follow the user's scrolling again.
  const [scrolledSeq, setScrolledSeq] = useState<number | null>(null);
  const wantedRow = selected && selected.seq !== scrolledSeq ? rowOf(selected.address) : -1;
  if (sight && wantedRow >= start && wantedRow < pageEnd && (wantedRow < winStart || wantedRow >= winEnd)) {
    winStart = Math.max(start, wantedRow - OVERSCAN);
    winEnd = Math.min(pageEnd, wantedRow + OVERSCAN);
  }
  const end = winEnd;

  // Merges clipped to the rows rendered: the top-left cell in view carries the span.
  const { spans, covered, shownAddress } = useMemo(() => {
    const spans = new Map<number, Span>();
    const covered = new Set<number>();
    const masterOf = new Map<number, number>();
    const key = (r: number, c: number) => r * (nCols + 1) + c;
    for (const m of grid.merges) {
      const top = Math.max(m.top, winStart);
      const bottom = Math.min(m.bottom, end - 1);
      const right = Math.min(m.right, nCols - 1);
      if (top > bottom || m.left > right) continue;
      const master = key(top, m.left);
      spans.set(master, { rowSpan: bottom - top + 1, colSpan: right - m.left + 1 });
      for (let r = top; r <= bottom; r++)
        for (let c = m.left; c <= right; c++) {
          const k = key(r, c);
          masterOf.set(k, master);
          if (k !== master) covered.add(k);
        }
    }
    /** The cell that shows an address: itself, or the top-left of the merge covering it. */
    const shownAddress = (address: string): string => {
      const m = masterOf.get(key(rowOf(address), colOf(address)));
      return m === undefined ? address : `${columnLetter(m % (nCols + 1))}${Math.floor(m / (nCols + 1)) + 1}`;
    };
    return { spans, covered, shownAddress };
  }, [grid, winStart, end, nCols]);

  // Issues by the address of the cell that shows them.
  const flagsShown = useMemo(() => {
    const out = new Map<string, Issue[]>();
    for (const [address, issues] of flags ?? []) {
      const at = shownAddress(address);
      out.set(at, [...(out.get(at) ?? []), ...issues]);
    }
    return out;
  }, [flags, shownAddress]);

  const selectedShown = selected ? shownAddress(selected.address) : null;

  // Bring the selected cell into view (nearest edge: no jump when it is already visible).
  const tableRef = useRef<HTMLTableElement>(null);
  useEffect(() => {
    if (!selected || !selectedShown) return;
    const cell = tableRef.current?.querySelector<HTMLElement>(`[data-cell="${selectedShown}"]`);
    cell?.scrollIntoView({ block: "nearest", inline: "nearest" });
    measure();
    setScrolledSeq(selected.seq);
  }, [selected, selectedShown, measure]);

  // The rows in sight follow the scroller; a new page starts at its top.
  useLayoutEffect(() => {
    const el = scrollerRef.current;
    if (!el) return;
    measure();
    el.addEventListener("scroll", measure, { passive: true });
    const resized = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(measure);
    resized?.observe(el);
    return () => {
      el.removeEventListener("scroll", measure);
      resized?.disconnect();
    };
  }, [measure]);
  // The spacers' height per row: the rendered rows' own average (text wraps, rows differ).
  useLayoutEffect(() => {
    const body = tableRef.current?.tBodies[0];
    if (!sight || !body) return;
    const rendered = body.querySelectorAll<HTMLTableRowElement>("tr[data-row]");
    if (rendered.length < 8) return;
    const h = (rendered[rendered.length - 1].offsetTop + rendered[rendered.length - 1].offsetHeight - rendered[0].offsetTop) / rendered.length;
    if (h > 0 && Math.abs(h - rowHeight) / rowHeight > 0.15) setRowHeight(Math.round(h));
  });

  if (totalRows === 0 || totalCols === 0) return <p className={styles.note}>{t.emptySheet}</p>;

  const widths: number[] = [];
  for (let c = 0; c < nCols; c++) widths.push(columnPixels(columnWidths[c]));
  const tableWidth = 48 + widths.reduce((a, b) => a + b, 0);

  const rows: ReactNode[] = [];
  for (let r = winStart; r < end; r++) {
    const cells: ReactNode[] = [];
    for (let c = 0; c < nCols; c++) {
      const k = r * (nCols + 1) + c;
      if (covered.has(k)) continue;
      const span = spans.get(k);
      const address = `${columnLetter(c)}${r + 1}`;
      const text = textAt(grid, r, c);
      const issues = flagsShown.get(address);
      const isSelected = address === selectedShown;
      const severity = issues ? worst(issues) : null;
      const cls = mergeClasses(
        styles.cell,
        issues && styles.flagged,
        severity ? styles[severity] : undefined,
        severity ? styles[`${severity}Mark` as const] : undefined,
        isSelected && styles.selected,
        hidden.has(r) && styles.hiddenRow,
      );
      cells.push(
        <td
          key={c}
          className={cls}
          data-cell={address}
          data-severity={severity ?? undefined}
          data-selected={isSelected ? "true" : undefined}
          aria-current={isSelected ? "location" : undefined}
          rowSpan={span && span.rowSpan > 1 ? span.rowSpan : undefined}
          colSpan={span && span.colSpan > 1 ? span.colSpan : undefined}
        >
          {issues ? (
            <button type="button" className={styles.cellButton} onClick={() => onSelectCell(address)}>
              {text}
              <span className={styles.srOnly}>{` （${address}：${issues.map((i) => `${severityName[i.severity]} ${i.code}`).join("，")}）`}</span>
            </button>
          ) : (
            text
          )}
        </td>,
      );
    }
    rows.push(
      <tr key={r} data-row={r}>
        <th scope="row" className={mergeClasses(styles.rowHead, hidden.has(r) && styles.hiddenRow)}>
          {r + 1}
        </th>
        {cells}
      </tr>,
    );
  }

  // Spacers for the page's rows not rendered, above and below (out of the accessibility tree).
  const spacer = (key: string, count: number) => (count > 0 ? <tr key={key} aria-hidden="true" style={{ height: `${count * rowHeight}px` }}><td colSpan={nCols + 1} /></tr> : null);
  rows.unshift(spacer("above", winStart - start));
  rows.push(spacer("below", pageEnd - end));

  const paged = totalRows > ROW_PAGE;
  return (
    <div className={styles.wrap}>
      {(paged || totalCols > nCols) && (
        <div className={styles.pager}>
          {paged && (
            <>
              <span>{t.rowsShown(start + 1, pageEnd, totalRows)}</span>
              <Button size="small" disabled={start === 0} onClick={() => setRowStart(Math.max(0, start - ROW_PAGE))}>
                {t.previousRows}
              </Button>
              <Button size="small" disabled={pageEnd >= totalRows} onClick={() => setRowStart(start + ROW_PAGE)}>
                {t.nextRows}
              </Button>
            </>
          )}
          {totalCols > nCols && <span>{t.colsShown(nCols, totalCols)}</span>}
        </div>
      )}
      {/* Focusable so keyboard users can scroll it (axe: scrollable-region-focusable). */}
      <div ref={scrollerRef} className={styles.scroller} role="region" aria-labelledby={labelledBy} tabIndex={0}>
        <table ref={tableRef} className={styles.table} style={{ width: `${tableWidth}px` } as CSSProperties} aria-labelledby={labelledBy}>
          <colgroup>
            <col style={{ width: "48px" }} />
            {widths.map((w, c) => (
              <col key={c} style={{ width: `${w}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th scope="col" className={mergeClasses(styles.colHead, styles.corner)}>
                <span className={styles.srOnly}>{t.rowNumbers}</span>
              </th>
              {widths.map((_, c) => (
                <th key={c} scope="col" className={styles.colHead}>
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{rows}</tbody>
        </table>
      </div>
    </div>
  );
}

/** Excel's character-unit width → CSS pixels (Calibri 11: 7 px a character plus 5 px padding). */
function columnPixels(width: number | undefined): number {
  if (width === 0) return 12; // a hidden column: a sliver, as a reminder that it is there
  const w = width ?? 8.43;
  return Math.max(24, Math.min(480, Math.round(w * 7 + 5)));
}

function worst(issues: Issue[]): Severity {
  return issues.reduce<Severity>((s, i) => (SEVERITY_RANK[i.severity] > SEVERITY_RANK[s] ? i.severity : s), "info");
}

/** 0-based row of an address (`S10` → 9). */
export function rowOf(address: string): number {
  return Number(/\d+$/.exec(address)?.[0] ?? 1) - 1;
}

/** 0-based column of an address (`S10` → 18). */
export function colOf(address: string): number {
  return columnIndex(/^[A-Z]+/i.exec(address)?.[0] ?? "A");
}
