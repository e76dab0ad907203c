import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseWeights } from "../../src/model/contest.js";
import { rankAndSelect } from "../../src/select/evaluate.js";
import { frame, weightForShare } from "../../src/tune/frame.js";
import { make } from "../analyse/make.js";

// Two criteria a, b; one team picked. Totals with share t on a: x = 100t, y = 100(1 − t), z = 60.
// z leads while 100t < 60 and 100(1 − t) < 60, i.e. for t in (0.4, 0.6).
const contest = make({
  weights: [1, 1],
  teams: [
    { id: "x", s: [10, 0] },
    { id: "y", s: [0, 10] },
    { id: "z", s: [6, 6] },
  ],
  selection: { teams: 1 },
});

describe("tune: what the screen shows for a set of weights", () => {
  it("the tipping points of the chosen criterion, in the file's relative weights (hand-derived)", () => {
    const f = frame(contest, [1, 1], [1, 1], 0);
    expect(f.shares).toEqual([0.5, 0.5]);
    expect(f.below?.t).toBeCloseTo(0.4, 12);
    expect(f.below?.weight).toBeCloseTo(0.4 / 0.6, 12); // a / (a + 1) = 0.4
    expect(f.below).toMatchObject({ enters: ["y"], leaves: ["z"] });
    expect(f.above?.t).toBeCloseTo(0.6, 12);
    expect(f.above?.weight).toBeCloseTo(1.5, 12); // a / (a + 1) = 0.6
    expect(f.above).toMatchObject({ enters: ["x"], leaves: ["z"] });
  });

  it("the ranking, the pick, and movement since the file's weights", () => {
    // a = 3, b = 1: shares 0.75 / 0.25, totals x 75, z 60, y 25: x picked instead of z.
    const f = frame(contest, [1, 1], [3, 1], 0);
    expect(f.rows.map((r) => [r.id, r.place, r.picked, r.move, r.change])).toEqual([
      ["x", "1", true, 1, "in"], // was 2nd (x 50, y 50: tied, then by criterion a)
      ["z", "2", false, -1, "out"],
      ["y", "3", false, 0, undefined],
    ]);
    [75, 60, 25].forEach((t, i) => expect(f.rows[i]!.total).toBeCloseTo(t, 9));
  });

  it("ties share a place", () => {
    const f = frame(contest, [1, 1], [1, 1], 0);
    expect(f.rows.map((r) => r.place)).toEqual(["1", "2=", "2="]);
  });

  it("weightForShare inverts the normalisation", () => {
    expect(weightForShare([40, 35, 25], 0, 0.5)).toBe(60);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 2, maxLength: 5 }),
        fc.nat(4),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (w, c0, t) => {
          const c = c0 % w.length;
          const raw = w.map((x, j) => (j === c ? weightForShare(w, c, t) : x));
          expect(normaliseWeights(raw)[c]).toBeCloseTo(t, 9);
        },
      ),
      { seed: 15 },
    );
  });

  it("on random weights, just past a tick (in relative weight) the pick differs, and just inside it does not", () => {
    let checked = 0;
    const random = make({
      weights: [4, 3, 2],
      teams: [
        { id: "p", s: [9, 2, 4] },
        { id: "q", s: [3, 9, 5] },
        { id: "r", s: [6, 6, 1] },
        { id: "s", s: [2, 4, 10] },
      ],
      selection: { teams: 2 },
    });
    const picks = (raw: number[]) => {
      const weights = normaliseWeights(raw);
      return [...rankAndSelect({ ...random, weights }, weights).selection.selected].sort().join();
    };
    fc.assert(
      fc.property(
        fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 })),
        fc.nat(2),
        (w, c) => {
          const raw = [...w];
          const f = frame(random, raw, raw, c);
          const now = picks(raw);
          for (const tick of [f.below, f.above]) {
            if (!tick || !Number.isFinite(tick.weight) || tick.weight <= 0) continue;
            const at = (x: number) => raw.map((v, j) => (j === c ? x : v));
            const outward = tick === f.above ? 1 + 1e-6 : 1 - 1e-6;
            const inward = tick === f.above ? 1 - 1e-6 : 1 + 1e-6;
            expect(picks(at(tick.weight * outward))).not.toBe(now);
            expect(picks(at(tick.weight * inward))).toBe(now);
            checked++;
          }
        },
      ),
      { seed: 15, numRuns: 200 },
    );
    expect(checked).toBeGreaterThan(20);
  });
});
