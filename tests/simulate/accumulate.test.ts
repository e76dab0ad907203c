import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildContest } from "../../src/model/contest.js";
import { newAcc, quantiseWeights, record, setKey, setMembers, WEIGHT_UNIT } from "../../src/simulate/accumulate.js";
import { buildPlan } from "../../src/simulate/plan.js";
import { percentile } from "../../src/simulate/summary.js";

function oneTeam(bonus = 0) {
  return buildContest(
    {
      name: "r",
      criteria: [{ id: "a", label: "a", weight: 1, scale: { min: 0, max: 10 } }],
      ...(bonus ? { bonus: [{ label: "b", criterion: "a", min: 0, points: bonus }] } : {}),
      selection: { teams: 1 },
    },
    [{ id: "x", name: "X", lead: { name: "L", kind: "startup" }, scores: { a: { value: 5, range: [0, 10] } } }],
  );
}

describe("accumulating runs", () => {
  it("set keys round-trip for small, middle and large contests", () => {
    for (const n of [5, 31, 40, 52, 60]) {
      fc.assert(
        fc.property(fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: Math.min(n, 6) }), (set) => {
          const key = setKey(Int32Array.from(set), set.length, n);
          expect(setMembers(key, n)).toEqual([...set].sort((a, b) => a - b));
          // The pick order does not change the key.
          expect(setKey(Int32Array.from([...set].reverse()), set.length, n)).toEqual(key);
        }),
        { numRuns: 100 },
      );
    }
  });

  it("percentiles from the histogram are within half a bin of the exact nearest-rank percentile", () => {
    for (const bonus of [0, -4, 7]) {
      const contest = oneTeam(bonus);
      fc.assert(
        fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 300 }), (xs) => {
          const plan = buildPlan(contest, { runs: xs.length, seed: 1, distribution: "triangular", weights: { kind: "fixed" } });
          const acc = newAcc(plan);
          const q = new Float64Array(1);
          for (const x of xs) record(acc, plan, Int32Array.of(0), Float64Array.of(x + bonus), Int32Array.of(0), 1, q, false);
          const sorted = [...xs].map((x) => x + bonus).sort((a, b) => a - b);
          for (const p of [0.05, 0.5, 0.95]) {
            const exact = sorted[Math.max(1, Math.ceil(p * xs.length)) - 1]!;
            expect(Math.abs(percentile(acc, plan, 0, p) - exact)).toBeLessThanOrEqual(plan.binWidth / 2 + 0.0005 + 1e-9);
          }
        }),
        { numRuns: 100 },
      );
    }
  });

  it("a total that never changes is reported exactly", () => {
    const contest = oneTeam();
    const plan = buildPlan(contest, { runs: 3, seed: 1, distribution: "triangular", weights: { kind: "fixed" } });
    const acc = newAcc(plan);
    for (let i = 0; i < 3; i++)
      record(acc, plan, Int32Array.of(0), Float64Array.of(78.123456), Int32Array.of(0), 1, new Float64Array(1), false);
    expect(percentile(acc, plan, 0, 0.05)).toBe(78.123456);
    expect(percentile(acc, plan, 0, 0.95)).toBe(78.123456);
  });

  it("weights are summed exactly in whole units of 2^-24", () => {
    const out = new Float64Array(3);
    quantiseWeights(Float64Array.of(0.5, 0.25, 0.25), out);
    expect(Array.from(out)).toEqual([WEIGHT_UNIT / 2, WEIGHT_UNIT / 4, WEIGHT_UNIT / 4]);
    quantiseWeights(Float64Array.of(1 / 3, 1 / 3, 1 / 3), out);
    expect(out.every((x) => Number.isInteger(x))).toBe(true);
  });
});
