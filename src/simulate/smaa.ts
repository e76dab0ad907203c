/**
 * SMAA-2's confidence factor (Lahdelma & Salminen 2001): for a team with a central weight vector,
 * the probability that it ranks first when the weights are fixed at that vector and only the scores
 * vary. Estimated by a simulation of its own per team (fixed weights, the same score distribution
 * and seed), of at most CONFIDENCE_RUNS runs, on this thread.
 */
import { normaliseWeights, withWeights, type Contest } from "../model/contest.js";
import { buildPlan, type SimulateOptions } from "./plan.js";
import { runInline } from "./pool.js";
import type { SimulationReport } from "./summary.js";

/** Runs per confidence factor (its 95 % margin is then at most ±1 point). */
export const CONFIDENCE_RUNS = 10_000;

export function withConfidence(contest: Contest, o: SimulateOptions, report: SimulationReport): SimulationReport {
  const runs = Math.min(o.runs, CONFIDENCE_RUNS);
  const results = report.results.map((r) => {
    if (!r.central_weights) return { ...r, confidence: null };
    const at = withWeights(contest, normaliseWeights(r.central_weights));
    const plan = buildPlan(at, { runs, seed: o.seed, distribution: o.distribution, weights: { kind: "fixed" }, ...(o.chunkRuns ? { chunkRuns: o.chunkRuns } : {}) });
    const acc = runInline(plan, at);
    return { ...r, confidence: acc.rankCount[r.index]! / acc.runs };
  });
  return { ...report, results };
}
