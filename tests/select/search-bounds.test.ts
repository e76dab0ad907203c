/**
 * The exact searches end in bounded time (issue #13): the minimum-quota feasibility search with the
 * conflict rule, best-set with ties, and the step budget behind both. Growth is shown by counting
 * search steps at small sizes, never by timing.
 */
import { en, unmetText } from "../../src/i18n/index.js";
import { describe, expect, it } from "vitest";
import { buildContest } from "../../src/model/contest.js";
import type { Consortium } from "../../src/schema/consortium.js";
import type { Rubric, Selection } from "../../src/schema/rubric.js";
import { achievableMins, ruleContext, SEARCH_STEPS } from "../../src/select/rules.js";
import { selectTeams } from "../../src/select/select.js";
import { rankTeams } from "../../src/score/score.js";

/** n startups with their own lead organisation each, totals `total(i)`. */
function field(n: number, selection: Selection, total: (i: number) => number = (i) => 10 - i / 10, shared?: (i: number) => string[]) {
  const rubric: Rubric = { name: "s", criteria: [{ id: "a", label: "A", weight: 1, scale: { min: 0, max: 10 } }], selection };
  const consortia: Consortium[] = Array.from({ length: n }, (_, i) => ({
    id: `t${String(i).padStart(3, "0")}`,
    name: `T${i}`,
    lead: { name: `Lead ${i}`, kind: "startup" },
    members: (shared?.(i) ?? []).map((name) => ({ name, kind: "academia" })),
    scores: { a: { value: total(i) } },
  }));
  return buildContest(rubric, consortia);
}

function select(contest: ReturnType<typeof field>, steps?: number) {
  const ranked = rankTeams(contest);
  const totals = new Float64Array(contest.teams.length);
  for (const r of ranked) totals[r.index] = r.total;
  const order = ranked.map((r) => r.index);
  return selectTeams(contest, { order, totals, scores: (t) => contest.teams[t]!.scores }, steps);
}

const contradictory = (teams: number): Selection => ({
  teams,
  quotas: [
    { name: "many", kinds: ["startup"], min: teams / 2 + 1 },
    { name: "few", kinds: ["startup"], max: teams / 2 },
  ],
  conflicts: { max_per_organisation: 1 },
});

describe("minimum quotas with the conflict rule", () => {
  it("contradictory quotas with a conflict rule are refuted in a number of steps that grows linearly (10, 20, 40 teams)", () => {
    const steps = [10, 20, 40].map((n) => {
      const contest = field(n, contradictory(20));
      const ctx = ruleContext(contest);
      const { kept, dropped } = achievableMins(
        ctx,
        contest.teams.map((_, i) => i),
      );
      expect([kept, dropped]).toEqual([[], [0]]);
      expect(ctx.budget.exhausted).toBe(false);
      return ctx.budget.steps;
    });
    // Each organisation is one team's only, so the conflict rule cannot bind: the teams are alike and
    // the search is linear (it used to branch on every team: 40 teams took minutes).
    expect(steps[2]!).toBeLessThanOrEqual(4 * steps[0]! + 20);
    expect(steps[2]!).toBeLessThan(200);
  });

  it("40 teams: select answers with the quota reported unmet", () => {
    const sel = select(field(40, contradictory(20)));
    expect(sel.selected).toHaveLength(10);
    expect(sel.unmet).toEqual([{ code: "quota-no-room", quota: "many", min: 11, got: 10 }]);
  });

  it("a shared organisation still binds: two teams with the same member are never both picked", () => {
    const contest = field(
      6,
      { teams: 3, quotas: [{ name: "many", kinds: ["startup"], min: 3 }], conflicts: { max_per_organisation: 1 } },
      undefined,
      (i) => (i < 2 ? ["Same Univ"] : []),
    );
    const sel = select(contest);
    expect(sel.selected.filter((t) => t < 2)).toHaveLength(1);
    expect(sel.unmet).toEqual([]);
  });

  it("out of steps: the answer says the search stopped, and the minimum quotas are checked on the set", () => {
    // Every team holds a distinct pair of 5 shared organisations: the conflict rule binds and the
    // teams are not alike; with a budget of 3 steps the search cannot finish.
    const orgs = ["A", "B", "C", "D", "E"];
    const pairs = orgs.flatMap((a, i) => orgs.slice(i + 1).map((b) => [a, b]));
    const contest = field(
      10,
      { teams: 4, quotas: [{ name: "many", kinds: ["startup"], min: 4 }], conflicts: { max_per_organisation: 1 } },
      undefined,
      (i) => pairs[i]!,
    );
    const sel = select(contest, 3);
    expect(sel.unmet.at(-1)).toEqual({ code: "search-undecided", limit: 3 });
    expect(unmetText(sel.unmet.at(-1)!, en)).toBe(
      "the rule search stopped after 3 steps without settling every minimum quota and conflict exactly: the set shown meets the rules it lists as met, but a better one may exist",
    );
    // No 4 teams can avoid sharing (5 organisations, 2 each, at most 1 per organisation): unmet.
    expect(sel.unmet.some((u) => u.code !== "search-undecided" && u.quota === "many" && u.min === 4)).toBe(true);
    // With the full budget the search settles it and says nothing of steps.
    const full = select(contest);
    expect(full.unmet.some((u) => u.code === "search-undecided")).toBe(false);
    expect(SEARCH_STEPS).toBeGreaterThan(10_000);
  });
});

describe("best-set with tied totals", () => {
  it("interchangeable teams are one class: 10, 20, 40 teams × 10 places all tied finish within 2,000 steps", () => {
    // Walking every set of 10 out of 40 would take 847 million steps.
    for (const n of [10, 20, 40]) {
      const contest = field(n, { teams: 10, strategy: "best-set", conflicts: { max_per_organisation: 1 } }, () => 5);
      const sel = select(contest, 2_000);
      expect(sel.unmet).toEqual([]);
      // Every team ties: the 10 smallest ids (rank order's own answer).
      expect(sel.selected.map((t) => contest.teams[t]!.id)).toEqual(contest.teams.slice(0, 10).map((t) => t.id));
    }
  });

  it("30 teams × 8 places in two tied groups of totals: finished within the budget, best sum", () => {
    const contest = field(30, { teams: 8, strategy: "best-set", quotas: [{ name: "few", kinds: ["startup"], max: 8 }] }, (i) =>
      i % 2 === 0 ? 7 : 3,
    );
    const sel = select(contest, 5_000);
    expect(sel.unmet).toEqual([]);
    expect(sel.selected.map((t) => contest.teams[t]!.id)).toEqual(["t000", "t002", "t004", "t006", "t008", "t010", "t012", "t014"]);
  });
});
