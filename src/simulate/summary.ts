/**
 * From the accumulated counts to the report: per consortium the probability of being picked with
 * its 95 % margin, the mean rank and the probability of each rank, the total's percentiles from the
 * histogram, and the mean weights of the runs that picked it; then the most frequent picked set.
 */
import type { Contest } from "../model/contest.js";
import { WEIGHT_UNIT, setMembers, type Acc } from "./accumulate.js";
import type { Plan } from "./plan.js";

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
  readonly central_weights: readonly number[] | null;
}

export interface SimulationReport {
  readonly runs: number;
  readonly seed: number;
  /** Sorted by p_selected (higher first), then mean rank, then id. */
  readonly results: readonly TeamResult[];
  readonly mostLikelySet: { readonly ids: readonly string[]; readonly frequency: number; readonly runs: number };
  readonly unmetRuns: number;
  /** Mean number of teams picked per run. */
  readonly meanPicks: number;
}

/** The 95 % margin of a proportion, normal approximation (Wald): 1.96 · √(p(1 − p) / runs). */
export function margin95(p: number, runs: number): number {
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

export function summarise(contest: Contest, plan: Plan, acc: Acc): SimulationReport {
  const { n, m } = plan;
  const runs = acc.runs;
  const rankSums = new Float64Array(n);
  const results: TeamResult[] = contest.teams.map((team, t) => {
    const picked = acc.picked[t]!;
    const p = picked / runs;
    let rankSum = 0;
    const probs: number[] = [];
    for (let r = 0; r < n; r++) {
      const c = acc.rankCount[r * n + t]!;
      rankSum += c * (r + 1);
      probs.push(c / runs);
    }
    rankSums[t] = rankSum;
    const central = picked > 0 ? Array.from({ length: m }, (_, c) => acc.weightSum[t * m + c]! / WEIGHT_UNIT / picked) : null;
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
      central_weights: central,
    };
  });
  results.sort((a, b) => b.picked - a.picked || rankSums[a.index]! - rankSums[b.index]! || a.index - b.index);
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
    results,
    mostLikelySet: { ids: best?.ids ?? [], frequency: (best?.count ?? 0) / runs, runs: best?.count ?? 0 },
    unmetRuns: acc.unmet,
    meanPicks: acc.picks / runs,
  };
}
