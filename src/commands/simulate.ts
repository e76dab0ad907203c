/**
 * `sovereign-ai simulate`: the selection under uncertainty. Samples the uncertain scores and the
 * weights many times, applies the complete selection rules in every run, and reports how often each
 * consortium is picked, its ranks and totals, and the most likely set.
 */
import { en, type Messages } from "../i18n/en.js";
import { DEFAULT_METHOD, type MethodName } from "../methods/names.js";
import { relative, sep } from "node:path";
import { performance } from "node:perf_hooks";
import { dataOptions, type CommonOptions } from "./options.js";
import { loadContest } from "../load/contest.js";
import type { Contest } from "../model/contest.js";
import { simulateCsv, simulateJson, simulateMarkdown, simulateTable, type SimulateView } from "../render/simulate.js";
import { CHUNK_RUNS, RANK_ROWS, type Distribution, type SimulateOptions, type WeightMode } from "../simulate/plan.js";
import { WorkerPool } from "../simulate/pool.js";
import { DEFAULT_CONCENTRATION, simulateContest } from "../simulate/run.js";
import { progress } from "../simulate/progress.js";
import type { SimulationReport } from "../simulate/summary.js";
import { place, renderAs, type CommandResult, type Renderers, type RunContext } from "./context.js";
import { UsageError } from "../errors.js";
import { bootstrapPlan } from "../panel/bootstrap.js";

/** The Dirichlet concentration when neither --weight-concentration nor the rubric gives one. */

/** `simulate` in every format: a format without a renderer here does not compile. */
export const simulateRenderers: Renderers<Parameters<typeof simulateJson>[0]> = {
  json: (x) => simulateJson(x),
  csv: (x) => simulateCsv(x),
  markdown: (x, _o, m) => simulateMarkdown(x, m),
  table: (x, o, m) => simulateTable(x, o, m),
};

export const DEFAULT_RUNS = 10_000;
export { DEFAULT_SEED } from "../model/lottery.js";
import { DEFAULT_SEED } from "../model/lottery.js";

export interface SimulateCliOptions extends CommonOptions {
  runs?: number;
  distribution?: Distribution;
  weightConcentration?: number;
  uniformWeights?: boolean;
  fixedWeights?: boolean;
  threads?: number;
  /** ranges (default): draw each score from its range; bootstrap: resample the review panel. */
  scores?: "ranges" | "bootstrap";
  /** Every rank's probability for every team (n × n), not only ranks 1 to RANK_ROWS. */
  full?: boolean;
}

export function weightMode(contest: Contest, o: SimulateCliOptions): WeightMode {
  if (o.fixedWeights) return { kind: "fixed" };
  if (o.uniformWeights) return { kind: "uniform" };
  return {
    kind: "dirichlet",
    concentration: o.weightConcentration ?? contest.rubric.simulation?.weight_concentration ?? DEFAULT_CONCENTRATION,
  };
}

/**
 * How far the drawn weights stray from the rubric's: one standard deviation of each positive weight
 * under Dirichlet(K·w), √(w(1 − w)/(K + 1)), in points (×100), as "8–9" or "8" (rounded).
 */
export function weightSpread(weights: readonly number[], concentration: number): string {
  const sd = weights.filter((w) => w > 0 && w < 1).map((w) => Math.round(100 * Math.sqrt((w * (1 - w)) / (concentration + 1))));
  if (!sd.length) return "0";
  const [lo, hi] = [Math.min(...sd), Math.max(...sd)];
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

/** How the run was set up, in words: the runs and seed, how scores and weights were drawn, and what it means. */
export function settingsText(
  o: SimulateOptions,
  weights: readonly number[] = [],
  lottery?: { seed: number },
  method?: MethodName,
  m: Messages = en,
): { runs: string; draws: string; meaning: string } {
  const w = o.weights;
  const b = o.bootstrap;
  return m.simulate.settings({
    runs: o.runs,
    seed: o.seed,
    distribution: o.distribution,
    weights:
      w.kind === "dirichlet"
        ? { kind: "dirichlet", concentration: w.concentration, spread: weightSpread(weights, w.concentration) }
        : { kind: w.kind },
    bootstrap: b ? { aggregate: b.aggregate, rangesToo: b.rangesToo } : null,
    method: method && method !== DEFAULT_METHOD ? method : null,
    lottery: lottery ? lottery.seed : null,
  });
}

/** --full up to this many teams (n² rank probabilities: 4 million numbers, some 40 MB of JSON). */
const FULL_MAX_TEAMS = 2000;

/** From this many runs, worker threads are started before the data is read (their start-up then overlaps it). */
const EARLY_WORKERS_RUNS = 50_000;

export async function runSimulate(ctx: RunContext, opts: SimulateCliOptions): Promise<CommandResult> {
  const runs = opts.runs ?? DEFAULT_RUNS;
  // No more workers than chunks to give them (the pool also caps them at the cores).
  const chunks = Math.ceil(runs / CHUNK_RUNS);
  const early =
    runs >= EARLY_WORKERS_RUNS && opts.threads !== 1
      ? WorkerPool.start(opts.threads === undefined ? undefined : Math.min(opts.threads, chunks))
      : undefined;
  try {
    return await simulateCommand(ctx, opts, early);
  } finally {
    early?.close();
  }
}

async function simulateCommand(ctx: RunContext, opts: SimulateCliOptions, early: WorkerPool | undefined): Promise<CommandResult> {
  const { contest, files, panel } = loadContest(dataOptions(opts), place(ctx));
  if (opts.full && contest.teams.length > FULL_MAX_TEAMS) {
    throw new UsageError({ code: "full-too-big", teams: contest.teams.length, max: FULL_MAX_TEAMS, rows: RANK_ROWS });
  }
  if (opts.scores === "bootstrap" && !panel) throw new UsageError({ code: "bootstrap-no-panel" });
  const sim: SimulateOptions = {
    runs: opts.runs ?? DEFAULT_RUNS,
    seed: opts.seed ?? DEFAULT_SEED,
    distribution: opts.distribution ?? "triangular",
    weights: weightMode(contest, opts),
    ...(opts.scores === "bootstrap" && panel ? { bootstrap: bootstrapPlan(contest, panel) } : {}),
    ...(opts.full ? { full: true } : {}),
  };
  const bar = progress({ stream: ctx.io.stderr, isTTY: ctx.io.stderrIsTTY, total: sim.runs, now: () => performance.now() });
  let report: SimulationReport;
  try {
    report = await simulateContest(contest, sim, {
      ...(opts.threads !== undefined ? { threads: opts.threads } : {}),
      ...(early ? { pool: early } : {}),
      onProgress: (d) => bar.update(d),
    });
  } finally {
    bar.finish();
  }
  const view: SimulateView = {
    contest,
    report,
    settings: settingsText(sim, contest.weights, contest.rules.lottery, contest.method, ctx.m),
    meta: {
      rubricFile: files[0] ? relative(ctx.io.cwd, files[0]).split(sep).join("/") : "",
      distribution: sim.distribution,
      weightConcentration: sim.weights.kind === "dirichlet" ? sim.weights.concentration : sim.weights.kind,
      version: ctx.io.version,
    },
  };
  const text = renderAs(ctx, opts.wide, simulateRenderers, view);
  return { text, inputs: files };
}
