/**
 * The weighted sum, the only place it is written: total = 100 · Σ w·u (+ bonus, added by the
 * caller). Per team the sum runs 0 + w₁u₁·100 + w₂u₂·100 + … in criterion order, in every use
 * (scores, the simulation's runs, sensitivity's lines), so the same inputs give the same bits.
 */
import type { Method } from "./method.js";

/** One criterion's points: w · u · 100 (what `score` shows as its contribution). */
export function points(w: number, u: number): number {
  return w * u * 100;
}

export const weightedSum: Method = {
  name: "weighted-sum",
  linearInWeights: true,
  monotone: true,
  // Stryker disable next-line BooleanLiteral: equivalent: its only reader, explain's method card, is absent under the weighted sum (explain/card.ts)
  fieldDependent: false,
  totaller(units, n, m, out) {
    // One view per criterion's row, made once: the same memory, so later writes to units show.
    const rows = Array.from({ length: m }, (_, c) => units.subarray(c * n, c * n + n));
    return (weights) => {
      out.fill(0);
      rows.forEach((row, c) => {
        const w = weights[c]!;
        // Stryker disable next-line EqualityOperator: equivalent: out has n places (its callers); a typed array drops the write at index n
        for (let t = 0; t < n; t++) out[t]! += w * row[t]! * 100;
      });
    };
  },
};

/**
 * A team's total along a weight sweep (w_j(t) = base_j + slope_j · t) as the line a + b·t, starting
 * from its bonus: a = bonus + Σ base_j · (u_j · 100), b = Σ slope_j · (u_j · 100).
 */
export function sumLine(
  bonus: number,
  units: readonly number[],
  base: readonly number[],
  slope: readonly number[],
): { a: number; b: number } {
  let a = bonus;
  let b = 0;
  units.forEach((unit, j) => {
    const u = unit * 100;
    a += base[j]! * u;
    b += slope[j]! * u;
  });
  return { a, b };
}

/** The total of the other criteria, without criterion `skip` (what one criterion's score must make up). */
export function sumWithout(units: readonly number[], weights: readonly number[], skip: number): number {
  return units.reduce((s, u, c) => (c === skip ? s : s + points(weights[c]!, u)), 0);
}

/** The unit score on one criterion (weight w) that brings a team with `rest` from the others and `bonus` to `target`. */
export function unitFor(target: number, rest: number, bonus: number, w: number): number {
  return (target - rest - bonus) / (w * 100);
}
