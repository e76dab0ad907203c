/**
 * One aggregation method (scikit-criteria style): how the scale-normalised scores u (0..1, already
 * turned for `direction: min`) and the normalised weights w become each team's total before the
 * bonus, on 0..100. A method sees the whole field: TOPSIS measures every team against the best and
 * worst of the teams being scored.
 */
import type { MethodName } from "./names.js";

export interface Method {
  readonly name: MethodName;
  /**
   * Totals are linear in the weights: along a weight sweep every total is a straight line, so
   * `sensitivity` finds exact crossings, and a difference of totals is extreme at a corner of the
   * weight simplex (always-picked). Otherwise `sensitivity` sweeps numerically.
   */
  readonly linearInWeights: boolean;
  /**
   * A team at least as good as another on every criterion (better on one, at least its bonus) has at
   * least its total under every weighting, in the same field: the dominance flags are valid.
   */
  readonly monotone: boolean;
  /** A team's total depends on the other teams scored with it (TOPSIS: the ideal and anti-ideal). */
  readonly fieldDependent: boolean;
  /**
   * A closure writing every team's total before the bonus into `out` (length n) from `units`
   * (m × n, criterion-major: units[c·n + t]) and the weights it is called with. Made once per
   * buffer set (the simulation calls it once per run), so it may keep scratch space.
   */
  totaller(units: Float64Array, n: number, m: number, out: Float64Array): (weights: ArrayLike<number>) => void;
}
