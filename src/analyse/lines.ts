/**
 * One criterion's weight swept from 0 to 1 while the other weights keep their proportions: the
 * weights, and every team's total, are straight lines in t.
 *
 *   w_c(t) = t,   w_j(t) = w_j · (1 − t) / (1 − w_c)   for j ≠ c
 *
 * When w_c = 1 (every other weight 0) there are no proportions to keep: the other criteria share
 * 1 − t equally. With a single criterion the weight is always 1 and nothing moves.
 */
import type { Contest } from "../model/contest.js";
import { sumLine } from "../methods/weighted-sum.js";
import { bonusFor, unitScore } from "../score/score.js";

/** Weight j at t is `base[j] + slope[j] · t`. */
export interface Sweep {
  readonly criterion: number;
  /** The current (normalised) weight of the criterion. */
  readonly current: number;
  readonly base: readonly number[];
  readonly slope: readonly number[];
}

/** A total as a line: `a + b · t`. */
export interface Line {
  readonly a: number;
  readonly b: number;
}

export function sweep(contest: Contest, criterion: number): Sweep {
  const w = contest.weights;
  const n = w.length;
  const current = w[criterion]!;
  if (n === 1) return { criterion, current, base: [1], slope: [0] };
  const rest = 1 - current;
  const base = w.map((wj, j) => (j === criterion ? 0 : rest > 0 ? wj / rest : 1 / (n - 1)));
  const slope = base.map((b, j) => (j === criterion ? 1 : -b));
  return { criterion, current, base, slope };
}

/** The normalised weights at t (0 ≤ t ≤ 1). */
export function weightsAt(s: Sweep, t: number): number[] {
  return s.base.map((b, j) => b + s.slope[j]! * t);
}

/**
 * Every team's total along the sweep, by team index: bonus + Σ_j w_j(t) · u_ij · 100. Lines exist
 * for methods linear in the weights (the weighted sum); callers check `linearInWeights`.
 */
export function totalLines(contest: Contest, s: Sweep): Line[] {
  return contest.teams.map((team) =>
    sumLine(
      bonusFor(contest, team.scores).points,
      team.scores.map((v, j) => unitScore(contest, j, v)),
      s.base,
      s.slope,
    ),
  );
}
