/**
 * The CLI's column helpers measure text with the core's one width rule (src/core/text-width.ts):
 * CJK and full-width forms two columns, everything else one — `≥`, `—` and `…` too, which the old
 * `[\u1100-\uffff]` copies counted as two — and a CJK extension character (outside the BMP) two.
 */
import { pad } from "../../src/cli/format";
import { truncate } from "../../src/cli/format-score";
import { progressBar } from "../../src/cli/progress";
import { displayWidth } from "../../src/core/text-width";

describe("pad and truncate use displayWidth", () => {
  it("pad fills to the width displayWidth measures", () => {
    // 三级指标 = 4 × 2 = 8 columns; ≥98% = 4 columns; 𠀀 (U+20000) = 2.
    expect(pad("三级指标", 10)).toBe("三级指标  ");
    expect(pad("≥98%", 6)).toBe("≥98%  ");
    expect(pad("𠀀a", 5)).toBe("𠀀a  ");
    for (const s of ["三级指标", "≥98%", "=不定期", "—", "ｆｕｌｌ", "𠀀a"]) expect(displayWidth(pad(s, 12))).toBe(12);
    expect(pad("much longer than six", 6)).toBe("much longer than six");
  });

  it("truncate keeps at most width − 1 columns and adds …", () => {
    // 编撰网络舆情 = 12 columns: width 8 keeps 3 characters (6 columns; a 4th would make 8 > 7).
    expect(truncate("编撰网络舆情", 8)).toBe("编撰网…");
    expect(truncate("≥≥≥≥≥≥", 5)).toBe("≥≥≥≥…");
    expect(truncate("短", 8)).toBe("短");
  });

  it("the progress bar leaves room for its label by the same rule", () => {
    const writes: string[] = [];
    const bar = progressBar({ isTTY: true, columns: 40, write: (c: string) => writes.push(c) }, "zh-CN", () => 0);
    bar.update(1, 2);
    // 40 columns − 校验中 (3 × 2 = 6) − " 1/2  0.0 s" (11) − 4 = 19 cells, half of them (9.5 → 10) filled.
    expect(writes.at(-1)).toBe(`\r\x1b[2K校验中 [${"#".repeat(10)}${"-".repeat(9)}] 1/2  0.0 s`);
  });
});
