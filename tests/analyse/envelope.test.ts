/**
 * The best-set envelope's pieces called directly, on lines written by hand (the contest only
 * supplies the places, the cutoff and the tie-break chain; the totals come from the lines given).
 * Every expected value below is worked out in the comment above it (issue #20: the mutation run of
 * 18:22 left 31 of envelope.ts's 90 mutants alive, because the sweep re-checks most of its answers).
 */
import { describe, expect, it } from "vitest";
import { bestAt, bestWithin, leaveEnvelope, type Stretch, stretch } from "../../src/analyse/envelope.js";
import type { Line } from "../../src/analyse/lines.js";
import { make } from "./make.js";

/** n teams of best-set, `places` places; scores do not matter here (the lines give the totals). */
const contest = (n: number, places: number, extra: { min_total?: number } = {}) =>
  make({
    weights: [1, 1],
    teams: Array.from({ length: n }, (_, i) => ({ id: `t${i}`, s: [5, 5] })),
    selection: { teams: places, strategy: "best-set", ...extra },
  });

const line = (a: number, b: number): Line => ({ a, b });

/** A `picked` that records where it was asked and answers by a threshold. */
function recorder(below: number[], above: number[], at: number) {
  const calls: number[] = [];
  const picked = (t: number) => {
    calls.push(t);
    return new Set(t < at ? below : above);
  };
  return { calls, picked };
}

describe("stretch: the eligible teams in rank order at the stretch's midpoint", () => {
  it("reads the totals at (lo + hi) / 2, drops those under the cutoff, sorts by total", () => {
    // Lines 40, 100 − 100t, 10, 25 − 100t; cutoff 30. Stretch (0.1, 0.3): midpoint 0.2, totals 40,
    // 80, 10, 5: teams 2 and 3 are under 30; team 1 (80) ranks above team 0 (40). (Read at 0.8, or
    // at −0.1, or with a − b·t, or b / t, team 3 or a tie would change it; unsorted, 0 comes first.)
    const c = contest(4, 2, { min_total: 30 });
    const lines = [line(40, 0), line(100, -100), line(10, 0), line(25, -100)];
    expect(stretch(c, lines, 0.1, 0.3)).toEqual({ order: [1, 0], lo: 0.1, hi: 0.3 });
  });
});

describe("bestWithin", () => {
  it("bestWithin takes the totals at t (and the scores, for a gate)", () => {
    // One place; at t = 0.5 team 0 has 40, team 1 100 − 50 = 50: team 1. Both pass the gate
    // (a ≥ 2 with a score of 5 each), which the selection reads from the contest's scores.
    const c = make({
      weights: [1, 1],
      teams: [
        { id: "t0", s: [5, 5] },
        { id: "t1", s: [5, 5] },
      ],
      selection: { teams: 1, strategy: "best-set", gates: [{ criterion: "a", min: 2 }] },
    });
    const lines = [line(40, 0), line(100, -100)];
    const st: Stretch = { order: [1, 0], lo: 0, hi: 1 };
    expect([...bestWithin(c, lines, st, 0.5)]).toEqual([1]);
    // At t = 0.8: 40 against 20: team 0.
    expect([...bestWithin(c, lines, st, 0.8)]).toEqual([0]);
  });
});

describe("bestAt: allowed in the stretch and as good as the best there", () => {
  // Constant lines 50, 40, 30, 60 and one place; the stretch allows teams 0–2 only.
  const lines = [line(50, 0), line(40, 0), line(30, 0), line(60, 0)];
  const st: Stretch = { order: [0, 1, 2], lo: 0, hi: 1 };

  it("the best allowed set is best; a worse one is not; one with a team outside the stretch is not", () => {
    const c = contest(4, 1);
    expect(bestAt(c, lines, st, new Set([0]), 0.5)).toBe(true);
    expect(bestAt(c, lines, st, new Set([1]), 0.5)).toBe(false);
    // Team 3 has the highest total (60) but is not allowed in this stretch.
    expect(bestAt(c, lines, st, new Set([3]), 0.5)).toBe(false);
  });

  it("sums within 1e-9 of the best count as equal (the bound is inclusive)", () => {
    // Team 1 at exactly 50 − 1e-9 (the same floating-point subtraction the check makes): best.
    const c = contest(2, 1);
    const close = [line(50, 0), line(50 - 1e-9, 0)];
    expect(bestAt(c, close, { order: [0, 1], lo: 0, hi: 1 }, new Set([1]), 0.5)).toBe(true);
    // 2e-9 below: not.
    const far = [line(50, 0), line(50 - 2e-9, 0)];
    expect(bestAt(c, far, { order: [0, 1], lo: 0, hi: 1 }, new Set([1]), 0.5)).toBe(false);
  });
});

describe("leaveEnvelope", () => {
  const whole: Stretch = { order: [0, 1], lo: 0, hi: 1 };

  it("null when the set stays best to the stretch's end", () => {
    // 60 + 20t against 50 − 10t, one place: team 0 leads on all of [0, 1].
    const c = contest(2, 1);
    const { calls, picked } = recorder([0], [0], 2);
    expect(leaveEnvelope(c, [line(60, 20), line(50, -10)], whole, new Set([0]), 0, picked)).toBeNull();
    // Also when it trails by exactly 1e-9 all along (equal within the tolerance; the lines are
    // parallel, so a strict comparison would try to intersect them and find no crossing).
    expect(leaveEnvelope(c, [line(50, 0), line(50 - 1e-9, 0)], whole, new Set([1]), 0, picked)).toBeNull();
    expect(calls).toEqual([]);
  });

  it("leaves where its sum meets the better one's, with the set picked in the middle of the next piece", () => {
    // 100 − 100t (team 0, the set) against 100t: they meet at t = 1/2; the next piece runs from
    // 1/2 to the stretch's end 1, so the set after is asked for at 3/4.
    const c = contest(2, 1);
    const { calls, picked } = recorder([0], [1], 0.5);
    const r = leaveEnvelope(c, [line(100, -100), line(0, 100)], whole, new Set([0]), 0, picked);
    expect(r).toEqual({ at: 0.5, after: new Set([1]) });
    expect(calls).toEqual([0.75]);
  });

  it("a crossing already passed at x, or within SAME_POINT (1e-12) past it, is reported at x itself", () => {
    const c = contest(2, 1);
    const lines = [line(100, -100), line(0, 100)];
    // From x = 0.6 the set (team 0) is already beaten (the sums crossed at 1/2): at 0.6, the set
    // after asked for at (0.6 + 1) / 2 = 0.8.
    const a = recorder([0], [1], 0.5);
    expect(leaveEnvelope(c, lines, whole, new Set([0]), 0.6, a.picked)).toEqual({ at: 0.6, after: new Set([1]) });
    expect(a.calls).toEqual([0.8]);
    // x = 0.5 + 5e-13, half of SAME_POINT past the crossing at 1/2: still x, not 1/2.
    const x = 0.5 + 5e-13;
    const b = recorder([0], [1], 0.5);
    expect(leaveEnvelope(c, lines, whole, new Set([0]), x, b.picked)?.at).toBe(x);
    // The crossing exactly SAME_POINT past x: T = 0.25 + 1e-12 (rounded once). Lines 2T − t and t
    // meet at −(2T − 0) / (−1 − 1) = T exactly (halving is exact), so the answer is x = 0.25.
    const T = 0.25 + 1e-12;
    const d = recorder([0], [1], T);
    expect(leaveEnvelope(c, [line(2 * T, -1), line(0, 1)], whole, new Set([0]), 0.25, d.picked)?.at).toBe(0.25);
  });

  it("a set with a team outside the stretch leaves at x, however high its sum", () => {
    // Two places; the stretch allows teams 0 and 1 only. The set {0, 2} sums 80 + 90 = 170, above
    // the allowed best {0, 1} = 130, yet is not allowed: it leaves at x = 0.25, the set after asked
    // for at (0.25 + 1) / 2 = 0.625.
    const c = contest(3, 2);
    const { calls, picked } = recorder([0, 1], [0, 1], 2);
    const r = leaveEnvelope(c, [line(80, 0), line(50, 0), line(90, 0)], whole, new Set([0, 2]), 0.25, picked);
    expect(r).toEqual({ at: 0.25, after: new Set([0, 1]) });
    expect(calls).toEqual([0.625]);
  });

  it("a set parallel to a better one never catches up: it leaves at x", () => {
    // 40 + 10t against 50 + 10t: no crossing (the slopes are equal), so the answer is x = 0.2.
    const c = contest(2, 1);
    const { picked } = recorder([1], [1], 2);
    expect(leaveEnvelope(c, [line(40, 10), line(50, 10)], whole, new Set([0]), 0.2, picked)?.at).toBe(0.2);
  });

  it("never reports a point past the stretch's end", () => {
    // Stretch (0, 0.5). The set, team 0 = 100t, trails team 1 = 60 on the whole stretch; the lines
    // meet at 0.6, past its end (for a set best at x only rounding leads here). The answer is the
    // end 0.5, with the set after asked for at 0.5 itself (the middle of [0.5, 0.5]).
    const c = contest(2, 1);
    const { calls, picked } = recorder([0], [1], 0.5);
    const r = leaveEnvelope(c, [line(0, 100), line(60, 0)], { order: [0, 1], lo: 0, hi: 0.5 }, new Set([0]), 0, picked);
    expect(r).toEqual({ at: 0.5, after: new Set([1]) });
    expect(calls).toEqual([0.5]);
  });
});
