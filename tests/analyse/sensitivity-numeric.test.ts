/**
 * The numeric sweep (methods not linear in the weights) steps outward from the current weight, so
 * it finds a change that is reversed before the end of the range (issue #20: the mutants that make
 * one step of the whole range [w, 1] survived; they look only at the pick at 1).
 */
import { describe, expect, it } from "vitest";
import { criterionSensitivity } from "../../src/analyse/sensitivity.js";
import { buildContest } from "../../src/model/contest.js";
import type { Consortium } from "../../src/schema/consortium.js";
import { crit, idsOf } from "./make.js";

const team = (id: string, s: number[]): Consortium => ({
  id,
  name: id,
  lead: { name: `${id} lead`, kind: "startup" },
  scores: Object.fromEntries(s.map((v, i) => ["abcd"[i]!, { value: v }])),
});

describe("TOPSIS: a set that changes and changes back before 1", () => {
  it("the change is found where it happens, not looked for at 1 only", () => {
    // Weights a 2 : b 19 : c 19 : d 0 (a's share w = 0.05), one place, gate d ≥ 5. h (10, 10, 10, 0)
    // and l (0, 0, 0, 0) fail the gate but are in the field: the ideal is 1 and the anti-ideal 0 on
    // every criterion (units = score / 10; d weighs nothing). Sweeping a (t): weights t, (1 − t)/2,
    // (1 − t)/2. Divided by t², with v = ((1 − t)/(2t))²:
    //   p (0, 3, 10): d⁺² ∝ 1 + (0.49 + 0) v,      d⁻² ∝ 0 + (0.09 + 1) v = 1.09v;
    //   q (1, 6, 6):  d⁺² ∝ 0.81 + (0.16 + 0.16) v, d⁻² ∝ 0.01 + (0.36 + 0.36) v.
    // p leads when d⁺/d⁻ is smaller: (1 + 0.49v)(0.01 + 0.72v) < (0.81 + 0.32v) · 1.09v, that is
    // 0.004v² − 0.158v + 0.01 < 0, between the roots v = (0.158 ± √0.024804) / 0.008 ≈ 0.0634 and
    // 39.44, i.e. t = 1 / (1 + 2√v) between 0.0737 and 0.665. At w = 0.05 (v = 90.25) and at 1
    // (v = 0) q leads. So the set changes at t ≈ 0.0737, p entering, though the pick at 1 is q again.
    const c = buildContest(
      {
        name: "T",
        method: "topsis",
        criteria: [crit("a", { weight: 2 }), crit("b", { weight: 19 }), crit("c", { weight: 19 }), crit("d", { weight: 0 })],
        selection: { teams: 1, gates: [{ criterion: "d", min: 5 }] },
      },
      [team("p", [0, 3, 10, 10]), team("q", [1, 6, 6, 10]), team("h", [10, 10, 10, 0]), team("l", [0, 0, 0, 0])],
    );
    const r = criterionSensitivity(c, 0);
    expect(r.numeric).toBe(true);
    expect(r.weight).toBeCloseTo(0.05, 15);
    const v = (0.158 + Math.sqrt(0.024804)) / 0.008;
    expect(r.to).toBeCloseTo(1 / (1 + 2 * Math.sqrt(v)), 8);
    expect(idsOf(c, r.above!.enters)).toEqual(["p"]);
    expect(idsOf(c, r.above!.leaves)).toEqual(["q"]);
    expect(r.from).toBe(0);
    expect(r.below).toBeNull();
  });
});
