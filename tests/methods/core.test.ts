/**
 * The methods through the core (buildContest → evaluate, simulate, sensitivity) to 1e-9, and
 * properties on random contests with random methods and directions.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { criterionSensitivity } from "../../src/analyse/sensitivity.js";
import { sweep, weightsAt } from "../../src/analyse/lines.js";
import { simulateContest } from "../../src/simulate/run.js";
import { METHOD_NAMES, type MethodName } from "../../src/methods/index.js";
import { buildContest, normaliseWeights } from "../../src/model/contest.js";
import type { Consortium } from "../../src/schema/consortium.js";
import type { Rubric } from "../../src/schema/rubric.js";
import { evaluate, rankAndSelect } from "../../src/select/evaluate.js";
import { contestData, type RandomData } from "../helpers/random-contest.js";

// The fixture of commands.test.ts as data (the arithmetic is there).
const rubric: Rubric = {
  name: "qc",
  criteria: [
    { id: "quality", label: "Q", weight: 1, scale: { min: 0, max: 10 } },
    { id: "cost", label: "C", weight: 1, scale: { min: 0, max: 100 }, direction: "min" },
  ],
  selection: { teams: 2, tie_break: ["cost"] },
};
const team = (id: string, q: number, c: number): Consortium => ({
  id,
  name: id,
  lead: { name: id, kind: "startup" },
  scores: { quality: { value: q }, cost: { value: c } },
});
const consortia = [team("a", 8, 20), team("b", 10, 60), team("c", 4, 0), team("d", 6, 50)];

describe("the hand examples to 1e-9", () => {
  const cases: Record<MethodName, number[]> = {
    "weighted-sum": [80, 70, 70, 55],
    "weighted-product": [80, 100 * Math.sqrt(0.4), 100 * Math.sqrt(0.4), 100 * Math.sqrt(0.3)],
    topsis: [200 / 3, 50, 50, (100 * Math.sqrt(0.0125)) / (Math.sqrt(0.1025) + Math.sqrt(0.0125))],
  };
  it.each(METHOD_NAMES)("%s", (method) => {
    const ev = evaluate(buildContest(rubric, consortia, undefined, undefined, method));
    const byId = Object.fromEntries(ev.ranked.map((r) => [r.team.id, r.total]));
    ["a", "b", "c", "d"].forEach((id, k) => expect(Math.abs(byId[id]! - cases[method][k]!)).toBeLessThan(1e-9));
    expect(ev.ranked.map((r) => r.team.id)).toEqual(["a", "c", "b", "d"]);
  });
});

/** Random contests with a random method and some criteria turned to `direction: min`. */
const withMethod = (opts: Parameters<typeof contestData>[0]) =>
  fc.tuple(contestData(opts), fc.constantFrom(...METHOD_NAMES), fc.array(fc.boolean(), { minLength: 3, maxLength: 3 })).map(
    ([d, method, lower]): RandomData => ({
      consortia: d.consortia,
      rubric: { ...d.rubric, method, criteria: d.rubric.criteria.map((c, i) => (lower[i] ? { ...c, direction: "min" as const } : c)) },
    }),
  );

describe("on random contests, every method and direction", () => {
  it("simulate with nothing uncertain picks exactly what select picks, with the same totals and ranks", async () => {
    await fc.assert(
      fc.asyncProperty(withMethod({ rules: true, maxTeams: 7, maxCriteria: 3 }), async (d) => {
        const contest = buildContest(d.rubric, d.consortia);
        const ev = evaluate(contest);
        const report = await simulateContest(contest, {
          runs: 5,
          seed: 1,
          distribution: "triangular",
          weights: { kind: "fixed" },
          chunkRuns: 2,
        });
        const byIndex = new Map(report.results.map((r) => [r.index, r]));
        for (const r of ev.ranked) {
          const s = byIndex.get(r.index)!;
          expect(s.p_selected).toBe(ev.selected.has(r.index) ? 1 : 0);
          expect(s.mean_rank).toBe(r.rank);
          expect(Math.abs(s.total_p50 - r.total)).toBeLessThan(0.01);
        }
      }),
      { numRuns: 120 },
    );
  });

  it("a dominated team's dominators outrank it under any weights (dominance holds for every method)", () => {
    fc.assert(
      fc.property(
        withMethod({ maxTeams: 7, maxCriteria: 3 }),
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 3, maxLength: 3 }),
        (d, raw) => {
          const contest = buildContest(d.rubric, d.consortia);
          const ev = evaluate(contest);
          const m = contest.criteria.length;
          const w = raw.slice(0, m);
          if (!w.some((x) => x > 0)) return;
          const { ranked } = rankAndSelect(contest, normaliseWeights(w));
          const place = new Map(ranked.map((r) => [r.team.id, r.rank]));
          for (const [t, by] of ev.dominators) for (const id of by) expect(place.get(id)!).toBeLessThan(place.get(contest.teams[t]!.id)!);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("sensitivity: inside the reported interval the picked set is the current one; just past a numeric end it is not", () => {
    fc.assert(
      fc.property(
        withMethod({ rules: true, maxTeams: 6, maxCriteria: 3 }),
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (d, k, f) => {
          const contest = buildContest(d.rubric, d.consortia);
          const current = new Set(rankAndSelect(contest).selection.selected);
          const c = k % contest.criteria.length;
          const sens = criterionSensitivity(contest, c, current);
          const s = sweep(contest, c);
          const set = (t: number) => new Set(rankAndSelect(contest, weightsAt(s, t)).selection.selected);
          const same = (a: Set<number>) => a.size === current.size && [...a].every((x) => current.has(x));
          const inside = sens.from + (sens.to - sens.from) * f;
          if (inside > sens.from + 1e-7 && inside < sens.to - 1e-7) expect(same(set(inside))).toBe(true);
          if (sens.numeric && sens.above && sens.to < 1 - 1e-6) expect(same(set(Math.min(1, sens.to + 1e-8)))).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
  });
});
