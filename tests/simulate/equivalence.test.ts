import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { simulateContest } from "../../src/simulate/run.js";
import { evaluate } from "../../src/select/evaluate.js";
import { contestData, contestOf } from "../helpers/random-contest.js";

describe("simulate with nothing uncertain", () => {
  it("equals evaluate/select on any contest and rule set: the same picks every run, exact ranks and totals", async () => {
    await fc.assert(
      fc.asyncProperty(contestData({ rules: true, maxTeams: 8, maxCriteria: 3 }), async (d) => {
        const contest = contestOf(d);
        const ev = evaluate(contest);
        const runs = 7;
        const report = await simulateContest(contest, {
          runs,
          seed: 1,
          distribution: "triangular",
          weights: { kind: "fixed" },
          chunkRuns: 3,
        });
        const byIndex = new Map(report.results.map((r) => [r.index, r]));
        for (const r of ev.ranked) {
          const s = byIndex.get(r.index)!;
          expect(s.p_selected).toBe(ev.selected.has(r.index) ? 1 : 0);
          expect(s.mean_rank).toBe(r.rank);
          expect(s.total_p50).toBe(r.total);
          expect(s.total_p05).toBe(r.total);
        }
        expect(report.mostLikelySet.ids).toEqual([...ev.selection.selected].sort((a, b) => a - b).map((i) => contest.teams[i]!.id));
        expect(report.unmetRuns).toBe(ev.selection.unmet.length > 0 ? runs : 0);
        expect(report.meanPicks).toBe(ev.selection.selected.length);
      }),
      { numRuns: 200 },
    );
  });
});
