import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sweep, totalLines, weightsAt } from "../../src/analyse/lines.js";
import { scoreTeam } from "../../src/score/score.js";
import { make } from "./make.js";
import { fraction } from "../helpers/fractions.js";

const teams = [
  { id: "p", s: [10, 0, 2] },
  { id: "q", s: [0, 10, 6] },
];

describe("sweep", () => {
  it("keeps the other weights' proportions and passes through the current weights", () => {
    const c = make({ weights: [2, 1, 1], teams });
    const s = sweep(c, 1);
    expect(s.current).toBeCloseTo(0.25, 15);
    weightsAt(s, 0.25).forEach((w, j) => expect(w).toBeCloseTo(c.weights[j]!, 15));
    const [a, b, cc] = weightsAt(s, 0.6);
    expect(b).toBeCloseTo(0.6, 15);
    // a : c stays 2 : 1 of the remaining 0.4
    expect(a).toBeCloseTo((0.4 * 2) / 3, 15);
    expect(cc).toBeCloseTo(0.4 / 3, 15);
  });

  it("shares 1 − t equally when the criterion has all the weight", () => {
    const c = make({ weights: [1, 0, 0], teams });
    const w = weightsAt(sweep(c, 0), 0.4);
    expect(w).toEqual([0.4, 0.3, 0.3]);
  });

  it("starts a criterion of weight 0 at t = 0 and keeps the others' proportions", () => {
    const c = make({ weights: [0, 1, 3], teams });
    const s = sweep(c, 0);
    expect(s.current).toBe(0);
    const w = weightsAt(s, 0.2);
    expect(w[0]).toBeCloseTo(0.2, 15);
    expect(w[1]).toBeCloseTo(0.2, 15);
    expect(w[2]).toBeCloseTo(0.6, 15);
  });

  it("never moves a single criterion", () => {
    const c = make({ weights: [5], teams: [{ id: "p", s: [3] }] });
    expect(weightsAt(sweep(c, 0), 0.3)).toEqual([1]);
    expect(totalLines(c, sweep(c, 0))[0]!.b).toBe(0);
  });

  it("gives each total as a + b·t, equal to the scored total at any t (with bonus)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 3, maxLength: 3 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 3, maxLength: 3 }).filter((w) => w.some((x) => x > 0)),
        fc.integer({ min: 0, max: 2 }),
        fraction(),
        (scores, weights, crit, t) => {
          const c = make({
            weights,
            teams: [{ id: "p", s: scores }, ...teams.slice(1)],
            bonus: [{ label: "B", criterion: "a", min: 5, points: 4 }],
          });
          const s = sweep(c, crit);
          const line = totalLines(c, s)[0]!;
          expect(line.a + line.b * t).toBeCloseTo(scoreTeam(c, 0, weightsAt(s, t)).total, 9);
          expect(weightsAt(s, t).reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
        },
      ),
    );
  });
});
