/**
 * The CLI's public JSON schema (src/cli/report-schema.ts) against the CLI's real --json output:
 * validate, score (under default and yitihua, with a log and without one, so unscored reasons and
 * adjustments appear) and monitor on the sample workbooks, and the document of an unusable file.
 * The schemas are strict, so a field the output gains or loses fails here until the schema (the
 * public type) says so too.
 */
import path from "node:path";
import { cli } from "../helpers/cli";
import { buildBrokenWorkbook, buildSeedWorkbook, buildSelfEvaluationWorkbook, writeTemp } from "../fixtures/workbooks";
import { MonitorReportSchema, ScoreReportSchema, UnusableReportSchema, ValidateReportSchema } from "../../src/cli/report-schema";

let seed: string;
let noLog: string;
let selfEvaluation: string;
let broken: string;
beforeAll(async () => {
  seed = await writeTemp(buildSeedWorkbook({ log: "full" }), "schema-seed.xlsx");
  noLog = await writeTemp(buildSeedWorkbook({ log: "none" }), "schema-seed-no-log.xlsx");
  // As score.test.ts edits it: 400 天 against ≤365天 (a linear 反向 under yitihua), 6 typed as a 得分.
  const self = buildSelfEvaluationWorkbook();
  self.getWorksheet("项目支出绩效自评表")!.getCell("F20").value = "400天";
  self.getWorksheet("项目支出绩效自评表")!.getCell("H19").value = 6;
  selfEvaluation = await writeTemp(self, "schema-self-evaluation.xlsx");
  broken = await writeTemp(buildBrokenWorkbook(), "schema-broken.xlsx");
});

const docs = (stdout: string) => stdout.split("\n").map((l) => JSON.parse(l) as unknown);

describe("the CLI's --json output parses with its schema", () => {
  it("validate: the seed, a broken table, several files, English", async () => {
    for (const args of [[seed], [broken], [seed, broken, selfEvaluation], [seed, "--lang", "en"], [seed, "--profile", "budget20"]]) {
      for (const doc of docs((await cli("validate", ...args, "--json")).stdout)) expect(ValidateReportSchema.parse(doc)).toEqual(doc);
    }
  });

  it("score: with a log, without one (unscored reasons), the 自评表 under yitihua (adjustments)", async () => {
    const runs = [await cli("score", seed, "--json"), await cli("score", noLog, "--json"), await cli("score", selfEvaluation, "--profile", "yitihua", "--json", "--lang", "en")];
    const parsed = runs.map((r) => ScoreReportSchema.parse(JSON.parse(r.stdout)));
    expect(parsed[1].score.indicators.some((i) => i.reason)).toBe(true);
    expect(parsed[2].score.indicators.some((i) => i.adjustments?.length)).toBe(true);
    expect(parsed.map((d) => d.profile)).toEqual(["default", "default", "yitihua"]);
  });

  it("monitor: the seed as of mid-year", async () => {
    const doc = JSON.parse((await cli("monitor", seed, "--as-of", "2022-06-30", "--json")).stdout);
    expect(MonitorReportSchema.parse(doc)).toEqual(doc);
  });

  it("an unusable file: its reason and its problem", async () => {
    const missing = path.join(path.dirname(seed), "nope.xlsx");
    for (const r of [await cli("validate", missing, "--json"), await cli("score", seed, "--sheet", "没有", "--json"), await cli("validate", "test/fixtures/bad/zip-bomb.xlsx", "--json")]) {
      const doc = UnusableReportSchema.parse(JSON.parse(r.stdout));
      expect(doc.error).toBe(r.stderr);
    }
  });

  it("is strict: a field the output gains, or one it loses, is refused", async () => {
    const doc = JSON.parse((await cli("validate", seed, "--json")).stdout) as Record<string, unknown>;
    expect(ValidateReportSchema.safeParse({ ...doc, extra: 1 }).success).toBe(false);
    const { profile: _dropped, ...without } = doc;
    expect(ValidateReportSchema.safeParse(without).success).toBe(false);
  });
});
