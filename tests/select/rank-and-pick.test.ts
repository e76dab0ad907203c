/** rankAndPick, the analyses' lean selection (issue #13: sensitivity on 10,000 teams), gives rankAndSelect's order and picks. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankAndPick, rankAndSelect } from "../../src/select/evaluate.js";
import { contestData, contestOf } from "../helpers/random-contest.js";

describe("rankAndPick", () => {
  it("orders and picks exactly as rankAndSelect, for every rule set, strategy and weighting", () => {
    const data = contestData({ rules: true, maxTeams: 10, maxCriteria: 3 }).chain((d) =>
      fc.record({
        d: fc.constant(d),
        weights: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: d.rubric.criteria.length, maxLength: d.rubric.criteria.length }),
      }),
    );
    fc.assert(
      fc.property(data, ({ d, weights }) => {
        const contest = contestOf(d);
        const w = weights.some((x) => x > 0) ? weights : contest.weights;
        const lean = rankAndPick(contest, w);
        const full = rankAndSelect(contest, w);
        expect(lean.order).toEqual(full.ranked.map((r) => r.index));
        expect(lean.selected).toEqual(full.selection.selected);
      }),
      { seed: 1313, numRuns: 400 },
    );
  });
});
