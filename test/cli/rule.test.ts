import { cli } from "../helpers/cli";

describe("jixiao rule", () => {
  it("explains a rule as JSON", async () => {
    const r = await cli("rule", "12分，完成1期得1分", "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ text: "12分，完成1期得1分", full: 12, rule: "per-unit", step: 1, points: 1 });
  });
  it("gives full: null where the text states no points", async () => {
    const r = await cli("rule", "按完成比例得分", "--json");
    expect(JSON.parse(r.stdout)).toMatchObject({ full: null, rule: "proportional" });
  });
  it("explains in words, Chinese by default", async () => {
    const r = await cli("rule", "20分，每低于1个百分点扣2分，扣完为止");
    expect(r.stdout).toContain("20");
    expect(r.stdout).toMatch(/扣/);
  });
});

describe("jixiao rule --target --actual", () => {
  it("prints the points and the arithmetic", async () => {
    const r = await cli("rule", "12分，完成1期得1分", "--target", "12", "--actual", "10");
    expect(r.code).toBe(0);
    // per unit: min(12, 1 × ⌊10 / 1⌋) = 10
    expect(r.stdout).toContain("min(12, 1 × ⌊10 ÷ 1⌋) = 10");
    expect(r.stdout).toContain("得分（两位小数，介于 0 与满分之间）：10");
  });
  it("in English, for a deduction", async () => {
    const r = await cli("rule", "10分，每低于1个百分点扣2分，扣完为止", "--target", "≥95%", "--actual", "92.5", "--lang", "en");
    // shortfall 2.5 → ⌈2.5⌉ = 3 steps × 2 = 6 off → 4
    expect(r.stdout).toContain("shortfall = max(0, target − actual) = max(0, 95 − 92.5) = 2.5");
    expect(r.stdout).toContain("Score (two decimals, between 0 and full): 4");
  });
  it("as JSON, with the score and the working", async () => {
    const r = await cli("rule", "5分，每延迟1个月扣1分", "--target", "2022年12月31日前", "--actual", "2023-02-01", "--json");
    const doc = JSON.parse(r.stdout);
    // 2023-02-01 is 2 months started after 2022-12-31: 5 − 2 = 3
    expect(doc).toMatchObject({ rule: "deduction", full: 5, whatIf: { score: 3, met: false, target: { kind: "date", year: 2022, month: 12, day: 31 } } });
  });
  it("asks for --full when the text states no points, and takes it", async () => {
    const none = await cli("rule", "按完成比例得分", "--target", "50", "--actual", "45");
    expect(none.stdout).toContain("请用 --full 给出分值");
    const given = await cli("rule", "按完成比例得分", "--target", "50", "--actual", "45", "--full", "10");
    // 10 × 45 / 50 = 9
    expect(given.stdout).toContain("10 × min(1, 45 ÷ 50) = 9");
  });
  it("refuses a --full that is not points, exit 2", async () => {
    const r = await cli("rule", "按完成比例得分", "--actual", "45", "--full", "ten");
    expect([r.code, r.stderr.trim()]).toEqual([2, "--full 应为分数（数字），不能是「ten」。"]);
  });
});
