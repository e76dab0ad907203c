/**
 * The lottery inside the simulation: the tickets are drawn once from the seed and are the same in
 * every run, so a run ranks exactly as `score` would at that run's scores and weights; the fast path
 * (packed native sort, insertion by tie-break, fast selection) and the general path agree with
 * `select` when the tie-break chain ends with `lottery`.
 */
import fc from "fast-check";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { simulateContest } from "../../src/simulate/run.js";
import { buildContest } from "../../src/model/contest.js";
import { compareTeams } from "../../src/score/score.js";
import { evaluate } from "../../src/select/evaluate.js";
import { totalsOf } from "../../src/simulate/engine.js";
import { buildPlan } from "../../src/simulate/plan.js";
import { NATIVE_SORT_TEAMS, rawScore, sorter, type RunScores } from "../../src/simulate/rank.js";
import { contestData, type RandomData } from "../helpers/random-contest.js";
import { cli, ROOT } from "../helpers/run.js";

const withLottery = (d: RandomData, before: readonly string[]): RandomData => ({
  ...d,
  rubric: {
    ...d.rubric,
    selection: { ...d.rubric.selection, tie_break: [...before.filter((id) => d.rubric.criteria.some((c) => c.id === id)), "lottery"] },
  },
});

describe("simulate with a lottery and nothing uncertain", () => {
  it("equals select on any contest and rule set (fast and general paths), for any seed", async () => {
    let decidedByLot = 0;
    await fc.assert(
      fc.asyncProperty(
        contestData({ rules: true, maxTeams: 8, maxCriteria: 3 }),
        fc.constantFrom([], ["c0"], ["c1", "c0"]),
        fc.nat({ max: 1e9 }),
        async (d, before, seed) => {
          const l = withLottery(d, before);
          const contest = buildContest(l.rubric, l.consortia, undefined, seed);
          const ev = evaluate(contest);
          if ([...ev.ties.values()].some((t) => t.decidedBy === "lottery")) decidedByLot++;
          const report = await simulateContest(contest, {
            runs: 5,
            seed,
            distribution: "triangular",
            weights: { kind: "fixed" },
            chunkRuns: 2,
          });
          const byIndex = new Map(report.results.map((r) => [r.index, r]));
          for (const r of ev.ranked) {
            expect(byIndex.get(r.index)!.p_selected).toBe(ev.selected.has(r.index) ? 1 : 0);
            expect(byIndex.get(r.index)!.mean_rank).toBe(r.rank);
          }
          expect(report.mostLikelySet.ids).toEqual([...ev.selection.selected].sort((a, b) => a - b).map((i) => contest.teams[i]!.id));
        },
      ),
      { numRuns: 150 },
    );
    // The property is about the lottery only if the draw decided something often.
    expect(decidedByLot).toBeGreaterThan(30);
  });
});

describe("the packed native sort with a lottery", () => {
  it("gives compareTeams' order for 100 teams with many equal totals (the ticket packed in the index's place)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 3 })), { minLength: 100, maxLength: 100 }),
        fc.nat({ max: 1e9 }),
        fc.boolean(),
        (rows, seed, byB) => {
          const contest = buildContest(
            {
              name: "many",
              criteria: [
                { id: "a", label: "a", weight: 1, scale: { min: 0, max: 10 } },
                { id: "b", label: "b", weight: 0, scale: { min: 0, max: 10 } },
              ],
              selection: { teams: 5, tie_break: byB ? ["b", "lottery"] : ["lottery"] },
            },
            rows.map(([a, b], i) => ({
              id: `t${String(i).padStart(3, "0")}`,
              name: `T${i}`,
              lead: { name: `L${i}`, kind: "startup" },
              scores: { a: { value: a * 2 }, b: { value: b } },
            })),
            undefined,
            seed,
          );
          const plan = buildPlan(contest, { runs: 1, seed: 1, distribution: "triangular", weights: { kind: "fixed" } });
          expect(plan.n).toBeGreaterThan(NATIVE_SORT_TEAMS);
          const n = plan.n;
          const totals = new Float64Array(n);
          const keys = new Float64Array(n);
          totalsOf(plan, plan.scores, plan.units, totals, keys)(plan.weights);
          const run: RunScores = { keys, scores: plan.scores, units: plan.units };
          const order = Int32Array.from({ length: n }, (_, i) => n - 1 - i);
          sorter(plan, run, order)();
          const raw = (t: number) => [0, 1].map((c) => rawScore(plan, run, t, c));
          const expected = [...Array(n).keys()].sort((x, y) =>
            compareTeams(contest, { total: totals[x]!, index: x }, { total: totals[y]!, index: y }, raw),
          );
          expect(Array.from(order)).toEqual(expected);
          // Not the id order: with ~17 teams per total, the draw reorders some of them.
          const byId = buildContest(
            { ...contest.rubric, selection: { teams: 5, tie_break: byB ? ["b"] : [] } },
            contest.teams.map((t) => t.consortium),
          );
          expect(expected).not.toEqual(
            [...expected].sort((x, y) => compareTeams(byId, { total: totals[x]!, index: x }, { total: totals[y]!, index: y })),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("simulate on the lottery fixture (three teams equal on every criterion, one place for them)", () => {
  it("uses the same tickets in every run: with only the weights uncertain, the lowest ticket of the three is picked in every run, the others in none", async () => {
    const cwd = join(ROOT, "tests/fixtures/ties/equal");
    for (const seed of ["4", "5"]) {
      const sel = JSON.parse((await cli(["select", "-r", "lottery", "--seed", seed, "-f", "json"], { cwd })).stdout);
      const sim = JSON.parse((await cli(["simulate", "-r", "lottery", "--seed", seed, "--runs", "400", "-f", "json"], { cwd })).stdout);
      const tied = sel.decisions.filter((x: { id: string }) => ["kilo", "lima", "mike"].includes(x.id));
      const winner = tied.reduce((a: { ticket: number }, b: { ticket: number }) => (a.ticket < b.ticket ? a : b)).id;
      const p = Object.fromEntries(sim.results.map((r: { id: string; p_selected: number }) => [r.id, r.p_selected]));
      // Equal scores on every criterion: equal totals whatever the weights, so only the draw separates them.
      for (const x of tied) expect(p[x.id]).toBe(x.id === winner ? 1 : 0);
    }
  });
});
