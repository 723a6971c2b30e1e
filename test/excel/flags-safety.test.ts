/**
 * Flags that always clear (DESIGN §5, nothing lost; issue 18): a flagging that fails part-way —
 * at any action of its batch, at any of its syncs on Excel on the web, on a sheet protected
 * between the read and the write — leaves every painted cell with its record, so Clear puts every
 * cell back; the flag sheet is kept and emptied, never deleted (Worksheet.delete clears staff's
 * undo stack); records follow rows inserted and deleted between Validate and Clear.
 */
import type { Issue } from "../../src/core";
import { runValidate } from "../../src/app/controller";
import { createExcelHost } from "../../src/excel/adapter";
import { FLAG_FILL, FLAG_FONT } from "../../src/excel/flags";
import { FLAG_SHEET } from "../../src/excel/read";
import { FakeError, installFake, uninstallFake, type FakeWorkbook } from "./fake-excel";
import { looks } from "./looks";
import { seedFake } from "./workbooks";

afterEach(uninstallFake);

const TABLE = "项目绩效目标表";
const LOG = "完成情况台账";

/** The seed with an unknown operator in I8 (error; I8:J8 is merged) and its content-duplicate warning in S10. */
function brokenSeed(options = {}): FakeWorkbook {
  const wb = seedFake({ log: "partial" }, options);
  wb.sheet(TABLE)!.cell(7, 8).value = "约";
  return wb;
}

/** An issue at one cell (flagIn only needs where, how bad and the message). */
const issueAt = (sheet: string, row: number, column: string, severity: Issue["severity"] = "error"): Issue =>
  ({ code: "operator-invalid", severity, sheet, row, column, message: `${sheet}!${column}${row} 有误` }) as Issue;

const both = (wb: FakeWorkbook) => ({ table: looks(wb, TABLE), log: looks(wb, LOG) });
const painted = (wb: FakeWorkbook) =>
  [TABLE, LOG].reduce((n, s) => n + [...wb.sheet(s)!.cells.values()].filter((c) => Object.values(FLAG_FILL).includes(c.fill!)).length, 0);

/** The issues Validate finds on the broken seed, plus one on the log sheet (so two sheets are flagged). */
async function seedIssues(): Promise<Issue[]> {
  installFake(brokenSeed());
  const report = await runValidate(createExcelHost());
  uninstallFake();
  return [...report.issues, issueAt(LOG, 5, "C", "warning")];
}

describe("a flagging that fails part-way leaves nothing Clear cannot put back", () => {
  test("Excel for Windows (one write sync): a failure at each of its actions, then Clear → every cell as before", async () => {
    const issues = await seedIssues();
    // a clean run, to count the write batch's actions
    const clean = brokenSeed();
    installFake(clean);
    const host = createExcelHost();
    await host.readWorkbook();
    clean.resetCounters();
    await host.flagIssues(issues);
    expect(clean.syncs).toBe(1);
    const actions = clean.syncLog[0].actions;
    expect(actions).toBeGreaterThan(20);

    let partWay = 0;
    for (let k = 0; k < actions; k++) {
      const wb = brokenSeed();
      installFake(wb);
      const before = both(wb);
      const h = createExcelHost();
      await h.readWorkbook();
      wb.resetCounters();
      wb.failAt = { sync: 0, action: k, error: new FakeError("GeneralException", "There was an internal error while processing the request.") };
      await expect(h.flagIssues(issues)).rejects.toThrow();
      if (painted(wb) > 0) partWay++;
      // reopened: nothing in memory, everything from the flag sheet
      await createExcelHost().clearFlags();
      expect({ k, ...both(wb) }).toEqual({ k, ...before });
      expect(wb.sheet(TABLE)!.notes.size + wb.sheet(LOG)!.notes.size).toBe(0);
      expect(wb.enableEvents).toBe(true);
      uninstallFake();
    }
    // the failures that matter: some cells were already painted when the batch stopped
    expect(partWay).toBeGreaterThan(0);
  });

  test("a second Validate failing at each action (the previous flags being restored, the fixed cell among them), then Clear", async () => {
    const issues = await seedIssues();
    const fixed = issues.filter((i) => i.code !== "operator-invalid"); // the user fixed I8
    const prepare = async () => {
      const wb = brokenSeed();
      installFake(wb);
      const before = both(wb);
      const h = createExcelHost();
      await h.readWorkbook();
      await h.flagIssues(issues);
      wb.resetCounters();
      return { wb, h, before };
    };
    const { wb: clean, h: cleanHost } = await prepare();
    await cleanHost.flagIssues(fixed);
    const actions = clean.syncLog[0].actions;
    uninstallFake();
    for (let k = 0; k < actions; k++) {
      const { wb, h, before } = await prepare();
      wb.failAt = { sync: 0, action: k, error: new FakeError("GeneralException", "There was an internal error while processing the request.") };
      await expect(h.flagIssues(fixed)).rejects.toThrow();
      await createExcelHost().clearFlags();
      expect({ k, ...both(wb) }).toEqual({ k, ...before });
      uninstallFake();
    }
  });

  test("Excel on the web (the flagging split over several syncs): a refused payload or a lost sync at each one, then Clear", async () => {
    const issues = await seedIssues();
    const budget = 4000; // a few dozen actions a sync
    const clean = brokenSeed({ platform: "OfficeOnline" });
    installFake(clean);
    const host = createExcelHost({ syncBudget: budget });
    await host.readWorkbook();
    clean.resetCounters();
    await host.flagIssues(issues);
    const syncs = clean.syncLog.map((s) => s.actions);
    expect(syncs.length).toBeGreaterThan(2);
    uninstallFake();

    const failures = [
      // Excel on the web refuses a request over its limit whole: nothing of that sync applies
      (sync: number) => ({ sync, action: 0, error: new FakeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.") }),
      // a sync that never comes back, half-way through its batch
      (sync: number) => ({ sync, action: Math.floor(syncs[sync] / 2), error: new FakeError("GeneralException", "Network error") }),
    ];
    for (let s = 0; s < syncs.length; s++)
      for (const failure of failures) {
        const wb = brokenSeed({ platform: "OfficeOnline" });
        installFake(wb);
        const before = both(wb);
        const h = createExcelHost({ syncBudget: budget });
        await h.readWorkbook();
        wb.resetCounters();
        wb.failAt = failure(s);
        await expect(h.flagIssues(issues)).rejects.toThrow();
        await createExcelHost({ syncBudget: budget }).clearFlags();
        expect({ s, ...both(wb) }).toEqual({ s, ...before });
        uninstallFake();
      }
  });

  test("the second sheet protected between the read and the write: the first stays restorable; Clear after unprotecting puts all back", async () => {
    const issues = await seedIssues();
    const wb = brokenSeed();
    installFake(wb);
    const before = both(wb);
    const host = createExcelHost();
    await host.readWorkbook();
    wb.sheet(TABLE)!.protected = true; // staff protect it while the pane is open
    await expect(host.flagIssues(issues)).rejects.toThrow(/受保护|protected/);
    // the log sheet (painted first) got its flag before the table refused
    expect(wb.sheet(LOG)!.peek(4, 2)!.fill).toBe(FLAG_FILL.warning);
    wb.sheet(TABLE)!.protected = false;
    await createExcelHost().clearFlags();
    expect(both(wb)).toEqual(before);
  });

  test("Clear on a sheet protected since Validate: refused as protected, the records kept; after unprotecting, Clear puts all back", async () => {
    const wb = brokenSeed();
    installFake(wb);
    const before = both(wb);
    const host = createExcelHost();
    await runValidate(host);
    wb.sheet(TABLE)!.protected = true;
    await expect(host.clearFlags()).rejects.toMatchObject({ kind: "protected" });
    expect(wb.sheet(FLAG_SHEET)!.peek(0, 0)!.value).toBe("jixiao-flags"); // emptying comes last: it never ran
    wb.sheet(TABLE)!.protected = false;
    await host.clearFlags();
    expect(both(wb)).toEqual(before);
  });

  test("a sheet the read found protected is not painted (its issues stay in the pane); the others are", async () => {
    const issues = await seedIssues();
    const wb = brokenSeed();
    wb.sheet(TABLE)!.protected = true;
    installFake(wb);
    const before = looks(wb, TABLE);
    const host = createExcelHost();
    await host.readWorkbook();
    await host.flagIssues(issues);
    expect(looks(wb, TABLE)).toEqual(before);
    expect(wb.sheet(LOG)!.peek(4, 2)).toMatchObject({ fill: FLAG_FILL.warning, fontColor: FLAG_FONT.warning });
  });
});

describe("the flag sheet is kept and emptied, never deleted (staff keep their undo history)", () => {
  test("Validate, Validate, Clear, Validate: the only undo-clearing call is making the sheet very hidden, once", async () => {
    const wb = brokenSeed();
    installFake(wb);
    const host = createExcelHost();
    await runValidate(host);
    expect(wb.undoClears).toEqual([`Worksheet.visibility ${FLAG_SHEET}`]);
    wb.undoClears = [];
    await runValidate(host);
    await host.clearFlags();
    expect(wb.sheet(FLAG_SHEET)).toBeDefined();
    await runValidate(host);
    await createExcelHost().clearFlags(); // and from a reopened workbook
    await host.flagIssues([]);
    expect(wb.undoClears).toEqual([]);
    expect(wb.sheet(FLAG_SHEET)!.visibility).toBe("VeryHidden");
  });

  test("on Excel on the web (where Worksheet.visibility is undoable) Validate and Clear call nothing that clears undo", async () => {
    const wb = brokenSeed({ platform: "OfficeOnline" });
    installFake(wb);
    const host = createExcelHost();
    await runValidate(host);
    await runValidate(host);
    await host.clearFlags();
    expect(wb.undoClears).toEqual([]);
  });
});

describe("records follow rows inserted and deleted between Validate and Clear", () => {
  /** Validate, then `edit` (what staff do in Excel), then Clear from a reopened workbook; compared with the same edit on an unflagged copy. */
  async function roundTrip(edit: (wb: FakeWorkbook) => void, issues?: Issue[], setup: (wb: FakeWorkbook) => void = () => undefined) {
    const wb = brokenSeed();
    const untouched = brokenSeed();
    setup(wb);
    setup(untouched);
    installFake(wb);
    const host = createExcelHost();
    if (issues) {
      await host.readWorkbook();
      await host.flagIssues(issues);
    } else await runValidate(host);
    edit(wb);
    edit(untouched);
    await createExcelHost().clearFlags();
    return { wb, untouched };
  }

  test("3 rows inserted above the flagged cells: I8 (now I11) gets its look back; what now sits at I8 is not touched", async () => {
    const { wb, untouched } = await roundTrip((w) => w.insertRows(TABLE, 2, 3));
    const sheet = wb.sheet(TABLE)!;
    expect(sheet.peek(10, 8)!.value).toBe("约"); // the flagged cell moved from row 8 to row 11
    expect(sheet.peek(10, 8)!.fill).toBeNull();
    expect(sheet.peek(10, 8)!.fontColor).toBe("#000000");
    expect(looks(wb, TABLE)).toEqual(looks(untouched, TABLE));
  });

  test("2 rows deleted above: the flags are cleared where the cells went (S10 → S8)", async () => {
    const { wb, untouched } = await roundTrip((w) => w.deleteRows(TABLE, 2, 2));
    expect(wb.sheet(TABLE)!.peek(7, 18)!.fill).toBeNull();
    expect(looks(wb, TABLE)).toEqual(looks(untouched, TABLE));
  });

  test("the flagged row itself deleted: nothing to restore there, the rest restored, Clear does not fail", async () => {
    const { wb, untouched } = await roundTrip((w) => w.deleteRows(TABLE, 7, 1));
    expect(looks(wb, TABLE)).toEqual(looks(untouched, TABLE));
  });

  test("a second Validate after rows were inserted restores the first one's flags where the cells went", async () => {
    const wb = brokenSeed();
    const untouched = brokenSeed();
    installFake(wb);
    const host = createExcelHost();
    await runValidate(host);
    wb.insertRows(TABLE, 2, 1);
    untouched.insertRows(TABLE, 2, 1);
    wb.sheet(TABLE)!.cell(8, 8).value = "="; // the user fixes the operator (I9 now)
    untouched.sheet(TABLE)!.cell(8, 8).value = "=";
    await runValidate(host);
    expect(wb.sheet(TABLE)!.peek(8, 8)!.fill).toBeNull();
    await host.clearFlags();
    expect(looks(wb, TABLE)).toEqual(looks(untouched, TABLE));
  });

  test("the flagged sheet renamed and rows inserted: Clear finds the cells under the new name", async () => {
    const { wb, untouched } = await roundTrip((w) => {
      w.renameSheet(TABLE, "2024年目标表");
      w.insertRows("2024年目标表", 0, 1);
    });
    expect(wb.sheet("2024年目标表")!.peek(8, 8)!.fill).toBeNull(); // I8 → I9
    expect(wb.sheet("2024年目标表")!.notes.size).toBe(0); // Jixiao's notes found there too
    expect(looks(wb, "2024年目标表")).toEqual(looks(untouched, "2024年目标表"));
  });

  test("a run of flagged cells (log C6:C9, one area) with a row inserted inside it: each row gets its own look back, the new row its neighbour's", async () => {
    const run = [6, 7, 8, 9].map((r) => issueAt(LOG, r, "C"));
    const { wb, untouched } = await roundTrip(
      (w) => w.insertRows(LOG, 7, 1), // a row above row 8: inside the run
      run,
      (w) => Object.assign(w.sheet(LOG)!.cell(6, 2), { fill: "#E2EFDA", look: "thin border" }), // C7 has a look of its own
    );
    const sheet = wb.sheet(LOG)!;
    // C6 plain; C7 and the new C8 green with the border (Excel gave the new row C7's look); C9, C10 plain
    expect([5, 6, 7, 8, 9].map((r) => sheet.peek(r, 2)?.fill ?? null)).toEqual([null, "#E2EFDA", "#E2EFDA", null, null]);
    expect(sheet.peek(7, 2)!.look).toBe("thin border");
    expect(looks(wb, LOG)).toEqual(looks(untouched, LOG));
  });

  test("a merged flagged area (C6:D17) that grew by an inserted row: its fill and font colour come back, the merge stays as staff left it", async () => {
    const sheet0 = brokenSeed().sheet(TABLE)!;
    const original = { fill: sheet0.peek(5, 2)?.fill ?? null, fontColor: sheet0.peek(5, 2)?.fontColor ?? "#000000" };
    const { wb } = await roundTrip((w) => w.insertRows(TABLE, 10, 1), [issueAt(TABLE, 8, "C", "warning")]);
    const sheet = wb.sheet(TABLE)!;
    expect(sheet.merges).toContainEqual({ top: 5, left: 2, bottom: 17, right: 3 });
    for (let r = 5; r <= 17; r++)
      for (const c of [2, 3]) expect({ r, c, fill: sheet.peek(r, c)?.fill ?? null, fontColor: sheet.peek(r, c)?.fontColor ?? "#000000" }).toEqual({ r, c, ...original });
  });
});
