import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildContest } from "../../src/model/contest.js";
import { compareTeams } from "../../src/score/score.js";
import { totalsOf } from "../../src/simulate/engine.js";
import { buildPlan } from "../../src/simulate/plan.js";
import { NATIVE_SORT_TEAMS, rawScore, resort, sorter, type RunScores } from "../../src/simulate/rank.js";
import { contestOf, uncertainData } from "./helpers.js";

describe("ranking inside a run", () => {
  it("insertion re-sort from any previous order gives compareTeams' order, ties and lazy raw scores included", () => {
    fc.assert(
      fc.property(
        uncertainData({ maxTeams: 9, maxCriteria: 3 }).chain((d) =>
          fc.record({
            d: fc.constant(d),
            // Unit scores drawn on a coarse grid, so that totals and tie-break scores tie often.
            grid: fc.array(fc.integer({ min: 0, max: 4 }), {
              minLength: d.consortia.length * d.rubric.criteria.length,
              maxLength: d.consortia.length * d.rubric.criteria.length,
            }),
            start: fc.shuffledSubarray(
              d.consortia.map((_, i) => i),
              { minLength: d.consortia.length, maxLength: d.consortia.length },
            ),
            tie: fc.constantFrom(undefined, [0], [1, 0]),
          }),
        ),
        ({ d, grid, start, tie }) => {
          const ids = d.rubric.criteria.map((c) => c.id);
          const rubric = tie
            ? { ...d.rubric, selection: { ...d.rubric.selection, tie_break: tie.filter((i) => i < ids.length).map((i) => ids[i]!) } }
            : d.rubric;
          const contest = contestOf({ ...d, rubric });
          const plan = buildPlan(contest, { runs: 1, seed: 1, distribution: "triangular", weights: { kind: "fixed" } });
          const { n, m } = plan;
          const scores = plan.scores.slice();
          const units = plan.units.slice();
          // Overwrite the sampled cells' unit scores as a run would (their raw scores stay lazy).
          for (let i = 0; i < plan.cellUnit.length; i++) {
            const c = plan.cellCriterion[i]!;
            const t = plan.cellTeam[i]!;
            units[plan.cellUnit[i]!] = grid[t * m + c]! / 4;
          }
          const totals = new Float64Array(n);
          const keys = new Float64Array(n);
          totalsOf(plan, scores, units, totals, keys)(plan.weights);
          const run: RunScores = { keys, scores, units };
          const order = Int32Array.from(start);
          resort(plan, run, order);
          const raw = (t: number) => Array.from({ length: m }, (_, c) => rawScore(plan, run, t, c));
          const expected = [...Array(n).keys()].sort((a, b) =>
            compareTeams(contest, { total: totals[a]!, index: a }, { total: totals[b]!, index: b }, raw),
          );
          expect(Array.from(order)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a lazy raw score is the scale minimum plus the unit score times the span", () => {
    const d = {
      rubric: { name: "r", criteria: [{ id: "a", label: "a", weight: 1, scale: { min: 2, max: 6 } }], selection: { teams: 1 } },
      consortia: [
        { id: "x", name: "X", lead: { name: "L", kind: "startup" }, scores: { a: { value: 4, range: [3, 5] as [number, number] } } },
      ],
    };
    const contest = contestOf(d);
    const plan = buildPlan(contest, { runs: 1, seed: 1, distribution: "triangular", weights: { kind: "fixed" } });
    expect(plan.live[0]).toBe(0);
    const run: RunScores = { keys: new Float64Array(1), scores: plan.scores.slice(), units: Float64Array.of(0.75) };
    expect(rawScore(plan, run, 0, 0)).toBe(5);
  });
});

describe("ranking many teams (native pre-sort, then insertion for ties)", () => {
  it("gives compareTeams' order for 100 teams with many equal totals", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 3 }), fc.boolean()), {
          minLength: 100,
          maxLength: 100,
        }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (rows, shuffleSeed) => {
          const contest = buildContest(
            {
              name: "many",
              criteria: [
                { id: "a", label: "a", weight: 1, scale: { min: 0, max: 10 } },
                { id: "b", label: "b", weight: 0, scale: { min: 0, max: 10 } },
              ],
              bonus: [{ label: "x", criterion: "b", min: 3, points: 7 }],
              selection: { teams: 5, tie_break: ["b"] },
            },
            rows.map(([a, b, ranged], i) => ({
              id: `t${String(i).padStart(3, "0")}`,
              name: `T${i}`,
              lead: { name: `L${i}`, kind: "startup" },
              scores: { a: { value: a * 2 }, b: ranged ? { value: b, range: [0, 3] as [number, number] } : { value: b } },
            })),
          );
          const plan = buildPlan(contest, { runs: 1, seed: 1, distribution: "triangular", weights: { kind: "fixed" } });
          expect(plan.n).toBeGreaterThan(NATIVE_SORT_TEAMS);
          const n = plan.n;
          const scores = plan.scores.slice();
          const units = plan.units.slice();
          // The sampled scores of b (a bonus criterion, so its raw score is kept too), on a grid.
          for (let i = 0; i < plan.cellUnit.length; i++) {
            const t = plan.cellTeam[i]!;
            units[plan.cellUnit[i]!] = (t % 4) / 10;
            scores[t * plan.m + 1] = (t % 4) * 1;
          }
          const totals = new Float64Array(n);
          const keys = new Float64Array(n);
          totalsOf(plan, scores, units, totals, keys)(plan.weights);
          const run: RunScores = { keys, scores, units };
          // Any previous order: a shuffle.
          const order = Int32Array.from({ length: n }, (_, i) => i);
          let x = shuffleSeed;
          for (let i = n - 1; i > 0; i--) {
            x = (Math.imul(x, 1103515245) + 12345) >>> 0;
            const j = x % (i + 1);
            [order[i], order[j]] = [order[j]!, order[i]!];
          }
          sorter(plan, run, order)();
          const raw = (t: number) => [0, 1].map((c) => rawScore(plan, run, t, c));
          const expected = [...Array(n).keys()].sort((a, b) =>
            compareTeams(contest, { total: totals[a]!, index: a }, { total: totals[b]!, index: b }, raw),
          );
          expect(Array.from(order)).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  });
});
