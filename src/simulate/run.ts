/** The simulation's core, without loading or rendering: plan, run (in worker threads), summarise. */
import type { Contest } from "../model/contest.js";
import { buildPlan, type SimulateOptions } from "./plan.js";
import { runPlan, type PoolOptions } from "./pool.js";
import { withConfidence } from "./smaa.js";
import { summarise, type SimulationReport } from "./summary.js";

/** Simulate and summarise a contest: what `simulate`, `report`, `backtest` and `forecast` run. */
/** The weights' Dirichlet concentration when neither the rubric nor --weight-concentration gives one. */
export const DEFAULT_CONCENTRATION = 30;

export async function simulateContest(contest: Contest, o: SimulateOptions, pool: PoolOptions = {}): Promise<SimulationReport> {
  const plan = buildPlan(contest, o);
  const acc = await runPlan(plan, contest, pool);
  return withConfidence(contest, o, summarise(contest, plan, acc));
}
