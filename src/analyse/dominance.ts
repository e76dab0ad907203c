/**
 * Who the weights cannot save, and who they cannot sink — over every weighting (every weight 0 or
 * more), without selection rules (no gates, cutoff, quotas or conflicts: the top `teams` are picked).
 *
 * A total is linear in the weights, so the difference of two totals is largest and smallest at a
 * corner of the weight simplex: all weight on one criterion. Team j outranks team i
 *   - under every weighting when at every corner j's total is at least i's and j wins ties;
 *   - under some weighting when at some corner j's total is above i's (or equal and j wins the tie).
 *
 * Dominated: at least `teams` others are at least as good on every criterion, better on one, have
 * at least the same bonus and win the tie-break on equal totals (always so with the default chain,
 * every criterion in order). They outrank it under every weighting, so it is never picked.
 * Always picked: fewer than `teams` others can outrank it under any weighting.
 */
import type { Contest } from "../model/contest.js";
import { bonusFor, compareTeams, unitScore } from "../score/score.js";

/**
 * Scores as integer keys at the 9-decimal precision totals are compared at (unit scores × 100 by
 * criterion, row after row), the bonus likewise, and each team's place in the tie-break order (the
 * chain, then id): what every pairwise test needs, in typed arrays, so that the n² pairs of a field
 * of 10,000 cost a second, not minutes.
 */
interface Profiles {
  readonly n: number;
  readonly m: number;
  readonly u: Float64Array;
  readonly bonus: Float64Array;
  readonly tiePos: Int32Array;
}

const key = (x: number) => Math.round(x * 1e9);

function profiles(contest: Contest): Profiles {
  const n = contest.teams.length;
  const m = contest.criteria.length;
  const u = new Float64Array(n * m);
  const bonus = new Float64Array(n);
  contest.teams.forEach((t, i) => {
    for (let c = 0; c < m; c++) u[i * m + c] = key(unitScore(contest, c, t.scores[c]!) * 100);
    bonus[i] = key(bonusFor(contest, t.scores).points);
  });
  const byTie = contest.teams.map((_, i) => i).sort((a, b) => compareTeams(contest, { total: 0, index: a }, { total: 0, index: b }));
  const tiePos = new Int32Array(n);
  byTie.forEach((t, k) => (tiePos[t] = k));
  return { n, m, u, bonus, tiePos };
}

/** Teams that at least `teams` others dominate, with the dominators' ids (in id order). */
export function dominated(contest: Contest): Map<number, string[]> {
  const all = dominators(contest);
  return new Map([...all].filter(([, by]) => by.length >= contest.rules.teams && by.length > 0));
}

/** For every team (by index), the ids of the teams that dominate it (in id order; often none). */
export function dominators(contest: Contest): Map<number, string[]> {
  const { n, m, u, bonus, tiePos } = profiles(contest);
  const out = new Map<number, string[]>();
  // A dominator's score keys sum to more than the team's own: only those are checked, by sum.
  const sum = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let c = 0; c < m; c++) sum[i]! += u[i * m + c]!;
  const bySum = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => sum[b]! - sum[a]!);
  // j dominates i: at least as good everywhere, better somewhere, at least the bonus, wins the tie.
  for (let i = 0; i < n; i++) {
    const by: number[] = [];
    const bi = bonus[i]!;
    const ti = tiePos[i]!;
    const oi = i * m;
    const si = sum[i]!;
    for (let k = 0; k < n; k++) {
      const j = bySum[k]!;
      if (!(sum[j]! > si)) break;
      if (bonus[j]! < bi || tiePos[j]! > ti) continue;
      const oj = j * m;
      let better = false;
      let worse = false;
      for (let c = 0; c < m; c++) {
        const d = u[oj + c]! - u[oi + c]!;
        if (d < 0) {
          worse = true;
          break;
        }
        if (d > 0) better = true;
      }
      if (!worse && better) by.push(j);
    }
    // In id order (teams are in id order).
    out.set(i, by.sort((a, b) => a - b).map((j) => contest.teams[j]!.id));
  }
  return out;
}

/** Teams picked under every weighting (without rules): fewer than `teams` others can ever outrank them. */
export function alwaysPicked(contest: Contest): number[] {
  const p = profiles(contest);
  const { n, m, u, bonus, tiePos } = p;
  const places = contest.rules.teams;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    let rivals = 0;
    for (let j = 0; j < n && rivals < places; j++) {
      if (j === i) continue;
      // j's best corner: all weight on the criterion where it leads i most.
      let lead = -Infinity;
      for (let c = 0; c < m; c++) lead = Math.max(lead, u[j * m + c]! - u[i * m + c]!);
      const best = Math.sign(lead + bonus[j]! - bonus[i]!);
      if (best > 0 || (best === 0 && tiePos[j]! < tiePos[i]!)) rivals++;
    }
    if (rivals < places) out.push(i);
  }
  return out;
}
