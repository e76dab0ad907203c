import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alwaysPicked, dominated } from "../../src/score/dominance.js";
import { evaluate } from "../../src/select/evaluate.js";
import { idsOf, make } from "../analyse/make.js";

const byId = (c: ReturnType<typeof make>, m: Map<number, string[]>) => Object.fromEntries([...m].map(([t, by]) => [c.teams[t]!.id, by]));

describe("dominance", () => {
  it("flags a team that at least `teams` others match or beat on every criterion", () => {
    // w (5, 0) is beaten by x (10, 0), v (8, 2) and z (6, 6); y (0, 10) is better on b.
    const c = make({
      weights: [3, 1],
      teams: [
        { id: "x", s: [10, 0] },
        { id: "y", s: [0, 10] },
        { id: "z", s: [6, 6] },
        { id: "v", s: [8, 2] },
        { id: "w", s: [5, 0] },
      ],
    });
    expect(byId(c, dominated(c))).toEqual({ w: ["v", "x", "z"] });
    // Three places: w still has three dominators; with four it could be picked.
    expect(byId({ ...c, rules: { ...c.rules, teams: 4 } }, dominated({ ...c, rules: { ...c.rules, teams: 4 } }))).toEqual({});
  });

  it("an equal team is no dominator, and a tie-break the dominated team would win breaks dominance", () => {
    const teams = [
      { id: "s", s: [5, 5] },
      { id: "t", s: [5, 5] },
      { id: "zz", s: [5, 6] },
    ];
    // Default chain (a, b): zz wins every tie on b → s and t are dominated by zz (one place).
    const c = make({ weights: [1, 1], teams, selection: { teams: 1 } });
    expect(byId(c, dominated(c))).toEqual({ s: ["zz"], t: ["zz"] });
    // Chain a only: with all weight on a, s and zz tie at 50 and s wins on id → not dominated.
    const d = make({ weights: [1, 1], teams, selection: { teams: 1, tie_break: ["a"] } });
    expect(byId(d, dominated(d))).toEqual({});
  });

  it("a negative bonus only the better team gets breaks dominance (a positive one cannot)", () => {
    // q (6, 5) gets the bonus for a ≥ 6, p (5, 5) does not. With −1, p wins with all weight on b.
    const c = make({
      weights: [1, 1],
      teams: [
        { id: "p", s: [5, 5] },
        { id: "q", s: [6, 5] },
      ],
      selection: { teams: 1 },
      bonus: [{ label: "B", criterion: "a", min: 6, points: 1 }],
    });
    expect(byId(c, dominated(c))).toEqual({ p: ["q"] });
    const d = make({
      weights: [1, 1],
      teams: [
        { id: "p", s: [5, 5] },
        { id: "q", s: [6, 5] },
      ],
      selection: { teams: 1 },
      bonus: [{ label: "B", criterion: "a", min: 6, points: -1 }],
    });
    expect(byId(d, dominated(d))).toEqual({});
  });

  it("always picked: fewer than `teams` others can outrank the team at any weighting", () => {
    // top (10, 10) cannot be outranked; mid (5, 5) by top and by other (9, 0) at a's corner.
    const c = make({
      weights: [1, 1],
      teams: [
        { id: "top", s: [10, 10] },
        { id: "mid", s: [5, 5] },
        { id: "low", s: [0, 0] },
        { id: "other", s: [9, 0] },
      ],
    });
    expect(idsOf(c, alwaysPicked(c))).toEqual(["top"]);
    expect(byId(c, dominated(c))).toEqual({ low: ["mid", "other", "top"] });
    // Three places: only top and other can outrank mid, only top and mid can outrank other.
    const three = { ...c, rules: { ...c.rules, teams: 3 } };
    expect(idsOf(c, alwaysPicked(three))).toEqual(["mid", "other", "top"]);
  });

  it("always picked counts a rival's bonus and the team's own (a negative bonus)", () => {
    // Bonus −30 for a ≥ 6. p (5, 5) totals 50 at every weighting; q (6, 5) at most 60 − 30 = 30.
    // q beats p on a, but its bonus keeps it below: p is always picked, q never (one place).
    const c = make({
      weights: [1, 1],
      teams: [
        { id: "p", s: [5, 5] },
        { id: "q", s: [6, 5] },
      ],
      selection: { teams: 1 },
      bonus: [{ label: "B", criterion: "a", min: 6, points: -30 }],
    });
    expect(idsOf(c, alwaysPicked(c))).toEqual(["p"]);
  });

  it("holds for random weights: dominated teams are never picked, always-picked teams always are", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 3, maxLength: 3 }), { minLength: 3, maxLength: 7 }),
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 3, maxLength: 3 }).filter((w) => w.some((x) => x > 0)),
        (scores, places, weights) => {
          const base = make({ weights: [1, 1, 1], teams: scores.map((s, i) => ({ id: `t${i}`, s })), selection: { teams: places } });
          const picked = evaluate(
            base,
            weights.map((w) => w / weights.reduce((a, b) => a + b, 0)),
          ).selected;
          for (const t of dominated(base).keys()) expect(picked.has(t)).toBe(false);
          for (const t of alwaysPicked(base)) expect(picked.has(t)).toBe(true);
        },
      ),
    );
  });
});
