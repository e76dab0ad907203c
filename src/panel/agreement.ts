/**
 * How far a panel agrees, per criterion. Krippendorff's α with the interval metric (squared
 * differences), which takes units (teams) with any number of scores, so the gaps recusal leaves are
 * no problem; and Kendall's W with the correction for tied ranks, which needs every reviewer to have
 * scored every team. Both are null where they are not defined (too few scores, no variation).
 */

/** Σ over ordered pairs i ≠ j of (v_i − v_j)² = 2(m·Σv² − (Σv)²). */
function pairSum(values: readonly number[]): number {
  let s = 0;
  let s2 = 0;
  for (const v of values) {
    s += v;
    s2 += v * v;
  }
  return Math.max(0, 2 * (values.length * s2 - s * s));
}

/**
 * Krippendorff's α (interval): 1 − D_o/D_e over the units that hold 2 or more values.
 * `units` are the teams, each with the scores it received. 1 is perfect agreement, 0 no more than
 * chance, below 0 systematic disagreement. Null with fewer than 2 pairable values or no variation.
 */
export function krippendorffAlpha(units: readonly (readonly number[])[]): number | null {
  const pairable = units.filter((u) => u.length >= 2);
  const n = pairable.reduce((a, u) => a + u.length, 0);
  if (n < 2) return null;
  let within = 0;
  for (const u of pairable) within += pairSum(u) / (u.length - 1);
  const dObserved = within / n;
  const dExpected = pairSum(pairable.flat()) / (n * (n - 1));
  if (!(dExpected > 0)) return null;
  return 1 - dObserved / dExpected;
}

/** Ranks from 1, ties sharing the mean of their places; and Σ(t³ − t) over the tie groups. */
export function ranksWithTies(values: readonly number[]): { ranks: number[]; ties: number } {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const ranks = new Array<number>(values.length);
  let ties = 0;
  for (let k = 0; k < order.length; ) {
    let j = k;
    while (j + 1 < order.length && order[j + 1]!.v === order[k]!.v) j++;
    const t = j - k + 1;
    const rank = (k + 1 + j + 1) / 2;
    for (let x = k; x <= j; x++) ranks[order[x]!.i] = rank;
    ties += t * t * t - t;
    k = j + 1;
  }
  return { ranks, ties };
}

/**
 * Kendall's W with the tie correction: 12·S / (m²(n³ − n) − m·ΣT), where `raters[j][i]` is rater
 * j's score of object i (every rater scores every object). 1: every rater orders the objects the
 * same way; 0: no common order. Null with fewer than 2 raters or objects, or when every rater
 * ties every object.
 */
export function kendallW(raters: readonly (readonly number[])[]): number | null {
  const m = raters.length;
  const n = raters[0]?.length ?? 0;
  if (m < 2 || n < 2 || raters.some((r) => r.length !== n)) return null;
  const totals = new Array<number>(n).fill(0);
  let tieSum = 0;
  for (const r of raters) {
    const { ranks, ties } = ranksWithTies(r);
    ranks.forEach((x, i) => (totals[i]! += x));
    tieSum += ties;
  }
  const meanTotal = (m * (n + 1)) / 2;
  const s = totals.reduce((a, R) => a + (R - meanTotal) ** 2, 0);
  const denominator = m * m * (n * n * n - n) - m * tieSum;
  return denominator > 0 ? (12 * s) / denominator : null;
}
