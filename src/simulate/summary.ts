/**
 * From the accumulated counts to the report: per consortium the probability of being picked with
 * its 95 % margin, the mean rank and the probability of each rank, the total's percentiles from the
 * histogram, the mean weights of the runs that picked it (`picked_weights`) and SMAA-2's central
 * weight vector (mean weights of the runs in which it ranked first); then the most frequent sets.
 * Teams whose P(picked) differ by less than the 95 % margin share a place ("5="), ordered by id.
 */
import type { Contest } from "../model/contest.js";
import { WEIGHT_UNIT, setMembers, type Acc } from "./accumulate.js";
import type { Plan } from "./plan.js";
import { byCodeUnits } from "../model/order.js";

export interface TeamResult {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  /** The Korean name, "" when the file gives none. */
  readonly name_ko: string;
  readonly kind: string;
  readonly picked: number;
  readonly p_selected: number;
  readonly p_selected_margin: number;
  readonly mean_rank: number;
  readonly rank_probabilities: readonly number[];
  readonly total_p05: number;
  readonly total_p50: number;
  readonly total_p95: number;
  /** Mean weight per criterion over the runs that picked the team; null if it never was. */
  readonly picked_weights: readonly number[] | null;
  /** SMAA-2: the share of runs in which it ranked first (rank-1 acceptability). */
  readonly p_first: number;
  /** SMAA-2 central weight vector: mean weights over the runs in which it ranked first; null if never. */
  readonly central_weights: readonly number[] | null;
  /** SMAA-2 confidence factor: P(ranks first) with the weights at `central_weights` (see smaa.ts); null without them. */
  readonly confidence: number | null;
  /** The shared place: "5=" when its P(picked) is within the 95 % margin of its neighbours'. */
  readonly place: string;
}

export interface SimulationReport {
  readonly runs: number;
  readonly seed: number;
  /** Sorted by p_selected (higher first), then mean rank, then id. */
  readonly results: readonly TeamResult[];
  readonly mostLikelySet: { readonly ids: readonly string[]; readonly frequency: number; readonly runs: number };
  /** The most frequent picked sets (up to LIKELY_SETS), most frequent first, with their share of runs. */
  readonly likelySets: readonly { readonly ids: readonly string[]; readonly share: number }[];
  readonly unmetRuns: number;
  /** Mean number of teams picked per run. */
  readonly meanPicks: number;
}

/** The 95 % margin of a proportion, normal approximation (Wald): 1.96 · √(p(1 − p) / runs). */
function margin95(p: number, runs: number): number {
  return 1.96 * Math.sqrt((p * (1 - p)) / runs);
}

/**
 * The q-quantile (nearest rank: the ⌈q·N⌉-th smallest) of a team's totals from its histogram:
 * the middle of the bin that holds it (to 3 decimals), kept within the smallest and largest total
 * seen. Good to half a bin width (0.005 points), plus 0.0005 for the rounding.
 */
export function percentile(acc: Acc, plan: Plan, team: number, q: number): number {
  const { bins, histLow, binWidth } = plan;
  const lo = acc.totalMin[team]!;
  const hi = acc.totalMax[team]!;
  if (lo === hi) return lo;
  const target = Math.max(1, Math.ceil(q * acc.runs));
  let seen = 0;
  for (let b = 0; b < bins; b++) {
    seen += acc.hist[team * bins + b]!;
    if (seen >= target) return Math.min(hi, Math.max(lo, Math.round((histLow + (b + 0.5) * binWidth) * 1000) / 1000));
  }
  return hi;
}

/** How many of the most frequent sets the report lists. */
const LIKELY_SETS = 5;

/** Does b share a place with a (sorted above it)? Equal counts, or closer than either's 95 % margin. */
const sharePlace = (a: TeamResult, b: TeamResult) =>
  a.picked === b.picked || Math.abs(a.p_selected - b.p_selected) < Math.max(a.p_selected_margin, b.p_selected_margin);

/** Places for results sorted by P(picked): groups within the margin of their first team, by id inside. */
export function sharedPlaces(sorted: readonly TeamResult[]): TeamResult[] {
  const out: TeamResult[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i + 1;
    while (j < sorted.length && sharePlace(sorted[i]!, sorted[j]!)) j++;
    const group = sorted.slice(i, j);
    if (group.length > 1) group.sort((a, b) => byCodeUnits(a.id, b.id));
    for (const r of group) out.push({ ...r, place: group.length > 1 ? `${i + 1}=` : String(i + 1) });
    i = j;
  }
  return out;
}

export function summarise(contest: Contest, plan: Plan, acc: Acc): SimulationReport {
  const { n, m } = plan;
  const runs = acc.runs;
  const rankSums = new Float64Array(n);
  const results: TeamResult[] = contest.teams.map((team, t) => {
    const picked = acc.picked[t]!;
    const p = picked / runs;
    const rankSum = acc.rankSum[t]!;
    const probs: number[] = [];
    for (let r = 0; r < plan.rankRows; r++) probs.push(acc.rankCount[r * n + t]! / runs);
    rankSums[t] = rankSum;
    const pickedWeights = picked > 0 ? Array.from({ length: m }, (_, c) => acc.weightSum[t * m + c]! / WEIGHT_UNIT / picked) : null;
    const first = acc.rankCount[t]!;
    const central = first > 0 ? Array.from({ length: m }, (_, c) => acc.firstWeightSum[t * m + c]! / WEIGHT_UNIT / first) : null;
    return {
      index: t,
      id: team.id,
      name: team.name,
      name_ko: team.consortium.name_ko ?? "",
      kind: team.kind,
      picked,
      p_selected: p,
      p_selected_margin: margin95(p, runs),
      mean_rank: rankSum / runs,
      rank_probabilities: probs,
      total_p05: percentile(acc, plan, t, 0.05),
      total_p50: percentile(acc, plan, t, 0.5),
      total_p95: percentile(acc, plan, t, 0.95),
      picked_weights: pickedWeights,
      p_first: first / runs,
      central_weights: central,
      confidence: null,
      place: "",
    };
  });
  results.sort((a, b) => b.picked - a.picked || rankSums[a.index]! - rankSums[b.index]! || a.index - b.index);
  const placed = sharedPlaces(results);
  const likely = [...acc.sets]
    .map(([key, count]) => ({ ids: setMembers(key, n).map((t) => contest.teams[t]!.id), count }))
    .sort((a, b) => b.count - a.count || (a.ids.join("\u0000") < b.ids.join("\u0000") ? -1 : 1))
    .slice(0, LIKELY_SETS)
    .map((x) => ({ ids: x.ids, share: x.count / runs }));
  // The most frequent set; equal counts go to the set whose sorted ids come first.
  let best: { key: number | string; count: number; ids: string[] } | undefined;
  for (const [key, count] of acc.sets) {
    if (best && count < best.count) continue;
    const ids = setMembers(key, n).map((t) => contest.teams[t]!.id);
    if (!best || count > best.count || ids.join("\u0000") < best.ids.join("\u0000")) best = { key, count, ids };
  }
  return {
    runs,
    seed: plan.seed,
    results: placed,
    likelySets: likely,
    mostLikelySet: { ids: best?.ids ?? [], frequency: (best?.count ?? 0) / runs, runs: best?.count ?? 0 },
    unmetRuns: acc.unmet,
    meanPicks: acc.picks / runs,
  };
}
