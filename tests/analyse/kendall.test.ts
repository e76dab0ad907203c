import { describe, expect, it } from "vitest";
import { kendallTau } from "../../src/analyse/kendall.js";

describe("Kendall's τ", () => {
  it("is 1 for the same order and −1 for the reverse", () => {
    expect(kendallTau([1, 2, 3, 4], [1, 2, 3, 4])).toBe(1);
    expect(kendallTau([1, 2, 3, 4], [4, 3, 2, 1])).toBe(-1);
  });

  it("counts concordant minus discordant pairs over all pairs", () => {
    // Two adjacent swaps: pairs (1,2) and (3,4) discordant, the other four concordant → (4 − 2)/6.
    expect(kendallTau([1, 2, 3, 4], [2, 1, 4, 3])).toBeCloseTo(1 / 3, 15);
    // One swap among five: 9 concordant, 1 discordant → 8/10.
    expect(kendallTau([1, 2, 3, 4, 5], [1, 2, 4, 3, 5])).toBeCloseTo(0.8, 15);
  });

  it("is τ-b when one ranking has ties", () => {
    // Pairs: (0,1) tied in b, (0,2) and (1,2) concordant → 2 / √(3 · 2).
    expect(kendallTau([1, 2, 3], [1, 1, 2])).toBeCloseTo(2 / Math.sqrt(6), 15);
    // The same with the tie in the first ranking: (0,1) tied in a → 2 / √(2 · 3), not 2 / 3.
    expect(kendallTau([1, 1, 2], [1, 2, 3])).toBeCloseTo(2 / Math.sqrt(6), 15);
    // Ties in both: (0,1) tied in a, (2,3) tied in b; (0,2) (0,3) (1,2) (1,3) concordant → 4 / √(5 · 5).
    expect(kendallTau([1, 1, 2, 3], [1, 2, 3, 3])).toBeCloseTo(4 / 5, 15);
  });

  it("is undefined (null) for fewer than two items or a ranking that is all ties", () => {
    expect(kendallTau([1], [1])).toBeNull();
    expect(kendallTau([1, 2, 3], [1, 1, 1])).toBeNull();
  });

  it("refuses rankings of different lengths", () => {
    expect(() => kendallTau([1, 2], [1, 2, 3])).toThrow("kendallTau: rankings of different lengths");
  });
});
