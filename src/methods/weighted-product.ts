/**
 * The weighted product: total = 100 · Π u^w (+ bonus). A criterion with weight 0 is left out (so
 * 0⁰ never arises); a unit score of 0 on a criterion with weight above 0 makes the product 0.
 * Monotone in every score, not linear in the weights (log-linear: ln total = ln 100 + Σ w·ln u,
 * which is how it is computed).
 */
import type { Method } from "./method.js";

export const weightedProduct: Method = {
  name: "weighted-product",
  linearInWeights: false,
  monotone: true,
  fieldDependent: false,
  totaller(units, n, m, out) {
    // Π u^w as exp(Σ w·ln u): one logarithm per cell instead of a power (about 3× faster in the
    // simulation's loop); ln 0 = −∞ gives exp(−∞) = 0, as u^w does for w > 0.
    return (weights) => {
      out.fill(0);
      // Stryker disable next-line EqualityOperator: equivalent: weights has m entries; weights[m] is undefined, which the w > 0 check skips
      for (let c = 0; c < m; c++) {
        const w = weights[c]!;
        if (!(w > 0)) continue;
        const row = c * n;
        // Stryker disable next-line EqualityOperator: equivalent: out has n places (its callers); a typed array drops the write at index n
        for (let t = 0; t < n; t++) out[t]! += w * Math.log(units[row + t]!);
      }
      // Stryker disable next-line EqualityOperator: equivalent: out has n places (its callers); a typed array drops the write at index n
      for (let t = 0; t < n; t++) out[t] = 100 * Math.exp(out[t]!);
    };
  },
};
