/**
 * The simulation's plan: everything a run needs, laid out in typed arrays so that the inner loop
 * allocates nothing and the plan can be posted to a worker thread as it is. Built once from the
 * Contest and the options.
 */
import type { Contest } from "../model/contest.js";
import { ruleContext } from "../select/rules.js";
import { fastPathFits } from "../select/kinds.js";
import { triangular } from "./distributions.js";
import type { BootstrapPlan } from "../panel/bootstrap.js";
import type { MethodName } from "../methods/names.js";

export type Distribution = "triangular" | "uniform";
export type WeightMode = { kind: "dirichlet"; concentration: number } | { kind: "uniform" } | { kind: "fixed" };

export interface SimulateOptions {
  runs: number;
  seed: number;
  distribution: Distribution;
  weights: WeightMode;
  /** Runs per chunk (default CHUNK_RUNS); tests use small chunks. */
  chunkRuns?: number;
  /** `--scores bootstrap`: resample the review panel in each run (panel/bootstrap.ts). */
  bootstrap?: BootstrapPlan;
  /** `--full`: the probability of every rank for every team (n × n); otherwise of the first RANK_ROWS ranks. */
  full?: boolean;
  /**
   * Count only who ranks first (SMAA-2's confidence factors): no ranking below, no picks, no
   * histograms. A run then costs its draw and one pass for the best team (a field of 10,000 had
   * every confidence run sort it, pick, and fill 20 million histogram counters).
   */
  firstOnly?: boolean;
}

/**
 * Ranks whose probabilities are counted for every team, unless `full`: counting every rank of a
 * field of 10,000 takes 10^8 counters (800 MB) and prints 10^8 numbers. Mean ranks are exact anyway.
 */
export const RANK_ROWS = 50;

/** Runs per chunk: each chunk has its own random stream (seed, chunk index). Part of the result's definition. */
export const CHUNK_RUNS = 2000;
/** Width of a histogram bin for the totals' percentiles, in points (percentiles are good to half of it). */
export const BIN_WIDTH = 0.01;
/** Most bins per team; a wider total range (large bonuses) gets wider bins. */
const MAX_BINS = 20_000;
/**
 * Most histogram counters in all (teams × bins; 80 MB, per thread): a field of 10,000 teams gets
 * wider bins (0.05 points for totals over 0..100) instead of 400 MB per thread.
 */
export const MAX_HIST_COUNTERS = 20_000_000;

export interface Plan {
  readonly runs: number;
  readonly seed: number;
  readonly chunkRuns: number;
  readonly chunks: number;
  readonly n: number;
  readonly m: number;
  /** The aggregation method (absent: the weighted sum). */
  readonly method?: MethodName;
  /**
   * Raw scores (n × m, row per team): the `value`s. In a run, a sampled cell's raw score is
   * scale min + unit × (max − min); it is written here only for the cells in `rawCells`
   * (`live` marks the cells whose entry here is current: fixed cells and those).
   */
  readonly scores: Float64Array;
  readonly live: Uint8Array;
  /** Scores on 0..1 of their scale, by criterion (m × n, row per criterion): the fixed cells' values. */
  readonly units: Float64Array;
  /**
   * The sampled cells, in `units` order (criterion-major: c × n + t), with their criterion and
   * the constants of their distribution on the unit scale.
   */
  readonly cellUnit: Int32Array;
  readonly cellTeam: Int32Array;
  readonly cellCriterion: Int32Array;
  readonly low: Float64Array;
  readonly high: Float64Array;
  readonly split: Float64Array;
  readonly left: Float64Array;
  readonly right: Float64Array;
  /** Sampled cells (indices into the arrays above) whose raw score each run needs: gates, bonuses, or every one off the fast path. */
  readonly rawCells: Int32Array;
  /** true: uniform on [low, high]; false: triangular. */
  readonly uniform: boolean;
  readonly scaleMin: Float64Array;
  readonly scaleSpan: Float64Array;
  /** 0 fixed, 1 Dirichlet, 2 uniform on the simplex. */
  readonly weightMode: 0 | 1 | 2;
  readonly weights: Float64Array;
  /** 1 for criteria with a weight above 0: the only ones a drawn weight vector gives weight to. */
  readonly active: Uint8Array;
  readonly alpha: Float64Array;
  readonly bonusCriterion: Int32Array;
  readonly bonusMin: Float64Array;
  readonly bonusPoints: Float64Array;
  readonly tieBreak: Int32Array;
  /**
   * What orders teams still tied after the tie-break criteria, 0..n−1 by team: the lottery's ticket
   * − 1 when the chain ends with `lottery` (drawn once from the seed: the same in every run), else
   * the index (id order). `lastTeam` is its inverse: the team holding each position.
   */
  readonly last: Int32Array;
  readonly lastTeam: Int32Array;
  /** By criterion: 1 under `direction: min` (the lower raw score wins a tie-break). */
  readonly lowerWins: Uint8Array;
  /** True when the rank-order walk with max quotas, gates, cutoff and conflicts decides the picks. */
  readonly fast: boolean;
  readonly places: number;
  readonly gateCriterion: Int32Array;
  /** −Infinity / +Infinity where a gate has no min / max. */
  readonly gateMin: Float64Array;
  readonly gateMax: Float64Array;
  /** The cutoff, or −Infinity. */
  readonly minTotal: number;
  /** Max quotas that a team belongs to, CSR by team: quotaOf[quotaStart[t] .. quotaStart[t+1]). */
  readonly quotaStart: Int32Array;
  readonly quotaOf: Int32Array;
  readonly quotaMax: Int32Array;
  /** Organisations of a team for the conflict rule, CSR by team; limit 0 = no conflict rule. */
  readonly orgStart: Int32Array;
  readonly orgOf: Int32Array;
  readonly orgCount: number;
  readonly orgLimit: number;
  /** Histogram of totals: first bin's lower edge, bin width, bins per team. */
  readonly histLow: number;
  readonly binWidth: number;
  readonly bins: number;
  /** Ranks counted for each team (rank 1 to rankRows): min(n, RANK_ROWS), or n with `full`. */
  readonly rankRows: number;
  /** `--scores bootstrap`: the panel to resample in each run, after the ranges are drawn. */
  readonly bootstrap?: BootstrapPlan;
  /** Only rank 1 is counted (SimulateOptions.firstOnly): rankRows is 1 and there is one bin. */
  readonly firstOnly: boolean;
}

function csr(lists: readonly (readonly number[])[]): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) start[i + 1] = start[i]! + lists[i]!.length;
  return { start, items: Int32Array.from(lists.flat()) };
}

export function buildPlan(contest: Contest, o: SimulateOptions): Plan {
  const n = contest.teams.length;
  const m = contest.criteria.length;
  const rules = contest.rules;
  const ctx = ruleContext(contest);
  // The fast path's eligibility comes from the rule-kind registry (select/kinds.ts).
  const fast = fastPathFits(contest);
  // The unit score is (v − scaleMin)/scaleSpan and the raw score scaleMin + u·scaleSpan; under
  // `direction: min` the scale is read from its max (span negative): (v − max)/(min − max) is
  // exactly unitScore's (max − v)/(max − min), negation being exact.
  const lower = (c: { direction?: string | undefined }) => c.direction === "min";
  const scaleMin = Float64Array.from(contest.criteria, (c) => (lower(c) ? c.scale.max : c.scale.min));
  const scaleSpan = Float64Array.from(contest.criteria, (c) => (lower(c) ? c.scale.min - c.scale.max : c.scale.max - c.scale.min));
  const rawNeeded = new Set<number>([...contest.bonuses.map((b) => b.criterion), ...rules.gates.map((g) => g.criterion)]);
  const needsRaw = (c: number) => !fast || rawNeeded.has(c);
  const scores = new Float64Array(n * m);
  const live = new Uint8Array(n * m);
  const units = new Float64Array(n * m);
  const cells: { t: number; c: number; tri: ReturnType<typeof triangular> }[] = [];
  const unit = (c: number, v: number) => (v - scaleMin[c]!) / scaleSpan[c]!;
  contest.teams.forEach((team, t) => {
    for (let c = 0; c < m; c++) {
      const v = team.scores[c]!;
      scores[t * m + c] = v;
      units[c * n + t] = unit(c, v);
      const [lo, hi] = team.ranges[c]!;
      if (hi > lo) {
        // On the unit scale the range runs from unit(lo) to unit(hi), or the other way under direction: min.
        const [a, b] = scaleSpan[c]! > 0 ? [unit(c, lo), unit(c, hi)] : [unit(c, hi), unit(c, lo)];
        cells.push({ t, c, tri: triangular(a, unit(c, Math.min(hi, Math.max(lo, v))), b) });
      }
      live[t * m + c] = hi > lo && !needsRaw(c) ? 0 : 1;
    }
  });
  cells.sort((x, y) => x.c - y.c || x.t - y.t);
  const rawCells = cells.flatMap((x, i) => (needsRaw(x.c) ? [i] : []));
  const maxQuotas = ctx.maxQuotas;
  const orgIds = new Map<string, number>();
  for (const list of ctx.orgsOf) for (const k of list) if (!orgIds.has(k)) orgIds.set(k, orgIds.size);
  const quotas = csr(ctx.quotasOf.map((qs) => qs.filter((k) => maxQuotas.includes(k)).map((k) => maxQuotas.indexOf(k))));
  const orgs = csr(ctx.orgsOf.map((os) => os.map((k) => orgIds.get(k)!)));
  let bonusLow = 0;
  let bonusHigh = 0;
  for (const b of contest.bonuses) {
    if (b.points < 0) bonusLow += b.points;
    else bonusHigh += b.points;
  }
  // Every method's total before the bonus lies in 0..100 (src/methods/).
  const range = 100 + bonusHigh - bonusLow;
  const binWidth = Math.max(BIN_WIDTH, range / (MAX_BINS - 1), range / (Math.floor(MAX_HIST_COUNTERS / Math.max(1, n)) - 1));
  const base = Float64Array.from(contest.weights);
  const lottery = rules.lottery;
  const last = Int32Array.from({ length: n }, (_, t) => (lottery ? lottery.tickets[t]! - 1 : t));
  const lastTeam = new Int32Array(n);
  for (let t = 0; t < n; t++) lastTeam[last[t]!] = t;
  const weightMode = o.weights.kind === "fixed" ? 0 : o.weights.kind === "dirichlet" ? 1 : 2;
  const concentration = o.weights.kind === "dirichlet" ? o.weights.concentration : 1;
  return {
    runs: o.runs,
    seed: o.seed,
    chunkRuns: o.chunkRuns ?? CHUNK_RUNS,
    chunks: Math.ceil(o.runs / (o.chunkRuns ?? CHUNK_RUNS)),
    n,
    m,
    ...(contest.method !== undefined ? { method: contest.method } : {}),
    scores,
    live,
    units,
    cellUnit: Int32Array.from(cells, (x) => x.c * n + x.t),
    cellTeam: Int32Array.from(cells, (x) => x.t),
    cellCriterion: Int32Array.from(cells, (x) => x.c),
    low: Float64Array.from(cells, (x) => x.tri.low),
    high: Float64Array.from(cells, (x) => x.tri.high),
    split: Float64Array.from(cells, (x) => x.tri.split),
    left: Float64Array.from(cells, (x) => x.tri.left),
    right: Float64Array.from(cells, (x) => x.tri.right),
    rawCells: Int32Array.from(rawCells),
    uniform: o.distribution === "uniform",
    scaleMin,
    scaleSpan,
    weightMode,
    weights: base,
    active: Uint8Array.from(base, (w) => (w > 0 ? 1 : 0)),
    alpha: base.map((w) => w * concentration),
    bonusCriterion: Int32Array.from(contest.bonuses, (b) => b.criterion),
    bonusMin: Float64Array.from(contest.bonuses, (b) => b.min),
    bonusPoints: Float64Array.from(contest.bonuses, (b) => b.points),
    tieBreak: Int32Array.from(rules.tieBreak),
    last,
    lastTeam,
    lowerWins: Uint8Array.from(contest.criteria, (c) => (c.direction === "min" ? 1 : 0)),
    fast,
    places: rules.teams,
    gateCriterion: Int32Array.from(rules.gates, (g) => g.criterion),
    gateMin: Float64Array.from(rules.gates, (g) => g.min ?? -Infinity),
    gateMax: Float64Array.from(rules.gates, (g) => g.max ?? Infinity),
    minTotal: rules.minTotal ?? -Infinity,
    quotaStart: quotas.start,
    quotaOf: quotas.items,
    quotaMax: Int32Array.from(maxQuotas, (k) => rules.quotas[k]!.max!),
    orgStart: orgs.start,
    orgOf: orgs.items,
    orgCount: orgIds.size,
    orgLimit: rules.conflicts?.maxPerOrganisation ?? 0,
    histLow: bonusLow,
    binWidth,
    bins: o.firstOnly ? 1 : Math.ceil(range / binWidth) + 1,
    rankRows: o.firstOnly ? Math.min(n, 1) : o.full ? n : Math.min(n, RANK_ROWS),
    firstOnly: o.firstOnly === true,
    ...(o.bootstrap ? { bootstrap: o.bootstrap } : {}),
  };
}
