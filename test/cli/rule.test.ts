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
