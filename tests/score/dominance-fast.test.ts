/** The typed-array dominance (issue #13: n² pairs for 10,000 teams) equals the definition, pair by pair. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alwaysPicked, dominators } from "../../src/score/dominance.js";
import { bonusFor, compareTeams, unitScore } from "../../src/score/score.js";
import { contestData, contestOf } from "../helpers/random-contest.js";

describe("dominators", () => {
  it("lists, in id order, exactly the teams at least as good on every criterion, better on one, with at least the bonus, that win the tie", () => {
    fc.assert(
      fc.property(contestData({ maxTeams: 12, maxCriteria: 4 }), (d) => {
        const c = contestOf(d);
        const r = (x: number) => Math.round(x * 1e9);
        const u = (t: number, k: number) => r(unitScore(c, k, c.teams[t]!.scores[k]!) * 100);
        const b = (t: number) => r(bonusFor(c, c.teams[t]!.scores).points);
        const got = dominators(c);
        // One entry per team, by index, and no other.
        expect([...got.keys()]).toEqual(c.teams.map((_, i) => i));
        c.teams.forEach((_, i) => {
          const want = c.teams
            .map((_, j) => j)
            .filter(
              (j) =>
                j !== i &&
                c.criteria.every((_, k) => u(j, k) >= u(i, k)) &&
                c.criteria.some((_, k) => u(j, k) > u(i, k)) &&
                b(j) >= b(i) &&
                compareTeams(c, { total: 0, index: j }, { total: 0, index: i }) < 0,
            )
            .map((j) => c.teams[j]!.id);
          expect(got.get(i)).toEqual(want);
        });
        // Always picked: fewer than `teams` others can outrank it at some corner of the weights.
        const always = c.teams
          .map((_, i) => i)
          .filter((i) => {
            const rivals = c.teams.filter((_, j) => {
              if (j === i) return false;
              const best = Math.sign(Math.max(...c.criteria.map((_, k) => u(j, k) - u(i, k))) + b(j) - b(i));
              return best > 0 || (best === 0 && compareTeams(c, { total: 0, index: j }, { total: 0, index: i }) < 0);
            }).length;
            return rivals < c.rules.teams;
          });
        expect(alwaysPicked(c)).toEqual(always);
      }),
      { seed: 13, numRuns: 300 },
    );
  });

  it("finds the same dominators in larger fields, where a criterion's list of teams at least as good is shorter than the list by sum", () => {
    fc.assert(
      fc.property(contestData({ maxTeams: 40, maxCriteria: 5 }), (d) => {
        const c = contestOf(d);
        const r = (x: number) => Math.round(x * 1e9);
        const u = (t: number, k: number) => r(unitScore(c, k, c.teams[t]!.scores[k]!) * 100);
        const b = (t: number) => r(bonusFor(c, c.teams[t]!.scores).points);
        const got = dominators(c);
        c.teams.forEach((_, i) => {
          const want = c.teams
            .map((_, j) => j)
            .filter(
              (j) =>
                j !== i &&
                c.criteria.every((_, k) => u(j, k) >= u(i, k)) &&
                c.criteria.some((_, k) => u(j, k) > u(i, k)) &&
                b(j) >= b(i) &&
                compareTeams(c, { total: 0, index: j }, { total: 0, index: i }) < 0,
            )
            .map((j) => c.teams[j]!.id);
          expect(got.get(i)).toEqual(want);
        });
      }),
      { seed: 1313, numRuns: 150 },
    );
  });
});
