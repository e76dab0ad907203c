/**
 * The weighted product: total = 100 · Π u^w (+ bonus). A criterion with weight 0 is left out (so
 * 0⁰ never arises); a unit score of 0 on a criterion with weight above 0 makes the product 0.
 * Monotone in every score, not linear in the weights (log-linear: ln total = ln 100 + Σ w·ln u).
 */
import type { Method } from "./method.js";

/** One criterion's factor u^w (1 for w = 0): 100 × the product of the factors is the total. */
export function factor(w: number, u: number): number {
  return w > 0 ? u ** w : 1;
}

export const weightedProduct: Method = {
  name: "weighted-product",
  title: "weighted product",
  linearInWeights: false,
  monotone: true,
  fieldDependent: false,
  totaller(units, n, m, out) {
    return (weights) => {
      out.fill(100);
      for (let c = 0; c < m; c++) {
        const w = weights[c]!;
        if (!(w > 0)) continue;
        const row = c * n;
        for (let t = 0; t < n; t++) out[t]! *= units[row + t]! ** w;
      }
    };
  },
};
