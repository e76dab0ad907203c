/**
 * TOPSIS: v_ij = w_j·u_ij; the ideal A⁺_j = max_i v_ij and the anti-ideal A⁻_j = min_i v_ij over
 * the teams being scored; d⁺_i = ‖v_i − A⁺‖ and d⁻_i = ‖v_i − A⁻‖ (Euclidean); total =
 * 100 · d⁻/(d⁺ + d⁻) (+ bonus), and 100 when d⁺ + d⁻ = 0 (every team alike on every weighted
 * criterion). A team's total depends on the field: add or remove a team and the ideal moves.
 * Monotone within one field (a better score moves a team toward A⁺ and away from A⁻), not linear.
 */
import type { Method } from "./method.js";

/** Every team's d⁺ and d⁻ (units m × n, criterion-major). */
export function distances(
  units: ArrayLike<number>,
  n: number,
  m: number,
  weights: ArrayLike<number>,
  plus: Float64Array,
  minus: Float64Array,
): void {
  plus.fill(0);
  minus.fill(0);
  for (let c = 0; c < m; c++) {
    const w = weights[c]!;
    const row = c * n;
    let hi = -Infinity;
    let lo = Infinity;
    for (let t = 0; t < n; t++) {
      const v = w * units[row + t]!;
      // Stryker disable next-line EqualityOperator: equivalent: on equal values hi is set to the same value
      if (v > hi) hi = v;
      // Stryker disable next-line EqualityOperator: equivalent: on equal values lo is set to the same value
      if (v < lo) lo = v;
    }
    // Stryker disable next-line EqualityOperator: equivalent: plus and minus have n places; a typed array drops the write at index n
    for (let t = 0; t < n; t++) {
      const v = w * units[row + t]!;
      plus[t]! += (hi - v) * (hi - v);
      minus[t]! += (v - lo) * (v - lo);
    }
  }
  // Stryker disable next-line EqualityOperator: equivalent: plus and minus have n places; a typed array drops the write at index n
  for (let t = 0; t < n; t++) {
    plus[t] = Math.sqrt(plus[t]!);
    minus[t] = Math.sqrt(minus[t]!);
  }
}

/** 100 · d⁻/(d⁺ + d⁻), 100 when both are 0. */
export function closeness(plus: number, minus: number): number {
  const d = plus + minus;
  return d === 0 ? 100 : (100 * minus) / d;
}

export const topsis: Method = {
  name: "topsis",
  linearInWeights: false,
  monotone: true,
  fieldDependent: true,
  totaller(units, n, m, out) {
    const plus = new Float64Array(n);
    const minus = new Float64Array(n);
    return (weights) => {
      distances(units, n, m, weights, plus, minus);
      // Stryker disable next-line EqualityOperator: equivalent: out has n places (its callers); a typed array drops the write at index n
      for (let t = 0; t < n; t++) out[t] = closeness(plus[t]!, minus[t]!);
    };
  },
};
