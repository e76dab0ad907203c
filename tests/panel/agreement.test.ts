/** Agreement figures against published worked examples and hand derivations. */
import { describe, expect, it } from "vitest";
import { kendallW, krippendorffAlpha, ranksWithTies } from "../../src/panel/agreement.js";

describe("Krippendorff's α (interval)", () => {
  it("Krippendorff (2011), Computing Krippendorff's Alpha-Reliability: 4 observers × 12 units with missing values → α = 0.849", () => {
    const A = [1, 2, 3, 3, 2, 1, 4, 1, 2, NaN, NaN, NaN];
    const B = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NaN, 3];
    const C = [NaN, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NaN];
    const D = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NaN];
    const units = A.map((_, i) => [A[i]!, B[i]!, C[i]!, D[i]!].filter((v) => !Number.isNaN(v)));
    expect(krippendorffAlpha(units)!.toFixed(3)).toBe("0.849");
  });

  it("by hand: units [1,2] and [3,4]: D_o = (2+2)/4 = 1, D_e = Σ_{i≠j}(v_i−v_j)²/(4·3) = 40/12, α = 1 − 12/40 = 0.7", () => {
    expect(
      krippendorffAlpha([
        [1, 2],
        [3, 4],
      ]),
    ).toBeCloseTo(0.7, 12);
  });

  it("perfect agreement is 1; a unit with one value does not count; no variation at all is null", () => {
    expect(krippendorffAlpha([[1, 1], [5, 5, 5], [9]])).toBe(1);
    expect(
      krippendorffAlpha([
        [3, 3],
        [3, 3],
      ]),
    ).toBeNull();
    expect(krippendorffAlpha([[3], [4]])).toBeNull();
  });
});

describe("Kendall's W with the tie correction", () => {
  it("the anxiety ratings (20 subjects, 3 raters; R packages irr and DescTools): KendallW(anxiety, TRUE) = 0.5396569", () => {
    const r1 = [3, 3, 3, 4, 5, 5, 2, 3, 5, 2, 2, 6, 1, 5, 2, 2, 1, 2, 4, 3];
    const r2 = [3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4];
    const r3 = [2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2];
    expect(kendallW([r1, r2, r3])!.toFixed(7)).toBe("0.5396569");
  });

  it("by hand with ties: raters [1,2,3] and [1,1,3] → ranks [1,2,3] and [1.5,1.5,3]; totals 2.5 3.5 6, mean 4; S = 2.25+0.25+4 = 6.5; T = 2³−2 = 6; W = 78/(4·24 − 2·6) = 78/84", () => {
    expect(ranksWithTies([1, 1, 3])).toEqual({ ranks: [1.5, 1.5, 3], ties: 6 });
    expect(
      kendallW([
        [1, 2, 3],
        [1, 1, 3],
      ]),
    ).toBeCloseTo(78 / 84, 12);
  });

  it("identical orders give 1, opposite orders of two raters 0; one rater or all ties give null", () => {
    expect(
      kendallW([
        [1, 2, 3],
        [4, 5, 9],
        [0, 5, 10],
      ]),
    ).toBe(1);
    expect(
      kendallW([
        [1, 2, 3],
        [3, 2, 1],
      ]),
    ).toBe(0);
    expect(kendallW([[1, 2, 3]])).toBeNull();
    expect(
      kendallW([
        [2, 2],
        [5, 5],
      ]),
    ).toBeNull();
  });
});
