/**
 * The ranking inside a run, in exactly the order of `compareTeams`: total to 9 decimals (higher
 * first), then the tie-break criteria on this run's scores (higher first), then the lottery's ticket
 * (drawn once, the same in every run) when the chain ends with `lottery`, else the id (teams are in
 * id order, so the index): `plan.last`. Sorted by insertion from the previous run's order: the ranking
 * changes little from one run to the next, so this is close to linear.
 */
import type { Plan } from "./plan.js";

/** The run's state the ranking reads: ranking keys (totals × 1e9 rounded), raw and unit scores. */
export interface RunScores {
  readonly keys: Float64Array;
  /** Raw scores, n × m; current where `plan.live` is 1. */
  readonly scores: Float64Array;
  /** Unit scores, m × n. */
  readonly units: Float64Array;
}

/** Team t's raw score on criterion c in this run. */
export function rawScore(plan: Plan, run: RunScores, t: number, c: number): number {
  const i = t * plan.m + c;
  return plan.live[i] ? run.scores[i]! : plan.scaleMin[c]! + run.units[c * plan.n + t]! * plan.scaleSpan[c]!;
}

/** Does team `a` rank before team `b`? */
export function before(plan: Plan, run: RunScores, a: number, b: number): boolean {
  const ka = run.keys[a]!;
  const kb = run.keys[b]!;
  if (ka !== kb) return ka > kb;
  const tieBreak = plan.tieBreak;
  for (let i = 0; i < tieBreak.length; i++) {
    const c = tieBreak[i]!;
    const sa = rawScore(plan, run, a, c);
    const sb = rawScore(plan, run, b, c);
    if (sa !== sb) return plan.lowerWins[c] ? sa < sb : sa > sb;
  }
  return plan.last[a]! < plan.last[b]!;
}

/** Above this many teams, a run's ranking is pre-sorted natively before the insertion pass. */
export const NATIVE_SORT_TEAMS = 64;

/**
 * A closure that re-sorts `order` (a permutation of team indices) in place. Made once per thread,
 * so that V8 compiles it with the arrays as constants (see `drawer` in engine.ts).
 *
 * Insertion from the previous run's order, which is close to linear while the teams are few. With
 * many teams a run moves many of them, so the order is first sorted natively by key and the last
 * tie-break (`plan.last`: the index, or the lottery's ticket), packed into one number
 * (−key·2¹⁶ + last, exact while |total| < 137 points and n ≤ 65,536); the insertion pass then only
 * reorders teams with equal keys by the tie-break criteria.
 */
export function sorter(plan: Plan, run: RunScores, order: Int32Array): () => void {
  const keys = run.keys;
  const { last, lastTeam } = plan;
  const n = order.length;
  const maxTotal = Math.max(Math.abs(plan.histLow), Math.abs(plan.histLow + plan.bins * plan.binWidth));
  const packed = n > NATIVE_SORT_TEAMS && n <= 65536 && maxTotal < 137 ? new Float64Array(n) : undefined;
  const insertion = (): void => {
    for (let i = 1; i < n; i++) {
      const t = order[i]!;
      const kt = keys[t]!;
      let j = i - 1;
      // The key alone decides unless two keys are equal.
      while (j >= 0) {
        const u = order[j]!;
        const ku = keys[u]!;
        if (ku > kt || (ku === kt && !before(plan, run, t, u))) break;
        order[j + 1] = u;
        j--;
      }
      order[j + 1] = t;
    }
  };
  if (!packed) return insertion;
  return () => {
    for (let t = 0; t < n; t++) packed[t] = -keys[t]! * 65536 + last[t]!;
    packed.sort();
    for (let i = 0; i < n; i++) {
      const x = packed[i]!;
      order[i] = lastTeam[x - Math.floor(x / 65536) * 65536]!;
    }
    insertion();
  };
}

/** Re-sort `order` once (`sorter`, made for one call). */
export function resort(plan: Plan, run: RunScores, order: Int32Array): void {
  sorter(plan, run, order)();
}

/**
 * A closure giving the team that ranks first in the run — `order[0]` after a sort — in one pass:
 * `before` is a strict total order (it ends with `plan.last`, one place per team).
 */
export function firstOf(plan: Plan, run: RunScores): () => number {
  const keys = run.keys;
  const n = plan.n;
  return () => {
    let best = 0;
    let kb = keys[0]!;
    for (let t = 1; t < n; t++) {
      const k = keys[t]!;
      if (k < kb || (k === kb && !before(plan, run, t, best))) continue;
      best = t;
      kb = k;
    }
    return best;
  };
}
