/**
 * evaluate: what it adds to the selection (issue #20, mutation run of 17:05 on src/select/evaluate.ts).
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/select/evaluate.js";
import { make } from "../analyse/make.js";

describe("evaluate", () => {
  it("a total that is not finite is a bug, named with the team (exit 70), never an answer", () => {
    // Validation bounds every score (schema/common.ts); built in memory past it, 1e308 on a 0–10 scale
    // is 1e307 as a unit score, × 100 points: Infinity.
    const c = make({
      weights: [1],
      teams: [
        { id: "p", s: [1e308] },
        { id: "q", s: [1] },
      ],
    });
    expect(() => evaluate(c)).toThrow("the total of p is not a finite number (Infinity)");
  });

  it("a finite field is evaluated: the finiteness check lets every ordinary total through", () => {
    const c = make({
      weights: [1],
      teams: [
        { id: "p", s: [10] },
        { id: "q", s: [1] },
      ],
    });
    expect(evaluate(c).ranked.map((r) => [r.team.id, r.total])).toEqual([
      ["p", 100],
      ["q", 10],
    ]);
  });
});
