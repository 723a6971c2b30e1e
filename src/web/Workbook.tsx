/**
 * The workbook's column of the page: its sheet tabs (flag counts in their names), the selected
 * cell's issues, and the shown sheet's grid (SheetGrid.tsx). A selection from the pane's issue
 * list brings its sheet forward.
 */
import { useId, useMemo, useState, useSyncExternalStore } from "react";
import type { CellRange, Issue, Lang } from "../core";
import { RECORD_SHEET } from "../core";
import { stringsFor } from "../ui/i18n";
import { usePageStyles } from "./page-styles";
import { SheetGrid, colOf, rowOf } from "./SheetGrid";
import { SheetTabs } from "./SheetTabs";
import type { PageStrings } from "./strings";
import type { WebHost } from "./web-host";

export function Workbook({ host, t, lang }: { host: WebHost; t: PageStrings; lang: Lang }) {
  const styles = usePageStyles();
  const view = useSyncExternalStore(host.subscribe, host.view);
  const pane = useMemo(() => stringsFor(lang), [lang]);
  // Score's very hidden ownership record is not a sheet staff see (Excel does not show it either).
  const names = view.sheets.map((s) => s.grid.sheet).filter((n) => n !== RECORD_SHEET);
  const [active, setActive] = useState<string>(() => names[0] ?? "");
  const baseId = useId();
  const tabId = (i: number) => `${baseId}-tab-${i}`;

  // A selection (from the pane's issue list or a click in the grid) brings its sheet forward.
  const [seenSeq, setSeenSeq] = useState(0);
  const selection = view.selection;
  if (selection && selection.seq !== seenSeq) {
    setSeenSeq(selection.seq);
    if (selection.sheet !== active && names.includes(selection.sheet)) setActive(selection.sheet);
  }
  const shownSheet = names.includes(active) ? active : (names[0] ?? "");
  const index = names.indexOf(shownSheet);
  const sheet = view.sheets[index];
  const flags = view.flags.get(shownSheet);
  const selectedHere = selection && selection.sheet === shownSheet ? { address: selection.address, seq: selection.seq } : null;
  const issuesHere = selectedHere ? issuesAt(flags, selectedHere.address, sheet?.grid.merges ?? []) : [];

  return (
    <section className={styles.bookCol} aria-label={t.workbookLabel}>
      <h2 className={styles.bookHeading}>{t.currentFile(host.fileName)}</h2>
      <SheetTabs
        sheets={names}
        selected={shownSheet}
        label={t.sheetsLabel}
        suffix={(name) => (view.flags.get(name)?.size ? ` (${view.flags.get(name)!.size})` : "")}
        tabId={tabId}
        panelId={`${baseId}-panel`}
        onSelect={setActive}
      />
      {view.flags.size > 0 && <p className={styles.legend}>{t.flagLegend}</p>}
      <div className={styles.detail} aria-live="polite" data-testid="cell-detail">
        {selectedHere &&
          (issuesHere.length ? (
            <>
              <strong>{t.cellIssues(selectedHere.address)}</strong>
              <ul className={styles.detailList}>
                {issuesHere.map((issue, i) => (
                  <li key={i}>
                    {`${pane.severity[issue.severity]} `}
                    <code className={styles.code}>{issue.code}</code>
                    {` ${issue.message}`}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            t.selected(shownSheet, selectedHere.address)
          ))}
      </div>
      <div id={`${baseId}-panel`} role="tabpanel" aria-labelledby={index >= 0 ? tabId(index) : undefined}>
        {sheet && (
          <SheetGrid
            key={shownSheet}
            view={sheet}
            flags={flags}
            selected={selectedHere}
            t={t}
            severityName={pane.severity}
            labelledBy={index >= 0 ? tabId(index) : undefined}
            onSelectCell={(address) => void host.selectCell(shownSheet, address)}
          />
        )}
      </div>
    </section>
  );
}

/** The issues shown for a selected cell: its own, or its merge's when it lies inside one. */
function issuesAt(flags: ReadonlyMap<string, Issue[]> | undefined, address: string, merges: readonly CellRange[]): Issue[] {
  if (!flags) return [];
  const own = flags.get(address);
  if (own) return own;
  const inside = (m: CellRange, a: string) => rowOf(a) >= m.top && rowOf(a) <= m.bottom && colOf(a) >= m.left && colOf(a) <= m.right;
  const merge = merges.find((m) => inside(m, address));
  if (!merge) return [];
  return [...flags].filter(([a]) => inside(merge, a)).flatMap(([, issues]) => issues);
}
