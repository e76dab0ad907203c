/**
 * Scoring by hand (issue #20, survivors of a mutation run on src/score): bonuses at, above and below
 * their threshold with their points and labels, and the id comparison that ends the ranking's order.
 */
import { describe, expect, it } from "vitest";
import { bonusFor, compareTeams, rankTeams } from "../../src/score/score.js";
import { contest } from "../helpers/small-contest.js";
import { buildContest } from "../../src/model/contest.js";
import type { Rubric } from "../../src/schema/rubric.js";

describe("bonuses", () => {
  // Criterion a (0–10, weight 1); "early" gives 3 points from a ≥ 6, "late" 2 points from a ≥ 8.
  const rubric: Rubric = {
    name: "bonus",
    criteria: [{ id: "a", label: "A", weight: 1, scale: { min: 0, max: 10 } }],
    bonus: [
      { label: "early", criterion: "a", min: 6, points: 3 },
      { label: "late", criterion: "a", min: 8, points: 2 },
    ],
    selection: { teams: 1 },
  };
  const c = buildContest(rubric, [{ id: "p", name: "P", lead: { name: "P lead", kind: "startup" }, scores: { a: { value: 5 } } }]);

  it("a score at the threshold earns the bonus; below it does not; each bonus's points add up", () => {
    expect(bonusFor(c, [5.99])).toEqual({ points: 0, labels: [] });
    expect(bonusFor(c, [6])).toEqual({ points: 3, labels: ["early"] });
    expect(bonusFor(c, [7])).toEqual({ points: 3, labels: ["early"] });
    expect(bonusFor(c, [8])).toEqual({ points: 5, labels: ["early", "late"] });
  });

  it("the total is the weighted score plus the points: a = 8 is 80 + 5", () => {
    const one = buildContest(rubric, [{ id: "p", name: "P", lead: { name: "P lead", kind: "startup" }, scores: { a: { value: 8 } } }]);
    const [r] = rankTeams(one);
    expect([r!.weighted, r!.bonus, r!.total, r!.bonuses]).toEqual([80, 5, 85, ["early", "late"]]);
  });
});

describe("compareTeams on equal totals and tie-break scores: the id decides, a total order", () => {
  // Built inside the test, not when the file is collected: Stryker counts code run at collection as
  // "static" and then runs every test for each of its mutants.
  it("p before q, q after p, a team equal to itself", () => {
    const ev = contest({ teams: 1 }, [
      { id: "q", a: 5 },
      { id: "p", a: 5 },
    ]);
    const at = (id: string) => ({ total: 50, index: ev.contest.teams.findIndex((t) => t.id === id) });
    expect(compareTeams(ev.contest, at("p"), at("q"))).toBeLessThan(0);
    expect(compareTeams(ev.contest, at("q"), at("p"))).toBeGreaterThan(0);
    expect(compareTeams(ev.contest, at("p"), at("p"))).toBe(0);
  });
});
