import { describe, expect, it } from "vitest";
import { margin, pointsNeeded } from "../../src/analyse/margin.js";
import { evaluate } from "../../src/select/evaluate.js";
import { make } from "./make.js";

// Example A at a 3 : 1: x 75, v 65, z 60, y 25 (see sensitivity.test.ts).
const A = [
  { id: "x", s: [10, 0] },
  { id: "y", s: [0, 10], kind: "academia" },
  { id: "z", s: [6, 6] },
  { id: "v", s: [8, 2] },
];
const byId = (ev: ReturnType<typeof evaluate>, m: Map<number, number | null>) =>
  Object.fromEntries([...m].map(([t, p]) => [ev.contest.teams[t]!.id, p]));

describe("margin and points needed (rank-order, exact)", () => {
  it("without rules: the gap to the last pick", () => {
    const ev = evaluate(make({ weights: [3, 1], teams: A }));
    expect(margin(ev)).toBeCloseTo(5, 12); // v 65 − z 60
    const n = byId(ev, pointsNeeded(ev));
    expect(Object.keys(n)).toEqual(["z", "y"]); // rank order
    expect(n.z).toBeCloseTo(5, 12); // to pass v (a tie goes to v by the chain: a 8 > 6)
    expect(n.y).toBeCloseTo(40, 12); // 65 − 25
  });

  it("with a minimum quota: the margin is negative, and the others must pass x", () => {
    // y holds the academia place: {x, y}. v or z only gets in above x (75), which is then held back.
    const ev = evaluate(
      make({ weights: [3, 1], teams: A, selection: { teams: 2, quotas: [{ name: "ac", kinds: ["academia"], min: 1 }] } }),
    );
    expect(margin(ev)).toBeCloseTo(25 - 65, 12);
    const n = byId(ev, pointsNeeded(ev));
    expect(n.v).toBeCloseTo(10, 12);
    expect(n.z).toBeCloseTo(15, 12);
  });

  it("the cutoff: a team must first reach min_total", () => {
    // min_total 70: only x qualifies; v (65) needs 5 to reach it, z 10, y 45.
    const ev = evaluate(make({ weights: [3, 1], teams: A, selection: { teams: 2, min_total: 70 } }));
    expect(margin(ev)).toBeCloseTo(75 - 65, 12);
    const n = byId(ev, pointsNeeded(ev));
    expect(n.v).toBeCloseTo(5, 12);
    expect(n.z).toBeCloseTo(10, 12);
    expect(n.y).toBeCloseTo(45, 12);
  });

  it("a tie lost on the chain needs any gain (0); a failed gate can never be made up (null)", () => {
    const ev = evaluate(
      make({
        weights: [1, 1],
        teams: [
          { id: "m", s: [5, 5] },
          { id: "n", s: [5, 5] },
          { id: "g", s: [10, 0] },
        ],
        selection: { teams: 1, gates: [{ criterion: "b", min: 1 }] },
      }),
    );
    expect(ev.selection.selected.map((t) => ev.contest.teams[t]!.id)).toEqual(["m"]);
    expect(margin(ev)).toBe(0);
    expect(byId(ev, pointsNeeded(ev))).toEqual({ g: null, n: 0 });
  });

  it("nobody left out: no margin, nothing needed", () => {
    const ev = evaluate(make({ weights: [1, 1], teams: A.slice(0, 2) }));
    expect(margin(ev)).toBeNull();
    expect(pointsNeeded(ev).size).toBe(0);
  });
});

describe("points needed (best-set, bisection)", () => {
  // At a 3 : 1 with at most one of {p, q} and one of {q, r}: p 75, q 25, r 55, s 30.
  // Sums: {p,r} 130 (picked), {p,s} 105, {r,s} 85, {q,s} 55.
  it("is the gap between the best set and the best set that holds the team", () => {
    const ev = evaluate(
      make({
        weights: [3, 1],
        teams: [
          { id: "p", s: [10, 0] },
          { id: "q", s: [0, 10] },
          { id: "r", s: [6, 4] },
          { id: "s", s: [2, 6] },
        ],
        selection: {
          teams: 2,
          strategy: "best-set",
          quotas: [
            { name: "one", ids: ["p", "q"], max: 1 },
            { name: "two", ids: ["q", "r"], max: 1 },
          ],
        },
      }),
    );
    expect(margin(ev)).toBeCloseTo(55 - 30, 12);
    const n = byId(ev, pointsNeeded(ev));
    expect(n.s).toBeCloseTo(130 - 105, 8);
    expect(n.q).toBeCloseTo(130 - 55, 8);
  });
});

describe("margin and points needed at the edges (issue #20, mutation run of 17:27)", () => {
  it("nobody picked (every team below the cutoff): no margin", () => {
    // min_total 80: x 75 is the best; nobody qualifies, so there is no last pick to measure from.
    const ev = evaluate(make({ weights: [3, 1], teams: A, selection: { teams: 2, min_total: 80 } }));
    expect(ev.selection.selected).toEqual([]);
    expect(margin(ev)).toBeNull();
  });

  it("only the teams asked for: z alone of the teams left out", () => {
    const ev = evaluate(make({ weights: [3, 1], teams: A }));
    const z = ev.contest.teams.findIndex((t) => t.id === "z");
    expect(byId(ev, pointsNeeded(ev, [z]))).toEqual({ z: expect.closeTo(5, 12) });
  });

  it("best-set with every total 0: a hair enters, the search starts above 0 (not null)", () => {
    // One place, p and q both 0: q needs more than 0 (at 0 the rank-order answer, p, keeps it).
    const ev = evaluate(
      make({
        weights: [1],
        teams: [
          { id: "p", s: [0] },
          { id: "q", s: [0] },
        ],
        selection: { teams: 1, strategy: "best-set" },
      }),
    );
    const n = byId(ev, pointsNeeded(ev));
    expect(Object.keys(n)).toEqual(["q"]);
    expect(n.q).not.toBeNull();
    expect(n.q).toBeGreaterThanOrEqual(0);
    expect(n.q).toBeLessThan(1e-9);
  });

  it("a team below the cutoff, under every other total: reaching the cutoff leaves it last", () => {
    // Two places, min_total 50; equal weights, so a total is 5 × (a + b): p 90, q 80, r 30. Only p and
    // q qualify and are picked. r's candidates: the cutoff 50 and the totals above it, 80 and 90.
    // At 50 r qualifies but still ranks third (below q's 80): not picked. Just above 80 it ranks
    // second: picked. So r needs 80 − 30 = 50 (put second at 50, it would be 50 − 30 = 20).
    const ev = evaluate(
      make({
        weights: [1, 1],
        teams: [
          { id: "p", s: [9, 9] },
          { id: "q", s: [8, 8] },
          { id: "r", s: [3, 3] },
        ],
        selection: { teams: 2, min_total: 50 },
      }),
    );
    expect(byId(ev, pointsNeeded(ev))).toEqual({ r: expect.closeTo(50, 9) });
  });
});
