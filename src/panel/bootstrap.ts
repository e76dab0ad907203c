/**
 * `simulate --scores bootstrap`: in each run, each team's reviewers (those not recused) are drawn
 * with replacement, as many as it has, and their scores aggregated as the rubric says. Laid out in
 * typed arrays so the plan can go to worker threads as it is; the draws use the run's own stream,
 * so a seed gives the same bytes whatever the threads.
 */
import type { Contest } from "../model/contest.js";
import type { Rng } from "../random/rng.js";
import { mean, populationSd, trimCount } from "./aggregate.js";
import { neededReviewers, zScores } from "./compute.js";
import type { PanelData } from "./data.js";

export interface BootstrapPlan {
  /** The rubric's aggregate, for the settings line. */
  readonly aggregate: string;
  /** Whether some cells outside the panel still have ranges to draw from. */
  readonly rangesToo: boolean;
  /** 0 mean, 1 median, 2 trimmed-mean, 3 olympic, 4 z-mean. */
  readonly kind: number;
  readonly trim: number;
  readonly need: number;
  /** Criterion indices the panel scored (the others keep the files' values or ranges). */
  readonly criteria: Int32Array;
  /** Eligible reviewers per team (CSR): eligible[start[t] .. start[t+1]). */
  readonly start: Int32Array;
  readonly eligible: Int32Array;
  readonly reviewers: number;
  /** reviewer × team × criterion (r·n·m + t·m + c): the score, NaN where none. */
  readonly values: Float64Array;
  /** The same layout: the score's z within its reviewer and criterion (z-mean). */
  readonly z: Float64Array;
  /** By criterion: the panel's overall mean and population SD (z-mean). */
  readonly overallMean: Float64Array;
  readonly overallSd: Float64Array;
  /** n × m: the whole panel's value, used when a draw has too few scores on a criterion. */
  readonly fallback: Float64Array;
}

const KINDS = { mean: 0, median: 1, "trimmed-mean": 2, olympic: 3, "z-mean": 4 } as const;

export function bootstrapPlan(contest: Contest, panel: PanelData): BootstrapPlan {
  const { result, reviews } = panel;
  const n = contest.teams.length;
  const m = contest.criteria.length;
  const rIndex = new Map(result.reviewers.map((r, i) => [r.id, i]));
  const tIndex = new Map(contest.teams.map((t, i) => [t.id, i]));
  const cIndex = new Map(contest.criteria.map((c, i) => [c.id, i]));
  const R = result.reviewers.length;
  const values = new Float64Array(R * n * m).fill(NaN);
  const z = new Float64Array(R * n * m).fill(NaN);
  const recused = new Set(result.recusals.map((x) => `${x.reviewer}\u0000${x.team}`));
  const overallMean = new Float64Array(m);
  const overallSd = new Float64Array(m);
  const at = (r: number, t: number, c: number) => r * n * m + t * m + c;
  for (const [c, crit] of contest.criteria.entries()) {
    const valid = reviews.scores.filter((s) => s.criterion === crit.id && !recused.has(`${s.reviewer}\u0000${s.team}`));
    if (valid.length === 0) continue;
    const zs = zScores(valid);
    overallMean[c] = mean(valid.map((s) => s.value));
    overallSd[c] = populationSd(valid.map((s) => s.value));
    for (const s of valid) {
      const i = at(rIndex.get(s.reviewer)!, tIndex.get(s.team)!, c);
      values[i] = s.value;
      z[i] = zs.get(`${s.reviewer}\u0000${s.team}`)!;
    }
  }
  const lists = contest.teams.map((team, t) =>
    result.reviewers.flatMap((r, ri) =>
      !recused.has(`${r.id}\u0000${team.id}`) && contest.criteria.some((_, c) => !Number.isNaN(values[at(ri, t, c)]!)) ? [ri] : [],
    ),
  );
  const start = new Int32Array(n + 1);
  lists.forEach((l, t) => (start[t + 1] = start[t]! + l.length));
  const fallback = new Float64Array(n * m);
  contest.teams.forEach((team, t) => team.scores.forEach((v, c) => (fallback[t * m + c] = v)));
  const panelCriteria = new Set(result.criteria.flatMap((c) => (c.scored ? [c.id] : [])));
  return {
    aggregate: result.spec.aggregate,
    rangesToo: contest.teams.some((t) => contest.criteria.some((c, i) => !panelCriteria.has(c.id) && t.ranges[i]![1] > t.ranges[i]![0])),
    kind: KINDS[result.spec.aggregate],
    trim: result.spec.trim,
    need: neededReviewers(result.spec),
    criteria: Int32Array.from(result.criteria.flatMap((c) => (c.scored ? [cIndex.get(c.id)!] : []))),
    start,
    eligible: Int32Array.from(lists.flat()),
    reviewers: R,
    values,
    z,
    overallMean,
    overallSd,
    fallback,
  };
}

/** The aggregate of `xs` (sorted here), as the rubric says; z-mean takes the z's mean instead. */
function aggregate(b: BootstrapPlan, xs: number[], c: number, lo: number, hi: number): number {
  if (b.kind === 4) {
    const v = b.overallMean[c]! + b.overallSd[c]! * mean(xs);
    return Math.min(hi, Math.max(lo, v));
  }
  if (b.kind === 0) return mean(xs);
  xs.sort((a, b2) => a - b2);
  const k = xs.length;
  if (b.kind === 1) return k % 2 === 1 ? xs[(k - 1) / 2]! : (xs[k / 2 - 1]! + xs[k / 2]!) / 2;
  const cut = b.kind === 3 ? 1 : trimCount(k, b.trim);
  return mean(xs.slice(cut, k - cut));
}

/**
 * A closure that draws one run's panel scores into `scores` (n × m raw) and `units` (m × n on
 * 0..1 of the scale) for the criteria the panel scored, after the ordinary draw has set the rest.
 */
export function bootstrapDrawer(
  b: BootstrapPlan,
  n: number,
  m: number,
  scaleMin: Float64Array,
  scaleSpan: Float64Array,
  scores: Float64Array,
  units: Float64Array,
): (rng: Rng) => void {
  const picks = new Int32Array(b.reviewers);
  const source = b.kind === 4 ? b.z : b.values;
  return (rng) => {
    for (let t = 0; t < n; t++) {
      const from = b.start[t]!;
      const k = b.start[t + 1]! - from;
      for (let i = 0; i < k; i++) picks[i] = b.eligible[from + Math.floor(rng.next() * k)]!;
      for (let j = 0; j < b.criteria.length; j++) {
        const c = b.criteria[j]!;
        const xs: number[] = [];
        for (let i = 0; i < k; i++) {
          const v = source[picks[i]! * n * m + t * m + c]!;
          if (!Number.isNaN(v)) xs.push(v);
        }
        const lo = scaleMin[c]!;
        // The scale's bounds in order (under direction: min, lo is the max and the span negative).
        const end = lo + scaleSpan[c]!;
        const v = xs.length >= b.need ? aggregate(b, xs, c, Math.min(lo, end), Math.max(lo, end)) : b.fallback[t * m + c]!;
        scores[t * m + c] = v;
        units[c * n + t] = (v - lo) / scaleSpan[c]!;
      }
    }
  };
}
