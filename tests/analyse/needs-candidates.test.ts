/**
 * scoreNeeded: which values are candidates, and the numeric path's rounding near the scale's ends,
 * each worked out by hand (issue #20, the survivors of needs.ts in the whole run of 1 December).
 * A candidate too many is not harmless: the value checked just after a candidate is the next value
 * to 2 decimals or the middle up to the next candidate, so an extra candidate within 0.01 above a
 * stretch that works changes the answer.
 */
import { describe, expect, it } from "vitest";
import { pickedWith, scoreNeeded } from "../../src/analyse/needs.js";
import { buildContest } from "../../src/model/contest.js";
import type { Consortium } from "../../src/schema/consortium.js";
import type { Rubric } from "../../src/schema/rubric.js";
import { evaluate } from "../../src/select/evaluate.js";
import { crit, team } from "./make.js";

/** Evaluates the contest; returns the evaluation and the index of q, which must be left out. */
function setup(rubric: Omit<Rubric, "name">, teams: Consortium[]) {
  const ev = evaluate(buildContest({ name: "candidates", ...rubric }, teams));
  const q = ev.contest.teams.findIndex((t) => t.id === "q");
  expect(ev.selected.has(q), "q is left out").toBe(false);
  return { ev, q };
}

describe("the exact path's candidates (weighted sum)", () => {
  it("a tie lost at the team's own score: the value just after it", () => {
    // Weights 1 : 1, total 5a + 5b, one place. p (5, 5) and q (5, 5) both have 50; q loses on the id.
    // Any a above 5 gives q more than 50: the next value to 2 decimals, 5.01. (Before this was found,
    // the team's own score was no candidate and the answer was the top of the scale, 10.)
    const { ev, q } = setup({ criteria: [crit("a"), crit("b")], selection: { teams: 1 } }, [team("p", 5, 5), team("q", 5, 5)]);
    expect(pickedWith(ev.contest, q, 0, 5.01)).toBe(true);
    expect(scoreNeeded(ev, q, 0)).toBe(5.01);
    expect(scoreNeeded(ev, q, 0, true)).toBe(5.01);
  });

  it("other teams' scores are no candidates on a criterion with weight", () => {
    // Total 5a + 5b, one place: p (5, 5) 50 is picked; r (5.003, 0) 25.015 and q (0, 5) 25 are left
    // out. q ties p at a = 5 (then a, b equal: the id, p) and passes it above: 5.01. r's score on a,
    // 5.003, taken as a candidate would put the value checked after 5 at (5 + 5.003) / 2 = 5.0015.
    const { ev, q } = setup({ criteria: [crit("a"), crit("b")], selection: { teams: 1 } }, [
      team("p", 5, 5),
      team("r", 5.003, 0),
      team("q", 0, 5),
    ]);
    expect(scoreNeeded(ev, q, 0)).toBe(5.01);
  });

  it("a bonus from the top of the scale: no segment past the top", () => {
    // Total 5a + 5b, +10 from a = 10. Two places: r (10, 0.002) 50 + 0.01 + 10 = 60.01 and p (5, 5) 50;
    // q (0, 5) 25 ties p at a = 5 and loses on the id: 5.01 (below 10 q gets no bonus). Solving
    // q's total = each target with the bonus of a = 10 (a segment [10, 10] past the last edge) would
    // add (60.01 − 25 − 10) / 5 = 5.002, and the value checked after 5 would be 5.001.
    const { ev, q } = setup(
      { criteria: [crit("a"), crit("b")], bonus: [{ label: "top", criterion: "a", min: 10, points: 10 }], selection: { teams: 2 } },
      [team("r", 10, 0.002), team("p", 5, 5), team("q", 0, 5)],
    );
    expect(scoreNeeded(ev, q, 0)).toBe(5.01);
  });

  it("the team's own total is no target", () => {
    // Scale 0–16 (binary fractions stay exact), weights 1 : 1: a total is 50·(a + b)/16 = 3.125·(a + b),
    // +0.390625 (0.125 of a) from a = 6. One place. q (8, 4) has the bonus; p (8.12109375, 4) is q
    // raised to 8.12109375, so q ties p there and loses on the id, and passes it above.
    // Candidates on a (from 8): the top 16; p's total met in the segment from 6 (with the bonus),
    // 8.12109375, and in the segment below 6 (without it), 8.12109375 + 0.125 = 8.24609375.
    // Checked: 8, 8.01, 8.12109375, 8.13 (the next value to 2 decimals, below 8.24609375), …:
    // the answer is 8.13. q's own total met without the bonus, 8 + 0.125 = 8.125, as a candidate
    // would put the value checked after 8.12109375 at the middle, 8.123046875.
    const wide = { scale: { min: 0, max: 16 } };
    const { ev, q } = setup(
      {
        criteria: [crit("a", wide), crit("b", wide)],
        bonus: [{ label: "six", criterion: "a", min: 6, points: 0.390625 }],
        selection: { teams: 1 },
      },
      [team("p", 8.12109375, 4), team("q", 8, 4)],
    );
    expect(pickedWith(ev.contest, q, 0, 8.12109375)).toBe(false);
    expect(scoreNeeded(ev, q, 0)).toBe(8.13);
  });

  it("weight 0 on a scale whose top is off the 2-decimal grid: the top is a candidate", () => {
    // Weights a 0 : b 1, a on 0–9.999, one place, ties broken on a, b, the id. p (9.995, 5) and
    // q (3, 5) both total 50; p wins on a. q passes p once a > 9.995. The next value to 2 decimals,
    // 10, is off the scale, so the value checked after 9.995 is the middle up to the top,
    // (9.995 + 9.999) / 2 = 9.997. Without the top as a candidate nothing after 9.995 is checked: null.
    const { ev, q } = setup({ criteria: [crit("a", { weight: 0, scale: { min: 0, max: 9.999 } }), crit("b")], selection: { teams: 1 } }, [
      team("p", 9.995, 5),
      team("q", 3, 5),
    ]);
    expect(scoreNeeded(ev, q, 0)).toBeCloseTo(9.997, 12);
  });
});

describe("snapping to 6 decimals (floating-point noise) at its limits", () => {
  it("a gate bound exactly 1e-9 above a 6-decimal value is no noise: it stays", () => {
    // Weights 1 : 1, total 5a + 5b, gate a ≥ 1e-9, one place. q (0, 10) 50 fails the gate, so p
    // (2, 5) 35 is picked. Any a from 1e-9 puts q in (50 + 5a > 35). 1e-9 is 1e-9 off 0 (0.001 rounds
    // to 0, and 1e-9 − 0 is exactly 1e-9), not less: not snapped. Checked: 0 (fails the gate), the
    // middle 5e-10 (fails), 1e-9, an edge: the answer. (Snapped to 0, the next value checked after 0
    // would be 0.01.)
    const { ev, q } = setup({ criteria: [crit("a"), crit("b")], selection: { teams: 1, gates: [{ criterion: "a", min: 1e-9 }] } }, [
      team("p", 2, 5),
      team("q", 0, 10),
    ]);
    expect(scoreNeeded(ev, q, 0)).toBe(1e-9);
    expect(scoreNeeded(ev, q, 0, true)).toBe(1e-9);
  });

  it("a top of the scale within 1e-9 below a 6-decimal value is not snapped off the scale", () => {
    // As "weight 0 on a scale whose top is off the 2-decimal grid", the top now 9.9999999995 (5e-10
    // below 10). p (9.995, 5) and q (3, 5) both total 50; p wins on a, so q needs a > 9.995. Checked:
    // 3, 3.01, 9.995 (the tie, lost), then the middle up to the top, (9.995 + 9.9999999995) / 2,
    // which works, then the top. Snapped to 10, off the scale, the top was dropped: nothing after
    // 9.995 was checked and the answer was null.
    const top = 9.9999999995;
    const { ev, q } = setup({ criteria: [crit("a", { weight: 0, scale: { min: 0, max: top } }), crit("b")], selection: { teams: 1 } }, [
      team("p", 9.995, 5),
      team("q", 3, 5),
    ]);
    expect(scoreNeeded(ev, q, 0)).toBe((9.995 + top) / 2);
    expect(scoreNeeded(ev, q, 0, true)).toBe((9.995 + top) / 2);
  });

  it("a top of the scale within 1e-9 above a 6-decimal value, the team's score in between", () => {
    // a (weight 0) on 0–5.0000000005, ties broken on a, b, the id. p and q both (5.0000000003, 5):
    // q loses on the id, and passes p with any higher a. Snapped, the top (5) fell below q's score
    // and only q's own score was checked: null. Now: q's score, the middle up to the top,
    // 5.0000000004 (works), the top.
    const top = 5.0000000005;
    const own = 5.0000000003;
    const { ev, q } = setup({ criteria: [crit("a", { weight: 0, scale: { min: 0, max: top } }), crit("b")], selection: { teams: 1 } }, [
      team("p", own, 5),
      team("q", own, 5),
    ]);
    expect(scoreNeeded(ev, q, 0)).toBe((own + top) / 2);
    expect(scoreNeeded(ev, q, 0, true)).toBe((own + top) / 2);
  });
});

describe("the numeric path near the scale's ends", () => {
  it("the bisection's tolerance is 1e-9 of the scale's width (a scale from 1 to 2)", () => {
    // Weighted product, a and b on 1–2 (units a − 1, b − 1): p (1.75, 1.75); q (1.5, 1.75) ties p at
    // a = 1.75 and loses on the id. The raise d runs over [0, 0.5], the tie sits at d = 0.25 (a grid
    // point that fails), and the bisection stops once the width 0.5 / 2^k is at most 1e-9 · (2 − 1):
    // k = 29 (0.5 / 2^28 ≈ 1.9e-9 is not). The value to 2 decimals within 1e-7 is 1.75, the lost tie,
    // so the answer is 1.5 + 0.25 + 0.5 / 2^29. (A tolerance of 1e-9 · (2 + 1) stops at k = 28, and
    // the value to 2 decimals, 1.76, works.)
    const scale = { scale: { min: 1, max: 2 } };
    const { ev, q } = setup({ method: "weighted-product", criteria: [crit("a", scale), crit("b", scale)], selection: { teams: 1 } }, [
      team("p", 1.75, 1.75),
      team("q", 1.5, 1.75),
    ]);
    expect(scoreNeeded(ev, q, 0)).toBe(1.5 + (0.25 + 0.5 / 2 ** 29));
  });

  it("direction: min, rounded down to the bottom of the scale itself", () => {
    // a a cost on 0–10: total 5·(10 − a) + 5·b, one place. p (0.005, 8) 89.975; q (5, 8) 65 needs a below
    // 0.005 (the tie at 0.005 goes to p on the id). The bisection ends within 1e-8 below 0.005; the
    // value to 2 decimals below, 0, is the bottom of the scale and works (q 90): the answer is 0.
    const { ev, q } = setup({ criteria: [crit("a", { direction: "min" }), crit("b")], selection: { teams: 1 } }, [
      team("p", 0.005, 8),
      team("q", 5, 8),
    ]);
    expect(scoreNeeded(ev, q, 0)).toBe(0);
  });

  it("direction: min, the value to 2 decimals below the scale: the bisection's point", () => {
    // a a cost on 0.005–10, one place: p (0.008, 8); q (5, 8) needs a below 0.008 (the tie goes to p).
    // The bisection runs to 1e-9 of the width 9.995 and ends at most 1e-8 below 0.008; the value to
    // 2 decimals below is 0, off the scale: the answer is the bisection's point.
    const { ev, q } = setup(
      { criteria: [crit("a", { direction: "min", scale: { min: 0.005, max: 10 } }), crit("b")], selection: { teams: 1 } },
      [team("p", 0.008, 8), team("q", 5, 8)],
    );
    const a = scoreNeeded(ev, q, 0)!;
    expect(a).toBeLessThan(0.008);
    expect(a).toBeGreaterThanOrEqual(0.008 - 1e-8);
  });

  it("the value to 2 decimals above the scale: the bisection's point", () => {
    // Weighted product, a on 0–9.999, one place: p (9.995, 8); q (5, 8) passes p only for a > 9.995 (the
    // tie goes to p). The bisection ends at most 1e-9 · 9.999 above 9.995; the value to 2 decimals, 10,
    // is off the scale: the answer is the bisection's point.
    const { ev, q } = setup(
      { method: "weighted-product", criteria: [crit("a", { scale: { min: 0, max: 9.999 } }), crit("b")], selection: { teams: 1 } },
      [team("p", 9.995, 8), team("q", 5, 8)],
    );
    const a = scoreNeeded(ev, q, 0)!;
    expect(a).toBeGreaterThan(9.995);
    expect(a).toBeLessThanOrEqual(9.995 + 1e-8);
  });
});
