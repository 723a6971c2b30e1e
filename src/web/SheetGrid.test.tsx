/** @jest-environment jsdom */
/**
 * The grid view: merged areas as rowSpan / colSpan, flags as buttons by severity, big sheets a
 * page of rows at a time (a selection far down brings its page), workbook text as text.
 */
import { fireEvent, render, screen } from "@testing-library/react";
import type { Grid, Issue } from "../core";
import { MAX_COLS, ROW_PAGE, SheetGrid } from "./SheetGrid";
import { pageStrings } from "./strings";

if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;

const t = pageStrings("zh-CN");
const severityName = { error: "错误", warning: "警告", info: "提示" } as const;

function grid(rows: number, cols: number, fill: (r: number, c: number) => string = (r, c) => `r${r}c${c}`): Grid {
  const values = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => fill(r, c)));
  return { sheet: "S", origin: { row: 0, col: 0 }, values, text: values.map((r) => r.slice()), merges: [] };
}

const issue = (code: Issue["code"], severity: Issue["severity"], column: string, row: number): Issue => ({ code, severity, sheet: "S", row, column, message: `${column}${row}：问题` });

describe("SheetGrid", () => {
  it("renders merges with spans and flagged cells as buttons; a click selects the cell", () => {
    const g = grid(4, 4);
    g.merges = [{ top: 0, left: 0, bottom: 1, right: 2 }];
    const flags = new Map([["B1", [issue("placeholder", "error", "B", 1)]], ["D3", [issue("source-missing", "warning", "D", 3)]]]);
    const onSelect = jest.fn();
    const { container } = render(<SheetGrid view={{ grid: g, columnWidths: [] }} flags={flags} selected={null} t={t} severityName={severityName} onSelectCell={onSelect} />);
    const a1 = container.querySelector('td[data-cell="A1"]') as HTMLTableCellElement;
    expect(a1.rowSpan).toBe(2);
    expect(a1.colSpan).toBe(3);
    expect(container.querySelector('td[data-cell="B1"]')).toBeNull();
    // B1's issue shows on the merge's top-left cell, which shows B1.
    expect(a1.getAttribute("data-severity")).toBe("error");
    expect(container.querySelector('td[data-cell="D3"]')!.getAttribute("data-severity")).toBe("warning");
    fireEvent.click(screen.getByRole("button", { name: /D3：警告 source-missing/ }));
    expect(onSelect).toHaveBeenCalledWith("D3");
  });

  it("shows a big sheet a page at a time and jumps to the page of a selected cell", () => {
    const g = grid(ROW_PAGE * 2 + 10, MAX_COLS + 5);
    const { container, rerender } = render(<SheetGrid view={{ grid: g, columnWidths: [] }} flags={undefined} selected={null} t={t} severityName={severityName} onSelectCell={() => undefined} />);
    expect(container.querySelectorAll("tbody tr")).toHaveLength(ROW_PAGE);
    expect(container.querySelectorAll("thead th")).toHaveLength(MAX_COLS + 1);
    expect(screen.getByText(t.rowsShown(1, ROW_PAGE, ROW_PAGE * 2 + 10))).toBeTruthy();
    expect(screen.getByText(t.colsShown(MAX_COLS, MAX_COLS + 5))).toBeTruthy();
    rerender(<SheetGrid view={{ grid: g, columnWidths: [] }} flags={undefined} selected={{ address: `C${ROW_PAGE * 2 + 5}`, seq: 1 }} t={t} severityName={severityName} onSelectCell={() => undefined} />);
    const cell = container.querySelector(`td[data-cell="C${ROW_PAGE * 2 + 5}"]`)!;
    expect(cell.getAttribute("aria-current")).toBe("location");
    expect(container.querySelectorAll("tbody tr")).toHaveLength(10);
    fireEvent.click(screen.getByRole("button", { name: t.previousRows }));
    expect(container.querySelector("tbody th")!.textContent).toBe(String(ROW_PAGE + 1));
  });

  it("renders workbook text as text, never as markup", () => {
    const payload = "<img src=x onerror=alert(1)>";
    const g = grid(2, 2, () => payload);
    const { container } = render(<SheetGrid view={{ grid: g, columnWidths: [] }} flags={new Map([["A1", [issue("placeholder", "error", "A", 1)]]])} selected={null} t={t} severityName={severityName} onSelectCell={() => undefined} />);
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getAllByText(payload, { exact: false }).length).toBeGreaterThanOrEqual(4);
  });

  it("says when a sheet is empty", () => {
    render(<SheetGrid view={{ grid: grid(0, 0), columnWidths: [] }} flags={undefined} selected={null} t={t} severityName={severityName} onSelectCell={() => undefined} />);
    expect(screen.getByText(t.emptySheet)).toBeTruthy();
  });
});
