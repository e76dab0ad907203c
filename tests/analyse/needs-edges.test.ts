/**
 * scoreNeeded at its edges, each worked out by hand (issue #20, the survivors of needs.ts in the
 * mutation runs of 18:33–19:02): only raising a score counts (a lower level that would get the team
 * picked is not an answer), the scale's own ends as answers, candidate values closer than 0.01, and
 * a tie lost at the top of the scale.
 */
import { describe, expect, it } from "vitest";
import { needsByCriterion, pickedWith, scoreNeeded } from "../../src/analyse/needs.js";
import { buildContest } from "../../src/model/contest.js";
import type { Consortium } from "../../src/schema/consortium.js";
import type { Rubric } from "../../src/schema/rubric.js";
import { evaluate } from "../../src/select/evaluate.js";
import { crit, team } from "./make.js";

/** Teams p and q (q is asked about); returns the evaluation and q's index. */
function setup(rubric: Omit<Rubric, "name">, teams: Consortium[]) {
  const ev = evaluate(buildContest({ name: "edges", ...rubric }, teams));
  const q = ev.contest.teams.findIndex((t) => t.id === "q");
  expect(ev.selected.has(q), "q is left out").toBe(false);
  return { ev, q };
}

describe("only a higher score counts, even where a lower one would get the team picked", () => {
  // One place; a has levels 2, 5, 8, 10 and a gate a ≤ 7. p (5, 5) is picked; q (8, 8) is above the
  // gate. Raising a only to 10 keeps q out, so the answer is null — though at a = 5 q would be in
  // (weighted sum: 5·5 + 5·8 = 65 > 50; weighted product: 100·√(0.5·0.8) ≈ 63 > 50).
  const levels = { two: 2, five: 5, eight: 8, ten: 10 };
  for (const method of ["weighted-sum", "weighted-product"] as const) {
    it(`${method}: a level criterion with a gate's max`, () => {
      const { ev, q } = setup(
        { method, criteria: [crit("a", { levels }), crit("b")], selection: { teams: 1, gates: [{ criterion: "a", max: 7 }] } },
        [team("p", 5, 5), team("q", 8, 8)],
      );
      expect(pickedWith(ev.contest, q, 0, 5)).toBe(true);
      expect(scoreNeeded(ev, q, 0)).toBeNull();
    });
  }

  it("weighted-sum on a continuous scale: a gate's max", () => {
    // As above without levels: total 5a + 5b, gate a ≤ 7, one place. p (5, 5) 50 is picked; q (8, 8)
    // is above the gate. Every a from 8 up keeps q out: null — though at a = 3 q would have 15 + 40 =
    // 55 > 50 (any a in (2, 7] would do).
    const { ev, q } = setup({ criteria: [crit("a"), crit("b")], selection: { teams: 1, gates: [{ criterion: "a", max: 7 }] } }, [
      team("p", 5, 5),
      team("q", 8, 8),
    ]);
    expect(pickedWith(ev.contest, q, 0, 3)).toBe(true);
    expect(scoreNeeded(ev, q, 0)).toBeNull();
    expect(scoreNeeded(ev, q, 0, true)).toBeNull();
  });

  it("direction: min (lower is better): a gate's min, and only lower scores count", () => {
    // a is a cost: total 5·(10 − a) + 5·b. Gate a ≥ 4. p (5, 5) 50 is picked; q (2, 8) fails the gate.
    // Lowering a (to 0) keeps it out: null — though at a = 6 q would have 20 + 40 = 60 > 50.
    const { ev, q } = setup(
      {
        criteria: [crit("a", { direction: "min", levels: { zero: 0, three: 3, six: 6, nine: 9 } }), crit("b")],
        selection: { teams: 1, gates: [{ criterion: "a", min: 4 }] },
      },
      [team("p", 5, 5), team("q", 2, 8)],
    );
    expect(pickedWith(ev.contest, q, 0, 6)).toBe(true);
    expect(scoreNeeded(ev, q, 0)).toBeNull();
  });
});

describe("the scale's own ends as answers", () => {
  it("the top level (10) on the exact path and on the numeric path", () => {
    // Weighted sum, one place: p (8, 8) 80; q (5, 8) 5a + 40 ties p at a = 8 and loses (equal on every
    // criterion, then the id), so the lowest level that suffices among 2, 8, 10 is 10.
    const levels = { low: 2, pass: 8, top: 10 };
    for (const method of ["weighted-sum", "weighted-product"] as const) {
      // Weighted product: 100·√(a/10 · 0.8) ties p's 80 at a = 8 as well.
      const { ev, q } = setup({ method, criteria: [crit("a", { levels }), crit("b")], selection: { teams: 1 } }, [
        team("p", 8, 8),
        team("q", 5, 8),
      ]);
      expect(scoreNeeded(ev, q, 0), method).toBe(10);
    }
  });

  it("the bottom level (0) of a direction: min criterion", () => {
    // a is a cost: total 5·(10 − a) + 5·b. p (2, 8) 80; q (5, 8) 65. At a = 3 q has 75, at 0 it has 90.
    const { ev, q } = setup(
      { criteria: [crit("a", { direction: "min", levels: { zero: 0, ok: 3, worst: 10 } }), crit("b")], selection: { teams: 1 } },
      [team("p", 2, 8), team("q", 5, 8)],
    );
    expect(scoreNeeded(ev, q, 0)).toBe(0);
  });
});

describe("the values checked between candidates (the exact path)", () => {
  it("two candidates closer than 0.01: the middle between them", () => {
    // Weighted sum 1 : 1, so a total is 5a + 5b; a bonus of 1 point from a ≥ 5.004. Two places:
    // top (10, 10) 100 and m (5, 5) 50 are picked; q (0, 5) 25. q ties m at a = 5 and loses (equal on
    // every criterion, then the id "m" < "q"); any a above 5 gives more than 50. The candidates above
    // 5 are the bonus threshold 5.004 and the top 10, so the value just after 5 is the middle
    // (5 + 5.004) / 2 = 5.002, not 5.01 (past 5.004) nor 5.004 itself.
    const { ev, q } = setup(
      { criteria: [crit("a"), crit("b")], bonus: [{ label: "x", criterion: "a", min: 5.004, points: 1 }], selection: { teams: 2 } },
      [team("top", 10, 10), team("m", 5, 5), team("q", 0, 5)],
    );
    expect(scoreNeeded(ev, q, 0)).toBeCloseTo(5.002, 12);
    expect(scoreNeeded(ev, q, 0, true)).toBeCloseTo(5.002, 12);
  });

  it("a bonus threshold or a gate bound on another criterion is no candidate", () => {
    // As above without the bonus on a, and with a bonus on b from 5.004 and a gate b ≤ 5.006. The
    // value just after the lost tie at 5 is 5.01 (the next value to 2 decimals): b's thresholds taken
    // as a's would put a candidate at 5.004 or 5.006 and the value checked after 5 between them.
    const { ev, q } = setup(
      {
        criteria: [crit("a"), crit("b")],
        bonus: [{ label: "x", criterion: "b", min: 5.004, points: 0 }],
        selection: { teams: 2, gates: [{ criterion: "b", max: 5.006 }] },
      },
      [team("top", 10, 5), team("m", 5, 5), team("q", 0, 5)],
    );
    // top (10, 5) has 75; m 50; q 5a + 25; everyone passes b ≤ 5.006.
    expect(scoreNeeded(ev, q, 0)).toBe(5.01);
  });

  it("a tie lost at the top of the scale: not reachable (nothing past the top is tried)", () => {
    // One place; p (10, 5) 75; q (5, 5) ties p only at a = 10 and loses on the id: null.
    const { ev, q } = setup({ criteria: [crit("a"), crit("b")], selection: { teams: 1 } }, [team("p", 10, 5), team("q", 5, 5)]);
    expect(scoreNeeded(ev, q, 0)).toBeNull();
    expect(scoreNeeded(ev, q, 0, true)).toBeNull();
  });

  it("a tie lost 0.01 below the top: the middle between it and the top", () => {
    // One place; p (9.99, 5) 74.95; q (5, 5) ties at a = 9.99 and loses on the id (p < q). The next
    // value to 2 decimals, 10, is not below the next candidate (the top, 10), so the value checked
    // after 9.99 is the middle (9.99 + 10) / 2 = 9.995 (q: 49.975 + 25 > 74.95).
    const { ev, q } = setup({ criteria: [crit("a"), crit("b")], selection: { teams: 1 } }, [team("p", 9.99, 5), team("q", 5, 5)]);
    expect(scoreNeeded(ev, q, 0)).toBeCloseTo(9.995, 12);
  });
});

describe("candidates on a scale that does not start at 0, a tie won off the 6-decimal grid, a subset", () => {
  it("a scale from 1 to 11", () => {
    // a on 1–11 (unit (a − 1) / 10), b on 0–10, weights 1 : 1: total 5·(a − 1) + 5·b. One place:
    // p (6, 5) 50; q (1, 5) 25 ties p at a = 6 (then equal on every criterion: the id, p) and passes it
    // just above: 6.01.
    const { ev, q } = setup({ criteria: [crit("a", { scale: { min: 1, max: 11 } }), crit("b")], selection: { teams: 1 } }, [
      team("p", 6, 5),
      team("q", 1, 5),
    ]);
    expect(scoreNeeded(ev, q, 0)).toBe(6.01);
  });

  it("a tie won at a value with more than 6 decimals is answered at that value", () => {
    // Total 5a + 5b, one place, ties broken on b. m (1, 7.3333333333) has 41.6666666665; q (0, 7.5)
    // has 5a + 37.5, level with m at a = 0.8333333333, where q wins on b (7.5 > 7.33…). The answer is
    // that value itself, not 0.833333 (six decimals: q short of m) nor 0.84.
    const { ev, q } = setup({ criteria: [crit("a"), crit("b")], selection: { teams: 1, tie_break: ["b"] } }, [
      team("m", 1, 7.3333333333),
      team("q", 0, 7.5),
    ]);
    expect(scoreNeeded(ev, q, 0)).toBeCloseTo(0.8333333333, 9);
  });

  it("needsByCriterion for some of the teams left out", () => {
    // One place: p (9, 9) is picked; q, r, s are left out. Asked for r only, the map holds r only.
    const { ev } = setup({ criteria: [crit("a"), crit("b")], selection: { teams: 1 } }, [
      team("p", 9, 9),
      team("q", 5, 5),
      team("r", 4, 4),
      team("s", 3, 3),
    ]);
    const r = ev.contest.teams.findIndex((t) => t.id === "r");
    expect([...needsByCriterion(ev, [r]).keys()]).toEqual([r]);
    expect(needsByCriterion(ev).size).toBe(3);
  });
});

describe("the numeric path's answer: the bisection's point, or the next value to 2 decimals", () => {
  it("rounds up to 8.01 (weighted product), down to 1.99 (direction: min)", () => {
    // Weighted product, one place: p (8, 8) 80; q (5, 8) 100·√(a/10 · 0.8) passes p for a > 8 (a tie
    // at 8 goes to p). The bisection runs on the raise d in [0, 10 − 5], to 1e-9 of the 10-point
    // scale (1e-8): 29 halvings (5 / 2^29 ≈ 9.3e-9); 3 = 5 · 0.6 lies 0.8 of a step below a grid point
    // (0.6 · 2^29 = 322122547.2), so it ends at a = 8 + 7.45e-9, above 8 + 1e-9: the next value to
    // 2 decimals, 8.01, is checked and works.
    const wp = setup({ method: "weighted-product", criteria: [crit("a"), crit("b")], selection: { teams: 1 } }, [
      team("p", 8, 8),
      team("q", 5, 8),
    ]);
    expect(scoreNeeded(wp.ev, wp.q, 0)).toBe(8.01);
    // a a cost: p (2, 8) 5·8 + 40 = 80; q (5, 8) 65 needs a below 2 (the tie at 2 goes to p). The same
    // lowering by d in [0, 5] ends at a = 2 − 7.45e-9, and the value to 2 decimals below, 1.99, works.
    const cost = setup({ criteria: [crit("a", { direction: "min" }), crit("b")], selection: { teams: 1 } }, [
      team("p", 2, 8),
      team("q", 5, 8),
    ]);
    expect(scoreNeeded(cost.ev, cost.q, 0)).toBe(1.99);
  });

  it("rounds up to the top of the scale itself", () => {
    // Weighted product, one place: p (9.995, 8); q (5, 8) passes p only for a > 9.995 (the tie at
    // 9.995 goes to p by id). The bisection ends a hair above 9.995 and the next value to 2 decimals
    // is 10, the top of the scale, which works.
    const wp = setup({ method: "weighted-product", criteria: [crit("a"), crit("b")], selection: { teams: 1 } }, [
      team("p", 9.995, 8),
      team("q", 5, 8),
    ]);
    expect(scoreNeeded(wp.ev, wp.q, 0)).toBe(10);
  });

  it("keeps the bisection's point when the value to 2 decimals is the lost tie itself (a 0–1 scale)", () => {
    // Scales 0–1, so the bisection stops within 1e-9. Weighted product, one place: p (0.75, 0.75);
    // q (0.5, 0.75) ties p at a = 0.75 and loses on the id. The raise d runs over [0, 0.5] and the
    // tie sits at d = 0.25, a grid point that fails, so the bisection ends one step above it:
    // d = 0.25 + 0.5 / 2^29 (the first step at or below 1e-9). Within 1e-7 of 0.75 · 100 the value to
    // 2 decimals is 0.75 itself, the lost tie: the answer is the bisection's point.
    const unit = { scale: { min: 0, max: 1 } };
    const wp = setup({ method: "weighted-product", criteria: [crit("a", unit), crit("b", unit)], selection: { teams: 1 } }, [
      team("p", 0.75, 0.75),
      team("q", 0.5, 0.75),
    ]);
    expect(scoreNeeded(wp.ev, wp.q, 0)).toBe(0.5 + (0.25 + 0.5 / 2 ** 29));
    // The same going down: a a cost, total 50·(1 − a) + 50·b. p (0.25, 0.5) 62.5; q (0.5, 0.5) 50
    // ties p at a = 0.25 and loses: the answer is 0.5 − (0.25 + 0.5 / 2^29), not 0.25 nor 0.24.
    const cost = setup({ criteria: [crit("a", { ...unit, direction: "min" }), crit("b", unit)], selection: { teams: 1 } }, [
      team("p", 0.25, 0.5),
      team("q", 0.5, 0.5),
    ]);
    expect(scoreNeeded(cost.ev, cost.q, 0)).toBe(0.5 - (0.25 + 0.5 / 2 ** 29));
  });
});

describe("a criterion of weight 0", () => {
  it("breaks a tie on the chain: the answer is just past the rival's score, not the top of the scale", () => {
    // Weights a 0 : b 1, one place, ties broken on a then b then the id. p (5, 5) and q (3, 5) both
    // total 50; p wins on a. q passes p on the chain once a > 5 (at 5 a and b are equal and the id
    // goes to p): the next value to 2 decimals, 5.01. (Before this was found, the answer was 10, the
    // only candidate of a weightless criterion without bonus or gate.)
    const { ev, q } = setup({ criteria: [crit("a", { weight: 0 }), crit("b")], selection: { teams: 1 } }, [
      team("p", 5, 5),
      team("q", 3, 5),
    ]);
    expect(pickedWith(ev.contest, q, 0, 5)).toBe(false);
    expect(scoreNeeded(ev, q, 0)).toBe(5.01);
    expect(scoreNeeded(ev, q, 0, true)).toBe(5.01);
  });
});
