import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareTeams } from "../../src/score/score.js";
import { selectTeams } from "../../src/select/select.js";
import { eligible, fastPick, picker } from "../../src/simulate/fast-select.js";
import { contest } from "../helpers/small-contest.js";
import { buildPlan } from "../../src/simulate/plan.js";
import { contestData, contestOf } from "../helpers/random-contest.js";

describe("fast path of the selection", () => {
  it("picks exactly what selectTeams picks, in the same order, for rank-order without minimum quotas", () => {
    const data = contestData({ rules: true, maxTeams: 9, maxCriteria: 3 })
      .map((d) => ({
        ...d,
        rubric: {
          ...d.rubric,
          selection: {
            ...d.rubric.selection,
            strategy: "rank-order" as const,
            quotas: (d.rubric.selection.quotas ?? []).filter((q) => q.min === undefined),
          },
        },
      }))
      .chain((d) =>
        fc.record({
          d: fc.constant(d),
          // This run's totals (on a grid, so that some sit on the cutoff) and raw scores (for the gates).
          totals: fc.array(
            fc.integer({ min: 0, max: 80 }).map((x) => x * 1.25),
            { minLength: d.consortia.length, maxLength: d.consortia.length },
          ),
          scores: fc.array(fc.integer({ min: 0, max: 10 }), {
            minLength: d.consortia.length * d.rubric.criteria.length,
            maxLength: d.consortia.length * d.rubric.criteria.length,
          }),
        }),
      );
    let compared = 0;
    fc.assert(
      fc.property(data, ({ d, totals, scores }) => {
        const contest = contestOf(d);
        const plan = buildPlan(contest, { runs: 1, seed: 1, distribution: "triangular", weights: { kind: "fixed" } });
        expect(plan.fast).toBe(true);
        const m = plan.m;
        const raw = Float64Array.from(scores);
        const row = (t: number) => raw.subarray(t * m, t * m + m);
        const tot = Float64Array.from(totals);
        const order = [...Array(plan.n).keys()].sort((a, b) =>
          compareTeams(contest, { total: tot[a]!, index: a }, { total: tot[b]!, index: b }, (t) => Array.from(row(t))),
        );
        const picks = new Int32Array(plan.n);
        const count = fastPick(plan, Int32Array.from(order), tot, raw, picks);
        const want = selectTeams(contest, { order, totals: tot, scores: row });
        expect(Array.from(picks.slice(0, count))).toEqual(want.selected);
        expect(want.unmet).toEqual([]);
        // Count the runs where a rule decided something (a pick skipped for a gate, the cutoff, a
        // max quota or a conflict), so the comparison is known to cover the rules, not only the ranking.
        if (want.decisions.some((x) => !x.selected && x.reasons.length > 0 && x.reasons[0]!.code !== "below-last-pick")) compared++;
      }),
      { numRuns: 500, seed: 2026 },
    );
    expect(compared).toBeGreaterThan(100);
  });

  it("is used only where it applies: not for best-set, not with a minimum quota", () => {
    fc.assert(
      fc.property(contestData({ rules: true }), (d) => {
        const contest = contestOf(d);
        const plan = buildPlan(contest, { runs: 1, seed: 1, distribution: "triangular", weights: { kind: "fixed" } });
        const hasMin = contest.rules.quotas.some((q) => (q.min ?? 0) > 0);
        expect(plan.fast).toBe(contest.rules.strategy === "rank-order" && !hasMin);
      }),
      { numRuns: 200, seed: 2026 },
    );
  });
});

describe("fast path: one picker, many runs", () => {
  it("each call starts from empty quota and organisation counts (mutants: counts kept from the last run)", () => {
    // Three places, at most one telecom, one team per organisation. Ranking p (telecom, X), q (telecom),
    // r (X), s: p is picked, q is stopped by the telecom quota, r by X, s is picked: [p, s] — on every
    // call of the same picker, not only the first.
    const ev = contest({ teams: 3, quotas: [{ name: "tel", kinds: ["telecom"], max: 1 }], conflicts: { max_per_organisation: 1 } }, [
      { id: "p", a: 9, kind: "telecom", members: ["X"] },
      { id: "q", a: 8, kind: "telecom" },
      { id: "r", a: 7, members: ["X"] },
      { id: "s", a: 6 },
    ]);
    const c = ev.contest;
    const plan = buildPlan(c, { runs: 1, seed: 1, distribution: "triangular", weights: { kind: "fixed" } });
    const totals = new Float64Array(plan.n);
    for (const r of ev.ranked) totals[r.index] = r.total;
    const scores = Float64Array.from(c.teams.flatMap((t) => [...t.scores]));
    const picks = new Int32Array(plan.n);
    const pick = picker(plan, Int32Array.from(ev.ranked.map((r) => r.index)), totals, scores, picks);
    const id = (k: number) => Array.from(picks.slice(0, k), (t) => c.teams[t]!.id);
    expect(id(pick())).toEqual(["p", "s"]);
    expect(id(pick())).toEqual(["p", "s"]);
    expect(id(pick())).toEqual(["p", "s"]);
  });
});

describe("fast path: eligibility", () => {
  it("a total at min_total − 1e-9 passes, as in selectTeams; below it fails", () => {
    const ev = contest({ teams: 1, min_total: 60 }, [{ id: "p", a: 6 }]);
    const plan = buildPlan(ev.contest, { runs: 1, seed: 1, distribution: "triangular", weights: { kind: "fixed" } });
    const scores = Float64Array.from([6, 0]);
    expect(eligible(plan, 0, Float64Array.from([60 - 1e-9]), scores)).toBe(true);
    expect(eligible(plan, 0, Float64Array.from([60 - 1e-8]), scores)).toBe(false);
  });
});
