/**
 * The corpus of published tables (test/fixtures/published): each committed workbook is read
 * through the CLI's file reader, as a user's file would be, and validated. The issues asserted
 * are the ones a careful reviewer raises on that table — worked out by reading the table, row by
 * row, not copied from the output (the reasons are beside each table). Any other issue fails.
 */
import path from "node:path";
import { loadWorkbook } from "../../src/cli/load";
import { gridsFromWorkbook } from "../../src/xlsx/read-grids";
import { validateWorkbook } from "../../src/core/validate";
import { PUBLISHED_TABLES } from "../fixtures/published/tables";
import { columnIndex } from "../../src/core/grid";

const DIR = path.join(__dirname, "../fixtures/published/xlsx");

type Expected = { code: string; severity: string; row: number; column: string; field: string | null };
const at = (code: string, severity: string, row: number, column = "", field: string | null = null): Expected => ({ code, severity, row, column, field });

// Every 申报表 here has no 评（扣）分标准 or 分值 column, which Score needs (DESIGN §4: an error),
// and no 指标属性 column (a warning); none has a log sheet yet (info).
const noRuleColumn = (headerRow: number) => [at("log-sheet-not-found", "info", 1), at("column-missing", "error", headerRow, "", "rule"), at("column-missing", "warning", headerRow, "", "attribute")];

const EXPECTED: Record<string, { indicators: number; issues: Expected[] }> = {
  // Targets are set per town (笏石街道办, 埭头镇) with no 指标值 column: the reader cannot take
  // the table, and says so on the header row (row 9) rather than "no table".
  "fujian-xiuyu-shuili-shuihui": { indicators: 0, issues: [at("table-not-found", "error", 9)] },
  // The older form: 三级 headed 指标内容, 满意度 as a 二级 under 效益指标 (a valid edition). Nine
  // indicators, values carry % and ≥; nothing wrong in the rows themselves.
  "hubei-qingshan-bomo-gaizao": { indicators: 9, issues: noRuleColumn(9) },
  // Long-term and annual columns side by side: the annual ones (年度) are read, seven indicators.
  // Bare `100%` targets mean "reach 100%" (no ≥ written): not target-suspicious.
  "hubei-qingshan-jiaoyu-jijian": { indicators: 7, issues: noRuleColumn(12) },
  // Rows 12–16 keep the template's numbering (指标1: …) and their 指标值 hold only a unit (公里,
  // 万亩, 万人, 公里, ≧ %): the numbers were never filled in.
  "shaanxi-chencang-shuili-yinshui": {
    indicators: 5,
    issues: [
      ...noRuleColumn(11),
      ...[12, 13, 14, 15, 16].flatMap((row) => [at("placeholder", "error", row, "D", "name"), at("target-missing", "error", row, "E", "target")]),
    ],
  },
  // Five 产出 rows (the page is cut before 效益): `2km`, `100%`, `≤120万元` all read; the bare
  // `100%` rates are not "≥100%" (nothing was written before them).
  "shaanxi-qingjian-guoyuanlu": { indicators: 5, issues: noRuleColumn(11) },
};

describe.each(PUBLISHED_TABLES.map((t) => [t.id, t] as const))("published table %s", (id, spec) => {
  let grids: ReturnType<typeof gridsFromWorkbook>;
  beforeAll(async () => {
    grids = gridsFromWorkbook((await loadWorkbook(path.join(DIR, `${id}.xlsx`))).workbook);
  });

  it("the committed workbook holds the spec's cells (npm run fixtures:published rebuilds it)", () => {
    const grid = grids.sheets[0];
    expect(grid.sheet).toBe(spec.sheet);
    const merged = new Set(
      (spec.merges ?? []).flatMap((a) => {
        const [from, to] = a.split(":").map((x) => /^([A-Z]+)(\d+)$/.exec(x)!);
        const cells: string[] = [];
        for (let r = +from[2]; r <= +to[2]; r++)
          for (let c = columnIndex(from[1]); c <= columnIndex(to[1]); c++) if (r !== +from[2] || c !== columnIndex(from[1])) cells.push(`${r - 1},${c}`);
        return cells;
      }),
    );
    spec.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (merged.has(`${r},${c}`)) return;
        const got = grid.values[r - grid.origin.row]?.[c - grid.origin.col] ?? null;
        expect([r, c, got === "" ? null : got]).toEqual([r, c, v === "" ? null : v]);
      }),
    );
  });

  it("raises exactly what a careful reviewer raises", () => {
    const expected = EXPECTED[id];
    expect(expected).toBeDefined();
    const report = validateWorkbook(grids);
    expect(report.stats.indicators).toBe(expected.indicators);
    expect(report.issues.map((i) => ({ code: i.code, severity: i.severity, row: i.row, column: i.column, field: i.field ?? null }))).toEqual(expected.issues);
  });
});
