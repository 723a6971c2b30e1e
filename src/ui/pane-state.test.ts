import { scoreWorkbook, validateWorkbook } from "../core";
import { seedGrids, setGridCell } from "../../test/taskpane/fake-host";
import { effectiveChoice, initialModel, logCandidates, nextStep, paneReducer, primaryAction, targetCandidates, type PaneEvent, type PaneModel } from "./pane-state";
import { listedSheets } from "./sheet-candidates";

const run = (events: PaneEvent[], from: PaneModel = initialModel("zh-CN", undefined)) => events.reduce(paneReducer, from);
const unscored = (r: { score: { indicators: { score: number | null }[] } }) => r.score.indicators.filter((i) => i.score === null).length;

describe("paneReducer", () => {
  const clean = validateWorkbook(seedGrids({ log: "partial" }));
  const broken = (() => {
    const grids = seedGrids({ log: "partial" });
    setGridCell(grids, "项目绩效目标表", "I8", "≈"); // operator-invalid: an error
    return validateWorkbook(grids);
  })();
  const scored = scoreWorkbook(seedGrids({ log: "partial" }));

  it("starts on the main page with nothing shown, 校验 primary, and says to click 校验", () => {
    const s = initialModel("zh-CN", undefined);
    expect(s).toMatchObject({ view: "main", shown: null, busy: null, error: null, sheets: [] });
    expect(primaryAction(s)).toBe("validate");
    expect(nextStep(s, unscored)).toEqual({ kind: "start", targetFound: null });
    expect(nextStep(run([{ type: "detected", detected: {} }]), unscored)).toEqual({ kind: "start", targetFound: false });
  });

  it("runs one action at a time: a second start while busy changes nothing", () => {
    const busy = run([{ type: "started", action: "validate" }]);
    expect(busy.busy).toBe("validate");
    expect(paneReducer(busy, { type: "started", action: "score" })).toBe(busy);
    expect(run([{ type: "finished" }], busy)).toMatchObject({ busy: null, progress: undefined });
  });

  it("keeps progress within 0..1 and indeterminate while the host gave no total", () => {
    expect(run([{ type: "progressed", done: 3, total: 4 }]).progress).toBe(0.75);
    expect(run([{ type: "progressed", done: 9, total: 4 }]).progress).toBe(1);
    expect(run([{ type: "progressed", done: 1, total: 0 }]).progress).toBeUndefined();
  });

  it("makes 评分 primary after a Validate without errors, and keeps 校验 primary after one with errors", () => {
    expect(clean.valid).toBe(true);
    const ok = run([{ type: "started", action: "validate" }, { type: "validated", report: clean }, { type: "finished" }]);
    expect(primaryAction(ok)).toBe("score");
    // The seed has 4 warnings (worth a look) and its log sheet was detected.
    expect(nextStep({ ...ok, detected: { target: "项目绩效目标表", log: "完成情况台账" } }, unscored)).toEqual({ kind: "score", logFound: true, warnings: 4 });
    expect(ok.announcement).toEqual({ kind: "validated", errors: 0, warnings: 4 });

    const bad = run([{ type: "validated", report: broken }]);
    expect(primaryAction(bad)).toBe("validate");
    expect(nextStep(bad, unscored)).toEqual({ kind: "fix", errors: 1 });
  });

  it("after Score says what is left unscored, or that it is done", () => {
    const s = run([{ type: "scored", report: scored, unscored: 0 }]);
    expect(primaryAction(s)).toBe("score");
    expect(nextStep(s, unscored)).toEqual({ kind: "scored" });
    expect(s.announcement).toEqual({ kind: "scored", total: 81.2, grade: "良", unscored: 0 });
    const partial = scoreWorkbook(seedGrids({ log: "none" }));
    expect(nextStep(run([{ type: "scored", report: partial, unscored: 11 }]), unscored)).toEqual({ kind: "scored-incomplete", unscored: 11 });
  });

  it("清除评分 drops the report and says what was kept; 清除标记 keeps it", () => {
    const s = run([{ type: "scored", report: scored, unscored: 0 }, { type: "score-cleared", keptCells: 2, keptSheets: ["绩效自评表"] }]);
    expect(s.shown).toBeNull();
    expect(s.notice).toEqual({ kind: "clearedScore", keptCells: 2, keptSheets: ["绩效自评表"] });
    expect(nextStep(s, unscored)).toEqual({ kind: "cleared" });
    const f = run([{ type: "validated", report: clean }, { type: "flags-cleared" }]);
    expect(f.shown?.kind).toBe("validate");
    expect(f.notice).toEqual({ kind: "cleared" });
  });

  it("a failure is kept as what failed and a sentence; starting again clears it", () => {
    const s = run([{ type: "failed", failed: "score", message: "工作表在评分期间被修改，请重新评分。" }]);
    expect(s.error).toEqual({ failed: "score", message: "工作表在评分期间被修改，请重新评分。" });
    expect(s.announcement).toEqual({ kind: "failed", failed: "score" });
    expect(run([{ type: "started", action: "score" }], s).error).toBeNull();
    // The pane's own steps fail without an announcement of an action.
    expect(run([{ type: "failed", failed: "select", message: "x" }]).announcement).toBeNull();
    expect(run([{ type: "error-dismissed" }], s).error).toBeNull();
  });

  it("a remembered choice arrives after staff picked: theirs wins", () => {
    const s = run([{ type: "sheet-chosen", field: "targetSheet", sheet: "Sheet2" }, { type: "settings-loaded", choice: { targetSheet: "Sheet1", logSheet: "台账" } }]);
    expect(s.saved).toEqual({ targetSheet: "Sheet2" });
    expect(run([{ type: "settings-loaded", choice: { logSheet: "台账" } }]).saved).toEqual({ logSheet: "台账" });
    expect(run([{ type: "sheet-chosen", field: "logSheet", sheet: undefined }], run([{ type: "settings-loaded", choice: { logSheet: "台账" } }])).saved).toEqual({});
  });

  it("keeps the same sheet list object when the names did not change (no re-render)", () => {
    const s = run([{ type: "sheets-listed", sheets: ["a", "b"], logNamed: [] }]);
    expect(paneReducer(s, { type: "sheets-listed", sheets: ["a", "b"], logNamed: [] })).toBe(s);
    expect(paneReducer(s, { type: "sheets-listed", sheets: ["b", "a"], logNamed: [] }).sheets).toEqual(["b", "a"]);
  });

  it("offers no log-named sheet as the target, and neither the target nor a Score 自评表 as the log", () => {
    const sheets = ["项目绩效目标表", "Sheet1 (2)", "完成情况台账", "绩效自评表", "绩效自评表（评分2）", "自评表（原）"];
    const s = run([{ type: "sheets-listed", sheets, logNamed: ["完成情况台账"] }]);
    expect(targetCandidates(s)).toEqual(["项目绩效目标表", "Sheet1 (2)", "绩效自评表", "绩效自评表（评分2）", "自评表（原）"]);
    expect(logCandidates(s, "项目绩效目标表")).toEqual(["Sheet1 (2)", "完成情况台账", "自评表（原）"]);
  });

  it("takes a result the ribbon published, and its failure", () => {
    const s = run([{ type: "failed", failed: "validate", message: "x" }, { type: "result-received", result: { action: "validate", ok: true, report: clean, at: 1 } }]);
    expect(s.shown).toEqual({ kind: "validate", report: clean });
    expect(s.error).toBeNull();
    expect(run([{ type: "result-received", result: { action: "score", ok: false, message: " 只读 ", at: 1 } }]).error).toEqual({ failed: "score", message: "只读" });
    expect(initialModel("en", { action: "score", ok: true, report: scored, at: 1 }).shown?.kind).toBe("score");
  });

  it("switches language and page; a start goes back to the main page", () => {
    const s = run([{ type: "language-changed", lang: "en" }, { type: "view-opened", view: "help" }]);
    expect(s).toMatchObject({ lang: "en", view: "help" });
    expect(run([{ type: "started", action: "validate" }], s).view).toBe("main");
  });

  it("rewords only the report it was made from", () => {
    const s = run([{ type: "validated", report: clean }]);
    const reworded = { kind: "validate" as const, report: { ...clean, issues: clean.issues.map((i) => ({ ...i, message: "en" })) } };
    expect(paneReducer(s, { type: "relocalized", shown: reworded }).shown).toBe(reworded);
    expect(paneReducer(s, { type: "relocalized", shown: { kind: "validate", report: { ...clean, issues: [] } } })).toBe(s);
  });
});

describe("listedSheets", () => {
  it("hides Score's ownership record and names the log-like sheets by the core's pattern", () => {
    expect(listedSheets(["项目绩效目标表", "完成情况台账", "工作日志", "_jixiao_record", "Sheet2"])).toEqual({
      sheets: ["项目绩效目标表", "完成情况台账", "工作日志", "Sheet2"],
      logNamed: ["完成情况台账", "工作日志"],
    });
  });
});

describe("effectiveChoice", () => {
  it("drops a remembered sheet that is gone", () => {
    expect(effectiveChoice({ targetSheet: "旧表", logSheet: "台账" }, ["目标表", "台账"])).toEqual({ logSheet: "台账" });
    expect(effectiveChoice({ targetSheet: "旧表" }, [])).toEqual({ targetSheet: "旧表" });
  });
});
