/**
 * SMAA-2's confidence factor (Lahdelma & Salminen 2001): for a team with a central weight vector,
 * the probability that it ranks first when the weights are fixed at that vector and only the scores
 * vary. Estimated by a simulation of its own per team (fixed weights, the same score distribution
 * and seed), on this thread. The k teams that ever rank first share the main simulation's run count:
 * each gets min(CONFIDENCE_RUNS, ⌊runs / k⌋) runs (at least 1), so the confidence factors together
 * cost about as much as the main simulation, not k times as much (`npm run bench`: confidence).
 */
import { normaliseWeights, withWeights, type Contest } from "../model/contest.js";
import { buildPlan, type SimulateOptions } from "./plan.js";
import { runInline } from "./pool.js";
import type { SimulationReport } from "./summary.js";

/** The most runs per confidence factor (its 95 % margin is then at most ±1 point). */
export const CONFIDENCE_RUNS = 10_000;

/** Runs per confidence factor when `teams` teams have one, out of a simulation of `runs` runs. */
export function confidenceRuns(runs: number, teams: number): number {
  return Math.max(1, Math.min(CONFIDENCE_RUNS, Math.floor(runs / Math.max(1, teams))));
}

export function withConfidence(contest: Contest, o: SimulateOptions, report: SimulationReport): SimulationReport {
  const runs = confidenceRuns(o.runs, report.results.filter((r) => r.central_weights).length);
  const results = report.results.map((r) => {
    if (!r.central_weights) return { ...r, confidence: null };
    const at = withWeights(contest, normaliseWeights(r.central_weights));
    const plan = buildPlan(at, {
      runs,
      seed: o.seed,
      distribution: o.distribution,
      weights: { kind: "fixed" },
      firstOnly: true,
      ...(o.chunkRuns ? { chunkRuns: o.chunkRuns } : {}),
    });
    const acc = runInline(plan, at);
    return { ...r, confidence: acc.rankCount[r.index]! / acc.runs };
  });
  return { ...report, results };
}
