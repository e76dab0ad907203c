/**
 * Sensitivity at the ends of the weight range and on a crossing, by hand (issue #20, the survivors
 * of sensitivity.ts in the mutation run of 18:22): a change at the current weight 0 itself, and an
 * interval that starts at the current weight 1/3 reported at exactly that weight.
 */
import { describe, expect, it } from "vitest";
import { sweep } from "../../src/analyse/lines.js";
import { criterionSensitivity, firstChangeAboveAll } from "../../src/analyse/sensitivity.js";
import { withWeights } from "../../src/model/contest.js";
import { rankAndPick } from "../../src/select/evaluate.js";
import { idsOf, make } from "./make.js";

describe("a change at the current weight 0", () => {
  // Weights a 1 : b 0, one place, ties broken on a then by id. p (10, 0), q (10, 10). Sweeping b
  // (t = its weight): p = 100 − 100t, q = 100. At t = 0 they tie at 100, equal on a: p by id. For
  // any t > 0, q leads. So the set changes at the current weight itself: the interval is [0, 0].
  const teams = [
    { id: "p", s: [10, 0] },
    { id: "q", s: [10, 10] },
  ];
  for (const strategy of ["rank-order", "best-set"] as const) {
    it(`${strategy}: the interval is [0, 0], q enters there`, () => {
      const c = make({ weights: [1, 0], teams, selection: { teams: 1, strategy, tie_break: ["a"] } });
      const current = new Set(rankAndPick(c).selected);
      expect(idsOf(c, current)).toEqual(["p"]);
      const up = firstChangeAboveAll(c, sweep(c, 1), current);
      expect(up?.at).toBe(0);
      expect(idsOf(c, up!.set)).toEqual(["q"]);
      const r = criterionSensitivity(c, 1);
      expect([r.from, r.to]).toEqual([0, 0]);
      expect(r.below).toBeNull();
      expect(idsOf(c, r.above!.enters)).toEqual(["q"]);
      expect(idsOf(c, r.above!.leaves)).toEqual(["p"]);
    });
  }
});

describe("a crossing exactly SAME_POINT (1e-12) below the current weight", () => {
  // The case above with the weights a 1 − 1e-12 : b 1e-12 (given normalised): b's weight w is 1e-12
  // exactly. p = 100 − 100t, q = 100 meet at t = 0, exactly SAME_POINT below w: the same point as
  // w. At w they agree to 9 decimals (100 − 1e-10), a tie p wins on the id, so the pick is p; from
  // the crossing on q leads. So the change is at the current weight itself: the interval ends at
  // exactly w (1e-12), with q entering; the reference walk reports the crossing, 0 (the stretch from
  // 0 to 1 starts on w and its pick is q), not the end 1.
  const teams = [
    { id: "p", s: [10, 0] },
    { id: "q", s: [10, 10] },
  ];
  for (const strategy of ["rank-order", "best-set"] as const) {
    it(`${strategy}: the change is reported at exactly w, and the reference walk finds it at 0`, () => {
      const c = withWeights(make({ weights: [1, 0], teams, selection: { teams: 1, strategy, tie_break: ["a"] } }), [1 - 1e-12, 1e-12]);
      const current = new Set(rankAndPick(c).selected);
      expect(idsOf(c, current)).toEqual(["p"]);
      const up = firstChangeAboveAll(c, sweep(c, 1), current);
      expect(up?.at).toBe(0);
      expect(idsOf(c, up!.set)).toEqual(["q"]);
      const r = criterionSensitivity(c, 1);
      expect(r.weight).toBe(1e-12);
      expect([r.from, r.to]).toEqual([0, 1e-12]);
      expect(idsOf(c, r.above!.enters)).toEqual(["q"]);
    });
  }
});

describe("a change at exactly 1 (or 0) when the current weight is within SAME_POINT (1e-12) of it", () => {
  // Weights a 1 − 1e-12 : b 1e-12 (given normalised). p (5.00000000005, 0), q (5.00000000005, 10),
  // one place, ties broken on a, then by id. Totals 100 × Σ weight × score / 10:
  // - at the current weights p = 50.0000000005 × (1 − 1e-12) = 50.00000000045, q = p + 1e-12 × 100
  //   = 50.00000000055; to 9 decimals 50.000000000 against 50.000000001: q is picked;
  // - with a's weight 1 (b's 0) both are 50.0000000005: a tie, equal on a, p by id.
  // So sweeping a (w = 1 − 1e-12) the set changes at 1, and sweeping b (w = 1e-12) at 0: p enters,
  // q leaves. Each of those ends is within SAME_POINT of the current weight, the same point, so the
  // change is reported at the current weight itself (as a crossing 1e-12 away is, above). The other
  // way q stays: sweeping a down to 0 (b's weight 1) q leads by 100, and so sweeping b up to 1.
  // (The end checks were skipped for w ≥ 1 − SAME_POINT: the interval ran to 1, or from 0, with no
  // change.)
  const teams = [
    { id: "p", s: [5.00000000005, 0] },
    { id: "q", s: [5.00000000005, 10] },
  ];
  for (const strategy of ["rank-order", "best-set"] as const) {
    it(`${strategy}: p enters at the end next to the current weight, both ways`, () => {
      const c = withWeights(make({ weights: [1, 0], teams, selection: { teams: 1, strategy, tie_break: ["a"] } }), [1 - 1e-12, 1e-12]);
      expect(idsOf(c, rankAndPick(c).selected)).toEqual(["q"]);
      const a = criterionSensitivity(c, 0);
      expect(a.weight).toBe(1 - 1e-12);
      expect([a.from, a.to]).toEqual([0, a.weight]);
      expect(a.below).toBeNull();
      expect(idsOf(c, a.above!.enters)).toEqual(["p"]);
      expect(idsOf(c, a.above!.leaves)).toEqual(["q"]);
      const b = criterionSensitivity(c, 1);
      expect(b.weight).toBe(1e-12);
      expect([b.from, b.to]).toEqual([b.weight, 1]);
      expect(b.above).toBeNull();
      expect(idsOf(c, b.below!.enters)).toEqual(["p"]);
      expect(idsOf(c, b.below!.leaves)).toEqual(["q"]);
    });
  }
});

describe("a change between 0 and the current weight 1e-12, none above it", () => {
  // Weights a 1 − 1e-12 : b 1e-12, p (5.000000000046, 0), q (5.000000000046, 10), one place, ties on
  // a, then by id. Sweeping b (t, w = 1e-12): p = 50.00000000046 · (1 − t), q = p + 100t.
  // - t = 0: both 50.00000000046, 50.000000000 to 9 decimals: a tie, equal on a, p by id;
  // - t = w/2 = 5e-13: p ≈ 50.000000000435, q ≈ 50.000000000485: both 50.000000000, p again;
  // - t ≥ w: q ≥ 50.00000000046 + 1e-12 · 49.99999999954 ≈ 50.00000000051 → 50.000000001, while
  //   p ≤ 50.00000000046 → 50.000000000: q, up to 1 (where q has 100, p 0).
  // So the set is q from w to 1 (no change above) and changes just below w, a point within
  // SAME_POINT of it: reported at w, p entering. The point 0 is within SAME_POINT of w, so the walk
  // up starts at the stretch from 0; looking also at the (absent) stretch before it, it took the
  // pick at w/2, p, for a change above w.
  const teams = [
    { id: "p", s: [5.000000000046, 0] },
    { id: "q", s: [5.000000000046, 10] },
  ];
  for (const strategy of ["rank-order", "best-set"] as const) {
    it(`${strategy}: the interval is [w, 1], p entering at w below`, () => {
      const c = withWeights(make({ weights: [1, 0], teams, selection: { teams: 1, strategy, tie_break: ["a"] } }), [1 - 1e-12, 1e-12]);
      expect(idsOf(c, rankAndPick(c).selected)).toEqual(["q"]);
      const r = criterionSensitivity(c, 1);
      expect(r.weight).toBe(1e-12);
      expect([r.from, r.to]).toEqual([r.weight, 1]);
      expect(r.above).toBeNull();
      expect(idsOf(c, r.below!.enters)).toEqual(["p"]);
      expect(idsOf(c, r.below!.leaves)).toEqual(["q"]);
    });
  }
});

describe("an interval starting at the current weight", () => {
  it("is reported from exactly the current weight, not a rounding hair beside it", () => {
    // Weights a 1 : b 2 (a = 1/3), one place. Sweeping a: p (10, 0) = 100t, q (0, 5) = 50·(1 − t):
    // they meet at t = 1/3, the current weight, where p wins the tie on a. Above 1/3 p leads, below
    // it q: the interval is [1/3, 1]. Found going down (on the mirrored sweep, at 1 − 1/3), its end
    // 1 − (1 − 1/3) is 0.33333333333333326 in floating point; the report says the weight itself.
    const c = make({
      weights: [1, 2],
      teams: [
        { id: "p", s: [10, 0] },
        { id: "q", s: [0, 5] },
      ],
      selection: { teams: 1 },
    });
    const r = criterionSensitivity(c, 0);
    expect(r.weight).toBe(1 / 3);
    expect(r.from).toBe(r.weight);
    expect(r.to).toBe(1);
    expect(idsOf(c, r.below!.enters)).toEqual(["q"]);
  });
});

describe("best-set: a change where two sets of equal sum trade places in the rank-order answer", () => {
  it("is found at the crossing, inside a stretch where the current set stays best by sum", () => {
    // Two places; at most one of {p, q}, of {p, r}, of {q, s}. Sweeping the first criterion (t):
    // p (8, 6) = 60 + 20t, q (9, 5) = 50 + 40t, r (1, 5) = 50 − 40t, s (2, 4) = 40 − 20t. The allowed
    // pairs are {p, s} and {q, r}, both summing to 100 at every t, and {r, s} = 90 − 60t, so best-set's
    // tie goes to the rank-order answer: {p, s} while p leads q (p, then q and r blocked, s), {q, r}
    // once q leads, from t = 1/2, where p and q meet at 70 and q wins on the first criterion (9 > 8).
    // At the current weight 1/4 the pick is {p, s}; it stays so down to 0 and changes at 1/2.
    const c = make({
      weights: [1, 3],
      teams: [
        { id: "p", s: [8, 6] },
        { id: "q", s: [9, 5] },
        { id: "r", s: [1, 5] },
        { id: "s", s: [2, 4] },
      ],
      selection: {
        teams: 2,
        strategy: "best-set",
        quotas: [
          { name: "pq", ids: ["p", "q"], max: 1 },
          { name: "pr", ids: ["p", "r"], max: 1 },
          { name: "qs", ids: ["q", "s"], max: 1 },
        ],
      },
    });
    expect(idsOf(c, rankAndPick(c).selected)).toEqual(["p", "s"]);
    const r = criterionSensitivity(c, 0);
    expect(r.from).toBe(0);
    expect(r.to).toBeCloseTo(0.5, 12);
    expect(idsOf(c, r.above!.enters)).toEqual(["q", "r"]);
    expect(idsOf(c, r.above!.leaves)).toEqual(["p", "s"]);
  });
});

describe("best-set: the current set loses a tie at a crossing, and the set that wins it is overtaken later", () => {
  it("reports the set just after the crossing, not the one after the later overtaking", () => {
    // The case above with u and v (7, 1) = 10 + 60t each, kept from pairing with p, q, r or s (max 1
    // of each such pair), so {u, v} = 20 + 120t is allowed. At the current 1/4: {p, s} and {q, r} sum
    // to 100, {u, v} 50: the tie goes to the rank-order answer, {p, s}. At 1/2 p and q meet (70) and
    // q wins on the first criterion, so the rank-order answer, and the pick, become {q, r} there (u
    // and v, 40 each, are blocked by q; s by q). The stretch after 1/2 has no crossing of two teams
    // (u and v cross r at 0.4 and s at 0.375, p and q never), but {u, v} passes 100 at 2/3 inside it.
    // So the set changes at 1/2 to {q, r} — the set best from 1/2 to 2/3 — and not to {u, v}.
    const pairs = ["p", "q", "r", "s"].flatMap((x) => ["u", "v"].map((y) => ({ name: `${x}${y}`, ids: [x, y], max: 1 })));
    const c = make({
      weights: [1, 3],
      teams: [
        { id: "p", s: [8, 6] },
        { id: "q", s: [9, 5] },
        { id: "r", s: [1, 5] },
        { id: "s", s: [2, 4] },
        { id: "u", s: [7, 1] },
        { id: "v", s: [7, 1] },
      ],
      selection: {
        teams: 2,
        strategy: "best-set",
        quotas: [
          { name: "pq", ids: ["p", "q"], max: 1 },
          { name: "pr", ids: ["p", "r"], max: 1 },
          { name: "qs", ids: ["q", "s"], max: 1 },
          ...pairs,
        ],
      },
    });
    expect(idsOf(c, rankAndPick(c).selected)).toEqual(["p", "s"]);
    const r = criterionSensitivity(c, 0);
    expect(r.from).toBe(0);
    expect(r.to).toBeCloseTo(0.5, 12);
    expect(idsOf(c, r.above!.enters)).toEqual(["q", "r"]);
    expect(idsOf(c, r.above!.leaves)).toEqual(["p", "s"]);
  });
});

/** Quotas of max 1 for every pair of the one-letter ids but the allowed ones: only those pairs can be picked together. */
function onlyPairs(ids: readonly string[], allowed: readonly string[]) {
  const pairs = ids.flatMap((x, i) => ids.slice(i + 1).map((y) => `${x}${y}`));
  return pairs.filter((pq) => !allowed.includes(pq)).map((pq) => ({ name: pq, ids: [pq[0]!, pq[1]!], max: 1 }));
}

describe("best-set: a member of the current set falls below the cutoff at a stretch's start", () => {
  it("the set best from there is reported, not the set that overtakes it later in the stretch", () => {
    // Two places, min_total 30, weights a 1 : b 4 (a's share w = 0.2); totals 10 × (t·a + (1 − t)·b):
    // p (8, 6) 60 + 20t, s (2, 4) 40 − 20t, q (6, 6) 60, r (5, 3) 30 + 20t, u and v (7, 1) 10 + 60t.
    // Every pair is kept out (max 1 of it) except {p, s} = 100, {q, r} = 90 + 20t and {u, v} =
    // 20 + 120t (u and v qualify from 1/3). At 0.2: {p, s}. s falls below 30 after 1/2 (a cutoff
    // crossing, where the stretch from 1/2 to 5/6 — q meets u — begins), so from there {p, s} is not
    // allowed: {q, r} (100 at 1/2) is best until {u, v} passes it at 0.7 (104 each), inside the
    // stretch. At 1/2 itself s still qualifies and {p, s} ties {q, r}: the rank-order answer is
    // {p, s}. So the set changes at 1/2 to {q, r}, not to {u, v}.
    const quotas = onlyPairs(["p", "q", "r", "s", "u", "v"], ["ps", "qr", "uv"]);
    const c = make({
      weights: [1, 4],
      teams: [
        { id: "p", s: [8, 6] },
        { id: "q", s: [6, 6] },
        { id: "r", s: [5, 3] },
        { id: "s", s: [2, 4] },
        { id: "u", s: [7, 1] },
        { id: "v", s: [7, 1] },
      ],
      selection: { teams: 2, strategy: "best-set", min_total: 30, quotas },
    });
    expect(quotas).toHaveLength(12);
    expect(idsOf(c, rankAndPick(c).selected)).toEqual(["p", "s"]);
    const r = criterionSensitivity(c, 0);
    expect(r.from).toBe(0);
    expect(r.to).toBeCloseTo(0.5, 12);
    expect(idsOf(c, r.above!.enters)).toEqual(["q", "r"]);
    expect(idsOf(c, r.above!.leaves)).toEqual(["p", "s"]);
  });
});

describe("best-set: a member of the current set falls below the cutoff, and the set best from there is overtaken before the stretch's middle", () => {
  it("the set best just after the stretch's start is reported, not the set at its middle", () => {
    // Two places, min_total 30, weights a 1 : b 4 (a's share w = 0.2), totals 10 × (t·a + (1 − t)·b),
    // only the pairs {p, s}, {q, r} and {u, v} allowed (as above): p (8, 6) 60 + 20t, s (2, 4)
    // 40 − 20t, q (5.2, 5.2) 52, r (5, 3) 30 + 20t, u and v (9, 0) 90t, qualifying from 1/3. Sums:
    // {p, s} = 100, {q, r} = 82 + 20t, {u, v} = 180t. The teams cross at 1/3, 4/11 (u, s), 3/7 (u, r),
    // 1/2 (s falls below 30) and 26/45 (u meets q at 52), so one stretch runs from 1/2 to 26/45. At 0.2
    // and up to 1/2 {p, s} is best (the others reach 92 and 90 there). From 1/2 {p, s} is not allowed:
    // {q, r} (92) is best until {u, v} passes it where 180t = 82 + 20t, t = 41/80 = 0.5125. So the set
    // changes at 1/2 to {q, r}. {p, s}'s own sum (100) meets the envelope only at 5/9, and the pick
    // halfway from 1/2 to there (0.5278) is already {u, v}: that is not the set after 1/2.
    const quotas = onlyPairs(["p", "q", "r", "s", "u", "v"], ["ps", "qr", "uv"]);
    const c = make({
      weights: [1, 4],
      teams: [
        { id: "p", s: [8, 6] },
        { id: "q", s: [5.2, 5.2] },
        { id: "r", s: [5, 3] },
        { id: "s", s: [2, 4] },
        { id: "u", s: [9, 0] },
        { id: "v", s: [9, 0] },
      ],
      selection: { teams: 2, strategy: "best-set", min_total: 30, quotas },
    });
    expect(idsOf(c, rankAndPick(c).selected)).toEqual(["p", "s"]);
    const r = criterionSensitivity(c, 0);
    expect(r.from).toBe(0);
    expect(r.to).toBeCloseTo(0.5, 12);
    expect(idsOf(c, r.above!.enters)).toEqual(["q", "r"]);
    expect(idsOf(c, r.above!.leaves)).toEqual(["p", "s"]);
  });
});
