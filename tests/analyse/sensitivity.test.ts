/**
 * Hand-computed stable intervals. Scales are 0–10, so a score of 6 is 60 points at full weight.
 *
 * Example A — weights a 3 : b 1 (a = 0.75), two places; x (10, 0), y (0, 10), z (6, 6), v (8, 2).
 * Sweeping a (t = weight of a): x = 100t, y = 100 − 100t, z = 60, v = 20 + 60t.
 * At 0.75: x 75, v 65, z 60, y 25 → {x, v}. z passes v below t = 2/3 (60 = 20 + 60t).
 * Sweeping b (t = weight of b): x = 100 − 100t, z = 60, v = 80 − 60t: z passes v above t = 1/3.
 */
import { describe, expect, it } from "vitest";
import { criterionSensitivity, sweepPoints } from "../../src/analyse/sensitivity.js";
import { sweep } from "../../src/analyse/lines.js";
import type { Contest } from "../../src/model/contest.js";
import { idsOf, make } from "./make.js";

const A = [
  { id: "x", s: [10, 0] },
  { id: "y", s: [0, 10], kind: "academia" },
  { id: "z", s: [6, 6] },
  { id: "v", s: [8, 2] },
];

function check(c: Contest, crit: number, want: { from: number; to: number; below?: [string[], string[]]; above?: [string[], string[]] }) {
  const r = criterionSensitivity(c, crit);
  expect(r.from).toBeCloseTo(want.from, 9);
  expect(r.to).toBeCloseTo(want.to, 9);
  for (const [end, got] of [
    ["below", r.below],
    ["above", r.above],
  ] as const) {
    const w = want[end];
    if (!w) {
      expect(got, end).toBeNull();
      continue;
    }
    expect(got, end).not.toBeNull();
    expect(got!.weight).toBeCloseTo(end === "below" ? want.from : want.to, 9);
    expect(idsOf(c, got!.enters), `${end} enters`).toEqual(w[0]);
    expect(idsOf(c, got!.leaves), `${end} leaves`).toEqual(w[1]);
  }
  return r;
}

describe("criterionSensitivity, rank-order", () => {
  it("example A without rules", () => {
    const c = make({ weights: [3, 1], teams: A });
    expect(check(c, 0, { from: 2 / 3, to: 1, below: [["z"], ["v"]] }).weight).toBeCloseTo(0.75, 15);
    check(c, 1, { from: 0, to: 1 / 3, above: [["z"], ["v"]] });
  });

  it("example A with a minimum quota: y (academia) always holds a place, the other goes to the best of x, z, v", () => {
    // Sweeping a: z beats x below t = 0.6 (x = 100t = 60); sweeping b: z beats x above t = 0.4.
    const c = make({ weights: [3, 1], teams: A, selection: { teams: 2, quotas: [{ name: "ac", kinds: ["academia"], min: 1 }] } });
    check(c, 0, { from: 0.6, to: 1, below: [["z"], ["x"]] });
    check(c, 1, { from: 0, to: 0.4, above: [["z"], ["x"]] });
  });

  it("example A with a cutoff of 62: the set shrinks where v falls under it", () => {
    // a: v = 20 + 60t < 62 below t = 0.7; b: v = 80 − 60t < 62 above t = 0.3 (z = 60 never qualifies).
    const c = make({ weights: [3, 1], teams: A, selection: { teams: 2, min_total: 62 } });
    check(c, 0, { from: 0.7, to: 1, below: [[], ["v"]] });
    check(c, 1, { from: 0, to: 0.3, above: [[], ["v"]] });
  });

  it("three criteria, one place: p (10, 0, 2), q (0, 10, 6), r (6, 4, 4) with weights 2 : 1 : 1", () => {
    // a: p = 10 + 90t, r = 40 + 20t → r passes p below 3/7.
    // b: p = 220(1 − t)/3, r = 160(1 − t)/3 + 40t → r passes p above 1/3.
    // c: p = 200(1 − t)/3 + 20t, r = 160(1 − t)/3 + 40t → r passes p above 0.4.
    const teams = [
      { id: "p", s: [10, 0, 2] },
      { id: "q", s: [0, 10, 6] },
      { id: "r", s: [6, 4, 4] },
    ];
    const c = make({ weights: [2, 1, 1], teams, selection: { teams: 1 } });
    check(c, 0, { from: 3 / 7, to: 1, below: [["r"], ["p"]] });
    check(c, 1, { from: 0, to: 1 / 3, above: [["r"], ["p"]] });
    check(c, 2, { from: 0, to: 0.4, above: [["r"], ["p"]] });
  });

  it("all the weight on one criterion, and criteria of weight 0 (a triple crossing)", () => {
    const teams = [
      { id: "p", s: [10, 0, 2] },
      { id: "q", s: [0, 10, 6] },
      { id: "r", s: [6, 4, 4] },
    ];
    const c = make({ weights: [1, 0, 0], teams, selection: { teams: 1 } });
    // a from 1 down: b and c share 1 − t, the same lines as above → 3/7.
    check(c, 0, { from: 3 / 7, to: 1, below: [["r"], ["p"]] });
    // b from 0 up (c stays 0): p = 100 − 100t, q = 100t, r = 60 − 20t all meet at 0.5.
    check(c, 1, { from: 0, to: 0.5, above: [["q"], ["p"]] });
    // c from 0 up: p = 100 − 80t, r = 60 − 20t → 2/3 (q = 60t only passes p at 5/7).
    check(c, 2, { from: 0, to: 2 / 3, above: [["r"], ["p"]] });
  });

  it("a current weight exactly on a crossing: the interval starts there", () => {
    // Weights 1 : 1 → x, y, v tie at 50 behind z (60); the chain (a first) gives x the place.
    // Just below 0.5 y is ahead of x; from 0.5 to 2/3 {z, x} holds, then v passes z.
    const c = make({ weights: [1, 1], teams: A });
    check(c, 0, { from: 0.5, to: 2 / 3, below: [["y"], ["x"]], above: [["v"], ["z"]] });
  });
});

describe("criterionSensitivity, best-set", () => {
  // Two places; at most one of {p, q} and one of {q, r}: allowed pairs {p,r} {p,s} {q,s} {r,s}.
  // Sweeping a: p = 100t, q = 100 − 100t, r = 40 + 20t, s = 60 − 40t.
  // Sums: {q,s} = 160 − 140t, {p,r} = 40 + 120t, {p,s} = 60 + 60t, {r,s} = 100 − 20t.
  // {q,s} gives way to {p,r} at 6/13 — where two sums cross, not two totals (those cross at
  // 1/3, 3/7, 1/2 and 2/3).
  const rules = {
    teams: 2,
    strategy: "best-set" as const,
    quotas: [
      { name: "one", ids: ["p", "q"], max: 1 },
      { name: "two", ids: ["q", "r"], max: 1 },
    ],
  };
  const teams = [
    { id: "p", s: [10, 0] },
    { id: "q", s: [0, 10] },
    { id: "r", s: [6, 4] },
    { id: "s", s: [2, 6] },
  ];

  it("finds the change where the sums of two sets cross", () => {
    const low = make({ weights: [1, 4], teams, selection: rules });
    check(low, 0, {
      from: 0,
      to: 6 / 13,
      above: [
        ["p", "r"],
        ["q", "s"],
      ],
    });
    check(low, 1, {
      from: 7 / 13,
      to: 1,
      below: [
        ["p", "r"],
        ["q", "s"],
      ],
    });
    const high = make({ weights: [3, 1], teams, selection: rules });
    check(high, 0, {
      from: 6 / 13,
      to: 1,
      below: [
        ["q", "s"],
        ["p", "r"],
      ],
    });
  });

  it("a pair against a single team, the change below the current weight (found by the property test)", () => {
    // p (0, 7), q (8, 2), r (2, 5); only {p, r} may go together. Weights 4 : 2, cutoff 20.
    // a: p = 70 − 70t, q = 20 + 60t, r = 50 − 30t; {p,r} = 120 − 100t beats {q} below t = 0.625.
    const c = make({
      weights: [4, 2],
      teams: [
        { id: "p", s: [0, 7] },
        { id: "q", s: [8, 2] },
        { id: "r", s: [2, 5] },
      ],
      selection: {
        ...rules,
        quotas: [
          { name: "one", ids: ["p", "q"], max: 1 },
          { name: "two", ids: ["q", "r"], max: 1 },
        ],
        min_total: 20,
      },
    });
    check(c, 0, { from: 0.625, to: 1, below: [["p", "r"], ["q"]] });
    check(c, 1, { from: 0, to: 0.375, above: [["p", "r"], ["q"]] });
  });

  it("finds a set that is best only in the middle", () => {
    // p (9, 0), q (0, 10), r (7, 3), s (4, 7): p = 90t, q = 100 − 100t, r = 30 + 40t, s = 70 − 30t.
    // {q,s} = 170 − 130t, {r,s} = 100 + 10t, {p,r} = 30 + 130t, {p,s} = 70 + 60t:
    // {q,s} on [0, 1/2], {r,s} on [1/2, 7/12], {p,r} on [7/12, 1] ({q,s} = {p,r} at 7/13 is under {r,s}).
    const mid = [
      { id: "p", s: [9, 0] },
      { id: "q", s: [0, 10] },
      { id: "r", s: [7, 3] },
      { id: "s", s: [4, 7] },
    ];
    check(make({ weights: [1, 4], teams: mid, selection: rules }), 0, { from: 0, to: 0.5, above: [["r"], ["q"]] });
    check(make({ weights: [11, 9], teams: mid, selection: rules }), 0, {
      from: 0.5,
      to: 7 / 12,
      below: [["q"], ["r"]],
      above: [["p"], ["s"]],
    });
    check(make({ weights: [3, 1], teams: mid, selection: rules }), 0, { from: 7 / 12, to: 1, below: [["s"], ["p"]] });
  });
});

describe("criterionSensitivity: the change's lists and the sweep's points (issue #20, mutation run of 18:22)", () => {
  it("enters and leaves are in team-index order, whatever the pick order", () => {
    // Two places, weights a 3 : b 7 (t = 0.3). Sweeping a: p (8, 2) = 20 + 60t, q (10, 0) = 100t,
    // x (5, 5) = 50, y (2, 8) = 80 − 60t: all four meet at t = 1/2. At 0.3 y 62 and x 50 are picked
    // (in that order: y's index 3 before x's 2); past 1/2 q and p (q's index 1 before p's 0).
    const c = make({
      weights: [3, 7],
      teams: [
        { id: "p", s: [8, 2] },
        { id: "q", s: [10, 0] },
        { id: "x", s: [5, 5] },
        { id: "y", s: [2, 8] },
      ],
    });
    const r = criterionSensitivity(c, 0);
    expect(r.to).toBeCloseTo(0.5, 9);
    expect(r.above!.enters).toEqual([0, 1]);
    expect(r.above!.leaves).toEqual([2, 3]);
  });

  it("sweepPoints: 0, every candidate point, 1", () => {
    // Example A, criterion a: x = 100t, y = 100 − 100t, z = 60, v = 20 + 60t cross at 2/5, 1/2, 3/5, 2/3.
    const p = sweepPoints(make({ weights: [3, 1], teams: A }), sweep(make({ weights: [3, 1], teams: A }), 0));
    expect(p).toHaveLength(6);
    [0, 0.4, 0.5, 0.6, 2 / 3, 1].forEach((t, i) => expect(p[i]).toBeCloseTo(t, 12));
  });
});
