import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kendallTau } from "../../src/analyse/kendall.js";
import { averageRanks, baseline, brier, hitsOf, logLoss, spearman } from "../../src/programme/metrics.js";

describe("hits, precision, recall", () => {
  it("predicted {a,b,c,d}, actual {a,b,e}: 2 hits, precision 2/4, recall 2/3", () => {
    expect(hitsOf(["a", "b", "c", "d"], ["a", "b", "e"])).toEqual({ hits: 2, precision: 0.5, recall: 2 / 3 });
    expect(hitsOf([], ["a"])).toEqual({ hits: 0, precision: null, recall: 0 });
  });
});

describe("Brier score and log loss", () => {
  it("by hand: p = (0.9, 0.2, 0.5), outcomes (1, 0, 1)", () => {
    // Brier: (0.1² + 0.2² + 0.5²) / 3 = (0.01 + 0.04 + 0.25) / 3 = 0.1
    expect(brier([0.9, 0.2, 0.5], [1, 0, 1])).toBeCloseTo(0.1, 12);
    // Log loss: −(ln 0.9 + ln 0.8 + ln 0.5) / 3 = (0.1053605 + 0.2231436 + 0.6931472) / 3 = 0.3405504
    expect(logLoss([0.9, 0.2, 0.5], [1, 0, 1])).toBeCloseTo(0.3405504, 6);
  });

  it("clips the probabilities to [0.001, 0.999] for the log loss only", () => {
    // A sure miss: −ln(0.001) = 6.9077553, not infinity; Brier stays (1 − 0)² = 1.
    expect(logLoss([0], [1])).toBeCloseTo(6.9077553, 6);
    expect(logLoss([1], [1])).toBeCloseTo(-Math.log(0.999), 12);
    expect(brier([0], [1])).toBe(1);
  });

  it("baseline k/n: 4 of 5 planned, outcomes (1,1,1,0,0)", () => {
    // p = 0.8 for all. Brier: (3 × 0.04 + 2 × 0.64) / 5 = 1.4 / 5 = 0.28.
    // Log loss: −(3 ln 0.8 + 2 ln 0.2) / 5 = (0.6694307 + 3.2188758) / 5 = 0.7776613
    const b = baseline(4, [1, 1, 1, 0, 0]);
    expect(b.p).toBe(0.8);
    expect(b.brier).toBeCloseTo(0.28, 12);
    expect(b.log_loss).toBeCloseTo(0.7776613, 6);
  });

  it("Brier lies in [0, 1] and log loss in [−ln 0.999, −ln 0.001] for any probabilities (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom<0 | 1>(0, 1)), { minLength: 1, maxLength: 20 }),
        (pairs) => {
          const p = pairs.map((x) => x[0]);
          const o = pairs.map((x) => x[1]);
          const b = brier(p, o);
          const l = logLoss(p, o);
          return b >= 0 && b <= 1 && l >= -Math.log(0.999) - 1e-12 && l <= -Math.log(0.001) + 1e-12;
        },
      ),
      { seed: 18 },
    );
  });
});

describe("ranks and rank correlations", () => {
  it("average ranks share tied places: (10, 7, 7, 3) → (1, 2.5, 2.5, 4)", () => {
    expect(averageRanks([10, 7, 7, 3])).toEqual([1, 2.5, 2.5, 4]);
  });

  it("Spearman by hand: totals (90, 80, 70, 60, 50) against published groups (1, 2, 2, 2, 5)", () => {
    // Ranks of the totals: 1..5. Published as 'higher is better' = (−1, −2, −2, −2, −5): ranks (1, 3, 3, 3, 5).
    // Means 3 and 3; Σ(dx·dy) = (−2)(−2) + 0 + 0 + 0 + 2·2 = 8; Σdx² = 10; Σdy² = 8; ρ = 8/√80 = 0.8944272.
    expect(spearman([90, 80, 70, 60, 50], [-1, -2, -2, -2, -5])).toBeCloseTo(0.8944272, 6);
    // τ-b by hand: pairs 10; ties in the published 3 (among the three 2s); concordant: (1,x) for x = 2..5 → 4,
    // (2..4, 5) → 3; discordant 0; τ-b = 7 / √(10 × 7) = 0.8366600.
    expect(kendallTau([90, 80, 70, 60, 50], [-1, -2, -2, -2, -5])).toBeCloseTo(0.83666, 5);
  });

  it("Spearman is 1 for the same order, −1 reversed, null without spread", () => {
    expect(spearman([3, 2, 1], [30, 20, 10])).toBeCloseTo(1, 12);
    expect(spearman([3, 2, 1], [10, 20, 30])).toBeCloseTo(-1, 12);
    expect(spearman([3, 2, 1], [5, 5, 5])).toBeNull();
    expect(spearman([1], [1])).toBeNull();
  });
});
