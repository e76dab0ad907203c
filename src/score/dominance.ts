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
import { bonusFor, compareTeams, unitScore } from "./score.js";

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

/**
 * Teams that at least `teams` others dominate, with the dominators' ids (in id order); `all` is
 * `dominators(contest)` when the caller has it. The schema makes `teams` a positive integer, so a
 * team with no dominator is never listed.
 */
export function dominated(contest: Contest, all: ReadonlyMap<number, string[]> = dominators(contest)): Map<number, string[]> {
  return new Map([...all].filter(([, by]) => by.length >= contest.rules.teams));
}

/**
 * For every team (by index), the ids of the teams that dominate it (in id order; often none).
 *
 * A dominator is at least as good on every criterion and better on one, so its score keys sum to
 * more, and on each criterion it is among the teams at least as good as this one. Of those m + 1
 * candidate lists (by sum, and by each criterion), the shortest is checked: for a field of 10,000 in
 * 5 criteria, about a sixth of the field instead of half. Each ordering keeps its own copy of the
 * rows in its order, so the scan reads memory in sequence.
 */
export function dominators(contest: Contest): Map<number, string[]> {
  const { n, m, u, bonus, tiePos } = profiles(contest);
  const out = new Map<number, string[]>();
  const sum = new Float64Array(n);
  // Stryker disable next-line EqualityOperator: equivalent: at i = n the reads are undefined and the write past the typed array's end is dropped
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < m; c++) sum[i]! += u[i * m + c]!;
  }
  // Orderings 0..m-1: by criterion, best first; ordering m: by sum, largest first. reach[o * n + i]:
  // how many teams lead the ordering up to i's candidates (at least i's key; for the sum, above it).
  // Stryker disable next-line ConditionalExpression: speed only: by sum for every o, each list is still a prefix by sum, which holds every dominator
  const key = (o: number, i: number) => (o < m ? u[i * m + o]! : sum[i]!);
  const orders: Int32Array[] = [];
  const reach = new Int32Array((m + 1) * n);
  for (let o = 0; o <= m; o++) {
    const ord = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => key(o, b) - key(o, a));
    orders.push(ord);
    // By criterion: every team up to the last with an equal key. By sum: the teams before the first
    // with an equal sum (a dominator's sum is strictly larger).
    // Stryker disable next-line EqualityOperator: equivalent: at k = n, ord[n] is undefined and the write to reach[NaN] is dropped
    for (let k = 0; k < n; ) {
      let end = k + 1;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: at end = n, key(o, undefined) is undefined, never equal
      while (end < n && key(o, ord[end]!) === key(o, ord[k]!)) end++;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: g = end is rewritten by the next group (equivalent); o < m true: a longer sum list (speed only)
      for (let g = k; g < end; g++) reach[o * n + ord[g]!] = o < m ? end : k;
      k = end;
    }
  }
  // Each ordering's rows, bonuses, tie places and indexes copied in its order.
  const rows = orders.map((ord) => {
    const r = new Float64Array(n * m);
    // Stryker disable next-line EqualityOperator: equivalent: a write past row k is rewritten by row k + 1, or past the array's end and dropped
    for (let k = 0; k < n; k++) for (let c = 0; c < m; c++) r[k * m + c] = u[ord[k]! * m + c]!;
    return r;
  });
  const bonuses = orders.map((ord) => Float64Array.from(ord, (j) => bonus[j]!));
  const ties = orders.map((ord) => Int32Array.from(ord, (j) => tiePos[j]!));
  const own = new Float64Array(m);
  const found = new Int32Array(n);
  const idOf = contest.teams.map((t) => t.id);
  for (let i = 0; i < n; i++) {
    let o = m;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: speed only: o stays in 0..m, and every such list holds every dominator
    for (let c = 0; c < m; c++) if (reach[c * n + i]! < reach[o * n + i]!) o = c;
    const len = reach[o * n + i]!;
    const ord = orders[o]!;
    const r = rows[o]!;
    const bo = bonuses[o]!;
    const ti = ties[o]!;
    const bi = bonus[i]!;
    const pi = tiePos[i]!;
    // Stryker disable next-line EqualityOperator: equivalent: own[m] is past the typed array's end, the write is dropped
    for (let c = 0; c < m; c++) own[c] = u[i * m + c]!;
    let count = 0;
    // j dominates i: at least as good everywhere, better somewhere, at least the bonus, wins the tie.
    // Stryker disable next-line EqualityOperator: equivalent: the team at len is worse on o (or has an equal sum, or is undefined): never better
    for (let k = 0; k < len; k++) {
      if (bo[k]! < bi) continue;
      // Stryker disable next-line EqualityOperator: equivalent: only i itself has pi, and it is not better than itself anywhere
      if (ti[k]! >= pi) continue; // i itself has pi: never its own dominator
      const ok = k * m;
      let better = false;
      let worse = false;
      // Stryker disable next-line EqualityOperator: equivalent: own[m] is undefined, d is NaN, neither < 0 nor > 0
      for (let c = 0; c < m; c++) {
        const d = r[ok + c]! - own[c]!;
        if (d < 0) {
          worse = true;
          break;
        }
        if (d > 0) better = true;
      }
      if (!worse && better) found[count++] = ord[k]!;
    }
    // In id order (teams are in id order); a typed array sorts numbers without a comparator.
    const by = found.subarray(0, count).sort();
    // Stryker disable next-line ArrayDeclaration: equivalent: every index 0..count - 1 is filled below, the same array
    const ids = new Array<string>(count);
    for (let k = 0; k < count; k++) ids[k] = idOf[by[k]!]!;
    out.set(i, ids);
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
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: j = n reads undefined (best NaN, no rival); speed only: counting on past places
    for (let j = 0; j < n && rivals < places; j++) {
      // j = i is no rival of itself: a lead of 0 on every criterion, the same bonus and the same tie place.
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
