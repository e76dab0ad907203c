import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeAcc, newAcc, type Acc } from "../../src/simulate/accumulate.js";
import { triangular, triangularAt } from "../../src/simulate/distributions.js";
import { bonusFor, rankTeams, totalKey } from "../../src/score/score.js";
import { drawRun, runChunk } from "../../src/simulate/engine.js";
import { rawScore } from "../../src/simulate/rank.js";
import { buildPlan, type Distribution } from "../../src/simulate/plan.js";
import { runInline } from "../../src/simulate/pool.js";
import { Rng } from "../../src/random/rng.js";
import { contestOf, uncertainData } from "./helpers.js";
import { contestData } from "../helpers/random-contest.js";

/** Bit-for-bit equality of two accumulators (typed arrays compared as bytes: fast). */
function sameAcc(a: Acc, b: Acc): boolean {
  const bytes = (x: ArrayBufferView) => Buffer.from(x.buffer, x.byteOffset, x.byteLength);
  const arrays = (x: Acc) => [x.picked, x.rankCount, x.hist, x.totalMin, x.totalMax, x.weightSum];
  const sets = (x: Acc) => JSON.stringify([...x.sets].sort((p, q) => String(p[0]).localeCompare(String(q[0]))));
  return (
    a.runs === b.runs &&
    a.unmet === b.unmet &&
    a.picks === b.picks &&
    sets(a) === sets(b) &&
    arrays(a).every((x, i) => bytes(x).equals(bytes(arrays(b)[i]!)))
  );
}

describe("engine", () => {
  for (const distribution of ["triangular", "uniform"] as Distribution[]) {
    it(`draws ${distribution} scores exactly as the reference inverse CDF does, on the same stream, and sums totals as scoreTeam does`, () => {
      fc.assert(
        fc.property(uncertainData({ rules: true, maxTeams: 6, maxCriteria: 3 }), fc.nat(1000), (d, seed) => {
          const contest = contestOf(d);
          const plan = buildPlan(contest, { runs: 1, seed, distribution, weights: { kind: "fixed" } });
          const units = plan.units.slice();
          const scores = plan.scores.slice();
          const a = Rng.forChunk(seed, 0);
          const b = Rng.forChunk(seed, 0);
          const n = plan.n;
          const weights = Float64Array.from({ length: plan.m }, (_, c) => (c + 1) / ((plan.m * (plan.m + 1)) / 2));
          const totals = new Float64Array(n);
          const keys = new Float64Array(n);
          drawRun(plan, a, weights, scores, units, totals, keys);
          // The reference: scoreTeam's arithmetic on this run's scores (unit scores as drawn, bonus on raw scores).
          for (let t = 0; t < n; t++) {
            const contributions = Array.from(weights, (w, c) => w * units[c * n + t]! * 100);
            const raw = Array.from(weights, (_, c) => rawScore(plan, { keys, scores, units }, t, c));
            const total = contributions.reduce((x, y) => x + y, 0) + bonusFor(contest, raw).points;
            expect(totals[t]).toBe(total);
            expect(keys[t]).toBe(totalKey(total));
          }
          for (let i = 0; i < plan.cellUnit.length; i++) {
            const t = plan.cellTeam[i]!;
            const c = plan.cellCriterion[i]!;
            const [lo, hi] = contest.teams[t]!.ranges[c]!;
            const unit = (v: number) =>
              (v - contest.criteria[c]!.scale.min) / (contest.criteria[c]!.scale.max - contest.criteria[c]!.scale.min);
            const u = b.next();
            const want =
              distribution === "uniform"
                ? unit(lo) + u * (unit(hi) - unit(lo))
                : triangularAt(triangular(unit(lo), unit(contest.teams[t]!.scores[c]!), unit(hi)), u);
            expect(units[plan.cellUnit[i]!]).toBe(want);
          }
          // Both streams are in the same state afterwards.
          expect(Array.from(a.s)).toEqual(Array.from(b.s));
        }),
        { numRuns: 100 },
      );
    });
  }

  it("gives the same accumulator whichever way the chunks are grouped and ordered (thread independence)", () => {
    const d = fc.sample(uncertainData({ rules: true, maxTeams: 8, maxCriteria: 3 }), { seed: 42, numRuns: 30 });
    for (const data of d) {
      const contest = contestOf(data);
      const plan = buildPlan(contest, {
        runs: 3 * 60 + 17,
        seed: 9,
        distribution: "triangular",
        weights: { kind: "dirichlet", concentration: 5 },
        chunkRuns: 60,
      });
      expect(plan.chunks).toBe(4);
      const whole = runInline(plan, contest);
      // Two "threads": one takes chunks 3 and 1, the other 0 and 2; merged the other way round.
      const x = newAcc(plan);
      runChunk(plan, contest, 3, x);
      runChunk(plan, contest, 1, x);
      const y = newAcc(plan);
      runChunk(plan, contest, 0, y);
      runChunk(plan, contest, 2, y);
      const merged = mergeAcc(mergeAcc(newAcc(plan), x), y);
      expect(merged.runs).toBe(plan.runs);
      expect(sameAcc(merged, whole)).toBe(true);
    }
  });

  it("counting only who ranks first (the confidence factors) counts exactly the full run's rank 1, with one bin and no picks", () => {
    let ties = 0;
    fc.assert(
      // Fixed scores too (contestData: no ranges), where equal totals at the top are common.
      fc.property(
        fc.oneof(uncertainData({ rules: true, maxTeams: 9, maxCriteria: 3 }), contestData({ rules: true, maxTeams: 9, maxCriteria: 2 })),
        fc.nat(1000),
        fc.constantFrom("triangular", "uniform") as fc.Arbitrary<Distribution>,
        (d, seed, distribution) => {
          const contest = contestOf(d);
          const o = { runs: 150, seed, distribution, weights: { kind: "dirichlet" as const, concentration: 3 }, chunkRuns: 40 };
          const full = runInline(buildPlan(contest, o), contest);
          const plan = buildPlan(contest, { ...o, firstOnly: true });
          expect([plan.rankRows, plan.bins]).toEqual([Math.min(1, contest.teams.length), 1]);
          const first = runInline(plan, contest);
          const n = contest.teams.length;
          expect(first.runs).toBe(full.runs);
          expect([...first.rankCount]).toEqual([...full.rankCount.subarray(0, n)]);
          expect(first.picks).toBe(0);
          // Equal totals at the top happen, so the tie-break order is exercised.
          const totals = rankTeams(contest).map((r) => totalKey(r.total));
          if (totals.length > 1 && totals[0] === totals[1]) ties++;
        },
      ),
      { numRuns: 120 },
    );
    expect(ties).toBeGreaterThan(0);
  });

  it("keeps memory independent of the number of runs", () => {
    const [data] = fc.sample(uncertainData({ maxTeams: 8 }), { seed: 1, numRuns: 1 });
    const contest = contestOf(data!);
    const size = (runs: number) => {
      const acc = newAcc(buildPlan(contest, { runs, seed: 1, distribution: "triangular", weights: { kind: "fixed" } }));
      return [acc.picked, acc.rankCount, acc.hist, acc.totalMin, acc.totalMax, acc.weightSum].map((a) => a.byteLength);
    };
    expect(size(10)).toEqual(size(10_000_000));
  });
});
